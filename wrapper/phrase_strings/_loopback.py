"""The HTTP server behind the fake and ``webhooks listen``: loopback only, one thread per connection."""

from __future__ import annotations

import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["LoopbackServer"]


class LoopbackServer(ThreadingHTTPServer):
    """Listens on 127.0.0.1 and stays quiet when a client hangs up mid-answer.

    A client that stops reading (a CLI that failed on one of several parallel downloads, a timeout)
    is normal for these servers; the standard library would print a traceback to stderr for it, in the
    middle of the output of whatever is using the server. Other errors are still reported.
    """

    def __init__(self, port: int, handler: type[BaseHTTPRequestHandler]) -> None:
        super().__init__(("127.0.0.1", port), handler)

    @property
    def port(self) -> int:
        """The port it listens on (chosen by the system when 0 was asked for)."""
        return int(self.server_address[1])

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)
