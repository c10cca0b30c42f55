"""generated/phrase_strings_webhooks and generated/webhooks.openapi.yaml are exactly what
scripts/generate_webhooks.py makes from the vendored schemas, the generator config and templates/."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tests.generated.test_fresh import tree

GENERATED = ROOT / "generated"
PACKAGE = "phrase_strings_webhooks"
DOCUMENT = "webhooks.openapi.yaml"


def test_webhook_models_match_a_fresh_generation(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate_webhooks.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "Warning" not in proc.stdout + proc.stderr
    assert (tmp_path / DOCUMENT).read_text() == (GENERATED / DOCUMENT).read_text(), (
        f"run `python scripts/generate_webhooks.py` and commit generated/{DOCUMENT}"
    )
    fresh, committed = tree(tmp_path / PACKAGE), tree(GENERATED / PACKAGE)
    assert fresh == committed, (
        f"only fresh: {sorted(fresh - committed)[:10]}, only committed: {sorted(committed - fresh)[:10]}"
    )
    differing = [
        f for f in sorted(fresh) if not filecmp.cmp(tmp_path / PACKAGE / f, GENERATED / PACKAGE / f, shallow=False)
    ]
    assert not differing, f"run `python scripts/generate_webhooks.py` and commit: {differing[:10]}"
