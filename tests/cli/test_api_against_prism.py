"""``phrase-strings api`` against a Prism mock of openapi.yaml: a sample of commands, one or two per group.

Each command is built from the command table alone (positional IDs, required body fields with
values of their type), run in-process, and must exit 0 with JSON (or a file) on stdout while Prism
reports no violation of the request.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from phrase_strings.cli import api, main

pytestmark = pytest.mark.prism

VALUES: dict[str, Any] = {"string": "x", "integer": 1, "number": 1.5, "boolean": True, "array": ["x"], "object": {}}


def _value(field: dict[str, Any]) -> Any:
    if field.get("enum"):
        return field["enum"][0]
    if field.get("format") == "date-time":
        return "2026-01-01T00:00:00Z"
    if field.get("items_enum"):
        return field["items_enum"][:1]
    if field["type"] == "file":
        return "@upload.yml"
    return VALUES[field["type"]]


def _sample() -> list[tuple[str, str]]:
    """Per group: its first method without a body, and its first method with one."""
    chosen = []
    for group, entry in api._table().items():
        methods = sorted(entry["methods"].items())
        for wants_body in (False, True):
            found = next((name for name, m in methods if (m["body"] is not None) == wants_body), None)
            if found:
                chosen.append((group, found))
    return chosen


@pytest.fixture
def violations(monkeypatch: pytest.MonkeyPatch, prism_url: str, tmp_path: Path) -> Iterator[list[str]]:
    """Point the command at Prism and collect the request violations Prism reports."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "upload.yml").write_text("en:\n  hello: Hello\n")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PHRASE_ACCESS_TOKEN", "prism-token")
    monkeypatch.setenv("PHRASE_HOST", prism_url)
    found: list[str] = []
    original: Callable[..., Any] = api._client

    def recording_client(args: Any) -> Any:
        client = original(args)

        def check(response: httpx.Response) -> None:
            if "sl-violations" in response.headers:
                found.append(response.headers["sl-violations"])

        client.http.event_hooks["response"].append(check)
        return client

    monkeypatch.setattr(api, "_client", recording_client)
    yield found


@pytest.mark.parametrize(("group", "name"), _sample(), ids=lambda value: str(value))
def test_sampled_command_runs_against_prism(violations: list[str], group: str, name: str) -> None:
    method = api._table()[group]["methods"][name]
    words = [group, name, *("abc" for _ in method["positional"]), "--max-retries", "0"]
    words += [f"--{o['name'].replace('_', '-')}={_value(o)}" for o in method["options"] if o["required"]]
    if method["body"] is not None:
        fields = method["body"]["fields"]
        names = method["body"]["required"] or sorted(fields)[:1]  # an empty form is no body at all
        body = {key: _value(fields[key]) for key in names}
        words += ["--body", json.dumps(body)]
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        status = main(["api", *words])
    finally:
        sys.stdout, sys.stderr = old
    assert not violations, violations
    assert status == 0, err.getvalue()
    if out.getvalue().strip().startswith(("{", "[")):
        json.loads(out.getvalue())


def test_all_pages_against_prism(violations: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["api", "locales", "list", "abc", "--all"]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)
    assert not violations
