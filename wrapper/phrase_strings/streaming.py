"""The plumbing under `phrase_strings.files`: streamed answers, atomic files, saved validators.

The client's rate-limit layer reads every body into memory before handing it on (so the retry
layer can see a body that breaks off). A download must not, so it goes through a stack of its own
over the client's network transport (the same connections, or a test's mock):

    CredentialGuard > RetryTransport > SlotTransport (a limiter slot held until the body is closed) > network

`streamer` / `async_streamer` build that client once per `Phrase` / `AsyncPhrase`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import weakref
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import IO, Any, cast

import httpx

from .client import AsyncHTTPClient, AsyncPhrase, HTTPClient, Phrase
from .errors import ConfigurationError
from .ratelimit import AsyncRateLimitTransport, RateLimiter, RateLimitTransport
from .retry import AsyncRetryTransport, RetryTransport
from .transport import AsyncCredentialGuard, CredentialGuard

SIDECAR_SUFFIX = ".phrase-etag"
_HASH_BLOCK = 1024 * 1024


# --- where bytes go ----------------------------------------------------------------------------


class AtomicFile:
    """A temporary file beside ``target``; `commit` renames it over the target, `discard` removes it."""

    def __init__(self, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        self.target = target
        self.temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        # 0o666 through the umask: the file gets the permissions a plain open() would give it.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        self.file = os.fdopen(os.open(self.temp, flags, 0o666), "wb")
        self.sha256 = hashlib.sha256()

    def write(self, chunk: bytes) -> None:
        """Append a chunk."""
        self.file.write(chunk)
        self.sha256.update(chunk)

    def commit(self) -> None:
        """Flush to disk and put the file in place of the target (keeping the target's mode)."""
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        with contextlib.suppress(FileNotFoundError):
            os.chmod(self.temp, self.target.stat().st_mode & 0o7777)
        os.replace(self.temp, self.target)

    def discard(self) -> None:
        """Remove the temporary file; the target is untouched."""
        self.file.close()
        self.temp.unlink(missing_ok=True)


class ObjectSink:
    """Writes into a caller's binary file object; nothing to commit or undo."""

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file
        self.sha256 = hashlib.sha256()

    def write(self, chunk: bytes) -> None:
        """Append a chunk."""
        self.file.write(chunk)
        self.sha256.update(chunk)

    def commit(self) -> None:
        """Nothing to do: the bytes are already the caller's."""

    def discard(self) -> None:
        """Nothing to undo: what was written stays in the caller's object."""


# --- validators saved beside a downloaded file -------------------------------------------------


def sidecar(path: Path) -> Path:
    """The hidden file keeping ``path``'s validators: ``.<name>.phrase-etag`` in the same folder."""
    return path.with_name(f".{path.name}{SIDECAR_SUFFIX}")


def file_sha256(path: Path) -> str | None:
    """SHA-256 of a file's content, or None if it cannot be read."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(_HASH_BLOCK), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def saved_validators(path: Path, url: httpx.URL) -> dict[str, str]:
    """``If-None-Match``/``If-Modified-Since`` for ``path`` if it was downloaded from ``url`` and not changed since."""
    try:
        saved = json.loads(sidecar(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(saved, dict) or saved.get("url") != str(url) or saved.get("sha256") != file_sha256(path):
        return {}
    headers = {}
    if isinstance(saved.get("etag"), str):
        headers["If-None-Match"] = saved["etag"]
    if isinstance(saved.get("last_modified"), str):
        headers["If-Modified-Since"] = saved["last_modified"]
    return headers


def save_validators(path: Path, url: httpx.URL, response: httpx.Response, sha256: str) -> None:
    """Remember the answer's ``ETag``/``Last-Modified`` for ``path`` (or forget them if it sent none)."""
    etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
    target = sidecar(path)
    if not etag and not modified:
        target.unlink(missing_ok=True)
        return
    temp = target.with_name(f"{target.name}.{secrets.token_hex(4)}.part")
    temp.write_text(
        json.dumps({"url": str(url), "etag": etag, "last_modified": modified, "sha256": sha256}), encoding="utf-8"
    )
    os.replace(temp, target)


# --- limiter slots held for the life of a body -------------------------------------------------


class _SlotStream(httpx.SyncByteStream):
    """A response body that gives the limiter's slot back when closed."""

    def __init__(self, inner: httpx.SyncByteStream, slot: contextlib.ExitStack) -> None:
        self._inner = inner
        self._slot = slot

    def __iter__(self) -> Iterator[bytes]:
        yield from self._inner

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            self._slot.close()


class _AsyncSlotStream(httpx.AsyncByteStream):
    """Async `_SlotStream`."""

    def __init__(self, inner: httpx.AsyncByteStream, slot: contextlib.AsyncExitStack) -> None:
        self._inner = inner
        self._slot = slot

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            await self._slot.aclose()


class SlotTransport(httpx.BaseTransport):
    """Holds one of the limiter's slots from sending until the body is closed; records the headers."""

    def __init__(self, inner: httpx.BaseTransport, limiter: RateLimiter) -> None:
        self._inner = inner
        self._limiter = limiter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Take a slot, send, and hand back the answer with its body still unread."""
        slot = contextlib.ExitStack()
        slot.enter_context(self._limiter.thread_slot())
        try:
            response = self._inner.handle_request(request)
        except BaseException:
            slot.close()
            raise
        self._limiter.record(response)
        if isinstance(response.stream, httpx.ByteStream):
            slot.close()  # the body is in memory already (a mock's answer): nothing left in flight
        else:
            response.stream = _SlotStream(cast(httpx.SyncByteStream, response.stream), slot)
        return response


class AsyncSlotTransport(httpx.AsyncBaseTransport):
    """Async `SlotTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, limiter: RateLimiter) -> None:
        self._inner = inner
        self._limiter = limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Take a slot, send, and hand back the answer with its body still unread."""
        slot = contextlib.AsyncExitStack()
        await slot.enter_async_context(self._limiter.task_slot())
        try:
            response = await self._inner.handle_async_request(request)
        except BaseException:
            await slot.aclose()
            raise
        self._limiter.record(response)
        if isinstance(response.stream, httpx.ByteStream):
            await slot.aclose()  # the body is in memory already (a mock's answer): nothing left in flight
        else:
            response.stream = _AsyncSlotStream(cast(httpx.AsyncByteStream, response.stream), slot)
        return response


def _network_under(stack: object, layer: type) -> Any:
    """The transport the client's rate-limit layer wraps, found by walking down the stack."""
    current: object = stack
    for _ in range(16):
        if isinstance(current, layer):
            return current._inner  # type: ignore[attr-defined]
        current = getattr(current, "_inner", None)
        if current is None:
            break
    raise ConfigurationError("cannot stream: the client's transport stack has no rate-limit layer")


# Built once per client and never closed: closing would close the client's own connections.
_STREAMERS: weakref.WeakKeyDictionary[Phrase, HTTPClient] = weakref.WeakKeyDictionary()
_ASYNC_STREAMERS: weakref.WeakKeyDictionary[AsyncPhrase, AsyncHTTPClient] = weakref.WeakKeyDictionary()


def streamer(client: Phrase) -> HTTPClient:
    """An httpx client like ``client.http`` whose answers' bodies are read as they arrive."""
    found = _STREAMERS.get(client)
    if found is None:
        http, limiter = client.http, client.rate_limiter
        network = _network_under(client._stack, RateLimitTransport)
        stack = CredentialGuard(
            RetryTransport(SlotTransport(network, limiter), limiter), httpx.URL(client.settings.base_url)
        )
        found = HTTPClient(
            base_url=http.base_url,
            auth=http.auth,
            headers=http.headers,
            timeout=http.timeout,
            follow_redirects=True,
            event_hooks=http.event_hooks,
            transport=stack,
            retry_policy=http.retry_policy,
        )
        _STREAMERS[client] = found
    return found


def async_streamer(client: AsyncPhrase) -> AsyncHTTPClient:
    """Async `streamer`."""
    found = _ASYNC_STREAMERS.get(client)
    if found is None:
        http, limiter = client.http, client.rate_limiter
        network = _network_under(client._stack, AsyncRateLimitTransport)
        stack = AsyncCredentialGuard(
            AsyncRetryTransport(AsyncSlotTransport(network, limiter), limiter), httpx.URL(client.settings.base_url)
        )
        found = AsyncHTTPClient(
            base_url=http.base_url,
            auth=http.auth,
            headers=http.headers,
            timeout=http.timeout,
            follow_redirects=True,
            event_hooks=http.event_hooks,
            transport=stack,
            retry_policy=http.retry_policy,
        )
        _ASYNC_STREAMERS[client] = found
    return found
