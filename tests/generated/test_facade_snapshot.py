"""The public facade (group -> method -> signature) is exactly tests/snapshots/facade.txt.

A renamed, removed or re-typed facade method breaks code that calls it, so any change must be
deliberate: regenerate the snapshot with ``UPDATE_SNAPSHOTS=1 pytest tests/generated/test_facade_snapshot.py``,
review the diff, and note renames and removals in the CHANGELOG.
"""

from __future__ import annotations

import difflib
import importlib
import inspect
import os
from pathlib import Path

import phrase_strings_api.api as api_pkg

SNAPSHOT = Path(__file__).resolve().parents[1] / "snapshots" / "facade.txt"


def facade_classes(group: str) -> tuple[type, type]:
    """The blocking and the awaitable facade class of one resource group."""
    module = importlib.import_module(f"{api_pkg.__name__}.{group}")
    classes = [c for c in vars(module).values() if inspect.isclass(c) and c.__module__ == module.__name__]
    sync = next(c for c in classes if issubclass(c, api_pkg.Resource))
    asynchronous = next(c for c in classes if issubclass(c, api_pkg.AsyncResource))
    return sync, asynchronous


def groups() -> list[str]:
    return sorted(name for name, member in vars(api_pkg.Resources).items() if not name.startswith("_"))


def render() -> str:
    """One line per public method: `group.method(signature) -> result`, sync first, then `async`."""
    lines = []
    for group in groups():
        for prefix, cls in zip(("", "async "), facade_classes(group), strict=True):
            for name, member in sorted(vars(cls).items()):
                if name.startswith("_") or not callable(member):
                    continue
                signature = str(inspect.signature(member)).replace("(self, ", "(").replace("(self)", "()")
                lines.append(f"{prefix}{group}.{name}{signature}")
    return "\n".join(lines) + "\n"


def test_public_facade_matches_the_snapshot() -> None:
    current = render()
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.write_text(current)
    committed = SNAPSHOT.read_text() if SNAPSHOT.exists() else ""
    diff = list(difflib.unified_diff(committed.splitlines(), current.splitlines(), "snapshot", "generated", lineterm=""))
    assert not diff, (
        "the public facade changed; if deliberate, run UPDATE_SNAPSHOTS=1 pytest "
        "tests/generated/test_facade_snapshot.py and note it in the CHANGELOG:\n" + "\n".join(diff[:80])
    )


def test_every_group_has_a_facade_pair_with_the_same_methods() -> None:
    for group in groups():
        sync, asynchronous = facade_classes(group)
        public = [{n for n in vars(c) if not n.startswith("_")} for c in (sync, asynchronous)]
        assert public[0] == public[1], group
