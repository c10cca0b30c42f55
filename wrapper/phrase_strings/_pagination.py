"""Walking paged lists by the ``Link`` header, one page after another or several at once.

Every ``*_pages`` / ``*_all`` method of the resource groups runs on these:

    for key in client.keys.list_all(project_id):              # items, lazily
    for page in client.keys.list_pages(project_id):           # pages with their headers
    for key in client.keys.list_all(project_id, concurrent=True)   # pages 2..last in parallel
"""

from __future__ import annotations

import urllib.parse
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import anyio
import httpx
from phrase_strings_api._facade import check_per_page
from phrase_strings_api.api import AsyncFetchPage, FetchPage, Page
from phrase_strings_api.types import Response

from ._errors import MalformedResponseError

if TYPE_CHECKING:
    from concurrent.futures import Future


def links(headers: Mapping[str, str]) -> dict[str, int]:
    """Page numbers of the ``Link`` header's relations (``next``, ``last``, …)."""
    # httpx parses RFC 8288 Link headers on its Response objects; reuse that parser. The page
    # number is read with urllib: an httpx.URL per link cost more than fetching a page's models.
    header = headers.get("link", "")
    try:
        parsed = httpx.Response(200, headers={"link": header}).links
        numbers = {}
        for rel, link in parsed.items():
            page = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(link.get("url", "")).query)).get("page", "")
            if page.isdigit():
                numbers[str(rel)] = int(page)
    except ValueError as exc:  # e.g. an unclosed IPv6 bracket in a URL
        raise MalformedResponseError(f"cannot read the Link header of a page ({exc}): {header[:200]!r}") from exc
    return numbers


def to_page(response: Response[Any], number: int) -> Page[Any]:
    """Wrap a list answer as a `Page`."""
    parsed = response.parsed
    return Page(items=list(parsed) if isinstance(parsed, list) else [], number=number, headers=response.headers)


class LinkPaging:
    """Blocking paging. ``workers`` bounds the pages fetched at once in concurrent mode."""

    def __init__(self, workers: int = 4) -> None:
        self.workers = workers

    def pages(self, fetch: FetchPage, per_page: int, concurrent: bool) -> Iterator[Page[Any]]:
        """Yield pages in order; nothing is fetched until the first item is asked for."""
        check_per_page(per_page)
        return self._walk(fetch, per_page, concurrent)

    def _walk(self, fetch: FetchPage, per_page: int, concurrent: bool) -> Iterator[Page[Any]]:
        first = to_page(fetch(1, per_page), 1)
        yield first
        rels = links(first.headers)
        if concurrent and rels.get("last", 1) > 1:
            yield from self._parallel(fetch, per_page, rels["last"])
            return
        page = first
        while page.items and (number := rels.get("next")) and number > page.number:
            page = to_page(fetch(number, per_page), number)
            yield page
            rels = links(page.headers)

    def _parallel(self, fetch: FetchPage, per_page: int, last: int) -> Iterator[Page[Any]]:
        from concurrent.futures import ThreadPoolExecutor  # only sync concurrent paging needs it

        pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="phrase-pages")
        pending: dict[int, Future[Response[Any]]] = {}
        ahead = 2
        try:
            for number in range(2, last + 1):
                while ahead <= last and ahead < number + self.workers:
                    pending[ahead] = pool.submit(fetch, ahead, per_page)
                    ahead += 1
                yield to_page(pending.pop(number).result(), number)
        finally:
            # An early stop cancels the pages not yet started.
            pool.shutdown(wait=True, cancel_futures=True)


class AsyncLinkPaging:
    """Awaitable paging. ``workers`` bounds the pages fetched at once in concurrent mode."""

    def __init__(self, workers: int = 4) -> None:
        self.workers = workers

    def pages(self, fetch: AsyncFetchPage, per_page: int, concurrent: bool) -> AsyncIterator[Page[Any]]:
        """Yield pages in order; nothing is fetched until the first item is asked for."""
        check_per_page(per_page)
        return self._walk(fetch, per_page, concurrent)

    async def _walk(self, fetch: AsyncFetchPage, per_page: int, concurrent: bool) -> AsyncIterator[Page[Any]]:
        first = to_page(await fetch(1, per_page), 1)
        yield first
        rels = links(first.headers)
        if concurrent and rels.get("last", 1) > 1:
            last = rels["last"]
            # Batches, not the sync twin's sliding window: a task group must not stay open across a
            # yield of an async generator (the consumer may stop, or close it from another task).
            for start in range(2, last + 1, self.workers):
                batch = list(range(start, min(start + self.workers, last + 1)))
                results: dict[int, Response[Any]] = {}
                failures: dict[int, BaseException] = {}
                async with anyio.create_task_group() as group:
                    for number in batch:
                        group.start_soon(_fetch_into, results, failures, group.cancel_scope, fetch, number, per_page)
                if failures:
                    # The error of the first failed page, as the sequential walk (and the sync twin)
                    # would raise it, not an ExceptionGroup of the batch.
                    raise failures[min(failures)]
                for number in batch:
                    yield to_page(results[number], number)
            return
        page = first
        while page.items and (following := rels.get("next")) and following > page.number:
            page = to_page(await fetch(following, per_page), following)
            yield page
            rels = links(page.headers)


async def _fetch_into(
    results: dict[int, Response[Any]],
    failures: dict[int, BaseException],
    scope: anyio.CancelScope,
    fetch: AsyncFetchPage,
    number: int,
    per_page: int,
) -> None:
    """Fetch one page into ``results``; on failure record it and cancel the rest of the batch."""
    try:
        results[number] = await fetch(number, per_page)
    except Exception as exc:
        failures[number] = exc
        scope.cancel()
