"""Helpers for tests with scripted transports: a fake clock, and answer scripts that count calls."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import httpx
from phrase_strings import AsyncPhrase, Phrase, RateLimiter

API = "https://api.phrase.test/v2"
TOKEN = "tok-0123456789abcdef"
USER = {"id": "u1", "username": "ada", "name": "Ada", "email": "ada@example.com"}
START = 1_800_000_000.0


class FakeTime:
    """A wall clock that moves only when something sleeps on it; records every sleep."""

    def __init__(self, now: float = START) -> None:
        self.now = now
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def limiter(self, max_concurrency: int = 4, **kwargs: Any) -> RateLimiter:
        return RateLimiter(max_concurrency, clock=self.time, sleep=self.sleep, async_sleep=self.async_sleep, **kwargs)


Step = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Script:
    """Answers requests with the given steps in order (the last one repeats); records requests.

    A step is a response, an exception to raise, or a function of the request.
    """

    def __init__(self, steps: Iterable[Step]) -> None:
        self.steps = list(steps)
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            index = min(len(self.requests), len(self.steps) - 1)
            self.requests.append(
                httpx.Request(request.method, request.url, headers=request.headers.copy(), content=request.read())
            )
        step = self.steps[index]
        if isinstance(step, Exception):
            raise step
        if isinstance(step, httpx.Response):
            # A fresh copy: a response object can be sent only once.
            return httpx.Response(step.status_code, headers=step.headers, content=step.content)
        return step(request)

    @property
    def count(self) -> int:
        return len(self.requests)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def async_transport(self) -> httpx.MockTransport:
        async def handler(request: httpx.Request) -> httpx.Response:
            return self(request)

        return httpx.MockTransport(handler)


def phrase(script: Script, clock: FakeTime | None = None, **kwargs: Any) -> Phrase:
    if clock is not None:
        kwargs.setdefault("rate_limiter", clock.limiter(kwargs.pop("max_concurrency", 4)))
    return Phrase(TOKEN, base_url=API, transport=script.transport(), **kwargs)


def async_phrase(script: Script, clock: FakeTime | None = None, **kwargs: Any) -> AsyncPhrase:
    if clock is not None:
        kwargs.setdefault("rate_limiter", clock.limiter(kwargs.pop("max_concurrency", 4)))
    return AsyncPhrase(TOKEN, base_url=API, transport=script.async_transport(), **kwargs)


def user(status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, json=USER if status < 300 else {"message": f"status {status}"}, headers=headers)


class BrokenBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that sends some bytes and then fails, like a connection cut mid-answer."""

    def __init__(self, first: bytes, error: Exception) -> None:
        self.first = first
        self.error = error

    def __iter__(self) -> Iterator[bytes]:
        yield self.first
        raise self.error

    async def __aiter__(self) -> Any:
        yield self.first
        raise self.error


def truncated(request: httpx.Request) -> httpx.Response:
    stream = BrokenBody(b'{"id": "u1", "usern', httpx.RemoteProtocolError("peer closed connection", request=request))
    return httpx.Response(200, headers={"content-type": "application/json", "content-length": "90"}, stream=stream)
