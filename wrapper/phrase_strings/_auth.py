"""Authentication as `httpx.Auth` flows: access token, HTTP Basic (+ OTP), Phrase Platform JWT.

Every flow refuses plain ``http://`` to hosts other than this machine and credentials with
control characters (both when it is built), and no flow's repr shows more than the last four
characters of a secret.
"""

from __future__ import annotations

import base64
import inspect
import ipaddress
import re
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import Any

import anyio
import httpx

from ._errors import ConfigurationError, InsecureTransportError, TokenExchangeError, is_otp_challenge, mfa_type
from ._redact import mask

OTPProvider = Callable[[str | None], "str | Awaitable[str]"]
"""Called with the MFA type from the challenge (e.g. ``"app"``); returns the current code."""

IDM_TOKEN_URLS = {
    "eu": "https://eu.phrase.com/idm/oauth/token",
    "us": "https://us.phrase.com/idm/oauth/token",
}
TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange"  # noqa: S105 - a URN, not a secret
API_TOKEN_TYPE = "urn:phrase:params:oauth:token-type:api_token"  # noqa: S105 - a URN, not a secret
TOKEN_EXCHANGE = "phrase_strings.token_exchange"  # noqa: S105 - an extension name, not a secret
"""Request extension marking an auth flow's token exchange, so a failure to reach the identity
service is reported as `TokenExchangeError`."""

# C0 controls (line breaks included), DEL and C1 controls: never part of a credential, and a line
# break in a header value makes the HTTP layer fail with the whole value in its message.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and for IP addresses of this machine (127.0.0.0/8, ::1); names are not resolved."""
    host = host.lower().strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def require_secure(url: httpx.URL) -> None:
    """Raise `InsecureTransportError` unless the URL is https or points at this machine."""
    if url.scheme != "https" and not is_loopback(url.host):
        raise InsecureTransportError(
            f"refusing to send credentials over {url.scheme}:// to {url.host}; use https:// "
            "(plain http is allowed only for localhost, 127.0.0.0/8 and ::1)"
        )


def check_credential(value: str, what: str) -> str:
    """Return ``value`` if it can be a credential; else raise `ConfigurationError` naming ``what``, not the value."""
    if not value or not value.strip():
        raise ConfigurationError(f"{what} is empty")
    if _CONTROL.search(value):
        raise ConfigurationError(
            f"{what} contains a control character (a line break, tab or similar); "
            "check how it was read (a trailing newline from a file or a prompt?)"
        )
    return value


class TokenAuth(httpx.Auth):
    """An access token, sent as ``Authorization: token <token>``."""

    def __init__(self, token: str) -> None:
        # Surrounding whitespace (a file's final newline) is forgiven; anything inside is refused.
        self._token = check_credential(token.strip(), "access token")

    def __repr__(self) -> str:
        return f"TokenAuth(token={mask(self._token)})"

    @property
    def token_last_eight(self) -> str:
        """The last eight characters, to match the Authorizations API's ``token_last_eight``; not for display."""
        return self._token[-8:]

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the header (after checking the transport is safe)."""
        require_secure(request.url)
        request.headers["Authorization"] = f"token {self._token}"
        yield request


class BasicAuth(httpx.Auth):
    """HTTP Basic with email and password, or with an access token as the user name.

    Accounts with two-factor authentication answer 401 with ``X-PhraseApp-OTP: required; <type>``.
    Give ``otp`` (a code) or ``otp_provider`` (a callable, sync or async, called with the MFA type)
    to answer it; without either, the client raises `OTPRequired`. A code is sent with every
    following request until the API refuses it (its validity window is the API's to judge); only
    then is the provider asked again, once for all requests refused at the same time. So an
    operation of several requests (e.g. rotating a token) asks once.
    """

    def __init__(
        self,
        username: str,
        password: str = "",
        *,
        otp: str | None = None,
        otp_provider: OTPProvider | None = None,
    ) -> None:
        if not username:
            raise ConfigurationError("Basic auth needs a user name (email or access token)")
        check_credential(username, "the Basic auth user name (email or access token)")
        if password:
            check_credential(password, "password")
        self._username = username
        self._password = password
        self._otp = None if otp is None else check_credential(otp.strip(), "otp")
        self._otp_provider = otp_provider
        self._header = "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()
        self._thread_lock = threading.Lock()
        self._task_lock: anyio.Lock | None = None

    def __repr__(self) -> str:
        who = self._username if "@" in self._username else mask(self._username)
        password = "***" if self._password else "''"
        provider = self._otp_provider is not None
        return f"BasicAuth(username={who!r}, password={password}, otp_provider={provider})"

    def _prepare(self, request: httpx.Request, otp: str | None) -> httpx.Request:
        require_secure(request.url)
        request.headers["Authorization"] = self._header
        if otp:
            request.headers["X-PhraseApp-OTP"] = otp
        return request

    def _keep(self, code: object) -> str:
        if not isinstance(code, str):
            raise ConfigurationError(f"otp_provider must return the code as a string, not {type(code).__name__}")
        self._otp = check_credential(code.strip(), "the code from otp_provider")
        return self._otp

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send with the current code, if any; when the API asks for a new one, get it and send again."""
        sent = self._otp
        response = yield self._prepare(request, sent)
        if is_otp_challenge(response) and self._otp_provider is not None:
            with self._thread_lock:
                # Another thread may have got a new code while this request was refused: use it.
                if self._otp == sent:
                    code = self._otp_provider(mfa_type(response))
                    if inspect.isawaitable(code):
                        if inspect.iscoroutine(code):
                            code.close()
                        raise ConfigurationError(
                            "an async otp_provider needs AsyncPhrase; Phrase needs a plain function"
                        )
                    self._keep(code)
                fresh = self._otp
            yield self._prepare(request, fresh)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Send with the current code, if any; when the API asks for a new one, get it and send again."""
        if self._task_lock is None:
            self._task_lock = anyio.Lock()
        sent = self._otp
        response = yield self._prepare(request, sent)
        if is_otp_challenge(response) and self._otp_provider is not None:
            async with self._task_lock:
                if self._otp == sent:
                    code = self._otp_provider(mfa_type(response))
                    self._keep(await code if inspect.isawaitable(code) else code)
                fresh = self._otp
            yield self._prepare(request, fresh)


class PlatformTokenAuth(httpx.Auth):
    """A Phrase Platform API token, exchanged for a short-lived JWT sent as ``Bearer``.

    The JWT lives in memory only. It is renewed ``refresh_margin`` seconds before it expires and
    once more on a 401; concurrent requests (threads or tasks) share one renewal.
    """

    def __init__(
        self,
        api_token: str,
        *,
        token_url: str = IDM_TOKEN_URLS["eu"],
        refresh_margin: float = 300.0,
        timeout: float = 30.0,
        user_agent: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._api_token = check_credential(api_token.strip(), "platform token")
        self._token_url = httpx.URL(token_url)
        require_secure(self._token_url)
        self._refresh_margin = refresh_margin
        self._clock = clock
        # Requests an auth flow yields skip the client's defaults: give this one its own.
        self._timeout = httpx.Timeout(timeout)
        self._user_agent = user_agent
        self._jwt: str | None = None
        self._expires_at = 0.0
        self._generation = 0  # bumped by every renewal, so a 401 renews only once per JWT
        self._thread_lock = threading.Lock()
        self._task_lock: anyio.Lock | None = None
        self.exchanges = 0

    def __repr__(self) -> str:
        state = "fresh" if self._jwt and not self._stale() else "none or stale"
        url = str(self._token_url)
        return f"PlatformTokenAuth(api_token={mask(self._api_token)}, token_url={url!r}, jwt={state})"

    def _stale(self) -> bool:
        return self._jwt is None or self._clock() >= self._expires_at - self._refresh_margin

    def _exchange_request(self) -> httpx.Request:
        require_secure(self._token_url)
        return httpx.Request(
            "POST",
            self._token_url,
            data={
                "grant_type": TOKEN_EXCHANGE_GRANT,
                "subject_token": self._api_token,
                "subject_token_type": API_TOKEN_TYPE,
            },
            headers={"Accept": "application/json", "User-Agent": self._user_agent or "phrase-strings"},
            extensions={"timeout": self._timeout.as_dict(), TOKEN_EXCHANGE: True},
        )

    def _store(self, response: httpx.Response) -> None:
        if response.status_code != 200:
            raise TokenExchangeError(
                f"token exchange at {self._token_url} answered {response.status_code}; "
                "check the Phrase Platform API token and the data center",
                status_code=response.status_code,
            )
        try:
            payload: Any = response.json()
            jwt, expires_in = str(payload["access_token"]), float(payload.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError) as exc:
            raise TokenExchangeError(f"token exchange at {self._token_url} gave an unreadable answer") from exc
        if not jwt or _CONTROL.search(jwt):
            raise TokenExchangeError(f"token exchange at {self._token_url} gave a malformed access token")
        self._jwt, self._expires_at = jwt, self._clock() + expires_in
        self._generation += 1
        self.exchanges += 1

    def _bearer(self, request: httpx.Request) -> httpx.Request:
        require_secure(request.url)
        request.headers["Authorization"] = f"Bearer {self._jwt}"
        return request

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Renew the JWT if needed (one thread at a time), send; renew once more on a 401."""
        if self._stale():
            with self._thread_lock:
                if self._stale():
                    answer = yield self._exchange_request()
                    answer.read()
                    self._store(answer)
        used = self._generation
        response = yield self._bearer(request)
        if response.status_code == 401:
            with self._thread_lock:
                if self._generation == used:
                    answer = yield self._exchange_request()
                    answer.read()
                    self._store(answer)
            yield self._bearer(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Renew the JWT if needed (one task at a time), send; renew once more on a 401."""
        if self._task_lock is None:
            self._task_lock = anyio.Lock()
        if self._stale():
            async with self._task_lock:
                if self._stale():
                    answer = yield self._exchange_request()
                    await answer.aread()
                    self._store(answer)
        used = self._generation
        response = yield self._bearer(request)
        if response.status_code == 401:
            async with self._task_lock:
                if self._generation == used:
                    answer = yield self._exchange_request()
                    await answer.aread()
                    self._store(answer)
            yield self._bearer(request)
