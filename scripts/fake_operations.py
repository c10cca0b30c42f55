"""Write ``phrase_strings/testing/_operations.py``: every (method, path, operationId) of ``openapi.yaml``.

The fake names an operation it does not model from this table (answering 501), without reading the spec at run
time (the wheel ships no spec and the library has no YAML parser). Run after changing ``openapi.yaml``;
``tests/testing/test_operations_table.py`` fails while the table is stale.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "wrapper" / "phrase_strings" / "testing" / "_operations.py"
METHODS = ("get", "post", "put", "patch", "delete")


def render(spec_path: Path = ROOT / "openapi.yaml") -> str:
    """The module's source for the spec at ``spec_path``."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    rows = sorted(
        (method.upper(), path, operation["operationId"])
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in METHODS
    )
    lines = [
        '"""Every operation of ``openapi.yaml`` as (method, path template, operationId).',
        "",
        "Written by ``scripts/fake_operations.py``; do not edit by hand.",
        '"""',
        "",
        "OPERATIONS: tuple[tuple[str, str, str], ...] = (",
        *(f"    ({m!r}, {p!r}, {o!r})," for m, p, o in rows),
        ")",
        "",
    ]
    return "\n".join(lines).replace("'", '"')


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(TARGET)], check=True)
    sys.stdout.write(f"wrote {TARGET.relative_to(ROOT)}\n")
