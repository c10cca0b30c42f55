"""Regenerate the low-level client from openapi.yaml, generator-config.yml and templates/.

Usage: python scripts/generate.py [--out DIR]   (default: generated/phrase_strings_api)

The generator runs with --fail-on-warning; the result replaces the output folder whole,
so a module dropped from the spec disappears from the package too. The generator reads the spec
and templates as `generation_input` prepares them, and the hand-written runtime modules
(templates/runtime/) are copied in afterwards.

Facade method names are not derived: each operation records its own in `x-facade-name`, so a
name never changes when other operations come or go. The generator does not hand extensions to
templates, so this script writes them into `facade_names.jinja` beside the prepared templates.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a file, this script still imports its sibling as scripts.<name>
from scripts.generation_input import install_runtime, prepare_templates, write_spec  # noqa: E402
from scripts.upstream import METHODS  # noqa: E402

DEFAULT_OUT = ROOT / "generated" / "phrase_strings_api"


def facade_names(doc: dict[str, Any]) -> dict[str, str]:
    """Map each operationId to its facade method name, its `x-facade-name`."""
    names, missing = {}, []
    for path, item in doc["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            if not str(op.get("x-facade-name", "")).isidentifier():
                missing.append(f"{method.upper()} {path} ({op['operationId']})")
            names[op["operationId"]] = op.get("x-facade-name", "")
    if missing:
        sys.exit("operations without a valid x-facade-name in openapi.yaml: " + ", ".join(missing))
    return names


BIN = Path(sys.executable).parent  # the venv's tools: openapi-python-client, and ruff for its post-hooks


def run_generator(spec: Path, config: Path, templates: Path, target: Path) -> None:
    """Run openapi-python-client (failing on any warning) into `target`, in `target`'s parent folder."""
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    subprocess.run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(spec),
            "--config",
            str(config),
            "--custom-template-path",
            str(templates),
            "--meta",
            "none",
            "--output-path",
            str(target),
            "--fail-on-warning",
        ],
        check=True,
        env=env,
        cwd=target.parent,
    )


def generate(out: Path) -> None:
    """Run openapi-python-client into a scratch folder, then move the package to `out`."""
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "phrase_strings_api"
        document = yaml.safe_load((ROOT / "openapi.yaml").read_text())  # parsed once: 775 KB
        templates = prepare_templates(document, Path(tmp) / "templates")
        names = json.dumps(facade_names(document), sort_keys=True)
        (templates / "facade_names.jinja").write_text(f"{{% set facade_names = {names} %}}\n")
        spec = write_spec(document, Path(tmp) / "openapi.json")  # last: it changes the document
        run_generator(spec, ROOT / "generator-config.yml", templates, target)
        install_runtime(target)
        (target / "py.typed").write_text("")
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(target, out)


def main() -> None:
    """Parse arguments and generate."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    generate(parser.parse_args().out)


if __name__ == "__main__":
    main()
