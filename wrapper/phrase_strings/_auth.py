"""Authentication as `httpx.Auth` flows: access token, HTTP Basic (+ OTP), Phrase Platform JWT.

Every flow refuses plain ``http://`` to hosts other than this machine, and no flow's repr
shows more than the last four characters of a secret.
"""

from __future__ import annotations

import base64
import inspect
import threading
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import Any

import anyio
import httpx

from ._errors import ConfigurationError, InsecureTransportError, TokenExchangeError
from ._redact import mask

OTPProvider = Callable[[str | None], "str | Awaitable[str]"]
"""Called with the MFA type from the challenge (e.g. ``"app"``); returns the current code."""

LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
IDM_TOKEN_URLS = {
    "eu": "https://eu.phrase.com/idm/oauth/token",
    "us": "https://us.phrase.com/idm/oauth/token",
}
TOKEN_EXCHANGE_GRANT = "urn:ietf:params:oauth:grant-type:token-exchange"  # noqa: S105 - a URN, not a secret
API_TOKEN_TYPE = "urn:phrase:params:oauth:token-type:api_token"  # noqa: S105 - a URN, not a secret


def require_secure(url: httpx.URL) -> None:
    """Raise `InsecureTransportError` unless the URL is https or points at this machine."""
    host = url.host.lower()
    if url.scheme != "https" and not (host in LOOPBACK_HOSTS or host.startswith("127.")):
        raise InsecureTransportError(
            f"refusing to send credentials over {url.scheme}:// to {host}; use https:// "
            "(plain http is allowed only for localhost and 127.0.0.0/8)"
        )


def is_otp_challenge(response: httpx.Response) -> bool:
    """A 401 whose ``X-PhraseApp-OTP`` header asks for a one-time password."""
    return response.status_code == 401 and response.headers.get("x-phraseapp-otp", "").lower().startswith("required")


def mfa_type(response: httpx.Response) -> str | None:
    """The MFA type named by an OTP challenge (``required; app`` -> ``"app"``)."""
    return response.headers.get("x-phraseapp-otp", "").partition(";")[2].strip() or None


class TokenAuth(httpx.Auth):
    """An access token, sent as ``Authorization: token <token>``."""

    def __init__(self, token: str) -> None:
        if not token or not token.strip():
            raise ConfigurationError("access token is empty")
        self._token = token.strip()

    def __repr__(self) -> str:
        return f"TokenAuth(token={mask(self._token)})"

    @property
    def token_last_eight(self) -> str:
        """The last eight characters, as the Authorizations API reports them."""
        return self._token[-8:]

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the header (after checking the transport is safe)."""
        require_secure(request.url)
        request.headers["Authorization"] = f"token {self._token}"
        yield request


class BasicAuth(httpx.Auth):
    """HTTP Basic with email and password, or with an access token as the user name.

    Accounts with two-factor authentication answer 401 with ``X-PhraseApp-OTP: required; <type>``.
    Give ``otp`` (a code) or ``otp_provider`` (a callable, sync or async, called once with the MFA
    type) to answer it; without either, the client raises `OTPRequired`.
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
        self._username = username
        self._password = password
        self._otp = otp
        self._otp_provider = otp_provider
        self._header = "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()

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

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Send; on an OTP challenge ask the provider once and send again."""
        response = yield self._prepare(request, self._otp)
        if is_otp_challenge(response) and self._otp_provider is not None:
            code = self._otp_provider(mfa_type(response))
            if inspect.isawaitable(code):
                if inspect.iscoroutine(code):
                    code.close()
                raise ConfigurationError("an async otp_provider needs AsyncPhrase; Phrase needs a plain function")
            yield self._prepare(request, code)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Send; on an OTP challenge ask the provider (sync or async) once and send again."""
        response = yield self._prepare(request, self._otp)
        if is_otp_challenge(response) and self._otp_provider is not None:
            code = self._otp_provider(mfa_type(response))
            if inspect.isawaitable(code):
                code = await code
            yield self._prepare(request, code)


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
        if not api_token or not api_token.strip():
            raise ConfigurationError("platform token is empty")
        self._api_token = api_token.strip()
        self._token_url = httpx.URL(token_url)
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
            extensions={"timeout": self._timeout.as_dict()},
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
