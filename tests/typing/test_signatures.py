"""What mypy --strict accepts and refuses in user code: the everyday path needs no narrowing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

ACCEPTED = """
import asyncio
from phrase_strings import AsyncPhrase, NotModified, Phrase

with Phrase(project_id="P") as client:
    project = client.projects.show("P")
    keys = client.keys.list(project.id, sort="created_at", order="desc", per_page=100)
    first = keys[0]
    print(first.name.upper(), first.created_at.year, first.id)
    shown = client.keys.show(id=first.id)
    default_project_keys = client.keys.list()
    locale = client.locales.list()[0]
    print(locale.code.upper(), client.translations.list()[0].content)
    print(client.uploads.show(id="u").state, client.jobs.show(id="j").name.upper())
    plain = client.locales.download(id=locale.id, file_format="json", tags=["web", "app"])
    plain.payload.read()
    maybe = client.locales.download("P", locale.id, file_format="json", if_none_match='"e"')
    if not isinstance(maybe, NotModified):
        maybe.payload.read()

async def main() -> None:
    async with AsyncPhrase(project_id="P") as client:
        async for key in client.keys.list_all(order="asc"):
            print(key.name.lower(), key.created_at.isoformat())

asyncio.run(main())
"""

REFUSED = {
    "client.keys.list('P', order='sideways')": "order",
    "client.keys.show('P')": "show",
    "client.keys.list('P', x_phrase_app_otp='123456')": "x_phrase_app_otp",
    "client.locales.download('P', 'L', if_none_match='e').payload": "NotModified",
}


def mypy(tmp_path: Path, name: str, code: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / f"{name}.py"
    path.write_text(code)
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )


def test_everyday_code_type_checks_and_mistakes_do_not(tmp_path: Path) -> None:
    accepted = mypy(tmp_path, "accepted", ACCEPTED)
    assert accepted.returncode == 0, accepted.stdout[-3000:]
    lines = ["from phrase_strings import Phrase", "with Phrase() as client:"]
    lines += [f"    {statement}  # line {number}" for number, statement in enumerate(REFUSED)]
    refused = mypy(tmp_path, "refused", "\n".join(lines) + "\n")
    assert refused.returncode == 1
    for number, (statement, word) in enumerate(REFUSED.items()):
        errors = [
            line for line in refused.stdout.splitlines() if line.startswith(f"{tmp_path / 'refused.py'}:{number + 3}:")
        ]
        assert errors, f"mypy accepted {statement}"
        assert any(word in line for line in errors), errors
