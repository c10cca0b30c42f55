"""Paging by the Link header: chains, empty pages, early stops, concurrent mode in page order."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from typing import Any

import anyio
import httpx
import pytest
from phrase_strings import AsyncPhrase, ConfigurationError, Phrase
from phrase_strings._pagination import links

from tests.unit.scripted import API, TOKEN, FakeTime, Script, phrase
from tests.unit.typed_helpers import STAMPS

KEYS = f"{API}/projects/p1/keys"


class Pages:
    """A list of ``sizes[n-1]`` keys on page n, linked with rel next/last like the API does."""

    def __init__(self, sizes: list[int], *, with_last: bool = True, delays: dict[int, float] | None = None) -> None:
        self.sizes = sizes
        self.with_last = with_last
        self.delays = delays or {}
        self.asked: list[int] = []
        self.per_page: list[str] = []
        self.lock = threading.Lock()
        self.now = 0
        self.most = 0

    def links(self, number: int) -> str:
        last = len(self.sizes)
        rels = []
        if number < last:
            rels.append(f'<{KEYS}?page={number + 1}&per_page=100>; rel="next"')
        if self.with_last:
            rels.append(f'<{KEYS}?page={last}&per_page=100>; rel="last"')
        return ", ".join(rels)

    def answer(self, number: int) -> httpx.Response:
        size = self.sizes[number - 1] if number <= len(self.sizes) else 0
        items = [
            {
                "id": f"k{number}-{i}",
                "created_at": "2026-01-01T00:00:00Z",
                "updated_at": "2026-01-01T00:00:00Z",
                "name": f"key.{number}.{i}",
            }
            for i in range(size)
        ]
        headers = {"link": self.links(number), "x-rate-limit-remaining": str(1000 - number)}
        return httpx.Response(200, json=items, headers=headers)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        with self.lock:
            self.asked.append(number)
            self.per_page.append(request.url.params.get("per_page", ""))
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            time.sleep(self.delays.get(number, 0))
            return self.answer(number)
        finally:
            with self.lock:
                self.now -= 1

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        number = int(request.url.params.get("page", "1"))
        self.asked.append(number)
        self.per_page.append(request.url.params.get("per_page", ""))
        self.now += 1
        self.most = max(self.most, self.now)
        try:
            await anyio.sleep(self.delays.get(number, 0))
            return self.answer(number)
        finally:
            self.now -= 1


def names(sizes: list[int]) -> list[str]:
    return [f"key.{n}.{i}" for n, size in enumerate(sizes, start=1) for i in range(size)]


def sync_client(pages: Pages, **kwargs: Any) -> Phrase:
    return phrase(Script([pages]), FakeTime(), **kwargs)


def async_client(pages: Pages, **kwargs: Any) -> AsyncPhrase:
    return AsyncPhrase(TOKEN, base_url=API, transport=httpx.MockTransport(pages.ahandle), **kwargs)


# --- the Link header --------------------------------------------------------------------------


def test_links_gives_page_numbers_by_relation() -> None:
    header = (
        f'<{KEYS}?page=3&per_page=100>; rel="next", <{KEYS}?page=9&per_page=100>; rel="last", '
        f'<{KEYS}?page=1&per_page=100>; rel="first", <{KEYS}?per_page=100>; rel="prev"'
    )
    assert links({"link": header}) == {"next": 3, "last": 9, "first": 1}
    assert links({}) == {}
    assert links({"link": "string"}) == {}


# --- sequential -------------------------------------------------------------------------------


def test_all_items_follow_the_chain_with_per_page_100() -> None:
    pages = Pages([100, 100, 7])
    with sync_client(pages) as client:
        got = [key.name for key in client.keys.list_all("p1")]
    assert got == names([100, 100, 7])
    assert pages.asked == [1, 2, 3]
    assert set(pages.per_page) == {"100"}


def test_pages_carry_number_items_and_headers() -> None:
    pages = Pages([2, 1])
    with sync_client(pages) as client:
        got = list(client.keys.list_pages("p1", per_page=2))
    assert [(p.number, len(p.items)) for p in got] == [(1, 2), (2, 1)]
    assert got[1].headers["x-rate-limit-remaining"] == "998"
    assert set(pages.per_page) == {"2"}


def test_an_empty_page_ends_the_walk_even_with_a_next_link() -> None:
    pages = Pages([3, 0, 5])
    with sync_client(pages) as client:
        got = [key.name for key in client.keys.list_all("p1")]
    assert got == names([3])
    assert pages.asked == [1, 2]


def test_an_empty_first_page_is_the_whole_list() -> None:
    pages = Pages([0])
    with sync_client(pages) as client:
        assert list(client.keys.list_all("p1")) == []
    assert pages.asked == [1]


def test_no_link_header_means_one_page() -> None:
    script = Script(
        [
            httpx.Response(
                200,
                json=[
                    {
                        "id": "k",
                        "created_at": "2026-01-01T00:00:00Z",
                        "updated_at": "2026-01-01T00:00:00Z",
                        "name": "only",
                    }
                ],
            )
        ]
    )
    with phrase(script, FakeTime()) as client:
        assert [k.name for k in client.keys.list_all("p1")] == ["only"]
    assert script.count == 1


def test_a_next_link_that_does_not_move_forward_stops_the_walk() -> None:
    looping = httpx.Response(
        200,
        json=[{"id": "k", **STAMPS, "name": "a"}],
        headers={"link": f'<{KEYS}?page=1&per_page=100>; rel="next"'},
    )
    script = Script([looping])
    with phrase(script, FakeTime()) as client:
        assert len(list(client.keys.list_all("p1"))) == 1
    assert script.count == 1


def test_nothing_is_fetched_until_iteration_and_stopping_stops_fetching() -> None:
    pages = Pages([100, 100, 100])
    with sync_client(pages) as client:
        walk = client.keys.list_all("p1")
        assert pages.asked == []
        for _ in walk:
            break
        assert pages.asked == [1]


def test_concurrent_stop_after_the_first_page_fetches_nothing_more() -> None:
    pages = Pages([100] * 6)
    with sync_client(pages) as client:
        for page in client.keys.list_pages("p1", concurrent=True):
            assert page.number == 1
            break
    assert pages.asked == [1]


def test_per_page_is_checked() -> None:
    with sync_client(Pages([1])) as client:
        for bad in (0, 101):
            with pytest.raises(ConfigurationError, match="per_page"):
                client.keys.list_pages("p1", per_page=bad)


def test_an_error_on_a_later_page_is_raised_from_the_loop() -> None:
    pages = Pages([2, 2])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["page"] == "2":
            return httpx.Response(404, json={"message": "gone"})
        return pages(request)

    with phrase(Script([handler]), FakeTime()) as client:
        seen = []
        with pytest.raises(Exception, match="404"):
            for key in client.keys.list_all("p1"):
                seen.append(key.name)
    assert seen == names([2])


# --- concurrent -------------------------------------------------------------------------------


def test_concurrent_mode_yields_pages_in_order_within_the_limit() -> None:
    sizes = [100] * 11 + [3]
    # Later pages answer faster, so completion order is the reverse of page order.
    delays = {n: 0.002 * (len(sizes) - n) for n in range(2, len(sizes) + 1)}
    pages = Pages(sizes, delays=delays)
    with sync_client(pages) as client:
        got = [key.name for key in client.keys.list_all("p1", concurrent=True)]
    assert got == names(sizes)
    assert Counter(pages.asked) == Counter(range(1, len(sizes) + 1))  # each page once
    assert 1 < pages.most <= 4


def test_concurrent_mode_without_last_falls_back_to_following_next() -> None:
    pages = Pages([5, 5, 5], with_last=False)
    with sync_client(pages) as client:
        got = [k.name for k in client.keys.list_all("p1", concurrent=True)]
    assert got == names([5, 5, 5])
    assert pages.asked == [1, 2, 3]


def test_concurrent_mode_respects_a_smaller_limit() -> None:
    sizes = [100] * 9
    pages = Pages(sizes, delays={n: 0.003 for n in range(2, 10)})
    with sync_client(pages, max_concurrency=2) as client:
        assert len(list(client.keys.list_all("p1", concurrent=True))) == 900
    assert pages.most <= 2


# --- async ------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_chain_and_empty_page() -> None:
    pages = Pages([100, 4, 0, 9])
    async with async_client(pages) as client:
        got = [key.name async for key in client.keys.list_all("p1")]
    assert got == names([100, 4])
    assert pages.asked == [1, 2, 3]


@pytest.mark.anyio
async def test_async_concurrent_mode_in_page_order_within_the_limit() -> None:
    sizes = [100] * 10 + [1]
    rng = random.Random(7)
    pages = Pages(sizes, delays={n: rng.uniform(0, 0.01) for n in range(2, 12)})
    async with async_client(pages) as client:
        got = [key.name async for key in client.keys.list_all("p1", concurrent=True)]
    assert got == names(sizes)
    assert sorted(pages.asked) == list(range(1, 12))
    assert 1 < pages.most <= 4


@pytest.mark.anyio
async def test_async_early_stop_fetches_nothing_more() -> None:
    pages = Pages([100] * 5)
    async with async_client(pages) as client:
        walk = client.keys.list_pages("p1", concurrent=True)
        async for page in walk:
            assert page.number == 1
            break
        await walk.aclose()  # type: ignore[attr-defined]
    assert pages.asked == [1]
