"""Access tokens without I/O: the new-token record, the bodies that create one, expiry checks.

The calls are ``client.authorizations.create_token`` / ``rotate`` / ``find_current`` (see
`phrase_strings._async.authorizations`)::

    with Phrase(email="ada@example.com", password=getpass(), otp_provider=ask_code) as client:
        new = client.authorizations.create_token(note="CI deploy", scopes=["read", "write"])
        print(new.token)   # shown once; repr(new) masks it
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

import attrs
import httpx
from phrase_strings_api.models import Authorization, AuthorizationWithToken, CreateAuthorizationBody
from phrase_strings_api.types import UNSET

from ._auth import TokenAuth
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


def token_body(note: str, scopes: Sequence[str], expires_at: dt.datetime | None) -> CreateAuthorizationBody:
    """The body creating a token; refuses a blank note or scopes given as one string."""
    if not note.strip():
        raise ConfigurationError("a token needs a note saying what it is for")
    if isinstance(scopes, str):
        raise ConfigurationError("scopes must be a list of scope names, e.g. ['read', 'write']")
    return CreateAuthorizationBody(note=note, scopes=list(scopes), expires_at=expires_at or UNSET)


def rotation_body(old: Authorization, note: str | None) -> CreateAuthorizationBody:
    """The body creating a token like ``old``: its scopes, its expiry and (unless given) its note."""
    return token_body(
        note or (old.note if isinstance(old.note, str) else "rotated token"),
        old.scopes if isinstance(old.scopes, list) else DEFAULT_SCOPES,
        old.expires_at if isinstance(old.expires_at, dt.datetime) else None,
    )


def last_eight(auth: httpx.Auth, token: str | TokenAuth | None) -> str:
    """The last eight characters of ``token``, or of the client's own access token when None."""
    if token is None:
        token = auth if isinstance(auth, TokenAuth) else None
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
