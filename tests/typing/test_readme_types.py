"""Every Python block of README.md and every file in examples/ passes mypy --strict, unchanged.

Each README block is checked on its own (so each must be complete: imports, a client), in one
mypy run together with the examples, from the repository root so `scripts` imports resolve.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import ROOT

BLOCK = re.compile(r"^(?P<indent> *)```python\n(?P<code>.*?)^(?P=indent)```", re.S | re.M)


def readme_blocks() -> list[str]:
    return [textwrap.dedent(m["code"]) for m in BLOCK.finditer((ROOT / "README.md").read_text())]


def test_readme_has_python_blocks_to_check() -> None:
    blocks = readme_blocks()
    assert len(blocks) >= 8
    assert any("client.keys.list(" in block for block in blocks)


def test_readme_blocks_and_examples_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for number, code in enumerate(readme_blocks()):
        path = tmp_path / f"readme_block_{number:02d}.py"
        path.write_text(code)
        files.append(str(path))
    files += [str(p) for p in sorted((ROOT / "examples").glob("*.py"))]
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir=/dev/null", *files],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
