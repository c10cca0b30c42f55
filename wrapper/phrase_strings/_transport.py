"""Transports under the httpx client: what every request passes through, sync and async.

From the top, a client's stack is (see `phrase_strings._http`):

    CredentialGuard          drop credentials from requests leaving the API's origin
    CacheTransport           optional: If-None-Match / If-Modified-Since, 304 -> stored body
    RetryTransport           backoff, 429 waits, the time budget (phrase_strings._retry)
    RateLimitTransport       concurrency slots, X-Rate-Limit-* tracking (phrase_strings._ratelimit)
    the network              httpx.HTTPTransport, or a test's MockTransport

Everything sits below authentication, so every request (and every resend by an auth flow)
passes through every layer. Answers are read into memory by the rate-limit layer, except for
requests marked `STREAM` (``client.http.stream``, the downloads in `phrase_strings._files`).
"""

from __future__ import annotations

import httpx

CREDENTIAL_HEADERS = ("authorization", "x-phraseapp-otp")
STREAM = "phrase_strings.stream"
"""Request extension set by ``client.http.stream(...)``/``send(stream=True)``: the caller reads the
body as it arrives, so no layer may read it first (the rate-limit layer holds its slot until the
body is closed instead, and the cache leaves the request alone)."""


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


def buffer_body(response: httpx.Response) -> None:
    """Read a response's raw (still encoded) body into memory and release the connection.

    Errors while reading (reset, body shorter than announced, read timeout) raise here, as the
    usual httpx exceptions, rather than later in the caller.
    """
    stream = response.stream
    if isinstance(stream, httpx.ByteStream):
        return
    if not isinstance(stream, httpx.SyncByteStream):
        raise TypeError("a sync transport returned a response with an async body")
    try:
        raw = b"".join(stream)
    finally:
        stream.close()
    response.stream = httpx.ByteStream(raw)


async def abuffer_body(response: httpx.Response) -> None:
    """Async `buffer_body`."""
    stream = response.stream
    if isinstance(stream, httpx.ByteStream):
        return
    if not isinstance(stream, httpx.AsyncByteStream):
        raise TypeError("an async transport returned a response with a sync body")
    try:
        raw = b"".join([chunk async for chunk in stream])
    finally:
        await stream.aclose()
    response.stream = httpx.ByteStream(raw)


def raw_body(response: httpx.Response) -> bytes | None:
    """The raw body of a buffered response (see `buffer_body`), or None if it is not buffered."""
    stream = response.stream
    return b"".join(stream) if isinstance(stream, httpx.ByteStream) else None
