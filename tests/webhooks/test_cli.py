"""``phrase-strings webhooks listen``: a real server on 127.0.0.1, driven with bounded requests."""

from __future__ import annotations

import json
import os
import select
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from phrase_strings.cli import main

from .conftest import SECRET, example, sign

WAIT = 30  # seconds: an upper bound on any step, never a measured duration


@contextmanager
def listener(*args: str, env: dict[str, str] | None = None) -> Iterator[tuple[subprocess.Popen[str], str]]:
    command = [sys.executable, "-m", "phrase_strings", "webhooks", "listen", "--port", "0", *args]
    proc = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PHRASE_WEBHOOK_SECRET": "", **(env or {})},
    )
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], WAIT)
        assert ready, "the listener did not start"
        first = proc.stdout.readline()
        assert first.startswith("Listening on http://127.0.0.1:"), first
        yield proc, first.split()[2]
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(WAIT)


def post(url: str, body: bytes, signature: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers["X-PhraseApp-Signature"] = signature
    return httpx.post(url, content=body, headers=headers, timeout=WAIT).status_code


def test_listen_verifies_and_prints_events(jobs_complete_body: bytes) -> None:
    unknown = json.dumps({"event": "future:thing", "message": "brand new", "sent_at": "2026-12-01 10:00:00 UTC"})
    forged = sign(jobs_complete_body, "guess")
    with listener("--count", "2", env={"PHRASE_WEBHOOK_SECRET": SECRET}) as (proc, url):
        assert post(url, jobs_complete_body, forged) == 401
        assert post(url, jobs_complete_body, None) == 401
        assert post(url, b"[1, 2]", sign(b"[1, 2]")) == 400
        assert post(url, jobs_complete_body, sign(jobs_complete_body)) == 204
        assert post(url, unknown.encode(), sign(unknown.encode())) == 204
        out, err = proc.communicate(timeout=WAIT)  # --count 2: it stops by itself
    assert proc.returncode == 0
    lines = out.splitlines()
    assert lines == [
        "2025-02-07T16:44:04+00:00  jobs:complete  " + example("jobs_complete")["message"],
        "2026-12-01T10:00:00+00:00  future:thing  brand new",
    ]
    assert err.count("refused (401)") == 2 and err.count("refused (400)") == 1
    for secret_thing in (SECRET, forged, sign(jobs_complete_body)):
        assert secret_thing not in out + err


def test_listen_json_with_secret_option(jobs_complete_body: bytes) -> None:
    with listener("--count", "1", "--json", "--secret", SECRET) as (proc, url):
        assert post(url, jobs_complete_body, sign(jobs_complete_body)) == 204
        out, _ = proc.communicate(timeout=WAIT)
    assert proc.returncode == 0
    printed = json.loads(out)
    assert printed["event"] == "jobs:complete"
    assert printed["job"]["name"] == "Translation job for feature 1"
    assert SECRET not in out


def test_listen_needs_a_secret(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("PHRASE_WEBHOOK_SECRET", raising=False)
    assert main(["webhooks", "listen", "--port", "0"]) == 1
    assert "PHRASE_WEBHOOK_SECRET" in capsys.readouterr().err


def test_listen_count_must_be_positive(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PHRASE_WEBHOOK_SECRET", SECRET)
    assert main(["webhooks", "listen", "--port", "0", "--count", "0"]) == 1
    assert "--count" in capsys.readouterr().err


def test_listen_on_a_busy_or_impossible_port(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PHRASE_WEBHOOK_SECRET", SECRET)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["webhooks", "listen", "--port", str(port)]) == 1
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err
    assert main(["webhooks", "listen", "--port", "70000"]) == 1
    assert "--port must be between 0 and 65535" in capsys.readouterr().err
