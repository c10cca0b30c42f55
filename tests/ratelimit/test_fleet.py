"""Real processes sharing one account's slots through each store, against a server that counts them."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from phrase_strings._loopback import LoopbackServer

from tests.conftest import ROOT

LIMIT = 4


class Counting(LoopbackServer):
    """Answers ``GET /v2/user`` after 20 ms; refuses with 429, as the API does, past 4 in flight."""

    def __init__(self) -> None:
        super().__init__(0, Handler)
        self.lock = threading.Lock()
        self.now = self.most = self.ok = self.refused = 0


class Handler(BaseHTTPRequestHandler):
    server: Counting
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.now += 1
            self.server.most = max(self.server.most, self.server.now)
            refused = self.server.now > LIMIT
        try:
            time.sleep(0.02)
        finally:
            with self.server.lock:
                self.server.now -= 1
                self.server.refused += refused
                self.server.ok += not refused
        body = b'{"message": "Concurrency limit exceeded"}' if refused else b'{"id": "u1", "username": "ada"}'
        self.send_response(429 if refused else 200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def counting_server() -> Iterator[Counting]:
    server = Counting()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_three_processes_never_have_more_than_the_accounts_slots_in_flight(
    store_url: str, counting_server: Counting
) -> None:
    base = f"http://127.0.0.1:{counting_server.server_address[1]}/v2"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.ratelimit.fleet_worker", store_url, base, "12"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert [r["errors"] for r in results] == [[], [], []]
    assert [r["ok"] for r in results] == [12, 12, 12]
    assert all(r["shared"] for r in results)
    assert counting_server.refused == 0
    assert counting_server.ok == 36
    assert counting_server.most <= LIMIT
