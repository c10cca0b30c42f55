"""generated/ is exactly what the generator makes from the committed spec, config and templates."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

COMMITTED = ROOT / "generated" / "phrase_strings_api"


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def test_generated_matches_a_fresh_generation(tmp_path: Path) -> None:
    out = tmp_path / "phrase_strings_api"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--out", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "Warning" not in proc.stdout + proc.stderr
    fresh, committed = tree(out), tree(COMMITTED)
    assert fresh == committed, f"only fresh: {sorted(fresh - committed)[:10]}, only committed: {sorted(committed - fresh)[:10]}"
    differing = [f for f in sorted(fresh) if not filecmp.cmp(out / f, COMMITTED / f, shallow=False)]
    assert not differing, f"run `nox -s generate` and commit: {differing[:10]}"
