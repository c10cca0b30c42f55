"""Settings resolution: arguments, environment and ``.phrase.yml`` turned into one checked `Settings`.

Shared by `Phrase` and `AsyncPhrase`; the precedence is documented in `phrase_strings._credentials`.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Mapping
from typing import Literal

import attrs
import httpx
from phrase_strings_api.client import check_timeout

from . import _credentials as credentials
from ._auth import IDM_TOKEN_URLS, BasicAuth, OTPProvider, PlatformTokenAuth, TokenAuth, require_secure
from ._errors import ConfigurationError, CredentialsNotFoundError
from ._ratelimit_common import redact_store_url
from ._transport import CREDENTIAL_HEADERS
from ._version import __version__

DataCenter = Literal["eu", "us"]
BASE_URLS: dict[str, str] = {"eu": "https://api.phrase.com/v2", "us": "https://api.us.app.phrase.com/v2"}
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def default_user_agent() -> str:
    """``phrase-strings/<version> httpx/<version> Python/<version>``."""
    return f"phrase-strings/{__version__} httpx/{httpx.__version__} Python/{platform.python_version()}"


@attrs.frozen
class Settings:
    """What a client was built from, after credential discovery. Shared by sync and async."""

    base_url: str
    data_center: str
    user_agent: str
    timeout: httpx.Timeout
    auth: httpx.Auth
    project_id: str | None = None
    credential_source: str = "argument"
    rate_limit_url: str | None = attrs.field(default=None, repr=lambda url: repr(redact_store_url(url)))
    headers: Mapping[str, str] = attrs.field(factory=dict)
    """Extra headers sent with every request (see `with_options`)."""

    @classmethod
    def resolve(
        cls,
        *,
        access_token: str | None,
        platform_token: str | None,
        email: str | None,
        password: str | None,
        otp: str | None,
        otp_provider: OTPProvider | None,
        auth: httpx.Auth | None,
        data_center: str | None,
        base_url: str | None,
        app: str | None,
        timeout: float | httpx.Timeout | None,
        project_id: str | None,
    ) -> Settings:
        """Apply the documented precedence (see `phrase_strings._credentials`) and check it all.

        Everything that can be checked without sending is checked here, so a bad setting fails
        when the client is built: an explicitly given but empty credential (never a silent
        fallback to another one), control characters in a credential, plain http to a remote host.
        """
        given = {
            "access_token": access_token,
            "platform_token": platform_token,
            "email": email,
            "password": password,
            "otp": otp,
        }
        for name, value in given.items():
            if value is not None and not value.strip():
                raise ConfigurationError(
                    f"{name} was given but is empty (an unset environment variable?); "
                    "pass a value, or leave the argument out to use PHRASE_* or .phrase.yml"
                )
        explicit_auth = auth is not None or email is not None
        found = credentials.discover(
            {
                "access_token": None if explicit_auth else access_token,
                "platform_token": None if explicit_auth else platform_token,
                "host": base_url,
                "data_center": data_center,
                "project_id": project_id,
            }
        )
        inferred = next((name for name, url in BASE_URLS.items() if found.host and found.host.rstrip("/") == url), None)
        dc = (found.data_center or inferred or "eu").lower()
        if dc not in BASE_URLS:
            raise ConfigurationError(f"data_center must be 'eu' or 'us', not {dc!r}")
        url = (found.host or BASE_URLS[dc]).rstrip("/")
        if not url.startswith(("https://", "http://")):
            raise ConfigurationError(f"base_url must start with https:// (got {url!r})")
        require_secure(httpx.URL(url))
        user_agent = f"{app} {default_user_agent()}" if app else default_user_agent()
        if timeout is None:
            raise ConfigurationError("timeout=None would let a request hang forever; give seconds or httpx.Timeout")
        resolved_timeout = resolve_timeout(timeout)

        chosen: httpx.Auth
        source = "argument"
        if auth is not None:
            chosen = auth
        elif email is not None:
            if not password:
                raise ConfigurationError("email given without password")
            chosen = BasicAuth(email, password, otp=otp, otp_provider=otp_provider)
        elif found.access_token:
            chosen = TokenAuth(found.access_token)
            source = found.sources["access_token"]
        elif found.platform_token:
            source = found.sources["platform_token"]
            chosen = PlatformTokenAuth(
                found.platform_token,
                token_url=IDM_TOKEN_URLS[dc],
                user_agent=user_agent,
                timeout=resolved_timeout.read or 30.0,
            )
        else:
            raise CredentialsNotFoundError(credentials.searched_places())
        return cls(
            base_url=url,
            data_center=dc,
            user_agent=user_agent,
            timeout=resolved_timeout,
            auth=chosen,
            project_id=found.project_id,
            credential_source=source,
            rate_limit_url=os.environ.get("PHRASE_RATE_LIMIT_URL") or None,
        )


def resolve_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """An `httpx.Timeout` from seconds or a Timeout, refused when any part of it is unlimited."""
    return check_timeout(timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout))


def extra_headers(current: Mapping[str, str], extra: Mapping[str, str] | None) -> Mapping[str, str]:
    """``current`` plus ``extra`` (from `with_options`), refusing non-strings and credential headers."""
    if not extra:
        return current
    for name, value in extra.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError(f"headers must map names to strings, not {name!r}: {type(value).__name__}")
        if name.lower() in CREDENTIAL_HEADERS:
            raise ConfigurationError(f"{name} is set by the client's credentials (auth=, otp=), not by headers=")
    return {**current, **extra}
