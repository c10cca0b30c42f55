"""The ways into the fake other than the transport: HTTP server, command line, pytest fixture; and its tables."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import httpx
import pytest
from phrase_strings import AsyncPhrase, ConfigurationError, Phrase
from phrase_strings.testing import SUPPORTED_FORMATS, PhraseFake
from phrase_strings.testing._operations import OPERATIONS

from tests.conftest import ROOT

from .conftest import checked_fake


def test_the_server_serves_the_same_state_as_the_transport() -> None:
    fake, violations = checked_fake()
    project_id = fake.create_project("Shared", ["en"])
    with fake.server() as server, Phrase("t", base_url=server.url, timeout=10) as over_http:
        assert server.url.startswith("http://127.0.0.1:")
        over_http.http.post(f"/projects/{project_id}/keys", json={"name": "from.http"})
        with Phrase("t", transport=fake.transport(), timeout=10) as in_process:
            assert [k.name for k in in_process.keys.list(project_id)] == ["from.http"]
        page = over_http.keys.list_pages(project_id, per_page=1)
        assert next(iter(page)).headers["link"].startswith(f"<{server.url}/projects/{project_id}/keys?")
    assert not violations, violations


@pytest.mark.anyio
async def test_the_server_answers_async_clients() -> None:
    fake, violations = checked_fake()
    fake.create_project("One", ["en"])
    with fake.server() as server:
        async with AsyncPhrase("t", base_url=server.url, timeout=10) as client:
            assert [p.name async for p in client.projects.list_all()] == ["One"]
    assert not violations, violations


def _lines(stream: IO[str]) -> queue.Queue[str]:
    """The lines a command prints, read in a thread so a silent command fails the test instead of hanging it."""
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def test_fake_serve_command_runs_a_server_with_projects() -> None:
    command = [sys.executable, "-m", "phrase_strings", "fake", "serve", "--token", "cli-token", "--project", "Demo"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        lines = _lines(process.stdout)
        url = lines.get(timeout=30).split()[3]
        project_id = lines.get(timeout=30).rsplit(" ", 1)[1].strip()
        assert httpx.get(f"{url}/projects", headers={"Authorization": "token wrong"}, timeout=10).status_code == 401
        answer = httpx.get(f"{url}/projects/{project_id}", headers={"Authorization": "token cli-token"}, timeout=10)
        assert answer.json()["name"] == "Demo"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_pytest_fixture_gives_a_fresh_fake(phrase_fake: PhraseFake) -> None:
    assert isinstance(phrase_fake, PhraseFake)
    with Phrase("t", transport=phrase_fake.transport(), timeout=10) as client:
        assert client.projects.list() == []


def test_the_operations_table_matches_openapi_yaml() -> None:
    sys.path.insert(0, str(ROOT))
    from scripts.fake_operations import render

    namespace: dict[str, object] = {}
    exec(render(), namespace)
    assert namespace["OPERATIONS"] == OPERATIONS, "run: python scripts/fake_operations.py"


def test_supported_formats_are_listed_by_the_formats_operation() -> None:
    fake = PhraseFake()
    with Phrase("t", transport=fake.transport(), timeout=10) as client:
        names = [f.api_name for f in client.formats.list()]
    assert tuple(names) == SUPPORTED_FORMATS
    assert {"yml", "nested_json", "i18next", "simple_json", "xml", "strings", "csv"} <= set(SUPPORTED_FORMATS)


def test_the_readme_example_test_passes(phrase_fake: PhraseFake, tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Testing your own code", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    namespace["test_export_writes_what_the_project_holds"](phrase_fake, tmp_path)


def test_raw_http_auth_failures_and_chunked_bodies() -> None:
    fake, violations = checked_fake(password="pw", otp="654321")
    project_id = fake.create_project("Raw", ["en"])
    with fake.server() as server, httpx.Client(base_url=server.url, timeout=10) as http:
        missing = http.get("/user")
        assert missing.status_code == 401
        assert "Authorization" in missing.json()["message"]
        challenged = http.get("/user", auth=("tester@example.com", "pw"))
        assert challenged.status_code == 401
        assert challenged.headers["X-PhraseApp-OTP"] == "required; app"
        wrong = http.get("/user", auth=("tester@example.com", "pw"), headers={"X-PhraseApp-OTP": "000000"})
        assert wrong.json()["message"] == "Invalid one-time password"
        right = http.get("/user", auth=("tester@example.com", "pw"), headers={"X-PhraseApp-OTP": "654321"})
        assert right.status_code == 200

        def chunks() -> Iterator[bytes]:
            yield b'{"name": '
            yield b'"chunked.key"}'

        created = http.post(
            f"/projects/{project_id}/keys",
            content=chunks(),
            headers={"Authorization": "token t", "Content-Type": "application/json"},
        )
        assert created.status_code == 201
        assert created.json()["name"] == "chunked.key"
    assert not violations, violations


def test_reprs_hold_no_secrets() -> None:
    received: list[bytes] = []

    def deliver(url: str, headers: Mapping[str, str], body: bytes) -> int:
        received.append(body)
        return 200

    fake = PhraseFake(deliver=deliver)
    project_id = fake.create_project("P", ["en"])
    with Phrase("t", transport=fake.transport(), timeout=10) as client:
        hook = client.http.post(
            f"/projects/{project_id}/webhooks", json={"callback_url": "https://x.test/h", "secret": "hush-hush"}
        ).json()
        client.http.post(f"/projects/{project_id}/webhooks/{hook['id']}/test")
    delivery = fake.webhook_deliveries[0]
    signature = delivery.headers["X-PhraseApp-Signature"]
    assert signature not in repr(delivery)
    assert "hush-hush" not in repr(delivery) + repr(fake)
    assert "secret" not in hook


def test_helpers_refuse_unknown_projects_locales_and_formats() -> None:
    fake = PhraseFake()
    project_id = fake.create_project("P", ["en"])
    with pytest.raises(ConfigurationError, match="no locale 'fr'"):
        fake.add_translations(project_id, "fr", {"a": "b"})
    with pytest.raises(ConfigurationError, match="no project"):
        fake.translations("missing", "en")
    with pytest.raises(ConfigurationError, match="no branch"):
        fake.key_tags(project_id, branch="nope")
    with pytest.raises(ConfigurationError, match="main_format 'docx'"):
        fake.create_project("Q", main_format="docx")


def test_a_failing_webhook_receiver_is_recorded_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    def broken(url: str, headers: Mapping[str, str], body: bytes) -> int:
        raise ConnectionError("receiver down")

    fake = PhraseFake(deliver=broken)
    project_id = fake.create_project("P", ["en"])
    with Phrase("t", transport=fake.transport(), timeout=10) as client:
        client.http.post(f"/projects/{project_id}/webhooks", json={"callback_url": "https://x.test/h"})
        created = client.http.post(f"/projects/{project_id}/keys", json={"name": "k"})
    assert created.status_code == 201
    assert [d.status for d in fake.webhook_deliveries] == [0]
    assert "ConnectionError" in caplog.text
