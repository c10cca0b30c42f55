"""Compare a published Phrase spec with openapi.yaml: what is new, removed or changed.

Usage: python scripts/upstream.py PUBLISHED [--ours openapi.yaml] [--check]
       (or `nox -s upstream -- PUBLISHED`)

PUBLISHED is an OpenAPI document as Phrase publishes it (JSON or YAML, bundled: local `$ref`s only).
Both documents are reduced to facts per operation: parameters (name, place, required, type,
enum), request-body fields, response status codes and 2xx response fields (dotted paths, `[]`
for list items, with type and enum).
The documented corrections of the published defects (docs/spec-changes.md, `correct_parameter`)
are applied first, so only real differences show. Prose (summaries, descriptions, examples) is
ignored: it is ours. Ours may allow `null` where the published document does not.

The report lists, per operation, `+` for what the published document has and ours lacks (to take
in), `-` for what only ours has, `~` for a changed type, format or required flag. With --check the
exit status is 1 when anything published is missing from ours (the coverage tests use `compare`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
METHODS = ("get", "post", "put", "patch", "delete")
PLACEHOLDER = re.compile(r"\{[^}]+\}")
FIGMA_KEYS = "/projects/{project_id}/figma_attachments/{figma_attachment_id}/keys"
JOB_COMMENT = "/projects/{project_id}/jobs/{job_id}/comments/{id}"
SCREENSHOT_MARKERS = "/projects/{project_id}/screenshots/{id}/markers"

Doc = dict[str, Any]


def load(path: Path) -> Doc:
    """An OpenAPI document from JSON or YAML."""
    text = path.read_text()
    doc: Doc = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    return doc


def resolve(doc: Doc, node: Any) -> Any:
    """Follow local `$ref`s until a non-reference node remains."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 50:
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node, seen = target, seen + 1
    return node


def correct_parameter(method: str, path: str, param: dict[str, Any]) -> dict[str, Any]:
    """A published parameter with the declaration defects of docs/spec-changes.md (1-4) fixed."""
    p = dict(param)
    if "{automation_id}" in path and p["name"] == "id":
        p["name"] = "automation_id"
    elif method == "patch" and path == JOB_COMMENT and p["name"] == "key_id":
        p["name"] = "job_id"
    elif path == FIGMA_KEYS and p["name"] == "id" and p["in"] == "path":
        p["in"] = "query"
    elif path == SCREENSHOT_MARKERS and p["name"] == "id":
        p["name"] = "screenshot_id"
    return p


@dataclass(frozen=True)
class Fact:
    """The comparable part of a parameter or field: types (without null), format, enum, required."""

    types: frozenset[str]
    format: str | None
    enum: frozenset[str] | None
    required: bool

    def describe(self) -> str:
        """Types, format and required flag, for the report."""
        text = "|".join(sorted(self.types)) or "any type"
        if self.format:
            text += f" ({self.format})"
        if self.required:
            text += ", required"
        return text


def types_of(doc: Doc, schema: dict[str, Any]) -> frozenset[str]:
    """The JSON types a schema allows, apart from null."""
    schema = resolve(doc, schema)
    kind = schema.get("type")
    found = set(kind) if isinstance(kind, list) else {kind} if kind else set()
    if "properties" in schema or "additionalProperties" in schema:
        found.add("object")
    for part in schema.get("allOf", []):
        found |= types_of(doc, part)
    for part in schema.get("anyOf", []) + schema.get("oneOf", []):
        found |= types_of(doc, part)
    return frozenset(found - {"null"})


def fact(doc: Doc, schema: dict[str, Any], required: bool) -> Fact:
    """The fact of one parameter or field; `x-known-values` counts as an (open) enum."""
    schema = resolve(doc, schema)
    options = [resolve(doc, o) for o in schema.get("anyOf", []) + schema.get("oneOf", [])]
    inner = [o for o in options if o.get("type") != "null"]
    leaf = inner[0] if len(inner) == 1 else schema
    items = resolve(doc, leaf.get("items") or {})
    enum = leaf.get("enum") or leaf.get("x-known-values") or items.get("enum") or items.get("x-known-values")
    values = frozenset(str(v) for v in enum if v is not None) if enum else None
    return Fact(types_of(doc, schema), leaf.get("format"), values, required)


def fields(doc: Doc, schema: Any, prefix: str = "", seen: frozenset[str] = frozenset()) -> Iterator[tuple[str, Fact]]:
    """Dotted field path -> fact, for everything a body schema can contain."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if ref:
        if ref in seen:
            return
        seen = seen | {ref}
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return
    for part in schema.get("allOf", []) + schema.get("anyOf", []) + schema.get("oneOf", []):
        yield from fields(doc, part, prefix, seen)
    if "items" in schema:
        yield from fields(doc, schema["items"], prefix + "[]", seen)
    required = set(schema.get("required", []))
    for name, prop in schema.get("properties", {}).items():
        yield f"{prefix}.{name}", fact(doc, prop, name in required)
        yield from fields(doc, prop, f"{prefix}.{name}", seen)


def media(name: str) -> str:
    """A media type as ours names it (the published locale download says `*`, spec change 5)."""
    return "application/octet-stream" if name == "*" else name


@dataclass
class Operation:
    """The facts of one operation, keyed by kind ('parameter', 'body field', 'response field')."""

    method: str
    path: str
    operation_id: str
    facts: dict[tuple[str, str], Fact] = field(default_factory=dict)


def operation_key(method: str, path: str) -> str:
    """Method and path with placeholder names erased: `{id}` and `{screenshot_id}` are the same path."""
    return f"{method.upper()} {PLACEHOLDER.sub('{}', path)}"


def operations(doc: Doc) -> dict[str, Operation]:
    """Every operation of a document, reduced to its facts."""
    out: dict[str, Operation] = {}
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue
            result = Operation(method.upper(), path, op.get("operationId", ""))
            for raw in item.get("parameters", []) + op.get("parameters", []):
                p = correct_parameter(method, path, resolve(doc, raw))
                result.facts[("parameter", f"{p['in']} {p['name']}")] = fact(
                    doc, p.get("schema", {}), bool(p.get("required"))
                )
            body = resolve(doc, op.get("requestBody") or {})
            for mt, content in body.get("content", {}).items():
                for name, f in fields(doc, content.get("schema", {})):
                    result.facts[("body field", f"{media(mt)} {name.lstrip('.')}")] = f
            for code, raw in op.get("responses", {}).items():
                result.facts[("status", str(code))] = Fact(frozenset(), None, None, False)
                if not str(code).startswith("2"):
                    continue
                for mt, content in resolve(doc, raw).get("content", {}).items():
                    for name, f in fields(doc, content.get("schema", {})):
                        result.facts[("response field", f"{code} {media(mt)} {name.lstrip('.') or '[]'}")] = f
            out.setdefault(operation_key(method, path), result)
    return out


@dataclass
class Report:
    """Differences between a published document (theirs) and openapi.yaml (ours)."""

    new_operations: list[Operation] = field(default_factory=list)
    removed_operations: list[Operation] = field(default_factory=list)
    # operation key -> lines: "+ parameter query q (string)", "- ...", "~ ..."
    changes: dict[str, list[str]] = field(default_factory=dict)

    def missing(self) -> list[str]:
        """What the published document has and ours lacks or states differently, one line each."""
        lines = [f"operation {op.method} {op.path}" for op in self.new_operations]
        for key, changes in self.changes.items():
            lines += [f"{key}: {line[2:]}" for line in changes if not line.startswith("-")]
        return lines

    def counts(self) -> dict[str, int]:
        """How many lines of each sign and kind, for the summary."""
        out: dict[str, int] = {}
        signs = {"+": "new", "-": "removed", "~": "changed"}
        for changes in self.changes.values():
            for line in changes:
                kind = "enum value" if ": enum value" in line else " ".join(line.split()[1:3])
                kind = kind if kind.endswith("field") or kind == "enum value" else kind.split()[0]
                key = f"{signs[line[0]]} {kind}"
                out[key] = out.get(key, 0) + 1
        return out


def compare_facts(theirs: dict[tuple[str, str], Fact], ours: dict[tuple[str, str], Fact]) -> list[str]:
    """Report lines for one operation present in both documents."""
    lines: list[str] = []
    for key in sorted(theirs.keys() | ours.keys()):
        kind, name = key
        t, o = theirs.get(key), ours.get(key)
        if o is None and t is not None:
            lines.append(f"+ {kind} {name}" if kind == "status" else f"+ {kind} {name} ({t.describe()})")
        elif t is None and o is not None:
            if kind != "status":  # ours documents more error answers (docs/spec-changes.md, additions)
                lines.append(f"- {kind} {name} ({o.describe()})")
        elif t is not None and o is not None:
            if t.types and not t.types <= o.types:
                lines.append(f"~ {kind} {name}: type {o.describe()} -> {t.describe()}")
            elif t.format and t.format != o.format:
                lines.append(f"~ {kind} {name}: format {o.format} -> {t.format}")
            elif t.required != o.required and kind != "response field":
                lines.append(f"~ {kind} {name}: required {o.required} -> {t.required}")
            if t.enum:
                added, removed = t.enum - (o.enum or frozenset()), (o.enum or frozenset()) - t.enum
                lines += [f"+ {kind} {name}: enum value {v!r}" for v in sorted(added)]
                lines += [f"- {kind} {name}: enum value {v!r}" for v in sorted(removed)]
    return lines


def compare(theirs_doc: Doc, ours_doc: Doc) -> Report:
    """Everything that differs between the published document and ours, operation by operation."""
    theirs, ours = operations(theirs_doc), operations(ours_doc)
    report = Report()
    for key in sorted(theirs.keys() | ours.keys()):
        if key not in ours:
            report.new_operations.append(theirs[key])
        elif key not in theirs:
            report.removed_operations.append(ours[key])
        else:
            lines = compare_facts(theirs[key].facts, ours[key].facts)
            if lines:
                report.changes[f"{ours[key].method} {ours[key].path}"] = lines
    return report


def render(report: Report, theirs_name: str, theirs_count: int, ours_count: int) -> str:
    """The report as text."""
    out = [f"Published: {theirs_name} ({theirs_count} operations); openapi.yaml: {ours_count} operations", ""]
    out.append(f"New operations ({len(report.new_operations)}), in the published document only:")
    out += [f"  + {op.method} {op.path}  [{op.operation_id}]" for op in report.new_operations] or ["  none"]
    out.append(f"Operations only in openapi.yaml ({len(report.removed_operations)}):")
    out += [f"  - {op.method} {op.path}  [{op.operation_id}]" for op in report.removed_operations] or ["  none"]
    out.append(f"Changed operations ({len(report.changes)}):")
    for key, lines in report.changes.items():
        out.append(f"  {key}")
        out += [f"    {line}" for line in lines]
    if not report.changes:
        out.append("  none")
    summary = ", ".join(f"{n} {k}" for k, n in sorted(report.counts().items())) or "no field differences"
    out += [
        "",
        f"Summary: {len(report.new_operations)} new, {len(report.removed_operations)} ours-only operations; {summary}",
    ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Print the report; with --check, fail when the published document has anything ours lacks."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("published", type=Path, help="the published OpenAPI document (JSON or YAML)")
    parser.add_argument("--ours", type=Path, default=ROOT / "openapi.yaml")
    parser.add_argument("--check", action="store_true", help="exit 1 when anything published is missing")
    args = parser.parse_args(argv)
    theirs_doc, ours_doc = load(args.published), load(args.ours)
    report = compare(theirs_doc, ours_doc)
    print(render(report, args.published.name, len(operations(theirs_doc)), len(operations(ours_doc))))
    return 1 if args.check and report.missing() else 0


if __name__ == "__main__":
    sys.exit(main())
