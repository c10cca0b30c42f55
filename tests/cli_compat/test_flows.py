"""Cleanup, locales and branches in the flow, queued exports, exit codes: sync (CLI) and async (apush/apull).

Each test names the phrase-cli function (github.com/phrase/phrase-cli, cmd/internal) whose
behaviour it compares with, and says where we deliberately differ.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import anyio
import pytest
from phrase_strings import (
    AsyncPhrase,
    CleanupPlan,
    ConfigurationError,
    PermissionDeniedError,
    Phrase,
    apull,
    apush,
    load_config,
    pull,
    push,
)
from phrase_strings.cli import main

from tests.cli_compat.conftest import TOKEN
from tests.cli_compat.fake_phrase import STAMPS, FakePhrase

CONFIG = """\
phrase:
  access_token: "{token}"
  project_id: p1
  host: {url}/v2
  file_format: yml
  push:
{push_extra}    sources:
      - file: ./locales/<locale_code>.yml
  pull:
    targets:
      - file: ./locales/<locale_code>.yml
"""
KEYS = [
    {"id": "k1", "name": "app.old_title", **STAMPS},
    {"id": "k2", "name": "app.gone", **STAMPS},
    {"id": "k3", "name": "shared.footer", **STAMPS},
]


def write_repo(project: Path, fake: FakePhrase, codes: tuple[str, ...] = ("en", "de"), push_extra: str = "") -> None:
    (project / ".phrase.yml").write_text(CONFIG.format(token=TOKEN, url=fake.url, push_extra=push_extra))
    (project / "locales").mkdir(exist_ok=True)
    for code in codes:
        (project / "locales" / f"{code}.yml").write_text(f"{code}: text")


def run(mode: str, action: str, flags: list[str], **kwargs: Any) -> Any:
    """The CLI with ``flags`` (sync), or apush/apull with ``kwargs`` (async); returns the result or status."""
    if mode == "sync":
        return main([action, *flags])

    async def go() -> Any:
        config = load_config()
        async with AsyncPhrase(config.access_token, base_url=config.host) as client:
            if action == "push":
                return await apush(client, config, **kwargs)
            return await apull(client, config, **kwargs)

    return anyio.run(go)


MODES = ["sync", "async"]


@pytest.mark.parametrize("mode", MODES)
def test_cleanup_counts_then_deletes_in_one_batch(
    mode: str, fake: FakePhrase, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """CreateUploadBatch: one batch over all uploads with delete_unmentioned_keys=true.

    We first wait for processing and count the keys ``unmentioned_in_upload:`` finds (phrase-cli
    lists upload IDs instead), and need --yes off a terminal (phrase-cli's push never asks).
    """
    write_repo(project, fake)
    fake.keys = list(KEYS)
    run(mode, "push", ["--cleanup", "--yes"], cleanup=True)
    listing = fake.requests("GET", "/projects/p1/keys")
    assert len(listing) == 1
    query = dict(listing[0].query)["q"]
    assert query.startswith("unmentioned_in_upload:") and sorted(query.split(":")[1].split(",")) == ["up1", "up2"]
    batch = fake.requests("POST", "/upload_batches")[0].json
    assert batch["delete_unmentioned_keys"] is True and sorted(batch["upload_ids"]) == ["up1", "up2"]
    assert fake.requests("DELETE", "/keys") == []
    # the count comes after processing: every upload was polled before the search
    calls = fake.calls()
    assert max(i for i, c in enumerate(calls) if "/uploads/" in c) < calls.index("GET /v2/projects/p1/keys")
    if mode == "sync":
        assert "Deleting 3 key(s) not mentioned in the uploads (project p1)" in capsys.readouterr().out


@pytest.mark.parametrize("mode", MODES)
def test_scoped_cleanup_deletes_only_matching_keys(mode: str, fake: FakePhrase, project: Path) -> None:
    """Our addition (phrase-cli has no scope): --cleanup-prefix/--cleanup-tag narrow what goes.

    The batch then does not delete (delete_unmentioned_keys false); the keys in scope are deleted
    by ID, so keys of another repository sharing the project stay.
    """
    write_repo(project, fake)
    fake.keys = list(KEYS)
    run(
        mode,
        "push",
        ["--cleanup", "--yes", "--cleanup-prefix", "app.", "--cleanup-tag", "web"],
        cleanup=True,
        cleanup_prefix="app.",
        cleanup_tag="web",
    )
    query = dict(fake.requests("GET", "/projects/p1/keys")[0].query)["q"]
    assert query.endswith(" tags:web")
    assert fake.requests("POST", "/upload_batches")[0].json["delete_unmentioned_keys"] is False
    deleted = [dict(r.query)["q"] for r in fake.requests("DELETE", "/projects/p1/keys")]
    assert deleted == ["ids:k1,k2"]
    assert [k["id"] for k in fake.keys] == ["k3"]


@pytest.mark.parametrize("mode", MODES)
def test_declined_cleanup_deletes_nothing_and_makes_no_batch(mode: str, fake: FakePhrase, project: Path) -> None:
    """CreateUploadBatch: a 'no' at the prompt aborts before the batch is created."""
    write_repo(project, fake)
    fake.keys = list(KEYS)
    seen: list[CleanupPlan] = []

    def decline(plan: CleanupPlan) -> bool:
        seen.append(plan)
        return False

    if mode == "sync":
        with Phrase(TOKEN, base_url=f"{fake.url}/v2") as client:
            result = push(client, load_config(), wait=False, confirm_cleanup=decline, cleanup=True)
    else:
        result = run(mode, "push", [], wait=False, cleanup=True, confirm_cleanup=decline)
    assert [p.keys for p in seen] == [["app.old_title", "app.gone", "shared.footer"]]
    assert [c.deleted for c in result.cleanups] == [False]
    assert fake.requests("POST", "/upload_batches") == []
    assert fake.requests("DELETE", "/keys") == []


def test_a_cleanup_scope_without_cleanup_is_refused(fake: FakePhrase, project: Path) -> None:
    write_repo(project, fake)
    assert main(["push", "--cleanup-prefix", "app."]) == 1
    with Phrase(TOKEN, base_url=f"{fake.url}/v2") as client, pytest.raises(ConfigurationError, match="need cleanup"):
        push(client, load_config(), cleanup_tag="web")

    async def go() -> None:
        async with AsyncPhrase(TOKEN, base_url=f"{fake.url}/v2") as client:
            await apush(client, load_config(), cleanup_prefix="app.")

    with pytest.raises(ConfigurationError, match="need cleanup"):
        anyio.run(go)
    assert fake.seen == []


def test_cleanup_off_a_terminal_needs_yes_before_anything_is_sent(
    fake: FakePhrase, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """phrase-cli deletes without asking in push; we refuse (exit 1) unless --yes, sending nothing.

    delete_unmentioned_keys: true in the config counts as --cleanup (SourcesFromConfig).
    """
    write_repo(project, fake, push_extra="    delete_unmentioned_keys: true\n")
    assert main(["push"]) == 1
    assert "pass --yes" in capsys.readouterr().err
    assert fake.seen == []
    assert main(["push", "--yes"]) == 0
    assert fake.requests("POST", "/upload_batches")[0].json["delete_unmentioned_keys"] is True


@pytest.mark.parametrize("mode", MODES)
def test_a_refused_batch_fails_the_push_only_when_it_was_to_delete(
    mode: str, fake: FakePhrase, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """PushCommand.Run ignores what CreateUploadBatch returns; we do too, unless keys were to be deleted."""
    write_repo(project, fake)
    fake.refuse_batches = True
    result = run(mode, "push", [], wait=False)
    assert result == 0 or result.cleanups == []
    if mode == "sync":
        assert main(["push", "--cleanup", "--yes"]) == 1
        assert "upload batches are not enabled" in capsys.readouterr().err
    else:
        with pytest.raises(PermissionDeniedError):
            run(mode, "push", [], cleanup=True)


@pytest.mark.parametrize("mode", MODES)
def test_missing_locale_is_created_on_request(mode: str, fake: FakePhrase, project: Path) -> None:
    """Source.createLocale: name and code from the path; the upload then uses the new locale's ID.

    phrase-cli creates it without being asked (shouldCreateLocale); we only with --create-locales,
    and like phrase-cli not for formats whose files name their locales (includes_locale_information).
    """
    write_repo(project, fake, codes=("en", "fr"))
    run(mode, "push", ["--create-locales"], wait=False, create_locales=True)
    created = fake.requests("POST", "/projects/p1/locales")
    assert [c.json for c in created] == [{"name": "fr", "code": "fr"}]
    forms = sorted(dict(u.form)["locale_id"] for u in fake.requests("POST", "/uploads"))
    assert forms == ["l-en", "l-fr"]


@pytest.mark.parametrize("mode", MODES)
def test_missing_locale_without_the_flag_is_sent_as_its_code(mode: str, fake: FakePhrase, project: Path) -> None:
    """Source.uploadFile: with no project locale found, the path's code goes as locale_id.

    Without a code, phrase-cli creates or looks up a locale named as in the path; we send the name.
    """
    write_repo(project, fake, codes=("fr",))
    run(mode, "push", [], wait=False)
    assert fake.requests("POST", "/projects/p1/locales") == []
    assert dict(fake.requests("POST", "/uploads")[0].form)["locale_id"] == "fr"
    # A name from <locale_name> that matches no locale goes as the name (the API accepts names).
    (project / ".phrase.yml").write_text(
        (project / ".phrase.yml").read_text().replace("<locale_code>.yml", "<locale_name>.yml")
    )
    run(mode, "push", [], wait=False)
    assert dict(fake.requests("POST", "/uploads")[1].form)["locale_id"] == "fr"


@pytest.mark.parametrize("mode", MODES)
def test_a_file_naming_its_own_locales_goes_with_an_empty_locale_id(mode: str, fake: FakePhrase, project: Path) -> None:
    """Source.uploadFile: no placeholder and no params.locale_id leave locale_id empty (phrase-go sends it)."""
    config = f'phrase:\n  access_token: "{TOKEN}"\n  project_id: p1\n  host: {fake.url}/v2\n'
    config += "  push:\n    sources:\n      - file: ./translations.xlsx\n        file_format: xlsx\n"
    (project / ".phrase.yml").write_text(config)
    (project / "translations.xlsx").write_bytes(b"PK-all-locales")
    run(mode, "push", [], wait=False)
    assert sorted(fake.requests("POST", "/uploads")[0].form) == [("file_format", "xlsx"), ("locale_id", "")]


@pytest.mark.parametrize("mode", MODES)
def test_deprecated_params_go_out_under_their_current_names(mode: str, fake: FakePhrase, project: Path) -> None:
    """phrase-cli passes params through (UploadCreateOpts/LocaleDownloadOpts); the API no longer lists
    convert_emoji (uploads sending it are refused), tag and skip_unverified_translations: we send tags and
    include_unverified_translations=false instead, and leave convert_emoji out.
    """
    config = f'phrase:\n  access_token: "{TOKEN}"\n  project_id: p1\n  host: {fake.url}/v2\n  file_format: yml\n'
    config += "  push:\n    sources:\n      - file: ./l/<locale_code>.yml\n        params: {convert_emoji: true}\n"
    config += "  pull:\n    targets:\n      - file: ./l/<locale_code>.yml\n        params:\n"
    config += "          tag: web\n          skip_unverified_translations: true\n          convert_emoji: false\n"
    (project / ".phrase.yml").write_text(config)
    (project / "l").mkdir()
    (project / "l" / "en.yml").write_text("en: x")
    run(mode, "push", [], wait=False)
    assert sorted(fake.requests("POST", "/uploads")[0].form) == [("file_format", "yml"), ("locale_id", "l-en")]
    run(mode, "pull", [])
    queries = {tuple(sorted(r.query)) for r in fake.requests("GET", "/download")}
    assert queries == {(("file_format", "yml"), ("include_unverified_translations", "false"), ("tags", "web"))}


@pytest.mark.parametrize("mode", MODES)
def test_wait_polls_every_upload_until_processed(mode: str, fake: FakePhrase, project: Path) -> None:
    """Source.Push with --wait: each upload is shown until its state is success or error."""
    write_repo(project, fake)
    result = run(mode, "push", ["--wait"], wait=True)
    assert sorted(r.path for r in fake.requests("GET", "/uploads/up1") + fake.requests("GET", "/uploads/up2")) == [
        "/v2/projects/p1/uploads/up1",
        "/v2/projects/p1/uploads/up2",
    ]
    if mode == "async":
        assert result.keys_created == 2 and result.translations_updated == 4


def test_local_branch_name_comes_from_git(fake: FakePhrase, project: Path) -> None:
    """usedBranchName: git rev-parse --abbrev-ref HEAD (PHRASEAPP_GIT_BINARY may name git)."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    write_repo(project, fake)
    git = ["git", "-c", "init.defaultBranch=main", "-c", "user.name=t", "-c", "user.email=t@example.com"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "start"], check=True)
    subprocess.run([*git, "checkout", "-q", "-b", "feature-y"], check=True)
    assert main(["push", "--use-local-branch-name"]) == 0
    assert fake.requests("POST", "/branches")[0].json == {"name": "feature-y"}
    assert {dict(u.form)["branch"] for u in fake.requests("POST", "/uploads")} == {"feature-y"}


@pytest.mark.parametrize("mode", MODES)
def test_async_flag_uses_queued_exports(mode: str, fake: FakePhrase, project: Path) -> None:
    """Target.downloadAsynchronously: POST …/downloads with the params as JSON, poll, fetch result.url."""
    write_repo(project, fake)
    run(mode, "pull", ["--async"], queued=True)
    created = fake.requests("POST", "/downloads")
    assert sorted(r.path for r in created) == [
        "/v2/projects/p1/locales/l-de/downloads",
        "/v2/projects/p1/locales/l-en/downloads",
    ]
    assert all(r.json == {"file_format": "yml"} for r in created)
    assert (project / "locales" / "en.yml").read_text().startswith("locale=l-")
    assert fake.requests("GET", "/download") == []


@pytest.mark.parametrize("mode", MODES)
def test_download_broken_midway_is_tried_again(mode: str, fake: FakePhrase, project: Path) -> None:
    """phrase-cli issue #163: a body cut off is reported as a failed pull. We start it over."""
    write_repo(project, fake, codes=())
    fake.locales["p1"] = fake.locales["p1"][:1]
    fake.break_next_download = True
    run(mode, "pull", [])
    assert len(fake.requests("GET", "/locales/l-en/download")) == 2
    assert (project / "locales" / "en.yml").read_text() == "locale=l-en\nfile_format=yml\n"
    assert not list((project / "locales").glob("*.part"))


@pytest.mark.parametrize("mode", MODES)
def test_unknown_branch_on_pull_is_an_error(
    mode: str, fake: FakePhrase, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """PullCommand.Run: 'Branch … does not exist in project …', exit status 1."""
    write_repo(project, fake)
    if mode == "sync":
        assert main(["pull", "--branch", "nope"]) == 1
        assert "branch 'nope' does not exist in project p1" in capsys.readouterr().err
    else:
        with pytest.raises(ConfigurationError, match="branch 'nope' does not exist"):
            run(mode, "pull", [], branch="nope")
    assert fake.requests("GET", "/download") == []


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("phrase:\n  acess_token: x\n", "unknown key phrase.acess_token"),
        (
            "phrase:\n  push:\n    sources:\n      - file: a.yml\n"
            "        params:\n          update_translations: 'yes'\n",
            "update_translations must be true or false",
        ),
        ("phrase:\n  project_id: 12\n", "project_id must be a string"),
        ("other: {}\n", "the 'phrase' key is missing"),
        ("phrase: [\n", "not valid YAML"),
    ],
)
def test_config_errors_are_typed_and_name_the_key(
    config: str, message: str, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """phrase-go ReadConfig/ParseYAMLToMap and viper's UnmarshalExact refuse these too (exit 1)."""
    (project / ".phrase.yml").write_text(config)
    with pytest.raises(ConfigurationError, match=message):
        load_config()
    assert main(["push"]) == 1
    assert message in capsys.readouterr().err


def test_no_sources_and_no_targets_exit_1(fake: FakePhrase, project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """SourcesFromConfig / TargetsFromConfig: 'no sources for upload specified' (exit 1)."""
    (project / ".phrase.yml").write_text(f'phrase:\n  access_token: "{TOKEN}"\n  host: {fake.url}/v2\n')
    assert main(["push"]) == 1
    assert "no push sources" in capsys.readouterr().err
    assert main(["pull"]) == 1
    assert "no pull targets" in capsys.readouterr().err
    assert fake.seen == []


def test_library_pull_refuses_pattern_options_with_a_config(fake: FakePhrase, project: Path) -> None:
    """One way to say each thing: the config gives format and options."""
    write_repo(project, fake)
    with Phrase(TOKEN, base_url=f"{fake.url}/v2") as client, pytest.raises(ConfigurationError, match="file_format"):
        pull(client, load_config(), file_format="json")
    assert fake.seen == []


def test_config_check_shows_the_plan_without_changing_anything(
    fake: FakePhrase, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Our addition: only GETs are sent; a file whose locale the project lacks is a problem (exit 1)."""
    write_repo(project, fake, codes=("en", "fr"))
    assert main(["config", "check"]) == 1
    out = capsys.readouterr().out
    assert "locales/en.yml -> locale English (l-en)" in out
    assert "the project has no locale code=fr" in out
    assert "German (l-de) -> locales/de.yml" in out
    assert {s.method for s in fake.seen} == {"GET"}
    (project / "locales" / "fr.yml").unlink()
    assert main(["config", "check"]) == 0


def test_init_writes_a_config_that_push_and_pull_accept(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """cmd/internal/init.go asks interactively; ours writes a starter file from flags, never a token."""
    assert main(["init", "--project-id", "p9", "--format", "xml"]) == 0
    config = load_config()
    assert config.project_id == "p9" and config.access_token is None
    assert config.sources[0].file == "./app/src/main/res/values-<locale_code>/strings.xml"
    assert config.targets[0].format == "xml"
    assert main(["init"]) == 1
    assert "exists already" in capsys.readouterr().err


def test_a_file_that_cannot_be_written_exits_1(
    fake: FakePhrase, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """HandleError in cmd/root.go: any error is printed and the status is 1 (no traceback)."""
    write_repo(project, fake, codes=())
    (project / "locales").rmdir()
    (project / "locales").write_text("a file where the folder should be")
    assert main(["pull"]) == 1
    assert capsys.readouterr().err.startswith("error: ")


@pytest.mark.parametrize(
    "flags",
    [
        ["--config", "ci/phrase.yml", "-t", "{token}", "-B", "-v"],
        ["-v", "--config=ci/phrase.yml", "--access_token={token}", "--batch"],
        ["--config", "ci/phrase.yml", "-t{token}"],
    ],
)
def test_phrase_cli_global_flags_may_stand_before_the_command(
    flags: list[str], fake: FakePhrase, project: Path
) -> None:
    """cmd/root.go declares --config, -t/--access_token, --host, -B and -v as persistent flags, so a CI
    job may write ``phrase --config FILE -t TOKEN pull``; the same words work here."""
    write_repo(project, fake, codes=())
    (project / "ci").mkdir()
    (project / ".phrase.yml").rename(project / "ci" / "phrase.yml")
    token = "f" * 64  # not the file's: the flag must win
    assert main([flag.format(token=token) for flag in flags] + ["pull"]) == 0
    assert (project / "locales" / "de.yml").read_text().startswith("locale=l-de\n")
    assert fake.seen and all(seen.headers["authorization"] == f"token {token}" for seen in fake.seen)


@pytest.mark.parametrize(
    "words", [["-t", TOKEN], [f"-t{TOKEN}"], ["--config", ".phrase.yml", f"--access_token={TOKEN}"]]
)
def test_phrase_cli_flags_before_another_command_are_a_usage_error_without_the_token(
    words: list[str], fake: FakePhrase, project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only push and pull take phrase-cli's global flags before the command; elsewhere the error names
    the flags, never a value (argparse alone would print the token as an "invalid choice")."""
    write_repo(project, fake)
    with pytest.raises(SystemExit) as stopped:
        main([*words, "config", "check"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "may stand before the command only for push and pull" in err
    assert ("--access_token" if "--config" in words else "-t") in err and TOKEN not in err
    assert fake.seen == []
