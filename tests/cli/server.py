"""A recording HTTP server on 127.0.0.1 that answers from a script of canned responses."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from phrase_strings._loopback import LoopbackServer


@dataclass
class Recorded:
    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Answer:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None


Responder = Callable[[Recorded], Answer]


@dataclass
class Server:
    url: str
    requests: list[Recorded]
    answers: list[Answer | Responder]

    def reply(self, *answers: Answer | Responder) -> None:
        self.answers[:] = list(answers)


@contextmanager
def serve() -> Iterator[Server]:
    """Answers requests with the scripted answers in order (the last one repeats)."""
    requests: list[Recorded] = []
    answers: list[Answer | Responder] = [Answer(200, {})]

    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            parts = urlsplit(self.path)
            recorded = Recorded(
                self.command,
                parts.path,
                parse_qsl(parts.query, keep_blank_values=True),
                {k.lower(): v for k, v in self.headers.items()},
                self.rfile.read(length),
            )
            index = min(len(requests), len(answers) - 1)
            requests.append(recorded)
            answer = answers[index]
            if callable(answer):
                answer = answer(recorded)
            data = answer.raw if answer.raw is not None else json.dumps(answer.body).encode()
            self.send_response(answer.status)
            headers = {"content-type": "application/json", **answer.headers}
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = _handle

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = LoopbackServer(0, Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{server.server_address[1]}/v2", requests, answers)
    finally:
        server.shutdown()
        server.server_close()
