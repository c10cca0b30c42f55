"""The two documents the contract suite serves with Prism, and every change made to them first.

Each copy is written at test time; the sources are never modified. A patch changes only what
Prism needs in order to run or to validate at all; each says where, what and why, and fails
loudly when its target has gone (then the patch is no longer needed and must be removed).

The `/v2` prefix: both documents declare `https://api.phrase.com/v2` as server and paths without
the prefix (`/projects`). Prism matches the path keys and ignores the server's path, so it
serves `/projects`, not `/v2/projects`. The clients in this suite therefore get the bare Prism
URL as `base_url`; `test_prefix.py` checks both halves: Prism refuses `/v2/...`, and a client
with the real base URL sends `/v2/...`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import SPEC_PATH, UPSTREAM_PATH


@dataclass(frozen=True)
class Patch:
    """One change to a served copy: the JSON pointer it touches, what it does and why."""

    where: str
    change: str
    why: str
    apply: Callable[[dict[str, Any]], None]


def _pagination_header_as_string(doc: dict[str, Any]) -> None:
    header = doc["components"]["headers"]["Pagination"]
    assert header["schema"]["type"] == "object"
    header["schema"] = {"type": "string", "description": "JSON text: " + ", ".join(header["schema"]["properties"])}


# openapi.yaml is served as committed: it has no `jsonSchemaDialect` (with one, Prism 5.16 validates no body).
OURS_PATCHES: tuple[Patch, ...] = ()

UPSTREAM_PATCHES = (
    Patch(
        "/components/headers/Pagination/schema",
        "object schema replaced by a string schema",
        "Prism crashes (the process exits) on the first answer carrying a header whose schema is "
        "an object; a header's value is text anyway. openapi.yaml says the same (spec change 10).",
        _pagination_header_as_string,
    ),
)


@dataclass(frozen=True)
class ServedSpec:
    """A document as Prism serves it in this suite."""

    name: str
    source: Path
    patches: tuple[Patch, ...]
    dynamic: bool

    def load(self) -> dict[str, Any]:
        text = self.source.read_text()
        doc: dict[str, Any] = json.loads(text) if self.source.suffix == ".json" else yaml.safe_load(text)
        return doc

    def write_copy(self, directory: Path) -> Path:
        doc = self.load()
        for patch in self.patches:
            patch.apply(doc)
        # Written in the source's own format, so YAML scalars (dates) keep their exact form.
        if self.source.suffix == ".json":
            target = directory / f"{self.source.stem}.served.json"
            target.write_text(json.dumps(doc))
        else:
            target = directory / f"{self.source.stem}.served.yaml"
            target.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))
        return target


# Our document serves its own examples (static). Phrase's examples often break their own schemas
# (spec change 8), so its copy answers with bodies Prism generates from the schemas (dynamic):
# every such body is valid for the published spec and must parse into our models.
OURS = ServedSpec("openapi.yaml", SPEC_PATH, OURS_PATCHES, dynamic=False)
UPSTREAM = ServedSpec("upstream", UPSTREAM_PATH, UPSTREAM_PATCHES, dynamic=True)
SERVED = (OURS, UPSTREAM)
