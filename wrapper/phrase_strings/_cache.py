"""Conditional GETs: remember ``ETag``/``Last-Modified`` answers and revalidate them.

With ``Phrase(cache=True)`` (or ``cache=<a CacheStorage>``) a GET whose earlier answer carried
an ``ETag`` or ``Last-Modified`` is sent with ``If-None-Match``/``If-Modified-Since``; when the API
answers 304 Not Modified, the stored body is returned as the 200 it was, with the fresh headers.
304 answers do not count against Phrase's rate limit and carry no body.

Entries are keyed by method, URL and a hash of the credentials, so one storage can serve several
accounts without mixing them. The storage holds response bodies in plain form: give a persistent
one only where such data may rest. Answers marked ``Cache-Control: no-store`` are never stored.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Protocol, runtime_checkable

import attrs
import httpx

from ._transport import STREAM, abuffer_body, buffer_body, raw_body

FROM_CACHE = "phrase_strings.from_cache"
"""Response extension: True when the body came from the cache after a 304."""
_OURS = "phrase_strings.cache_validators"
# Headers of a stored answer that a 304 must not replace: they describe the stored body.
_BODY_HEADERS = frozenset({"content-length", "content-encoding", "content-type", "transfer-encoding"})


@attrs.frozen
class CachedResponse:
    """A stored 200 answer: status, headers, raw body (as received) and its validators."""

    status_code: int
    headers: tuple[tuple[str, str], ...]
    content: bytes
    etag: str | None = None
    last_modified: str | None = None


@runtime_checkable
class CacheStorage(Protocol):
    """Where `CacheTransport` keeps answers. Methods are called from any thread; keep them quick."""

    def get(self, key: str) -> CachedResponse | None:
        """The entry stored under ``key``, if any."""
        ...

    def set(self, key: str, entry: CachedResponse) -> None:
        """Store (or replace) the entry under ``key``."""
        ...

    def delete(self, key: str) -> None:
        """Forget ``key`` (no error if absent)."""
        ...


class InMemoryCache:
    """The default `CacheStorage`: a thread-safe dict that forgets the least recently used entry."""

    def __init__(self, max_entries: int = 1024) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[str, CachedResponse] = OrderedDict()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"InMemoryCache({len(self)} of {self.max_entries} entries)"

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: str) -> CachedResponse | None:
        """The entry under ``key``, marking it recently used."""
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def set(self, key: str, entry: CachedResponse) -> None:
        """Store the entry, dropping the least recently used one when full."""
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def delete(self, key: str) -> None:
        """Forget ``key``."""
        with self._lock:
            self._entries.pop(key, None)

    def clear(self) -> None:
        """Forget everything."""
        with self._lock:
            self._entries.clear()


def cache_key(request: httpx.Request) -> str:
    """Method, URL, ``Accept`` and (hashed) credentials of a request, as a hex digest."""
    headers = request.headers
    parts = [request.method, str(request.url), headers.get("accept", ""), headers.get("authorization", "")]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _applies(request: httpx.Request) -> bool:
    if request.method != "GET" or request.extensions.get(STREAM):
        return False
    # Validators the caller set are theirs to handle; ours (from an earlier pass) are not.
    theirs = "if-none-match" in request.headers or "if-modified-since" in request.headers
    return not theirs or bool(request.extensions.get(_OURS))


def _add_validators(request: httpx.Request, entry: CachedResponse | None) -> None:
    if entry is None:
        return
    if entry.etag:
        request.headers["If-None-Match"] = entry.etag
    if entry.last_modified:
        request.headers["If-Modified-Since"] = entry.last_modified
    request.extensions[_OURS] = True


def _from_cache(request: httpx.Request, entry: CachedResponse, fresh: httpx.Response) -> httpx.Response:
    headers = httpx.Headers(list(entry.headers))
    for name, value in fresh.headers.items():
        if name not in _BODY_HEADERS:
            headers[name] = value
    return httpx.Response(
        entry.status_code,
        headers=headers,
        content=entry.content,
        request=request,
        extensions={**fresh.extensions, FROM_CACHE: True},
    )


def _store_or_forget(storage: CacheStorage, key: str, response: httpx.Response) -> None:
    if response.status_code != 200:
        if response.status_code in (404, 410):
            storage.delete(key)
        return
    etag = response.headers.get("etag")
    last_modified = response.headers.get("last-modified")
    content = raw_body(response)
    if (not etag and not last_modified) or "no-store" in response.headers.get("cache-control", "").lower():
        storage.delete(key)
        return
    if content is None:
        return
    storage.set(
        key,
        CachedResponse(
            status_code=200,
            headers=tuple(response.headers.multi_items()),
            content=content,
            etag=etag,
            last_modified=last_modified,
        ),
    )


class CacheTransport(httpx.BaseTransport):
    """Adds validators to GETs with a stored answer; turns a 304 into that answer."""

    def __init__(self, inner: httpx.BaseTransport, storage: CacheStorage) -> None:
        self._inner = inner
        self.storage = storage

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send (conditionally, if an answer is stored) and settle the answer with the cache."""
        if not _applies(request):
            return self._inner.handle_request(request)
        key = cache_key(request)
        entry = self.storage.get(key)
        _add_validators(request, entry)
        response = self._inner.handle_request(request)
        if response.status_code == 304 and entry is not None:
            response.close()
            return _from_cache(request, entry, response)
        buffer_body(response)
        _store_or_forget(self.storage, key, response)
        return response

    def close(self) -> None:
        """Close the wrapped transport."""
        self._inner.close()


class AsyncCacheTransport(httpx.AsyncBaseTransport):
    """Async `CacheTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, storage: CacheStorage) -> None:
        self._inner = inner
        self.storage = storage

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send (conditionally, if an answer is stored) and settle the answer with the cache."""
        if not _applies(request):
            return await self._inner.handle_async_request(request)
        key = cache_key(request)
        entry = self.storage.get(key)
        _add_validators(request, entry)
        response = await self._inner.handle_async_request(request)
        if response.status_code == 304 and entry is not None:
            await response.aclose()
            return _from_cache(request, entry, response)
        await abuffer_body(response)
        _store_or_forget(self.storage, key, response)
        return response

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()
