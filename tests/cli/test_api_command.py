"""``phrase-strings api``: the command table, help, argument handling, output and exit codes.

Calls go to a recording server on 127.0.0.1, configured the way a CI job would: environment variables.
"""

from __future__ import annotations

import base64
import importlib
import inspect
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from phrase_strings.cli import api, main

from scripts import cli_manifest
from tests.cli.server import Answer, Recorded, Server, serve
from tests.conftest import ROOT

TOKEN = "cli-secret-token-7f3a9b"
# Timestamps every key, upload and project carries (required in answers), as the CLI prints them.
STAMPS = {"created_at": "2026-01-01T00:00:00+00:00", "updated_at": "2026-01-01T00:00:00+00:00"}


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Server]:
    monkeypatch.chdir(tmp_path)  # no .phrase.yml of the developer's
    monkeypatch.setenv("HOME", str(tmp_path))
    for name in ("PHRASE_PLATFORM_TOKEN", "PHRASE_DATA_CENTER", "PHRASE_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    with serve() as running:
        monkeypatch.setenv("PHRASE_ACCESS_TOKEN", TOKEN)
        monkeypatch.setenv("PHRASE_HOST", running.url)
        yield running


def run(*words: str, stdin: str = "") -> tuple[int, str, str]:
    """Run the command in-process; returns (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        status = main(["api", *words])
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return status, out.getvalue(), err.getvalue()


def secret_free(*texts: str) -> None:
    for text in texts:
        assert TOKEN not in text
        assert base64.b64encode(TOKEN.encode()).decode() not in text


# --- the table ------------------------------------------------------------------------------------


def test_table_is_fresh() -> None:
    committed = (ROOT / "wrapper/phrase_strings/cli/_api_commands.json").read_text()
    assert committed == cli_manifest.render(), "run python scripts/cli_manifest.py"


def test_every_operation_has_exactly_one_command(spec: dict[str, Any]) -> None:
    operations = {op["operationId"] for item in spec["paths"].values() for op in item.values() if "operationId" in op}
    commands = [m["operation"] for g in api._table().values() for m in g["methods"].values()]
    missing = operations - set(commands)
    assert not missing, f"operations without a command: {sorted(missing)}"
    assert len(commands) == len(set(commands)), "an operation has two commands"


def test_every_facade_method_is_a_command() -> None:
    table = api._table()
    facade = importlib.import_module("phrase_strings_api.api").Resources
    assert set(table) == {name for name, value in vars(facade).items() if hasattr(value, "func")}
    for group, entry in table.items():
        module = importlib.import_module(f"phrase_strings_api.api.{group}")
        cls = getattr(module, next(name for name in module.__all__ if not name.startswith("Async")))
        public = {
            name
            for name, _ in inspect.getmembers(cls, inspect.isfunction)
            if not name.startswith("_") and not name.endswith(("_all", "_pages"))
        }
        assert set(entry["methods"]) == public, group


# --- help -------------------------------------------------------------------------------------------


def test_help_lists_every_group(server: Server) -> None:
    status, out, _ = run("--help")
    assert status == 0
    for group in api._table():
        assert f"\n  {group} " in out
    assert not server.requests


def test_group_help_lists_every_method_with_its_summary() -> None:
    status, out, _ = run("keys", "--help")
    assert status == 0
    for name, method in api._table()["keys"]["methods"].items():
        assert f"  {name}" in out and method["summary"] in out


def test_method_help_describes_every_parameter(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["api", "keys", "list", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    method = api._table()["keys"]["methods"]["list"]
    for entry in method["options"]:
        assert "--" + entry["name"].replace("_", "-") in out
        assert " ".join(entry["description"].split())[:40] in out
    assert "PROJECT_ID" in out and "GET /projects/{project_id}/keys" in out


def test_no_group_is_a_usage_error() -> None:
    status, out, err = run()
    assert status == 2 and "groups:" in err and out == ""


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (("kyes", "list"), "unknown group 'kyes'; did you mean keys"),
        (("keys", "lst"), "unknown method 'lst'; did you mean list"),
        (("keys", "list", "P1", "--per-page", "many"), "invalid int value"),
        (("keys", "list", "P1", "--bogus", "1"), "unrecognized arguments: --bogus"),
        (("keys", "show"), "the following arguments are required: ID"),
    ],
)
def test_usage_errors_exit_2_and_send_nothing(server: Server, words: tuple[str, ...], message: str) -> None:
    status, out, err = run(*words)
    assert status == 2
    assert message in err
    assert out == ""
    assert not server.requests


# --- arguments --------------------------------------------------------------------------------------


def test_path_and_query_parameters_reach_the_api(server: Server) -> None:
    server.reply(Answer(200, [{"id": "k1", "name": "home.title", **STAMPS}]))
    status, out, err = run("keys", "list", "P1", "--per-page", "100", "--q", "tags:web", "--branch", "main")
    assert status == 0, err
    (request,) = server.requests
    assert request.method == "GET" and request.path == "/v2/projects/P1/keys"
    assert dict(request.query) == {"per_page": "100", "q": "tags:web", "branch": "main"}
    assert request.headers["authorization"] == f"token {TOKEN}"
    assert json.loads(out) == [{"id": "k1", "name": "home.title", **STAMPS}]
    secret_free(out, err)


def test_project_defaults_to_the_configured_one(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHRASE_PROJECT_ID", "CONFIGURED")
    server.reply(Answer(200, {"id": "k9", "name": "x", **STAMPS}))
    status, _, err = run("keys", "show", "K9")
    assert status == 0, err
    assert server.requests[0].path == "/v2/projects/CONFIGURED/keys/K9"
    status, _, err = run("keys", "show", "OTHER", "K9")  # given explicitly: wins
    assert server.requests[1].path == "/v2/projects/OTHER/keys/K9"


def test_missing_project_without_a_default_is_a_usage_error(server: Server) -> None:
    status, _, err = run("keys", "list")
    assert status == 2 and "PROJECT_ID is missing" in err
    assert not server.requests


def test_array_options_take_repeats_and_commas(server: Server) -> None:
    server.reply(Answer(200, []))
    status, _, err = run("projects", "list", "--filters", "favorites,owned", "--filters", "archived")
    assert status == 0, err
    assert [value for key, value in server.requests[0].query if key.startswith("filters")] == [
        "favorites",
        "owned",
        "archived",
    ]


def test_object_options_go_out_as_deep_objects(server: Server, tmp_path: Path) -> None:
    server.reply(Answer(200, raw=b"de:\n  hello: Hallo\n", headers={"content-type": "application/x-yaml"}))
    target = tmp_path / "de.yml"
    status, out, err = run(
        "locales", "download", "P1", "de", "--file-format", "yml",
        "--format-options", "enclose_in_cdata=true", "--format-options", '{"indent": 2}', "-o", str(target),
    )  # fmt: skip
    assert status == 0, err
    query = dict(server.requests[0].query)
    assert query["file_format"] == "yml"
    assert query["format_options[enclose_in_cdata]"] == "true"
    assert query["format_options[indent]"] == "2"
    assert target.read_bytes() == b"de:\n  hello: Hallo\n" and out == ""


def test_boolean_options(server: Server) -> None:
    server.reply(Answer(200, raw=b"{}"))
    status, _, err = run("locales", "download", "P1", "de", "--file-format", "json", "--include-empty-translations")
    assert status == 0, err
    assert dict(server.requests[0].query)["include_empty_translations"] == "true"
    status, _, err = run(
        "locales", "download", "P1", "de", "--file-format", "json", "--skip-unverified-translations", "no"
    )
    assert dict(server.requests[1].query)["skip_unverified_translations"] == "false"


@pytest.mark.parametrize("how", ["inline", "file", "stdin"])
def test_body_from_argument_file_or_stdin(server: Server, tmp_path: Path, how: str) -> None:
    server.reply(Answer(201, {"id": "k1", "name": "home.title", **STAMPS}))
    body = '{"name": "home.title", "tags": "web,ios"}'
    source, stdin = {"inline": (body, ""), "file": ("@body.json", ""), "stdin": ("-", body)}[how]
    (tmp_path / "body.json").write_text(body)
    status, out, err = run("keys", "create", "P1", "--body", source, stdin=stdin)
    assert status == 0, err
    (request,) = server.requests
    assert request.method == "POST" and request.path == "/v2/projects/P1/keys"
    assert request.json() == {"name": "home.title", "tags": "web,ios"}
    assert json.loads(out)["id"] == "k1"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("{name: x}", "invalid JSON"),
        ("[1]", "must be a JSON object"),
        ('{"nmae": "x"}', "unknown field(s) nmae (did you mean name?)"),
        ('{"description": "x"}', "missing required field(s) name"),
        ('{"name": 5}', "field name must be string, not int"),
        ('{"name": "x", "plural": "yes"}', "field plural must be boolean, not str"),
    ],
)
def test_bodies_are_checked_before_sending(server: Server, body: str, message: str) -> None:
    status, _, err = run("keys", "create", "P1", "--body", body)
    assert status == 2 and message in err, err
    assert not server.requests


def test_multipart_upload_takes_a_file(server: Server, tmp_path: Path) -> None:
    (tmp_path / "de.yml").write_bytes(b"de:\n  hello: Hallo\n")
    server.reply(Answer(201, {"id": "u1", "filename": "de.yml", "state": "enqueued", **STAMPS}))
    body = json.dumps({"file": "@de.yml", "file_format": "yml", "locale_id": "de", "update_translations": True})
    status, out, err = run("uploads", "create", "P1", "--body", body)
    assert status == 0, err
    (request,) = server.requests
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert b'filename="de.yml"' in request.body and b"de:\n  hello: Hallo\n" in request.body
    assert b'name="update_translations"\r\nContent-Type: text/plain\r\n\r\ntrue\r\n' in request.body
    assert json.loads(out)["state"] == "enqueued"


# --- output -----------------------------------------------------------------------------------------


def paged(request: Recorded) -> Answer:
    page = int(dict(request.query).get("page", "1"))
    link = f'<{request.path}?page={page + 1}>; rel="next"' if page < 3 else ""
    items = [{"id": f"k{page}{n}", "name": n, **STAMPS} for n in ("a", "b")]
    return Answer(200, items, {"link": link})


def test_all_follows_every_page_into_one_array(server: Server) -> None:
    server.reply(paged)
    status, out, err = run("keys", "list", "P1", "--all")
    assert status == 0, err
    assert [item["id"] for item in json.loads(out)] == ["k1a", "k1b", "k2a", "k2b", "k3a", "k3b"]
    assert [dict(r.query)["page"] for r in server.requests] == ["1", "2", "3"]


def test_ndjson_streams_one_item_per_line(server: Server) -> None:
    server.reply(paged)
    status, out, _ = run("keys", "list", "P1", "--all", "--ndjson")
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == 6 and json.loads(lines[3])["id"] == "k2b"


def test_ndjson_needs_all(server: Server) -> None:
    status, _, err = run("keys", "list", "P1", "--ndjson")
    assert status == 2 and "--ndjson goes with --all" in err and not server.requests


def test_pretty_and_compact(server: Server) -> None:
    server.reply(Answer(200, {"id": "p1", "name": "Shop", **STAMPS}))
    _, compact, _ = run("projects", "show", "p1")
    _, pretty, _ = run("projects", "show", "p1", "--pretty")
    assert json.loads(compact) == {"id": "p1", "name": "Shop", **STAMPS} and "\n" not in compact.strip()
    assert pretty.startswith("{\n  ") and json.loads(pretty) == json.loads(compact)


def test_include_headers(server: Server) -> None:
    headers = {"x-rate-limit-limit": "1000", "x-rate-limit-remaining": "998", "x-rate-limit-reset": "1800000300"}
    server.reply(Answer(200, {"id": "p1", "name": "Shop", **STAMPS}, headers))
    status, out, _ = run("projects", "show", "p1", "--include-headers")
    assert status == 0
    result = json.loads(out)
    assert result["status"] == 200 and result["body"]["name"] == "Shop"
    assert result["headers"] == headers


# --- errors -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "status"), [(404, 4), (422, 4), (500, 5)])
def test_api_errors_exit_by_class(server: Server, code: int, status: int) -> None:
    server.reply(Answer(code, {"message": "nope"}))
    result, out, err = run("projects", "show", "p1", "--max-retries", "0")
    assert result == status
    assert out == "" and err.startswith("error: ") and "nope" in err
    secret_free(out, err)


def test_no_answer_exits_3(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with serve() as gone:
        url = gone.url
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PHRASE_ACCESS_TOKEN", TOKEN)
    status, _, err = run("projects", "show", "p1", "--base-url", url, "--max-retries", "0", "--timeout", "5")
    assert status == 3 and err.startswith("error: ")
    secret_free(err)


def test_verbose_logs_requests_without_secrets(server: Server, caplog: pytest.LogCaptureFixture) -> None:
    server.reply(Answer(200, {"id": "p1", "name": "Shop", **STAMPS}))
    caplog.set_level("DEBUG")
    assert main(["-v", "api", "projects", "show", "p1"]) == 0
    assert "/v2/projects/p1" in caplog.text
    secret_free(caplog.text)


def test_installed_entry_point_answers_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "phrase_strings", "api", "--help"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and "keys" in done.stdout
