"""push and pull end to end against the Prism mock of openapi.yaml: Python (sync, async) and the command line.

Prism checks each request against the spec (query types, required parameters) and reports problems
in the ``sl-violations`` header; every test here requires that it found none.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from phrase_strings import AsyncPhrase, BadRequest, DownloadOptions, Phrase, UploadOptions, apull, apush, pull, push

# What Prism answers with, from the examples in openapi.yaml.
LOCALE_ID = "edb1e563119ff7349a64f130cf40c46e"
LOCALE_CODE = "de-DE"
EXAMPLE_COUNT = 12
TOKEN = "prism-token-000000"


class Violations:
    """Collects Prism's ``sl-violations`` headers from every answer."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def __call__(self, response: httpx.Response) -> None:
        if "sl-violations" in response.headers:
            self.found.append(f"{response.request.method} {response.request.url}: {response.headers['sl-violations']}")

    async def hook(self, response: httpx.Response) -> None:
        self(response)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "locales").mkdir()
    (tmp_path / "locales" / f"{LOCALE_CODE}.yml").write_text("de:\n  checkout:\n    pay: Bezahlen\n")
    yield tmp_path


def test_push_then_pull(prism_url: str, project: Path) -> None:
    seen = Violations()
    with Phrase(TOKEN, base_url=prism_url, project_id="p1", timeout=10) as client:
        client.http.event_hooks["response"].append(seen)
        pushed = push(
            client,
            "locales/<locale_code>.yml",
            file_format="yml",
            options=UploadOptions(update_translations=True, format_options={"indent": 2}),
        )
        pulled = pull(
            client,
            "out/<locale_code>.yml",
            options=DownloadOptions(
                file_format="yml",
                include_empty_translations=True,
                include_unverified_translations=False,
                format_options={"enclose_in_cdata": True},
                locale_ids=[LOCALE_ID],
            ),
        )
    assert seen.found == []
    assert [f.locale_id for f in pushed.files] == [LOCALE_ID]  # the code was looked up among the locales
    assert pushed.files[0].upload.state == "completed"
    assert (pushed.keys_created, pushed.translations_updated) == (EXAMPLE_COUNT, EXAMPLE_COUNT)
    assert pulled.downloaded == 1 and pulled.files[0].path == Path("out") / f"{LOCALE_CODE}.yml"
    assert (project / "out" / f"{LOCALE_CODE}.yml").read_bytes() == b"string"  # Prism's sample binary body
    assert sorted(p.name for p in (project / "out").iterdir()) == [f"{LOCALE_CODE}.yml"]


def test_booleans_go_out_as_the_api_reads_them(prism_url: str, tmp_path: Path) -> None:
    # Python's "True" in a query is not a boolean to the API; Prism refuses it as the API would.
    with Phrase(TOKEN, base_url=prism_url, project_id="p1", timeout=10) as client:
        with pytest.raises(BadRequest) as caught:
            client.http.get(
                "/projects/p1/locales/l1/download", params={"file_format": "yml", "include_empty_translations": "True"}
            )
        assert "include_empty_translations must be boolean" in caught.value.response.headers["sl-violations"]
        options = DownloadOptions(file_format="yml", include_empty_translations=True)
        assert client.locales.download_to("l1", tmp_path / "l1.yml", options).size == len(b"string")


def test_download_to_a_file_object_and_a_screenshot(prism_url: str, tmp_path: Path) -> None:
    seen = Violations()
    with Phrase(TOKEN, base_url=prism_url, project_id="p1", timeout=10) as client:
        client.http.event_hooks["response"].append(seen)
        target = tmp_path / "de.yml"
        result = client.locales.download_to(LOCALE_ID, target, DownloadOptions(file_format="yml"), skip_unchanged=True)
        shot = client.screenshots.upload(b"\x89PNG\r\n\x1a\n", name="Checkout", filename="checkout.png")
    assert seen.found == []
    assert result.changed and target.read_bytes() == b"string"
    assert shot.id and shot.name


@pytest.mark.anyio
async def test_async_push_then_pull(prism_url: str, project: Path) -> None:
    seen = Violations()
    async with AsyncPhrase(TOKEN, base_url=prism_url, project_id="p1", timeout=10) as client:
        client.http.event_hooks["response"].append(seen.hook)
        pushed = await apush(client, {"locales/de-DE.yml": LOCALE_CODE}, file_format="yml")
        pulled = await apull(client, "async/<locale_name>.yml", file_format="yml", tags="web")
    assert seen.found == []
    assert pushed.keys_updated == EXAMPLE_COUNT
    assert [f.path for f in pulled.files] == [Path("async/Checkout copy.yml")]


def run_cli(prism_url: str, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PHRASE_ACCESS_TOKEN": TOKEN,
        "PHRASE_HOST": prism_url,
        "PHRASE_PROJECT_ID": "p1",
    }
    return subprocess.run(
        [sys.executable, "-m", "phrase_strings", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_command_line_pushes_and_pulls(prism_url: str, project: Path) -> None:
    pushed = run_cli(prism_url, project, "push", "locales/<locale_code>.yml", "--format", "yml", "--wait")
    assert pushed.returncode == 0, pushed.stderr
    assert pushed.stdout == (
        f"Pushed 1 file(s): {EXAMPLE_COUNT} keys created, {EXAMPLE_COUNT} keys updated, "
        f"{EXAMPLE_COUNT} translations created, {EXAMPLE_COUNT} translations updated.\n"
    )
    pulled = run_cli(
        prism_url,
        project,
        "pull",
        "cli/<locale_code>.json",
        "--format",
        "json",
        "--option",
        "include_empty_translations=true",
    )
    assert pulled.returncode == 0, pulled.stderr
    assert pulled.stdout == "Pulled 1 locale file(s): 1 written (0.00 MB), 0 unchanged.\n"  # no progress: not a TTY
    assert (project / "cli" / f"{LOCALE_CODE}.json").read_bytes() == b"string"
    failed = run_cli(prism_url, project, "pull", "cli/<nope>.json", "--format", "json")
    assert failed.returncode == 1 and "unknown placeholder <nope>" in failed.stderr
