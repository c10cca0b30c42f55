"""What Prism said about each request: status and its `sl-violations` header, recorded at the network layer.

The recorder sits where the client's network transport goes (`Phrase(transport=...)`), under the
wrapper's auth, retry and rate-limit layers, so it sees exactly what went over the wire and every
answer, including the 4xx ones the wrapper turns into exceptions.
"""

from __future__ import annotations

import json
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

import httpx

# The call a request belongs to (set by the test around each call; tasks inherit it).
CALL: ContextVar[str | None] = ContextVar("contract_call", default=None)
# Prism hangs on a malformed JSON body; nothing in the contract suite may wait longer than this.
TIMEOUT = httpx.Timeout(10.0, connect=5.0)


@dataclass(frozen=True)
class Exchange:
    """One request as sent and Prism's verdict on it."""

    call: str | None
    method: str
    url: httpx.URL
    content_type: str
    body: bytes
    status: int
    violations: tuple[dict[str, Any], ...]

    def where(self, side: str) -> list[str]:
        """Violations on the ``request`` or ``response`` side, as readable lines."""
        return [
            f"{'.'.join(map(str, v.get('location', [])))}: {v.get('message')}"
            for v in self.violations
            if v.get("location", [None])[0] == side
        ]


def _violations(response: httpx.Response) -> tuple[dict[str, Any], ...]:
    raw = response.headers.get("sl-violations")
    return tuple(json.loads(raw)) if raw else ()


@dataclass
class Recorder:
    """Exchanges seen so far, each labelled with the call (`CALL`) it was made for."""

    exchanges: list[Exchange] = field(default_factory=list)

    def note(self, request: httpx.Request, response: httpx.Response) -> None:
        self.exchanges.append(
            Exchange(
                CALL.get(),
                request.method,
                request.url,
                request.headers.get("content-type", ""),
                request.content,
                response.status_code,
                _violations(response),
            )
        )

    def of(self, call: str) -> list[Exchange]:
        return [e for e in self.exchanges if e.call == call]

    def problems(self) -> list[str]:
        """Every non-2xx answer and every violation Prism reported, for an assertion message."""
        found = []
        for e in self.exchanges:
            lines = e.where("request") + e.where("response")
            if lines or not 200 <= e.status < 300:
                found.append(f"{e.method} {e.url.path} -> {e.status}: {lines}")
        return found


class RecordingTransport(httpx.BaseTransport):
    """The network transport, noting each exchange (sync)."""

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        response = self._inner.handle_request(request)
        self.recorder.note(request, response)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    """The network transport, noting each exchange (async)."""

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder
        self._inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        response = await self._inner.handle_async_request(request)
        self.recorder.note(request, response)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
