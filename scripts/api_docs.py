"""Write the API reference: one Markdown page per resource group, from the generated facades.

Usage: python scripts/api_docs.py [--out DIR]   (default: docs/api)

Each page holds the group's description and, for every method of its blocking class, the
signatures (each overload) and the docstring; the awaitable class has the same methods. The text
comes from the docstrings, so it is exactly what an editor shows. `nox -s generate` runs this
after generating; a test checks that the committed pages match.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import sys
import typing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "docs" / "api"


def _groups() -> list[str]:
    sys.path.insert(0, str(ROOT / "generated"))
    api = importlib.import_module("phrase_strings_api.api")
    return sorted(
        name for name, value in vars(api.Resources).items() if not name.startswith("_") and hasattr(value, "func")
    )


def _signature(method: typing.Any) -> str:
    """``name(arg: type = default, ...) -> result``, annotations as written in the source."""
    parts = []
    star = False
    signature = inspect.signature(method)
    for parameter in list(signature.parameters.values())[1:]:
        if parameter.kind is parameter.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        text = f"{parameter.name}: {parameter.annotation}"
        if parameter.default is not parameter.empty:
            text += f" = {parameter.default!r}"
        parts.append(text)
    return f"{method.__name__}({', '.join(parts)}) -> {signature.return_annotation}"


def _page(group: str) -> str:
    module = importlib.import_module(f"phrase_strings_api.api.{group}")
    sync_cls = next(getattr(module, name) for name in module.__all__ if not name.startswith("Async"))
    lines = [f"# `client.{group}`", "", inspect.cleandoc(sync_cls.__doc__ or ""), ""]
    lines += [f"Class `{sync_cls.__name__}` (awaitable: `Async{sync_cls.__name__}`), module `{module.__name__}`.", ""]
    for name, method in sorted(vars(sync_cls).items()):
        if name.startswith("_") or not callable(method):
            continue
        lines += [f"## `{group}.{name}`", "", "```python"]
        lines += [_signature(overload) for overload in typing.get_overloads(method)] or [_signature(method)]
        lines += ["```", "", inspect.cleandoc(method.__doc__ or ""), ""]
    return "\n".join(lines).rstrip() + "\n"


def write(out: Path) -> None:
    """Write every group's page and an index to ``out`` (emptied first)."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.md"):
        old.unlink()
    groups = _groups()
    index = ["# API reference", "", "One page per resource group of `Phrase` / `AsyncPhrase`:", ""]
    for group in groups:
        (out / f"{group}.md").write_text(_page(group))
        index.append(f"- [`client.{group}`]({group}.md)")
    (out / "README.md").write_text("\n".join(index) + "\n")


def main() -> None:
    """Parse arguments and write the pages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    write(parser.parse_args().out)


if __name__ == "__main__":
    main()
