"""`phrase-strings auth status` and `auth logout` against a scripted API."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import respx
from phrase_strings._credentials import read_config_file, write_access_token
from phrase_strings.cli import main as cli

API = "https://api.phrase.test/v2"
TOKEN = "cli-token-" + "9" * 14 + "abcd1234"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for var in ("PHRASE_ACCESS_TOKEN", "PHRASE_PLATFORM_TOKEN", "PHRASE_HOST", "PHRASE_DATA_CENTER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    write_access_token(tmp_path / ".phrase.yml", TOKEN)
    return tmp_path / ".phrase.yml"


def api(expires_at: str | None) -> respx.MockRouter:
    mock = respx.mock(assert_all_mocked=True, assert_all_called=False)
    mock.get(f"{API}/user").respond(200, json={"id": "u", "username": "ada", "name": "Ada", "email": "a@example.com"})
    mock.get(f"{API}/authorizations").respond(
        200,
        json=[
            {
                "id": "auth-7",
                "created_at": "2026-01-01T00:00:00Z",
                "updated_at": "2026-01-01T00:00:00Z",
                "note": "laptop",
                "token_last_eight": TOKEN[-8:],
                "scopes": ["read"],
                "expires_at": expires_at,
            }
        ],
    )
    mock.delete(f"{API}/authorizations/auth-7").respond(204)
    return mock


def test_status_shows_user_source_scopes_and_warns_on_expiry(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with api("2020-01-01T00:00:00Z"):
        assert cli(["auth", "status", "--base-url", API]) == 0
    out = capsys.readouterr().out
    assert "Ada <a@example.com>" in out
    assert str(project.resolve()) in out
    assert "laptop …1234, scopes read" in out
    assert "abcd1234" not in out  # at most four characters of a token are shown
    assert "the token is expired" in out
    assert TOKEN not in out


def test_logout_revokes_and_removes_the_token_from_the_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with api(None) as mock:
        assert cli(["auth", "logout", "--yes", "--base-url", API]) == 0
        assert mock.routes[2].called
    assert "access_token" not in read_config_file(project)
    assert "Revoked token …1234." in capsys.readouterr().out


def test_logout_asks_first(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("builtins.input", lambda prompt="": "n")
    with api(None) as mock:
        assert cli(["auth", "logout", "--base-url", API]) == 1
        assert not mock.routes[2].called
    assert read_config_file(project)["access_token"] == TOKEN


def test_errors_are_reported_not_raised(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with respx.mock(assert_all_mocked=True) as mock:
        mock.get(f"{API}/user").mock(return_value=httpx.Response(401, json={"message": "Unauthorized"}))
        assert cli(["auth", "status", "--base-url", API]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: 401 Unauthorized") and TOKEN not in err
