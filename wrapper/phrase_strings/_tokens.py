"""Access tokens made pleasant: create one from email + password, rotate it, watch its expiry.

Creating and rotating tokens needs a client that signs in with email and password (Basic
auth; add ``otp_provider`` for two-factor accounts). Listing, showing, updating and revoking
are the ``client.authorizations`` operations.

    with Phrase(email="ada@example.com", password=getpass(), otp_provider=ask_code) as client:
        new = create_access_token(client, note="CI deploy", scopes=["read", "write"])
        print(new.token)   # shown once; repr(new) masks it
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

import attrs
from phrase_strings_api.models import Authorization, AuthorizationWithToken, CreateAuthorizationBody
from phrase_strings_api.types import UNSET

from ._auth import TokenAuth
from ._client import AsyncPhrase, Phrase
from ._errors import ConfigurationError, PhraseError
from ._redact import last_four, mask

log = logging.getLogger("phrase_strings")

DEFAULT_SCOPES = ("read", "write")
EXPIRY_WARNING = dt.timedelta(days=7)


@attrs.frozen
class NewAccessToken:
    """A token just created. ``token`` is the secret itself: the API shows it only this once."""

    id: str
    token: str = attrs.field(repr=False)
    note: str | None
    scopes: tuple[str, ...]
    expires_at: dt.datetime | None

    def __repr__(self) -> str:
        return (
            f"NewAccessToken(id={self.id!r}, token={mask(self.token)}, note={self.note!r}, "
            f"scopes={self.scopes!r}, expires_at={self.expires_at!r})"
        )

    @classmethod
    def from_model(cls, created: AuthorizationWithToken) -> NewAccessToken:
        """Check and convert the API's answer."""
        if not isinstance(created.token, str) or not created.token or not isinstance(created.id, str):
            raise PhraseError("the API created an authorization but returned no token")
        return cls(
            id=created.id,
            token=created.token,
            note=created.note if isinstance(created.note, str) else None,
            scopes=tuple(created.scopes) if isinstance(created.scopes, list) else (),
            expires_at=created.expires_at if isinstance(created.expires_at, dt.datetime) else None,
        )


def _body(note: str, scopes: Sequence[str], expires_at: dt.datetime | None) -> CreateAuthorizationBody:
    if not note.strip():
        raise ConfigurationError("a token needs a note saying what it is for")
    if isinstance(scopes, str):
        raise ConfigurationError("scopes must be a list of scope names, e.g. ['read', 'write']")
    return CreateAuthorizationBody(note=note, scopes=list(scopes), expires_at=expires_at or UNSET)


def create_access_token(
    client: Phrase,
    *,
    note: str,
    scopes: Sequence[str] = DEFAULT_SCOPES,
    expires_at: dt.datetime | None = None,
) -> NewAccessToken:
    """Create an access token (``POST /authorizations``); the client must use email + password."""
    return NewAccessToken.from_model(client.authorizations.create(body=_body(note, scopes, expires_at)))


async def acreate_access_token(
    client: AsyncPhrase,
    *,
    note: str,
    scopes: Sequence[str] = DEFAULT_SCOPES,
    expires_at: dt.datetime | None = None,
) -> NewAccessToken:
    """Async `create_access_token`."""
    return NewAccessToken.from_model(await client.authorizations.create(body=_body(note, scopes, expires_at)))


def _rotation_body(old: Authorization, note: str | None) -> CreateAuthorizationBody:
    return _body(
        note or (old.note if isinstance(old.note, str) else "rotated token"),
        old.scopes if isinstance(old.scopes, list) else DEFAULT_SCOPES,
        old.expires_at if isinstance(old.expires_at, dt.datetime) else None,
    )


def rotate_access_token(client: Phrase, authorization_id: str, *, note: str | None = None) -> NewAccessToken:
    """Create a token with the old one's scopes and expiry, then revoke the old one.

    The old token is revoked only after the new one exists, so a failure leaves a working token.
    """
    old = client.authorizations.show(authorization_id)
    new = NewAccessToken.from_model(client.authorizations.create(body=_rotation_body(old, note)))
    client.authorizations.delete(authorization_id)
    return new


async def arotate_access_token(
    client: AsyncPhrase, authorization_id: str, *, note: str | None = None
) -> NewAccessToken:
    """Async `rotate_access_token`."""
    old = await client.authorizations.show(authorization_id)
    new = NewAccessToken.from_model(await client.authorizations.create(body=_rotation_body(old, note)))
    await client.authorizations.delete(authorization_id)
    return new


def find_authorization(client: Phrase, token: str | TokenAuth | None = None) -> Authorization | None:
    """The authorization behind a token (default: the client's own access token), by its last eight."""
    last_eight = _last_eight(client, token)
    return next((a for a in client.authorizations.list_all() if a.token_last_eight == last_eight), None)


async def afind_authorization(client: AsyncPhrase, token: str | TokenAuth | None = None) -> Authorization | None:
    """Async `find_authorization`."""
    last_eight = _last_eight(client, token)
    async for item in client.authorizations.list_all():
        if item.token_last_eight == last_eight:
            return item
    return None


def _last_eight(client: Phrase | AsyncPhrase, token: str | TokenAuth | None) -> str:
    if token is None:
        token = client.settings.auth if isinstance(client.settings.auth, TokenAuth) else None
    if token is None:
        raise ConfigurationError("the client does not use an access token; pass the token to look up")
    return token.token_last_eight if isinstance(token, TokenAuth) else token[-8:]


def check_expiry(
    authorization: Authorization, *, within: dt.timedelta = EXPIRY_WARNING, now: dt.datetime | None = None
) -> str:
    """``"expired"``, ``"expiring"`` (within ``within``), ``"ok"`` or ``"never"``.

    Logs a warning when the token has expired or is about to.
    """
    expires = authorization.expires_at
    if not isinstance(expires, dt.datetime):
        return "never"
    now = now or dt.datetime.now(dt.UTC)
    label = f"access token {last_four(str(authorization.token_last_eight))} ({authorization.note})"
    if expires <= now:
        log.warning("%s expired at %s; create a new one", label, expires.isoformat())
        return "expired"
    if expires - now <= within:
        log.warning("%s expires at %s; rotate it soon", label, expires.isoformat())
        return "expiring"
    return "ok"
