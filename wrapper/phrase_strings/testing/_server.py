"""The fake as a real HTTP server on 127.0.0.1, for clients in other processes (phrase-cli, curl, other languages)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler
from types import TracebackType
from urllib.parse import parse_qsl, urlsplit

from .._loopback import LoopbackServer
from ._engine import Engine, Request

_MAX_BODY = 64 * 1024 * 1024


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    timeout = 60  # seconds a connection may stay silent before the server drops it

    def _answer(self) -> None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            body = self._read_chunked()
        else:
            length = int(self.headers.get("Content-Length") or 0)
            if length > _MAX_BODY:
                self.send_error(413, "Request body too large for the fake")
                return
            body = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        path = url.path
        prefix = "/v2" if path == "/v2" or path.startswith("/v2/") else ""
        host = self.headers.get("Host") or f"127.0.0.1:{self.server.server_address[1]}"
        request = Request(
            method=self.command,
            path=path[len(prefix) :] or "/",
            query=tuple(parse_qsl(url.query, keep_blank_values=True)),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
            base_url=f"http://{host}{prefix}",
        )
        response = self.server.engine.handle(request)
        self.send_response(response.status)
        for name, value in response.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    def _read_chunked(self) -> bytes:
        chunks: list[bytes] = []
        while True:
            size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass  # trailers
                return b"".join(chunks)
            chunks.append(self.rfile.read(size))
            self.rfile.readline()

    do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = do_HEAD = _answer

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the fake records requests in `PhraseFake.requests` instead of printing them."""


class _Server(LoopbackServer):
    def __init__(self, port: int, engine: Engine) -> None:
        super().__init__(port, _Handler)
        self.engine = engine


class FakeServer:
    """A running HTTP server for a fake; ``url`` is its base URL (``http://127.0.0.1:PORT/v2``).

    Use it as a context manager, or call `start` and `stop`. It listens only on the loopback interface.
    """

    def __init__(self, engine: Engine, port: int = 0) -> None:
        self._server = _Server(port, engine)
        self._thread = threading.Thread(target=self._server.serve_forever, name="phrase-fake", daemon=True)

    @property
    def port(self) -> int:
        """The port it listens on (chosen by the system when 0 was asked for)."""
        return self._server.port

    @property
    def url(self) -> str:
        """The base URL to give a client: ``http://127.0.0.1:PORT/v2``."""
        return f"http://127.0.0.1:{self.port}/v2"

    def start(self) -> FakeServer:
        """Serve in a background thread."""
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted (what ``phrase-strings fake serve`` does)."""
        self._server.serve_forever()

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join(timeout=10)
        self._server.server_close()

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()
