"""docs/api/ is exactly what scripts/api_docs.py writes from the committed generated package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

COMMITTED = ROOT / "docs" / "api"


def test_api_reference_matches_a_fresh_build(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "api_docs.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    fresh = {p.name: p.read_text() for p in tmp_path.glob("*.md")}
    committed = {p.name: p.read_text() for p in COMMITTED.glob("*.md")}
    assert sorted(fresh) == sorted(committed), "run `nox -s generate` and commit docs/api/"
    stale = [name for name in sorted(fresh) if fresh[name] != committed[name]]
    assert not stale, f"run `nox -s generate` and commit docs/api/: {stale[:10]}"


def test_every_resource_group_has_a_page_listing_its_methods() -> None:
    keys = (COMMITTED / "keys.md").read_text()
    assert "## `keys.list`" in keys
    assert "list(project_id: str | None = None, *, page: int | Unset = UNSET" in keys
    assert "x_phrase_app_otp" not in keys
    index = (COMMITTED / "README.md").read_text()
    assert index.count("- [`client.") == len(list(COMMITTED.glob("*.md"))) - 1
