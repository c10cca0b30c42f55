"""Transports under the httpx client: what every request passes through, sync and async."""

from __future__ import annotations

import httpx

CREDENTIAL_HEADERS = ("authorization", "x-phraseapp-otp")


def strip_foreign_credentials(request: httpx.Request, api_url: httpx.URL) -> None:
    """Drop credential headers from a request that leaves the API's origin.

    httpx already drops ``Authorization`` when a redirect changes origin; this also covers
    ``X-PhraseApp-OTP`` and any request an app sends elsewhere through the client.
    """
    if (request.url.scheme, request.url.host, request.url.port) != (
        api_url.scheme,
        api_url.host,
        api_url.port,
    ):
        for name in CREDENTIAL_HEADERS:
            request.headers.pop(name, None)


class CredentialGuard(httpx.BaseTransport):
    """Sync transport wrapper applying `strip_foreign_credentials`."""

    def __init__(self, inner: httpx.BaseTransport, api_url: httpx.URL) -> None:
        self._inner = inner
        self._api_url = api_url

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Guard, then send with the wrapped transport."""
        strip_foreign_credentials(request, self._api_url)
        return self._inner.handle_request(request)

    def close(self) -> None:
        """Close the wrapped transport."""
        self._inner.close()


class AsyncCredentialGuard(httpx.AsyncBaseTransport):
    """Async transport wrapper applying `strip_foreign_credentials`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, api_url: httpx.URL) -> None:
        self._inner = inner
        self._api_url = api_url

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Guard, then send with the wrapped transport."""
        strip_foreign_credentials(request, self._api_url)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()
