"""`Client`: what the generated functions send through (base URL, headers, timeout, httpx clients).

Used on its own, it builds plain httpx clients from its settings. `phrase_strings` hands it its own
httpx clients (authentication, rate limits, retries, typed errors) and a ``derive`` function, so
``with_headers``/``with_timeout`` copies keep all of that.

Hand-written; `scripts/generate.py` copies it into the generated package.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping
from typing import Any, Self, cast

import httpx
from attrs import define, evolve, field

from .errors import ConfigurationError

__all__ = ["AuthenticatedClient", "Client", "check_timeout"]

Derive = Callable[[Mapping[str, str], "httpx.Timeout | None"], "Client"]
"""Make an independent client with extra headers and/or another timeout (None keeps it)."""


def check_timeout(timeout: httpx.Timeout) -> httpx.Timeout:
    """Refuse a timeout with an unlimited part: a request must never wait forever."""
    if None in (timeout.connect, timeout.read, timeout.write, timeout.pool):
        raise ConfigurationError(f"{timeout!r} would let a request hang forever; give every part in seconds")
    return timeout


@define
class Client:
    """Settings for the generated functions, and the httpx clients built from them.

    ``base_url``, ``headers``, ``cookies``, ``timeout`` (never unlimited), ``verify_ssl``,
    ``follow_redirects`` and ``httpx_args`` (more `httpx.Client` arguments) shape the httpx clients
    made on first use; `set_httpx_client`/`set_async_httpx_client` supply ready ones instead.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    """Raise `errors.UnexpectedStatusError` from the generated functions for an undocumented status."""
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout = field(factory=lambda: httpx.Timeout(30.0), kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _derive: Derive | None = field(default=None, kw_only=True, alias="derive")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def __attrs_post_init__(self) -> None:
        check_timeout(self._timeout)

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """An independent client like this one that also sends ``headers``; this one is unchanged."""
        if self._derive is not None:
            return self._derived(headers, None)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: Mapping[str, str]) -> Self:
        """An independent client like this one that also sends ``cookies``; this one is unchanged."""
        if self._derive is not None:
            raise ConfigurationError("cookies are not used by the Phrase API; this client sends none")
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """An independent client like this one with another timeout (never unlimited); this one is unchanged."""
        check_timeout(timeout)
        if self._derive is not None:
            return self._derived({}, timeout)
        return evolve(self, timeout=timeout)

    def _derived(self, headers: Mapping[str, str], timeout: httpx.Timeout | None) -> Self:
        other = cast(Derive, self._derive)(headers, timeout)
        if not isinstance(other, type(self)):
            raise TypeError(f"derive returned {type(other).__name__}, not {type(self).__name__}")
        return other

    def _httpx_settings(self) -> dict[str, Any]:
        """What the sync and async httpx clients are built from, when none was set."""
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use ``client`` for blocking calls instead of building one from the settings."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx client for blocking calls, built from the settings on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._httpx_settings())
        return self._client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any) -> None:
        self.get_httpx_client().__exit__(*args)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use ``async_client`` for awaitable calls instead of building one from the settings."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx client for awaitable calls, built from the settings on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_settings())
        return self._async_client

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args)


@define
class AuthenticatedClient(Client):
    """A `Client` that sends ``Authorization: <prefix> <token>`` (for use without `phrase_strings`)."""

    token: str = field(kw_only=True, repr=False)
    prefix: str = field(default="token", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        self._headers[self.auth_header_name] = f"{self.prefix} {self.token}" if self.prefix else self.token
