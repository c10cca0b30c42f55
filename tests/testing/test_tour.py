"""The main job (examples/tour.py) on the fake: it runs and reports what the fake really did."""

from __future__ import annotations

import re
import subprocess
import sys

from tests.conftest import ROOT


def test_the_tour_reports_real_round_trip_results() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "tour.py")], capture_output=True, text=True, timeout=120, check=False
    )
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert "yml: 3 key(s) created, 3 translation(s) created" in out
    assert "nested_json: 0 key(s) created, 3 translation(s) created" in out
    assert 'de.strings | "home.title" = "Willkommen zurück";' in out
    assert '+    "title": "Willkommen zurück"' in out  # the diff shows the escape written out
    assert "draft -> in_progress -> completed" in out
    assert out.count("signature verified") == 4
    assert "INVALID" not in out
    assert re.search(r"met [1-9]\d* x 429, waited", out)
    assert "tour-token-not-a-secret" not in out
