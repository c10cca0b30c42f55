"""A corpus of real-world phrase-cli configs run through push and pull, sync (the CLI) and async (apush/apull).

Each case states what phrase-cli sends for its config, read from phrase-cli's source
(github.com/phrase/phrase-cli, cmd/internal) and phrase-go's (the form and query encoding); the
Go function is named next to each expectation. The recording fake on 127.0.0.1 answers like the
API and keeps every request, so the comparison is with what actually went over the wire.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import anyio
import attrs
import pytest
from phrase_strings import AsyncPhrase, apull, apush, load_config
from phrase_strings.cli import main

from tests.cli_compat.conftest import TOKEN
from tests.cli_compat.fake_phrase import FakePhrase, locale

Pairs = list[tuple[str, str]]


@attrs.frozen
class Case:
    """A config, the files of the repository, and what phrase-cli sends and writes for them."""

    name: str
    config: str
    files: Mapping[str, str]
    uploads: Mapping[str, Pairs]  # file content -> form fields of its upload (sorted)
    downloads: Mapping[str, Pairs]  # written path -> the download's query (sorted), locale ID first
    batches: Sequence[dict[str, Any]] = ({"delete_unmentioned_keys": False},)
    config_name: str = ".phrase.yml"
    run_in: str = "."
    env: Mapping[str, str] = attrs.field(factory=dict)
    remote: Sequence[dict[str, Any]] = (locale("en", "English"), locale("de", "German"))
    push_flags: Sequence[str] = ()
    pull_flags: Sequence[str] = ()
    push_kwargs: Mapping[str, Any] = attrs.field(factory=dict)
    pull_kwargs: Mapping[str, Any] = attrs.field(factory=dict)
    calls: Sequence[str] = ()  # calls of push that must be there, in this order


CASES = [
    # Rails: config/locales/<locale_code>.yml; the token written as a folded block scalar.
    # push: Source.LocaleFiles globs the pattern (placeholders as *), getRemoteLocaleForLocaleFile
    # matches the file's code to a project locale and Source.uploadFile sends its ID with the params;
    # PushCommand.Run then makes one upload batch per project/branch (CreateUploadBatch, cleanup false).
    # pull: Target.LocaleFiles gives one file per project locale, buildDownloadOpts sends the params.
    Case(
        name="rails-yml",
        config="""\
phrase:
  access_token: >-
    {token}
  project_id: p1
  host: {url}/v2
  file_format: yml
  push:
    sources:
      - file: ./config/locales/<locale_code>.yml
        params:
          update_translations: true
          skip_unverification: false
  pull:
    targets:
      - file: ./config/locales/<locale_code>.yml
        params:
          include_empty_translations: true
""",
        # Source.LocaleFiles skips files named like .phraseapp.yml (paths.IsPhraseAppYmlConfig).
        files={
            "config/locales/en.yml": "en: rails",
            "config/locales/de.yml": "de: rails",
            "config/locales/.phraseapp.yml": "phraseapp: {}",
        },
        uploads={
            "en: rails": [
                ("file_format", "yml"),
                ("locale_id", "l-en"),
                ("skip_unverification", "false"),
                ("update_translations", "true"),
            ],
            "de: rails": [
                ("file_format", "yml"),
                ("locale_id", "l-de"),
                ("skip_unverification", "false"),
                ("update_translations", "true"),
            ],
        },
        downloads={
            "config/locales/en.yml": [("file_format", "yml"), ("include_empty_translations", "true")],
            "config/locales/de.yml": [("file_format", "yml"), ("include_empty_translations", "true")],
        },
        calls=["GET /v2/projects/p1/locales", "POST /v2/projects/p1/uploads", "POST /v2/projects/p1/upload_batches"],
    ),
    # Android: a default file with a fixed locale_id (sent as given: Source.uploadFile keeps params.locale_id)
    # and values-<locale_code> folders with a tag; pull targets by locale name (Target.localeForRemote
    # matches params.locale_id against ID or name) and with format_options (phrase-go: format_options[key]).
    Case(
        name="android-xml",
        config="""\
phrase:
  access_token: "{token}"
  project_id: p1
  host: {url}/v2
  file_format: xml
  push:
    sources:
      - file: ./app/src/main/res/values/strings.xml
        params:
          locale_id: l-en
      - file: ./app/src/main/res/values-<locale_code>/strings.xml
        params:
          tags: android
  pull:
    targets:
      - file: ./app/src/main/res/values/strings.xml
        params:
          locale_id: English
      - file: ./app/src/main/res/values-<locale_code>/strings.xml
        params:
          format_options:
            escape_linebreaks: true
""",
        files={"app/src/main/res/values/strings.xml": "<en/>", "app/src/main/res/values-de/strings.xml": "<de/>"},
        uploads={
            "<en/>": [("file_format", "xml"), ("locale_id", "l-en")],
            "<de/>": [("file_format", "xml"), ("locale_id", "l-de"), ("tags", "android")],
        },
        downloads={
            "app/src/main/res/values/strings.xml": [("file_format", "xml")],
            "app/src/main/res/values-en/strings.xml": [
                ("file_format", "xml"),
                ("format_options[escape_linebreaks]", "true"),
            ],
            "app/src/main/res/values-de/strings.xml": [
                ("file_format", "xml"),
                ("format_options[escape_linebreaks]", "true"),
            ],
        },
    ),
    # iOS: ** for any folder and <locale_name> with locale_mapping (remote name -> local name).
    # push: reverseLocaleMapping turns the local name back into the remote one before matching;
    # pull: Target.ReplacePlaceholders writes the mapped name (ApplyLocaleMapping). <file_path> in
    # translation_key_prefix becomes the file's path from the working folder (ResolveTranslationKeyPrefix).
    Case(
        name="ios-strings-globstar",
        config="""\
phrase:
  access_token: "{token}"
  project_id: p1
  host: {url}/v2
  file_format: strings
  locale_mapping:
    English: en
    German: de
  push:
    sources:
      - file: ./ios/**/<locale_name>.lproj/Localizable.strings
        params:
          translation_key_prefix: "<file_path>:"
  pull:
    targets:
      - file: ./ios/App/<locale_name>.lproj/Localizable.strings
        params:
          translation_key_prefix: "<file_path>:"
          filter_by_prefix: true
""",
        files={
            "ios/App/en.lproj/Localizable.strings": '"app" = "en";',
            "ios/Widgets/Today/de.lproj/Localizable.strings": '"widget" = "de";',
        },
        uploads={
            '"app" = "en";': [
                ("file_format", "strings"),
                ("locale_id", "l-en"),
                ("translation_key_prefix", "ios/App/en.lproj/Localizable.strings:"),
            ],
            '"widget" = "de";': [
                ("file_format", "strings"),
                ("locale_id", "l-de"),
                ("translation_key_prefix", "ios/Widgets/Today/de.lproj/Localizable.strings:"),
            ],
        },
        downloads={
            f"ios/App/{code}.lproj/Localizable.strings": [
                ("file_format", "strings"),
                ("filter_by_prefix", "true"),
                ("translation_key_prefix", f"ios/App/{code}.lproj/Localizable.strings:"),
            ]
            for code in ("en", "de")
        },
    ),
    # i18next namespaces as <tag>: push adds the path's tag after params.tags and --tag last
    # (Source.uploadFile); pull writes one file per locale and tag, downloaded with tags=<that tag>
    # (Target.createLocaleFiles, buildDownloadOpts).
    Case(
        name="i18next-json-tags",
        config="""\
phrase:
  access_token: "{token}"
  project_id: p1
  host: {url}/v2
  file_format: i18next
  push:
    sources:
      - file: ./public/locales/<locale_code>/<tag>.json
        params:
          tags: web
          update_descriptions: true
  pull:
    targets:
      - file: ./public/locales/<locale_code>/<tag>.json
        params:
          tags: common, checkout
          include_unverified_translations: false
""",
        files={"public/locales/en/common.json": '{"en": 1}', "public/locales/de/checkout.json": '{"de": 2}'},
        uploads={
            '{"en": 1}': [
                ("file_format", "i18next"),
                ("locale_id", "l-en"),
                ("tags", "web,common,release-7"),
                ("update_descriptions", "true"),
            ],
            '{"de": 2}': [
                ("file_format", "i18next"),
                ("locale_id", "l-de"),
                ("tags", "web,checkout,release-7"),
                ("update_descriptions", "true"),
            ],
        },
        downloads={
            f"public/locales/{code}/{tag}.json": [
                ("file_format", "i18next"),
                ("include_unverified_translations", "false"),
                ("tags", tag),
            ]
            for code in ("en", "de")
            for tag in ("common", "checkout")
        },
        push_flags=("--tag", "release-7"),
        push_kwargs={"tag": "release-7"},
    ),
    # --branch: PushCommand.Run shows the branch, creates it on 404 and waits for state success
    # (getBranchCreateResult); uploads and the batch carry the branch; pull lists and downloads on it.
    Case(
        name="branch",
        config="""\
phrase:
  access_token: "{token}"
  project_id: p1
  host: {url}/v2
  push:
    sources:
      - file: ./locales/<locale_code>.json
        params:
          file_format: json
  pull:
    targets:
      - file: ./locales/<locale_code>.json
        params:
          file_format: json
""",
        files={"locales/en.json": "{en}", "locales/de.json": "{de}"},
        uploads={
            "{en}": [("branch", "feature-x"), ("file_format", "json"), ("locale_id", "l-en")],
            "{de}": [("branch", "feature-x"), ("file_format", "json"), ("locale_id", "l-de")],
        },
        downloads={
            "locales/en.json": [("branch", "feature-x"), ("file_format", "json")],
            "locales/de.json": [("branch", "feature-x"), ("file_format", "json")],
        },
        batches=({"branch": "feature-x", "delete_unmentioned_keys": False},),
        push_flags=("--branch", "feature-x"),
        pull_flags=("--branch", "feature-x"),
        push_kwargs={"branch": "feature-x"},
        pull_kwargs={"branch": "feature-x"},
        calls=[
            "GET /v2/projects/p1/branches/feature-x",
            "POST /v2/projects/p1/branches",
            "GET /v2/projects/p1/branches/feature-x",
            "GET /v2/projects/p1/locales",
            "POST /v2/projects/p1/uploads",
            "POST /v2/projects/p1/upload_batches",
        ],
    ),
    # Legacy: .phraseapp.yml with a phraseapp: root, found from a subfolder (phrase-go configPath walks
    # up), the token from PHRASEAPP_ACCESS_TOKEN (cmd/root.go initConfig), per-source project_id.
    Case(
        name="legacy-phraseapp",
        config="""\
phraseapp:
  project_id: p-unused
  host: {url}/v2
  file_format: yml
  push:
    sources:
      - file: ./locales/<locale_code>.yml
        project_id: p1
  pull:
    targets:
      - file: ./locales/<locale_code>.yml
        project_id: p1
""",
        config_name=".phraseapp.yml",
        run_in="web",
        env={"PHRASEAPP_ACCESS_TOKEN": TOKEN},
        files={"web/locales/en.yml": "en: legacy", "web/locales/de.yml": "de: legacy"},
        uploads={
            "en: legacy": [("file_format", "yml"), ("locale_id", "l-en")],
            "de: legacy": [("file_format", "yml"), ("locale_id", "l-de")],
        },
        downloads={
            "web/locales/en.yml": [("file_format", "yml")],
            "web/locales/de.yml": [("file_format", "yml")],
        },
    ),
]


def _setup(case: Case, fake: FakePhrase, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake.locales["p1"] = list(case.remote)
    (project / case.config_name).write_text(case.config.format(url=fake.url, token=TOKEN), encoding="utf-8")
    for name, content in case.files.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(content, encoding="utf-8")
    (project / case.run_in).mkdir(exist_ok=True)
    monkeypatch.chdir(project / case.run_in)
    for key, value in case.env.items():
        monkeypatch.setenv(key, value)


def _client() -> AsyncPhrase:
    config = load_config()
    return AsyncPhrase(config.access_token, base_url=config.host)


def _push(mode: str, case: Case) -> None:
    if mode == "sync":
        assert main(["push", *case.push_flags]) == 0
        return

    async def run() -> None:
        async with _client() as client:
            await apush(client, load_config(), wait=False, **case.push_kwargs)

    anyio.run(run)


def _pull(mode: str, case: Case) -> None:
    if mode == "sync":
        assert main(["pull", *case.pull_flags]) == 0
        return

    async def run() -> None:
        async with _client() as client:
            await apull(client, load_config(), **case.pull_kwargs)

    anyio.run(run)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_push_sends_what_phrase_cli_sends(
    case: Case, mode: str, fake: FakePhrase, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _setup(case, fake, project, monkeypatch)
    _push(mode, case)
    uploads = fake.requests("POST", "/projects/p1/uploads")
    sent = {next(iter(u.files.values())).decode(): sorted(u.form) for u in uploads}
    assert sent == {content: sorted(fields) for content, fields in case.uploads.items()}
    assert all(u.headers["authorization"] == f"token {TOKEN}" for u in uploads)
    batches = fake.requests("POST", "/projects/p1/upload_batches")
    assert [{k: v for k, v in b.json.items() if k != "upload_ids"} for b in batches] == list(case.batches)
    assert sorted(batches[0].json["upload_ids"]) == sorted(f"up{n}" for n in range(1, len(uploads) + 1))
    # Without --wait, phrase-cli does not poll the uploads (Source.Push).
    assert fake.requests("GET", "/uploads/up1") == []
    remaining = iter(fake.calls())
    assert all(call in remaining for call in case.calls), fake.calls()  # in this order, others between


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_pull_writes_what_phrase_cli_writes(
    case: Case, mode: str, fake: FakePhrase, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _setup(case, fake, project, monkeypatch)
    for name in case.files:
        (project / name).unlink()
    if mode == "sync" and case.pull_flags:
        fake.branches["p1", case.pull_flags[1]] = 5  # the branch exists (push made it)
    if mode == "async" and case.pull_kwargs.get("branch"):
        fake.branches["p1", case.pull_kwargs["branch"]] = 5
    _pull(mode, case)
    written = {
        str(path.relative_to(project)): path.read_text()
        for path in project.rglob("*")
        if path.is_file() and path.name != case.config_name
    }
    assert sorted(written) == sorted(case.downloads)
    for name, query in case.downloads.items():
        first, options = written[name].splitlines()
        assert first.startswith("locale=l-")
        assert sorted(tuple(pair.split("=", 1)) for pair in options.split("&")) == sorted(query)
    assert len(fake.requests("GET", "/download")) == len(case.downloads)
    assert not list(project.rglob("*.part"))
    assert os.path.exists(project / case.config_name)
