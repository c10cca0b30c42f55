"""Fixtures: the recording fake on 127.0.0.1 and a clean project folder to run in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_compat.fake_phrase import FakePhrase, serve

TOKEN = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
ENVIRONMENT = (
    "PHRASE_ACCESS_TOKEN",
    "PHRASEAPP_ACCESS_TOKEN",
    "PHRASE_PLATFORM_TOKEN",
    "PHRASE_HOST",
    "PHRASE_DATA_CENTER",
    "PHRASE_PROJECT_ID",
    "PHRASEAPP_CONFIG",
    "PHRASEAPP_USE_LOCAL_BRANCH_NAME",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
)


@pytest.fixture
def fake() -> Iterator[FakePhrase]:
    yield from serve(FakePhrase())


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty repository folder as the working directory; no Phrase settings in env or home."""
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    repo = tmp_path / "repo"
    repo.mkdir()
    monkeypatch.chdir(repo)
    return repo
