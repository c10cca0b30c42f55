"""The network transports of `Phrase`/`AsyncPhrase`, with the proxies the environment names.

Plain httpx clients read ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` (upper or
lower case) when they are built (``trust_env``). Our clients hand httpx a transport stack of their
own, which makes httpx skip that step, so it is done here: one transport per proxy, chosen by
the URL's scheme unless ``NO_PROXY`` exempts its host. A custom CA bundle (``SSL_CERT_FILE`` or
``SSL_CERT_DIR``) needs nothing extra: httpx's transports read those themselves.
"""

from __future__ import annotations

import urllib.request
from collections.abc import Mapping

import httpx

__all__ = ["async_network", "sync_network"]


def _proxies() -> dict[str, str]:
    """Proxy URL per scheme from the environment (``all`` covers both), and ``no`` for NO_PROXY."""
    found = urllib.request.getproxies_environment()
    return {key: value for key, value in found.items() if key in ("http", "https", "all", "no") and value}


def _route(url: httpx.URL, proxies: Mapping[str, str]) -> str | None:
    """The scheme whose proxy serves ``url``, or None to go direct."""
    scheme = url.scheme if url.scheme in proxies else "all" if "all" in proxies else None
    if scheme is None:
        return None
    host = f"{url.host}:{url.port}" if url.port else url.host
    bypass = urllib.request.proxy_bypass_environment(host, dict(proxies))  # type: ignore[attr-defined]
    return None if bypass else scheme


class _ProxyRoutes(httpx.BaseTransport):
    def __init__(self, direct: httpx.BaseTransport, routes: Mapping[str, httpx.BaseTransport], env: dict[str, str]):
        self.direct, self.routes, self.env = direct, routes, env

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        scheme = _route(request.url, self.env)
        return (self.direct if scheme is None else self.routes[scheme]).handle_request(request)

    def close(self) -> None:
        for transport in (self.direct, *self.routes.values()):
            transport.close()


class _AsyncProxyRoutes(httpx.AsyncBaseTransport):
    def __init__(
        self, direct: httpx.AsyncBaseTransport, routes: Mapping[str, httpx.AsyncBaseTransport], env: dict[str, str]
    ):
        self.direct, self.routes, self.env = direct, routes, env

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        scheme = _route(request.url, self.env)
        return await (self.direct if scheme is None else self.routes[scheme]).handle_async_request(request)

    async def aclose(self) -> None:
        for transport in (self.direct, *self.routes.values()):
            await transport.aclose()


def sync_network(http2: bool) -> httpx.BaseTransport:
    """The blocking transport to the network; a plain `httpx.HTTPTransport` when no proxy is set."""
    env = _proxies()
    direct = httpx.HTTPTransport(http2=http2)
    routes = {k: httpx.HTTPTransport(http2=http2, proxy=v) for k, v in env.items() if k != "no"}
    return _ProxyRoutes(direct, routes, env) if routes else direct


def async_network(http2: bool) -> httpx.AsyncBaseTransport:
    """Async `sync_network`."""
    env = _proxies()
    direct = httpx.AsyncHTTPTransport(http2=http2)
    routes = {k: httpx.AsyncHTTPTransport(http2=http2, proxy=v) for k, v in env.items() if k != "no"}
    return _AsyncProxyRoutes(direct, routes, env) if routes else direct
