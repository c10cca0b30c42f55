"""A small asyncio HTTP/1.1 server on 127.0.0.1 with latency and Phrase's rate limits, scaled down.

nginx cannot wait before answering nor count requests per window, so the paging-under-latency and
rate-limit measures use this instead. It serves one canned list page (the body does not matter to
the measure) with a ``Link`` header for any ``?page=``, and enforces, like the API:

- at most ``concurrency`` requests in flight; one more is answered 429 (reason ``concurrency``);
- at most ``limit`` requests per fixed window of ``window`` seconds; past that 429 (reason
  ``rate limit``) until the window ends. Windows start at ``start`` (a whole UNIX second), so
  ``X-Rate-Limit-Reset`` (whole seconds, as the API sends it) is exact. 429s do not count.

Every answer carries ``X-Rate-Limit-Limit/-Remaining/-Reset`` and ``Date``; `Stats` records what
was served, per window.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import math
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from . import fixtures


@dataclass
class Limits:
    """The server's behaviour; ``limit=0`` turns the rate limit off."""

    last_page: int = fixtures.KEY_PAGES
    latency: float = 0.0
    limit: int = 0
    window: float = 10.0
    concurrency: int = 4
    start: float = 0.0


@dataclass
class Stats:
    """What the server answered: 2xx per window, 429s by reason, the most requests in flight."""

    ok_per_window: Counter[int] = field(default_factory=Counter)
    rejected: Counter[str] = field(default_factory=Counter)
    rejected_per_window: Counter[int] = field(default_factory=Counter)
    max_in_flight: int = 0
    first_ok: float | None = None
    last_ok: float | None = None


class LoopServer:
    """The server's state; `handle` serves one connection."""

    def __init__(self, limits: Limits, body: bytes, path: str) -> None:
        self.limits = limits
        self.body = body
        self.path = path
        self.stats = Stats()
        self.in_flight = 0
        self.base_url = ""

    def _window(self, now: float) -> int:
        return max(0, math.floor((now - self.limits.start) / self.limits.window))

    def _rate_headers(self, now: float) -> list[tuple[str, str]]:
        lim = self.limits
        if not lim.limit:
            return [("X-Rate-Limit-Limit", "1000"), ("X-Rate-Limit-Remaining", "999")]
        window = self._window(now)
        reset = lim.start + (window + 1) * lim.window
        remaining = max(0, lim.limit - self.stats.ok_per_window[window])
        return [
            ("X-Rate-Limit-Limit", str(lim.limit)),
            ("X-Rate-Limit-Remaining", str(remaining)),
            ("X-Rate-Limit-Reset", str(math.ceil(reset))),
        ]

    def _admit(self, now: float) -> str | None:
        """The reason to refuse a request arriving now, or None (and count it)."""
        lim = self.limits
        if self.in_flight > lim.concurrency:
            return "concurrency"
        if lim.limit:
            if now < lim.start:
                return "rate limit"
            window = self._window(now)
            if self.stats.ok_per_window[window] >= lim.limit:
                return "rate limit"
            self.stats.ok_per_window[window] += 1
        else:
            self.stats.ok_per_window[0] += 1
        return None

    def answer(self, target: str) -> bytes:
        """Status line, headers and body for a GET of ``target``, counted against the limits."""
        now = time.time()
        url = urlsplit(target)
        headers = [("Date", email.utils.formatdate(now, usegmt=True)), ("Content-Type", "application/json")]
        if url.path != self.path:
            return _response(404, "Not Found", headers, b'{"message":"Not Found"}')
        reason = self._admit(now)
        headers += self._rate_headers(now)
        if reason:
            self.stats.rejected[reason] += 1
            if self.limits.limit:
                self.stats.rejected_per_window[self._window(now)] += 1
            headers.append(("X-Rate-Limit-Reason", reason))
            return _response(429, "Too Many Requests", headers, b'{"message":"Rate limit exceeded"}')
        self.stats.first_ok = self.stats.first_ok or now
        self.stats.last_ok = now
        page = int(parse_qs(url.query).get("page", ["1"])[0])
        if page <= self.limits.last_page:
            link = fixtures.link_header(self.base_url + self.path, page, self.limits.last_page)
            headers.append(("Link", link))
            return _response(200, "OK", headers, self.body)
        return _response(200, "OK", headers, b"[]")

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Serve keep-alive GETs on one connection until the client closes it."""
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                target = head.split(b"\r\n", 1)[0].split(b" ")[1].decode()
                self.in_flight += 1
                self.stats.max_in_flight = max(self.stats.max_in_flight, self.in_flight)
                try:
                    # Admitted or refused on arrival, as the API does; the answer comes after the latency.
                    data = self.answer(target)
                    if self.limits.latency:
                        await asyncio.sleep(self.limits.latency)
                    writer.write(data)
                finally:
                    self.in_flight -= 1
                await writer.drain()
        except ConnectionError:
            return
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


def _response(status: int, reason: str, headers: list[tuple[str, str]], body: bytes) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{k}: {v}" for k, v in headers), f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@contextmanager
def serve(limits: Limits) -> Iterator[tuple[str, LoopServer]]:
    """Run the server in a background thread; yield its ``/v2`` base URL and the server (for stats)."""
    path = f"/v2/projects/{fixtures.PROJECT_ID}/keys"
    server = LoopServer(limits, fixtures.dump(fixtures.keys_page(1)), path)
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    holder: dict[str, asyncio.Server] = {}

    async def start() -> None:
        srv = await asyncio.start_server(server.handle, "127.0.0.1", 0, backlog=256)
        holder["server"] = srv
        port = srv.sockets[0].getsockname()[1]
        server.base_url = f"http://127.0.0.1:{port}"
        ready.set()

    def run() -> None:
        loop.run_until_complete(start())
        loop.run_forever()

    thread = threading.Thread(target=run, name="bench-loopserver", daemon=True)
    thread.start()
    if not ready.wait(10):
        raise TimeoutError("the loopback server did not start within 10 s")
    try:
        yield server.base_url + "/v2", server
    finally:

        async def stop() -> None:
            srv = holder["server"]
            srv.close()
            # Keep-alive connections would keep wait_closed() waiting; closing the server is enough.
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
