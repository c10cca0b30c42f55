"""Credential discovery: arguments > environment > nearest .phrase.yml > ~/.phrase.yml."""

from __future__ import annotations

import stat
from pathlib import Path

import anyio
import httpx
import pytest
from phrase_strings import AsyncPhrase, ConfigurationError, CredentialsNotFound, Phrase, PlatformTokenAuth, TokenAuth
from phrase_strings._credentials import discover, read_config_file, remove_access_token, write_access_token


@pytest.fixture
def tree(tmp_path: Path) -> tuple[Path, Path]:
    """A home folder and a project folder with a nested working directory."""
    home, project = tmp_path / "home", tmp_path / "work" / "app"
    (project / "src" / "deep").mkdir(parents=True)
    home.mkdir()
    return home, project


def write(path: Path, token: str, extra: str = "") -> None:
    path.write_text(
        f'# phrase-cli config\nphrase:\n  access_token: "{token}"  # mine\n{extra}  push:\n'
        "    sources:\n      - file: ./x.yml\n        access_token: not-this-one\n"
    )


def test_arguments_beat_environment_and_files(tree: tuple[Path, Path]) -> None:
    home, project = tree
    write(project / ".phrase.yml", "from-file-0000000")
    found = discover(
        {"access_token": "from-arg-00000000"},
        environ={"PHRASE_ACCESS_TOKEN": "from-env-0000000"},
        cwd=project,
        home=home,
    )
    assert found.access_token == "from-arg-00000000"
    assert found.sources["access_token"] == "argument"


def test_environment_beats_files(tree: tuple[Path, Path]) -> None:
    home, project = tree
    write(project / ".phrase.yml", "from-file-0000000")
    found = discover(environ={"PHRASE_ACCESS_TOKEN": "from-env-0000000"}, cwd=project, home=home)
    assert found.access_token == "from-env-0000000"
    assert found.sources["access_token"] == "environment variable PHRASE_ACCESS_TOKEN"


def test_nearest_parent_file_beats_home(tree: tuple[Path, Path]) -> None:
    home, project = tree
    write(home / ".phrase.yml", "from-home-000000")
    write(
        project / ".phrase.yml",
        "from-project-000",
        extra="  project_id: p-42\n  host: https://api.us.app.phrase.com/v2\n",
    )
    found = discover(environ={}, cwd=project / "src" / "deep", home=home)
    assert found.access_token == "from-project-000"
    assert found.project_id == "p-42"
    assert found.host == "https://api.us.app.phrase.com/v2"
    assert found.sources["access_token"] == str((project / ".phrase.yml").resolve())


def test_home_file_is_the_last_resort(tree: tuple[Path, Path]) -> None:
    home, project = tree
    write(home / ".phrase.yml", "from-home-000000")
    assert discover(environ={}, cwd=project, home=home).access_token == "from-home-000000"


def test_settings_merge_across_sources(tree: tuple[Path, Path]) -> None:
    home, project = tree
    write(project / ".phrase.yml", "from-file-0000000", extra="  project_id: from-file\n")
    found = discover(
        environ={"PHRASE_ACCESS_TOKEN": "from-env-0000000", "PHRASE_DATA_CENTER": "us"}, cwd=project, home=home
    )
    assert (found.access_token, found.project_id, found.data_center) == ("from-env-0000000", "from-file", "us")


def test_one_credential_wins_the_more_specific_source(tree: tuple[Path, Path]) -> None:
    home, project = tree
    write(project / ".phrase.yml", "from-file-0000000")
    found = discover(environ={"PHRASE_PLATFORM_TOKEN": "platform-env-00000"}, cwd=project, home=home)
    assert found.platform_token == "platform-env-00000"
    assert found.access_token is None
    both = discover(
        environ={"PHRASE_PLATFORM_TOKEN": "p-0000000000", "PHRASE_ACCESS_TOKEN": "a-0000000000"}, cwd=project, home=home
    )
    assert both.access_token == "a-0000000000" and both.platform_token is None


def test_only_the_phrase_block_is_read(tmp_path: Path) -> None:
    path = tmp_path / ".phrase.yml"
    write(path, "top-level-0000000")
    assert read_config_file(path) == {"access_token": "top-level-0000000"}


def test_nothing_found_lists_every_place(tree: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    home, project = tree
    for var in ("PHRASE_ACCESS_TOKEN", "PHRASE_PLATFORM_TOKEN", "PHRASE_HOST", "PHRASE_DATA_CENTER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.chdir(project)
    monkeypatch.setenv("HOME", str(home))
    with pytest.raises(CredentialsNotFound) as caught:
        Phrase()
    message = str(caught.value)
    for place in ("PHRASE_ACCESS_TOKEN", "PHRASE_PLATFORM_TOKEN", str(project.resolve()), str(home / ".phrase.yml")):
        assert place in message


def test_client_uses_discovered_token_and_data_center(tree: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    home, project = tree
    write(project / ".phrase.yml", "from-file-0000000")
    monkeypatch.chdir(project)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("PHRASE_ACCESS_TOKEN", raising=False)
    monkeypatch.delenv("PHRASE_HOST", raising=False)
    monkeypatch.setenv("PHRASE_DATA_CENTER", "us")
    with Phrase(transport=httpx.MockTransport(lambda r: httpx.Response(200, json={}))) as client:
        assert client.settings.base_url == "https://api.us.app.phrase.com/v2"
        assert isinstance(client.settings.auth, TokenAuth)
        assert client.settings.credential_source.endswith(".phrase.yml")


def test_platform_token_uses_the_data_centers_identity_service(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PHRASE_ACCESS_TOKEN", raising=False)
    client = Phrase(platform_token="platform-token-000", data_center="us")
    assert isinstance(client.settings.auth, PlatformTokenAuth)
    assert "us.phrase.com/idm/oauth/token" in repr(client.settings.auth)
    client.close()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"data_center": "mars"}, "data_center must be 'eu' or 'us'"),
        ({"base_url": "ftp://example.com"}, "base_url must start with https://"),
        ({"timeout": None}, "timeout=None would let a request hang"),
        ({"email": "a@example.com"}, "email given without password"),
        ({"access_token": "   "}, "access_token was given but is empty"),
    ],
)
def test_bad_settings_are_typed_errors(kwargs: dict[str, object], message: str) -> None:
    kwargs.setdefault("access_token", "tok-123456789abc")
    with pytest.raises(ConfigurationError, match=message):
        Phrase(**kwargs)  # type: ignore[arg-type]


def test_written_token_file_is_private_and_keeps_other_settings(tmp_path: Path) -> None:
    path = tmp_path / ".phrase.yml"
    write(path, "old-token-00000000", extra="  project_id: p1\n")
    write_access_token(path, "new-token-11111111")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_config_file(path) == {"access_token": "new-token-11111111", "project_id": "p1"}
    assert "not-this-one" in path.read_text()
    remove_access_token(path)
    assert read_config_file(path) == {"project_id": "p1"}
    assert "not-this-one" in path.read_text()


def test_new_token_file_is_created_private(tmp_path: Path) -> None:
    path = tmp_path / ".phrase.yml"
    write_access_token(path, "new-token-11111111")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_config_file(path) == {"access_token": "new-token-11111111"}


BOM = "\ufeff"


def test_a_config_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / ".phrase.yml"
    path.write_text(BOM + 'phrase:\n  access_token: "bom-token-0000000"\n  project_id: p-bom\n', encoding="utf-8")
    assert read_config_file(path) == {"access_token": "bom-token-0000000", "project_id": "p-bom"}


def test_clients_find_the_token_in_a_config_file_with_a_byte_order_mark(
    tree: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    home, project = tree
    (project / ".phrase.yml").write_text(BOM + "phrase:\n  access_token: bom-token-0000000\n", encoding="utf-8")
    monkeypatch.chdir(project)
    monkeypatch.setenv("HOME", str(home))
    for var in ("PHRASE_ACCESS_TOKEN", "PHRASE_PLATFORM_TOKEN", "PHRASE_HOST", "PHRASE_DATA_CENTER"):
        monkeypatch.delenv(var, raising=False)
    sent: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["authorization"])
        return httpx.Response(200, json={"id": "u1"})

    with Phrase(transport=httpx.MockTransport(handle)) as client:
        client.users.show_current()
        assert client.settings.credential_source.endswith(".phrase.yml")
    aclient = AsyncPhrase(transport=httpx.MockTransport(handle))
    assert isinstance(aclient.settings.auth, TokenAuth)
    assert aclient.settings.credential_source.endswith(".phrase.yml")
    anyio.run(aclient.aclose)
    assert sent == ["token bom-token-0000000"]


def test_writing_a_token_into_a_file_with_a_byte_order_mark_keeps_one_phrase_block(tmp_path: Path) -> None:
    path = tmp_path / ".phrase.yml"
    path.write_text(BOM + 'phrase:\n  access_token: "old-token-00000000"\n  project_id: p1\n', encoding="utf-8")
    write_access_token(path, "new-token-11111111")
    assert path.read_text(encoding="utf-8").count("phrase:") == 1
    assert read_config_file(path) == {"access_token": "new-token-11111111", "project_id": "p1"}
    remove_access_token(path)
    assert read_config_file(path) == {"project_id": "p1"}
