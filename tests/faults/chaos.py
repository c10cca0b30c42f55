"""A small HTTP/1.1 chaos proxy on 127.0.0.1, in front of a real server (the Prism mock).

It runs an asyncio server in a thread of its own, so sync and async clients can both use it.
``plan([...])`` lists what happens to the next requests, one fault per request, after which
requests pass through. It counts what it receives and what it forwards, per method, so a test
can tell whether a POST reached the server twice.

Faults (what the client sees):

- ``pass``         forwarded; the answer relayed with realistic ``X-Rate-Limit-*`` headers
- ``429``          not forwarded; 429 with ``X-Rate-Limit-Reset`` one second ahead
- ``503``          not forwarded; 503 with a JSON message (maintenance)
- ``html``         not forwarded; 502 with a load balancer's HTML page
- ``504``          forwarded (the server did the work), then 504 with an HTML page
- ``reset``        forwarded, then the connection is reset (RST) instead of an answer
- ``close``        forwarded, then the connection is closed without an answer
- ``truncate``     forwarded, then the answer is cut off halfway through its body
- ``hang``         forwarded, then nothing until the client gives up
- ``invalid_json`` forwarded, then a 2xx whose JSON body is cut in half (correctly framed)
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from email.utils import formatdate

FAULTS = ("pass", "429", "503", "html", "504", "reset", "close", "truncate", "hang", "invalid_json")
HTML_PAGE = (
    b"<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
    b"<hr><center>nginx</center></body></html>"
)
GATEWAY_TIMEOUT_PAGE = b"<html><head><title>504 Gateway Time-out</title></head><body>504</body></html>"
HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "date"}


class Answer:
    """A parsed HTTP answer from the upstream server."""

    def __init__(self, status: int, reason: str, headers: list[tuple[str, str]], body: bytes) -> None:
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = body


def _parse_answer(raw: bytes) -> Answer:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    _, status, reason = [*lines[0].split(" ", 2), ""][:3]
    headers = [(k.strip(), v.strip()) for k, _, v in (line.partition(":") for line in lines[1:])]
    if any(k.lower() == "transfer-encoding" and "chunked" in v.lower() for k, v in headers):
        body = _dechunk(body)
    return Answer(int(status), reason, headers, body)


def _dechunk(data: bytes) -> bytes:
    out = bytearray()
    while data:
        size_line, _, data = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            break
        out += data[:size]
        data = data[size + 2 :]
    return bytes(out)


@dataclass
class Exchange:
    """One request as the proxy received it, and the connection to answer on."""

    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter


class ChaosProxy:
    """See the module doc. ``listen_after``: seconds before the port accepts connections."""

    def __init__(self, upstream: str, *, listen_after: float = 0.0) -> None:
        host, _, port = upstream.removeprefix("http://").partition(":")
        self.upstream = (host, int(port))
        self.listen_after = listen_after
        self.received: Counter[str] = Counter()
        self.forwarded: Counter[str] = Counter()
        self.log: list[tuple[str, str, str]] = []
        self._plan: list[str] = []
        self._lock = threading.Lock()
        self._remaining = 1000
        self._window_end = int(time.time()) + 300
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="chaos-proxy", daemon=True)
        self._server: asyncio.AbstractServer | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    # --- control, from the test's thread ---

    def start(self) -> ChaosProxy:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._serve(), self._loop)
        if not self.listen_after:
            future.result(timeout=5)
        return self

    def stop(self) -> None:
        async def shutdown() -> None:
            if self._server is not None:
                self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.sleep(0)

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop).result(timeout=5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        self._sock.close()

    def plan(self, faults: list[str]) -> None:
        unknown = set(faults) - set(FAULTS)
        if unknown:
            raise ValueError(f"unknown faults {unknown}")
        with self._lock:
            self._plan = list(faults)
            self.received.clear()
            self.forwarded.clear()
            self.log.clear()

    # --- the server ---

    async def _serve(self) -> None:
        if self.listen_after:
            await asyncio.sleep(self.listen_after)
        # The socket is bound but not listening until here: connecting to it is refused.
        self._server = await asyncio.start_server(self._track, sock=self._sock)

    async def _track(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await asyncio.wait_for(self._handle(reader, writer), timeout=30)
        except (TimeoutError, ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass
        finally:
            self._tasks.discard(task)
            if not writer.is_closing():
                writer.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = [(k.strip(), v.strip()) for k, _, v in (line.partition(":") for line in lines[1:] if line)]
        length = int(next((v for k, v in headers if k.lower() == "content-length"), "0"))
        body = await reader.readexactly(length) if length else b""
        with self._lock:
            fault = self._plan.pop(0) if self._plan else "pass"
            self.received[method] += 1
            self.log.append((method, target, fault))
        action: Callable[[Exchange], Awaitable[None]] = getattr(self, f"_fault_{fault}")
        await action(Exchange(method, target, headers, body, reader, writer))

    async def _forward(self, x: Exchange) -> Answer:
        up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        kept = [(k, v) for k, v in x.headers if k.lower() not in {"host", "connection", "keep-alive"}]
        lines = [f"{x.method} {x.target} HTTP/1.1", f"Host: {self.upstream[0]}:{self.upstream[1]}", "Connection: close"]
        lines += [f"{k}: {v}" for k, v in kept]
        up_writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + x.body)
        await up_writer.drain()
        with self._lock:
            self.forwarded[x.method] += 1
        raw = await asyncio.wait_for(up_reader.read(), timeout=10)
        up_writer.close()
        return _parse_answer(raw)

    def _rate_headers(self, remaining: int | None = None, reset: int | None = None) -> list[tuple[str, str]]:
        with self._lock:
            if remaining is None:
                self._remaining -= 1
                remaining = self._remaining
        return [
            ("X-Rate-Limit-Limit", "1000"),
            ("X-Rate-Limit-Remaining", str(remaining)),
            ("X-Rate-Limit-Reset", str(reset if reset is not None else self._window_end)),
        ]

    async def _send(
        self,
        writer: asyncio.StreamWriter,
        status: int,
        reason: str,
        headers: list[tuple[str, str]],
        body: bytes,
        *,
        send_bytes: int | None = None,
    ) -> None:
        out = [f"HTTP/1.1 {status} {reason}", f"Date: {formatdate(usegmt=True)}"]
        out += [f"{k}: {v}" for k, v in headers if k.lower() not in HOP_BY_HOP]
        out += [f"Content-Length: {len(body)}", "Connection: close"]
        payload = ("\r\n".join(out) + "\r\n\r\n").encode("latin-1") + body
        writer.write(payload if send_bytes is None else payload[: len(payload) - len(body) + send_bytes])
        await writer.drain()
        writer.close()

    async def _relay(self, writer: asyncio.StreamWriter, answer: Answer, *, send_bytes: int | None = None) -> None:
        headers = [(k, v) for k, v in answer.headers if not k.lower().startswith("x-rate-limit")]
        headers += self._rate_headers()
        await self._send(writer, answer.status, answer.reason, headers, answer.body, send_bytes=send_bytes)

    # --- the faults ---

    async def _fault_pass(self, x: Exchange) -> None:
        await self._relay(x.writer, await self._forward(x))

    async def _fault_429(self, x: Exchange) -> None:
        reset = int(time.time()) + 1
        extra = [("Content-Type", "application/json"), ("X-Rate-Limit-Reason", "per_user_window")]
        message = json.dumps({"message": "Rate limit exceeded"}).encode()
        await self._send(x.writer, 429, "Too Many Requests", extra + self._rate_headers(0, reset), message)

    async def _fault_503(self, x: Exchange) -> None:
        message = json.dumps({"message": "Service temporarily unavailable for maintenance"}).encode()
        await self._send(x.writer, 503, "Service Unavailable", [("Content-Type", "application/json")], message)

    async def _fault_html(self, x: Exchange) -> None:
        await self._send(x.writer, 502, "Bad Gateway", [("Content-Type", "text/html")], HTML_PAGE)

    async def _fault_504(self, x: Exchange) -> None:
        await self._forward(x)
        await self._send(x.writer, 504, "Gateway Time-out", [("Content-Type", "text/html")], GATEWAY_TIMEOUT_PAGE)

    async def _fault_reset(self, x: Exchange) -> None:
        await self._forward(x)
        sock = x.writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        x.writer.transport.abort()

    async def _fault_close(self, x: Exchange) -> None:
        await self._forward(x)
        x.writer.close()

    async def _fault_truncate(self, x: Exchange) -> None:
        answer = await self._forward(x)
        await self._relay(x.writer, answer, send_bytes=len(answer.body) // 2)

    async def _fault_hang(self, x: Exchange) -> None:
        await self._forward(x)
        await x.reader.read()  # until the client gives up and closes (or _track's 30 s cap)

    async def _fault_invalid_json(self, x: Exchange) -> None:
        answer = await self._forward(x)
        answer.body = answer.body[: len(answer.body) // 2]
        await self._relay(x.writer, answer)
