"""``phrase-strings auth …``: create a token (login), show who you are (status), revoke (logout).

Passwords and one-time passwords are read without echo; a new token is printed once or written
to a ``.phrase.yml`` readable by its owner only, never both and never logged.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
from pathlib import Path

from .. import _credentials as credentials
from .._auth import TokenAuth
from .._client import Phrase
from .._errors import ConfigurationError
from .._redact import last_four, mask
from .._tokens import DEFAULT_SCOPES
from .api import _ask_otp

__all__ = ["register", "run_login", "run_logout", "run_status"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``auth`` command group."""
    parser = commands.add_parser("auth", help="create, inspect and revoke access tokens")
    sub = parser.add_subparsers(dest="auth_command", required=True)

    login = sub.add_parser("login", help="create an access token with your email and password")
    login.add_argument("--email", help="account email (asked for when missing)")
    login.add_argument("--note", default="phrase-strings", help="what the token is for (default: %(default)s)")
    login.add_argument("--scope", action="append", dest="scopes", help="a scope; repeat (default: read, write)")
    login.add_argument("--expires-in-days", type=int, help="let the token expire after this many days")
    where = login.add_mutually_exclusive_group()
    where.add_argument(
        "--write", type=Path, metavar="FILE", help="store the token in FILE (e.g. .phrase.yml), mode 0600"
    )
    where.add_argument("--print", action="store_true", help="print the token once (the default)")
    _location_options(login)
    login.set_defaults(run=run_login)

    status = sub.add_parser("status", help="show the user and token the current credentials belong to")
    _location_options(status)
    status.set_defaults(run=run_status)

    logout = sub.add_parser("logout", help="revoke the configured access token")
    logout.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    _location_options(logout)
    logout.set_defaults(run=run_logout)


def _location_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-center", choices=("eu", "us"), help="Phrase data center (default: eu)")
    parser.add_argument("--base-url", help="API base URL, overriding the data center")


def run_login(args: argparse.Namespace) -> int:
    """Create a token from email + password (+ OTP) and print it once or write it to a file."""
    email = args.email or input("Email: ").strip()
    password = getpass.getpass("Password: ")
    if not email or not password:
        raise ConfigurationError("email and password are both needed to create a token")
    expires_at = None
    if args.expires_in_days is not None:
        if args.expires_in_days < 1:
            raise ConfigurationError("--expires-in-days must be at least 1")
        expires_at = dt.datetime.now(dt.UTC) + dt.timedelta(days=args.expires_in_days)
    with Phrase(
        email=email,
        password=password,
        otp_provider=_ask_otp,
        data_center=args.data_center,
        base_url=args.base_url,
        app="phrase-strings-cli",
    ) as client:
        new = client.authorizations.create_token(
            note=args.note, scopes=args.scopes or DEFAULT_SCOPES, expires_at=expires_at
        )
    if args.write:
        credentials.write_access_token(args.write, new.token)
        print(f"Created token {mask(new.token)} ({new.note}, scopes {', '.join(new.scopes)}); written to {args.write}")
    else:
        print("Created a token. It is shown only this once; store it somewhere safe:")
        print(new.token)
    return 0


def run_status(args: argparse.Namespace) -> int:
    """Show the user, where the credentials came from and, for access tokens, scopes and expiry."""
    with Phrase(data_center=args.data_center, base_url=args.base_url, app="phrase-strings-cli") as client:
        user = client.users.show_current()
        print(f"User:        {user.name} <{user.email}> ({user.username})")
        print(f"API:         {client.settings.base_url}")
        print(f"Credentials: {client.settings.auth!r} from {client.settings.credential_source}")
        if isinstance(client.settings.auth, TokenAuth):
            found = client.authorizations.find_current()
            if found is None:
                print("Token:       not among this user's authorizations (an OAuth or organisation token?)")
            else:
                expiry = found.expires_at.isoformat() if isinstance(found.expires_at, dt.datetime) else "never"
                scopes = ", ".join(found.scopes) if isinstance(found.scopes, list) else "?"
                shown = last_four(str(found.token_last_eight))
                print(f"Token:       {found.note} {shown}, scopes {scopes}, expires {expiry}")
                state = client.authorizations.check_expiry(found)
                if state in ("expired", "expiring"):
                    print(f"Warning:     the token is {state}; run `phrase-strings auth login` for a new one")
    return 0


def run_logout(args: argparse.Namespace) -> int:
    """Revoke the configured access token and remove it from the file it came from."""
    with Phrase(data_center=args.data_center, base_url=args.base_url, app="phrase-strings-cli") as client:
        if not isinstance(client.settings.auth, TokenAuth):
            raise ConfigurationError("logout revokes access tokens; the current credentials are not one")
        found = client.authorizations.find_current()
        if found is None or not isinstance(found.id, str):
            raise ConfigurationError("the configured token is not among this user's authorizations")
        shown = last_four(str(found.token_last_eight))
        if not args.yes and input(f"Revoke token {found.note} {shown}? [y/N] ").lower() != "y":
            print("Nothing revoked.")
            return 1
        client.authorizations.delete(found.id)
        source = client.settings.credential_source
    print(f"Revoked token {shown}.")
    if source.endswith(credentials.CONFIG_NAME):
        credentials.remove_access_token(Path(source))
        print(f"Removed it from {source}.")
    return 0
