"""The server under the fake and ``webhooks listen`` keeps a client's hang-up out of stderr."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler

import pytest
from phrase_strings._loopback import LoopbackServer


class Failing(BaseHTTPRequestHandler):
    """Raises what the request path names, as a handler does when its client goes away (or it has a bug)."""

    def do_GET(self) -> None:
        raise {"/hangup": ConnectionResetError, "/bug": ValueError}[self.path]("raised by the handler")

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@pytest.mark.parametrize(("path", "printed"), [("/hangup", False), ("/bug", True)])
def test_only_real_errors_reach_stderr(path: str, printed: bool, capsys: pytest.CaptureFixture[str]) -> None:
    server = LoopbackServer(0, Failing)
    assert server.server_address[0] == "127.0.0.1"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as client:
            client.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            assert client.recv(1024) == b""  # the handler failed, so the server closed the connection
    finally:
        server.shutdown()
        server.server_close()
    err = capsys.readouterr().err
    assert ("ValueError: raised by the handler" in err) is printed
    assert ("ConnectionResetError: raised by the handler" in err) is False
