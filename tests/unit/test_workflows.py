"""pull and push: path patterns, locale selection, parallel transfers, counts; and their command line."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from phrase_strings import (
    ConfigurationError,
    DownloadOptions,
    NotFound,
    PollPolicy,
    UploadFailed,
    UploadOptions,
    apull,
    apush,
    pull,
    push,
)
from phrase_strings._workflows import PathPattern, Progress
from phrase_strings.cli import files as cli_files
from phrase_strings.cli import main
from phrase_strings_api.models.locale import Locale

from tests.unit.scripted import FakeTime
from tests.unit.test_files import Chunks, fields
from tests.unit.typed_helpers import STAMPS

LOCALES = [
    {
        "id": "l-de",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "name": "German",
        "code": "de",
    },
    {
        "id": "l-fr",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "name": "French",
        "code": "fr",
    },
    {
        "id": "l-pt",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "name": "Portuguese (Brazil)",
        "code": "pt-BR",
    },
]
SUMMARY = {"translation_keys_created": 2, "translation_keys_updated": 1, "translations_created": 4}


class FakeAPI:
    """Locales, downloads and uploads of one project, answering from memory; records what it saw."""

    def __init__(self, locales: list[dict[str, str]] = LOCALES, barrier: threading.Barrier | None = None) -> None:
        self.locales = locales
        self.barrier = barrier
        self.requests: list[httpx.Request] = []
        self.active = 0
        self.most_active = 0
        self.uploads: dict[str, int] = {}
        self.fail_upload: str | None = None
        self.missing: set[str] = set()
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        with self._lock:
            self.requests.append(request)
        path = request.url.path.removeprefix("/v2")
        if path == "/projects/p1/locales":
            return httpx.Response(200, json=self.locales)
        if path.endswith("/download"):
            return self.download(request, path.split("/")[4])
        if path == "/projects/p1/uploads" and request.method == "POST":
            upload_id = f"up{len(self.uploads) + 1}"
            self.uploads[upload_id] = 0
            locale = dict(fields(request))["locale_id"]
            return httpx.Response(
                201,
                json={
                    "id": upload_id,
                    "created_at": "2026-01-01T00:00:00Z",
                    "updated_at": "2026-01-01T00:00:00Z",
                    "state": "processing",
                    "filename": locale,
                },
            )
        if path.startswith("/projects/p1/uploads/"):
            upload_id = path.rsplit("/", 1)[1]
            self.uploads[upload_id] += 1
            state = "processing" if self.uploads[upload_id] < 2 else "success"
            if self.fail_upload == upload_id:
                state = "error"
            return httpx.Response(
                200,
                json={
                    "id": upload_id,
                    "created_at": "2026-01-01T00:00:00Z",
                    "updated_at": "2026-01-01T00:00:00Z",
                    "state": state,
                    "filename": "f.yml",
                    "summary": SUMMARY,
                },
            )
        return httpx.Response(404, json={"message": f"no route {path}"})

    def download(self, request: httpx.Request, locale_id: str) -> httpx.Response:
        if locale_id in self.missing:
            return httpx.Response(404, json={"message": "Not Found"})
        with self._lock:
            self.active += 1
            self.most_active = max(self.most_active, self.active)
        try:
            if self.barrier is not None:
                self.barrier.wait(timeout=10)  # passes only if enough downloads run at once
        finally:
            with self._lock:
                self.active -= 1
        body = f"{locale_id}:\n  format: {request.url.params['file_format']}\n".encode()
        return httpx.Response(200, headers={"etag": f'"{locale_id}"'}, stream=Chunks(body, 8))

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def paths(self, method: str = "GET") -> list[str]:
        return [r.url.path.removeprefix("/v2") for r in self.requests if r.method == method]


def client_for(api: FakeAPI, **kwargs: Any) -> Any:
    from phrase_strings import Phrase

    clock = FakeTime()
    kwargs.setdefault("rate_limiter", clock.limiter(kwargs.pop("max_concurrency", 4)))
    return Phrase("tok-0123456789abcdef", base_url="https://api.phrase.test/v2", transport=api.transport(), **kwargs)


def async_client_for(api: FakeAPI, **kwargs: Any) -> Any:
    from phrase_strings import AsyncPhrase

    async def handler(request: httpx.Request) -> httpx.Response:
        return api(request)

    clock = FakeTime()
    return AsyncPhrase(
        "tok-0123456789abcdef",
        base_url="https://api.phrase.test/v2",
        transport=httpx.MockTransport(handler),
        rate_limiter=clock.limiter(4),
        **kwargs,
    )


def fast_poll() -> PollPolicy:
    clock = FakeTime()
    return PollPolicy(clock=clock.time, sleep=clock.sleep, async_sleep=clock.async_sleep)


class Recorder(Progress):
    def __init__(self) -> None:
        self.started: list[tuple[str, int]] = []
        self.finished: list[tuple[str, str]] = []
        self.updates = 0
        self._lock = threading.Lock()

    def start(self, action: str, items: int) -> None:
        self.started.append((action, items))

    def update(self, item: str, done: int, total: int | None) -> None:
        with self._lock:
            self.updates += 1

    def finish(self, item: str, outcome: str) -> None:
        with self._lock:
            self.finished.append((item, outcome))


# --- path patterns ----------------------------------------------------------------------------


def locale(**values: str) -> Locale:
    return Locale.from_dict({"id": "l0", "name": "Locale", "code": "xx", **STAMPS, **values})


def test_pattern_placeholders_fill_in_each_locale() -> None:
    pattern = PathPattern("out/<locale_code>/<locale_name>.<locale_id>.yml")
    assert pattern.placeholders == ["locale_code", "locale_name", "locale_id"]
    assert pattern.fill(locale(id="l1", name="German", code="de")) == Path("out/de/German.l1.yml")


@pytest.mark.parametrize(
    ("pattern", "values", "message"),
    [
        ("x/<locale>.yml", {"code": "de"}, r"unknown placeholder <locale> .* known: <locale_code>"),
        ("x/<locale_name>.yml", {"name": "../../etc/passwd", "code": "xx"}, "cannot be used in a file path"),
        ("x/<locale_name>.yml", {"name": "..", "code": "xx"}, "cannot be used in a file path"),
        ("x/<locale_code>.yml", {"name": "German", "code": ""}, "locale German has no code"),
        ("  ", {}, "a path pattern is needed"),
    ],
)
def test_bad_patterns_and_unsafe_values_are_refused(pattern: str, values: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        PathPattern(pattern).fill(locale(**values))


def test_pattern_finds_files_and_reads_their_placeholders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("app/de/main.yml", "app/fr/main.yml", "app/fr/other.yml", "lib/x/de/main.yml", "app/de.txt"):
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text("x")
    assert PathPattern("app/<locale_code>/main.yml").find() == [
        (Path("app/de/main.yml"), {"locale_code": "de"}),
        (Path("app/fr/main.yml"), {"locale_code": "fr"}),
    ]
    assert [p for p, _ in PathPattern("**/<locale_code>/main.yml").find()] == [
        Path("app/de/main.yml"),
        Path("app/fr/main.yml"),
        Path("lib/x/de/main.yml"),
    ]
    assert [v for _, v in PathPattern("app/<locale_code>/*.yml").find()] == [
        {"locale_code": "de"},
        {"locale_code": "fr"},
        {"locale_code": "fr"},
    ]
    Path("same/de").mkdir(parents=True)
    Path("same/de/de.yml").write_text("x")
    Path("same/de/fr.yml").write_text("x")
    assert PathPattern("same/<locale_code>/<locale_code>.yml").find() == [
        (Path("same/de/de.yml"), {"locale_code": "de"})
    ]


# --- pull -------------------------------------------------------------------------------------


def test_pull_writes_every_locale_to_its_file(tmp_path: Path) -> None:
    api = FakeAPI()
    progress = Recorder()
    with client_for(api, project_id="p1") as client:
        result = pull(
            client, tmp_path / "locales" / "<locale_code>.yml", file_format="yml", branch="b1", progress=progress
        )
    assert sorted(p.name for p in (tmp_path / "locales").iterdir()) == ["de.yml", "fr.yml", "pt-BR.yml"]
    assert (tmp_path / "locales" / "pt-BR.yml").read_text() == "l-pt:\n  format: yml\n"
    assert (result.downloaded, result.unchanged, len(result.files)) == (3, 0, 3)
    assert [r.locale_id for r in result.files] == ["l-de", "l-fr", "l-pt"]  # in the order the API listed
    listing = next(r for r in api.requests if r.url.path.endswith("/locales"))
    assert listing.url.params["branch"] == "b1"
    downloads = [r for r in api.requests if r.url.path.endswith("/download")]
    assert {r.url.params["branch"] for r in downloads} == {"b1"}
    assert progress.started == [("pull", 3)] and len(progress.finished) == progress.updates == 3


def test_pull_selects_locales_by_code_name_or_id(tmp_path: Path) -> None:
    api = FakeAPI()
    with client_for(api, project_id="p1") as client:
        result = pull(client, tmp_path / "<locale_name>.json", file_format="json", locales=["fr", "German", "l-fr"])
        assert sorted(p.name for p in tmp_path.iterdir()) == ["French.json", "German.json"]
        assert [r.locale_id for r in result.files] == ["l-fr", "l-de"]
        with pytest.raises(ConfigurationError, match=r"no locale 'es', 'it' in the project \(it has: de, fr, pt-BR\)"):
            pull(client, tmp_path / "<locale_code>.yml", file_format="yml", locales=["es", "de", "it"])


def test_pull_refuses_patterns_that_would_overwrite(tmp_path: Path) -> None:
    api = FakeAPI(
        locales=[
            *LOCALES,
            {
                "id": "l-de2",
                "created_at": "2026-01-01T00:00:00Z",
                "updated_at": "2026-01-01T00:00:00Z",
                "name": "German (CH)",
                "code": "de",
            },
        ]
    )
    with client_for(api, project_id="p1") as client:
        with pytest.raises(ConfigurationError, match="4 locales would all be written to"):
            pull(client, tmp_path / "all.yml", file_format="yml")
        with pytest.raises(ConfigurationError, match="locales de and de would both be written"):
            pull(client, tmp_path / "<locale_code>.yml", file_format="yml")
        with pytest.raises(ConfigurationError, match="file_format"):
            pull(client, tmp_path / "<locale_id>.yml")
        one = pull(client, tmp_path / "german.yml", file_format="yml", locales=["German"])
    assert one.files[0].path == tmp_path / "german.yml"
    assert not any(r.url.path.endswith("/download") for r in api.requests[:-1])


def test_pull_runs_downloads_in_parallel_within_the_limit(tmp_path: Path) -> None:
    many = [
        {
            "id": f"l{i}",
            "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z",
            "name": f"L{i}",
            "code": f"c{i}",
        }
        for i in range(8)
    ]
    api = FakeAPI(locales=many, barrier=threading.Barrier(2))
    with client_for(api, project_id="p1", max_concurrency=2) as client:
        result = pull(client, tmp_path / "<locale_code>.yml", file_format="yml")
        assert client.rate_limiter.in_flight == 0
    assert len(result.files) == 8
    assert api.most_active == 2  # two at a time: the barrier needs two, the limit allows no third


def test_pull_stops_at_the_first_failure_and_raises_it(tmp_path: Path) -> None:
    api = FakeAPI()
    api.missing = {"l-fr"}
    with client_for(api, project_id="p1", max_concurrency=1) as client, pytest.raises(NotFound):
        pull(client, tmp_path / "<locale_code>.yml", file_format="yml")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["de.yml"]  # pt-BR was never started


def test_pull_skips_unchanged_files_with_options(tmp_path: Path) -> None:
    class Conditional(FakeAPI):
        def download(self, request: httpx.Request, locale_id: str) -> httpx.Response:
            if request.headers.get("if-none-match") == f'"{locale_id}"':
                return httpx.Response(304)
            return super().download(request, locale_id)

    api = Conditional()
    options = DownloadOptions(file_format="yml", include_empty_translations=True, format_options={"indent": 4})
    with client_for(api, project_id="p1") as client:
        pull(client, tmp_path / "<locale_code>.yml", options=options, skip_unchanged=True)
        again = pull(client, tmp_path / "<locale_code>.yml", options=options, skip_unchanged=True, tags="web")
        third = pull(client, tmp_path / "<locale_code>.yml", options=options, skip_unchanged=True, tags="web")
        with pytest.raises(ConfigurationError, match="not with queued"):
            pull(client, tmp_path / "<locale_code>.yml", options=options, skip_unchanged=True, queued=True)
    # Other tags, other URL: downloaded again; the third run finds all unchanged.
    assert (again.downloaded, third.unchanged) == (3, 3)
    last = [r for r in api.requests if r.url.path.endswith("/download")][-1]
    assert last.url.params["tags"] == "web" and last.url.params["format_options[indent]"] == "4"


# --- push -------------------------------------------------------------------------------------


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "locales").mkdir()
    for code in ("de", "fr"):
        (tmp_path / "locales" / f"{code}.yml").write_text(f"{code}:\n  hello: x\n")
    return tmp_path


def test_push_uploads_each_file_for_its_locale_and_adds_up_the_summaries(files: Path) -> None:
    api = FakeAPI()
    progress = Recorder()
    with client_for(api, project_id="p1") as client:
        result = push(
            client,
            "locales/<locale_code>.yml",
            file_format="yml",
            options=UploadOptions(update_translations=True),
            poll=fast_poll(),
            progress=progress,
        )
    posts = [r for r in api.requests if r.method == "POST"]
    assert sorted(dict(fields(r))["locale_id"] for r in posts) == ["l-de", "l-fr"]  # codes looked up
    assert all(dict(fields(r))["update_translations"] == "true" for r in posts)
    assert [f.path for f in result.files] == [Path("locales/de.yml"), Path("locales/fr.yml")]
    assert (result.keys_created, result.keys_updated, result.translations_created) == (4, 2, 8)
    assert result.translations_updated == 0
    assert all(f.upload.state == "success" for f in result.files)
    assert progress.started == [("push", 2)]
    assert (
        sorted(outcome for _, outcome in progress.finished)
        == ["2 keys created, 1 keys updated, 4 translations created"] * 2
    )


def test_push_takes_a_mapping_a_list_or_one_path(files: Path) -> None:
    api = FakeAPI()
    with client_for(api, project_id="p1") as client:
        mapped = push(client, {"locales/de.yml": "German", "locales/fr.yml": "l-fr"}, file_format="yml", wait=False)
        listed = push(client, ["locales/de.yml"], file_format="yml", locale_id="de-name", wait=False)
        single = push(client, Path("locales/fr.yml"), file_format="yml", locale_id="l-fr", wait=False)
    assert [f.locale_id for f in mapped.files] == ["l-de", "l-fr"]
    assert [f.locale_id for f in listed.files] == ["de-name"] and [f.locale_id for f in single.files] == ["l-fr"]
    assert mapped.counts == {} and mapped.files[0].upload.state == "processing"  # not waited for
    assert api.paths().count("/projects/p1/locales") == 1  # only the mapping needed a lookup


@pytest.mark.parametrize(
    ("sources", "kwargs", "message"),
    [
        ("nothing/<locale_code>.yml", {}, "no file matches 'nothing/<locale_code>.yml'"),
        ("locales/de.yml", {}, "has no <locale_code>, <locale_name> or <locale_id>: pass locale_id"),
        ({"locales/es.yml": "es"}, {}, "locales/es.yml is not a file"),
        ({"locales/de.yml": "Spanish"}, {}, r"no locale 'Spanish' in the project \(it has: de, fr, pt-BR\)"),
        ([], {}, "nothing to push: no files given"),
    ],
)
def test_push_refuses_what_it_cannot_map(files: Path, sources: Any, kwargs: dict[str, Any], message: str) -> None:
    api = FakeAPI()
    with client_for(api, project_id="p1") as client, pytest.raises(ConfigurationError, match=message):
        push(client, sources, file_format="yml", **kwargs)
    assert api.paths("POST") == []


def test_push_raises_when_an_upload_fails(files: Path) -> None:
    api = FakeAPI()
    api.fail_upload = "up1"
    with client_for(api, project_id="p1", max_concurrency=1) as client, pytest.raises(UploadFailed, match="up1"):
        push(client, "locales/<locale_code>.yml", file_format="yml", poll=fast_poll())


# --- async ------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_apull_and_apush(files: Path) -> None:
    api = FakeAPI()
    progress = Recorder()
    async with async_client_for(api, project_id="p1") as client:
        pulled = await apull(client, "out/<locale_code>.yml", file_format="yml", locales=["de", "pt-BR"])
        pushed = await apush(
            client, "locales/<locale_code>.yml", file_format="yml", poll=fast_poll(), progress=progress
        )
    assert sorted(p.name for p in (files / "out").iterdir()) == ["de.yml", "pt-BR.yml"]
    assert pulled.downloaded == 2 and pulled.bytes == sum(f.size for f in pulled.files) > 0
    assert pushed.keys_created == 4 and len(progress.finished) == 2


@pytest.mark.anyio
async def test_apull_raises_the_first_error_itself(files: Path) -> None:
    api = FakeAPI()
    api.missing = {"l-de"}
    async with async_client_for(api, project_id="p1") as client:
        with pytest.raises(NotFound):
            await apull(client, "out/<locale_code>.yml", file_format="yml")


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def cli_api(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeAPI]:
    api = FakeAPI()

    def fake_client(args: Any, config: Any = None) -> Any:
        return client_for(api, project_id=args.project_id or "p1")

    monkeypatch.setattr(cli_files, "_client", fake_client)
    monkeypatch.setattr(cli_files, "PollPolicy", lambda timeout: fast_poll())
    yield api


def test_cli_pull_and_push_print_a_summary_only_when_not_a_terminal(
    files: Path, cli_api: FakeAPI, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(
        [
            "pull",
            "out/<locale_code>.yml",
            "--format",
            "yml",
            "--locale",
            "de",
            "--option",
            "include_empty_translations=true",
            "--format-option",
            "indent=2",
        ]
    )
    assert status == 0
    assert capsys.readouterr().out == "Pulled 1 locale file(s): 1 written (0.00 MB), 0 unchanged.\n"
    download = next(r for r in cli_api.requests if r.url.path.endswith("/download"))
    assert download.url.params["include_empty_translations"] == "true"
    assert download.url.params["format_options[indent]"] == "2"

    status = main(
        ["push", "locales/<locale_code>.yml", "--format", "yml", "--wait", "--option", "update_translations=yes"]
    )
    assert status == 0
    assert capsys.readouterr().out == "Pushed 2 file(s): 4 keys created, 2 keys updated, 8 translations created.\n"


def test_cli_reports_bad_options_as_errors(files: Path, cli_api: FakeAPI, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pull", "x/<locale_code>.yml", "--format", "yml", "--option", "nonsense=1"]) == 1
    assert "unknown option 'nonsense'" in capsys.readouterr().err
    assert main(["push", "locales/de.yml", "--format", "yml", "--option", "update_translations=maybe"]) == 1
    assert "update_translations takes true or false, not 'maybe'" in capsys.readouterr().err
    assert main(["push", "locales/de.yml", "--format", "yml"]) == 1
    assert "pass locale_id" in capsys.readouterr().err
    assert cli_api.paths("POST") == []


def test_cli_options_are_typed() -> None:
    options = cli_files.build_options(
        DownloadOptions,
        {"file_format": "yml", "branch": None},
        ["locale_ids=de, fr", "use_last_reviewed_version=no", "encoding=UTF-8"],
        ["enclose_in_cdata=true"],
    )
    assert options == DownloadOptions(
        file_format="yml",
        locale_ids=["de", "fr"],
        use_last_reviewed_version=False,
        encoding="UTF-8",
        format_options={"enclose_in_cdata": "true"},
    )
    with pytest.raises(ConfigurationError, match="--option takes NAME=VALUE"):
        cli_files.build_options(UploadOptions, {}, ["update_translations"], [])
    with pytest.raises(ConfigurationError, match="is a mapping"):
        cli_files.build_options(UploadOptions, {}, ["format_options=x"], [])


def test_terminal_progress_draws_one_line_and_a_line_per_file() -> None:
    out = io.StringIO()
    display = cli_files.TerminalProgress(out)
    display.start("pull", 2)
    display.update("de", 1_500_000, None)
    display.finish("de", "1.5 MB written to out/de.yml")
    display.close()
    text = out.getvalue()
    assert "\rpull: 0/2 files" in text.replace("\x1b[K", "")
    assert "  de: 1.5 MB written to out/de.yml\n" in text
    assert "pull: 1/2 files, 1.5 MB" in text
    assert text.endswith("\r\x1b[K")
