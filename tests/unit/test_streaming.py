"""``client.http.stream``: bodies read as they arrive, a limiter slot held until closed, no cache."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from phrase_strings import AsyncPhrase, Phrase

from tests.unit.scripted import API, TOKEN

CHUNKS = [b"x" * 1000 for _ in range(5)]


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that records how many chunks it has given out."""

    def __init__(self) -> None:
        self.given = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in CHUNKS:
            self.given += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in CHUNKS:
            self.given += 1
            yield chunk


def answer(body: Body) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "application/octet-stream", "etag": '"v1"'}, stream=body)


def test_stream_hands_chunks_over_as_they_arrive_and_frees_the_slot_on_close() -> None:
    body = Body()
    client = Phrase(TOKEN, base_url=API, transport=httpx.MockTransport(lambda request: answer(body)))
    with client.http.stream("GET", "/projects/p1/locales/en/download") as response:
        assert body.given == 0  # nothing read before the caller asks
        assert client.rate_limiter.in_flight == 1
        chunks = response.iter_raw()
        first = next(chunks)
        assert first == CHUNKS[0] and body.given == 1
        rest = b"".join(chunks)
    assert len(first + rest) == 5000
    assert client.rate_limiter.in_flight == 0


def test_plain_requests_are_read_before_the_slot_is_given_back() -> None:
    body = Body()
    client = Phrase(TOKEN, base_url=API, transport=httpx.MockTransport(lambda request: answer(body)))
    response = client.http.get("/projects/p1/locales/en/download")
    assert body.given == 5 and response.content == b"".join(CHUNKS)
    assert client.rate_limiter.in_flight == 0


def test_streamed_requests_leave_the_cache_alone() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return answer(Body())

    client = Phrase(TOKEN, base_url=API, transport=httpx.MockTransport(handler), cache=True)
    for _ in range(2):
        with client.http.stream("GET", "/projects/p1/locales/en/download") as response:
            response.read()
    assert client.cache is not None and len(client.cache) == 0  # type: ignore[arg-type]
    assert all("if-none-match" not in request.headers for request in sent)


@pytest.mark.anyio
async def test_async_stream_hands_chunks_over_as_they_arrive_and_frees_the_slot_on_close() -> None:
    body = Body()

    async def handler(request: httpx.Request) -> httpx.Response:
        return answer(body)

    client = AsyncPhrase(TOKEN, base_url=API, transport=httpx.MockTransport(handler))
    async with client.http.stream("GET", "/projects/p1/locales/en/download") as response:
        assert body.given == 0
        assert client.rate_limiter.in_flight == 1
        chunks = [chunk async for chunk in response.aiter_raw()]
    assert b"".join(chunks) == b"".join(CHUNKS)
    assert client.rate_limiter.in_flight == 0
    await client.aclose()


def test_api_cookies_are_still_kept_and_sent_back() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={}, headers={"set-cookie": "session=abc; Path=/"} if len(sent) == 1 else {})

    client = Phrase(TOKEN, base_url=API, transport=httpx.MockTransport(handler))
    client.http.get("/projects")
    client.http.get("/projects")
    assert client.http.cookies.get("session") == "abc"
    assert "session=abc" in sent[1].headers.get("cookie", "")
