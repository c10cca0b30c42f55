"""The fake as an httpx transport: requests never leave the process."""

from __future__ import annotations

import httpx

from ._engine import Engine, Request, Response


def _to_request(request: httpx.Request) -> Request:
    path = request.url.path
    prefix = "/v2" if path == "/v2" or path.startswith("/v2/") else ""
    origin = f"{request.url.scheme}://{request.url.netloc.decode('ascii')}"
    return Request(
        method=request.method,
        path=path[len(prefix) :] or "/",
        query=tuple(request.url.params.multi_items()),
        headers={name.lower(): value for name, value in request.headers.items()},
        body=request.content,
        base_url=origin + prefix,
    )


def _to_response(response: Response, request: httpx.Request) -> httpx.Response:
    return httpx.Response(response.status, headers=list(response.headers), content=response.body, request=request)


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers every request from the fake; usable by `Phrase` and `AsyncPhrase` (and plain httpx clients)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Answer one request of a sync client."""
        request.read()
        return _to_response(self._engine.handle(_to_request(request)), request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Answer one request of an async client (the fake answers at once, without blocking on I/O)."""
        await request.aread()
        return _to_response(self._engine.handle(_to_request(request)), request)
