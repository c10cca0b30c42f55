"""openapi.yaml against Phrase's published spec (vendored in reference/): every fact of the reference is in ours.

The documented fixes (docs/spec-changes.md) are applied to the reference before comparing. Nothing
here counts operations: each test names what is missing.
"""

from __future__ import annotations

import keyword
import re
from typing import Any

import pytest

from scripts.upstream import compare, correct_parameter
from tests.conftest import extra_operations

METHODS = ("get", "post", "put", "patch", "delete")
SCREENSHOT_MARKERS = "/projects/{project_id}/screenshots/{id}/markers"


def resolve(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = doc
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def operations(doc: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {
        (method, path): op for path, item in doc["paths"].items() for method, op in item.items() if method in METHODS
    }


def our_key(method: str, path: str) -> tuple[str, str]:
    """Where an upstream operation lives in our spec."""
    if path == SCREENSHOT_MARKERS:
        return method, path.replace("{id}", "{screenshot_id}")
    return method, path


def upstream_params(doc: dict[str, Any], method: str, path: str, op: dict[str, Any]) -> dict[tuple[str, str], Any]:
    """(name, in) -> param of the upstream operation, with the documented declaration fixes."""
    out = {}
    for raw in op.get("parameters", []):
        p = correct_parameter(method, path, resolve(doc, raw))
        out[(p["name"], p["in"])] = p
    return out


def types_of(schema: dict[str, Any]) -> set[str]:
    t = schema.get("type")
    if isinstance(t, list):
        return set(t)
    return {t} if t else set()


def compatible(theirs: dict[str, Any], ours: dict[str, Any]) -> bool:
    """Ours accepts every value theirs describes (ours may add null)."""
    if not types_of(theirs) <= types_of(ours) | ({"object"} if "properties" in ours else set()):
        return False
    if theirs.get("format") and theirs.get("format") != ours.get("format"):
        return False
    # An open enum (`x-known-values`, see docs/spec-changes.md) lists the published values without closing the type.
    known = set(ours.get("enum", [])) | set(ours.get("x-known-values", []))
    if "enum" in theirs and not set(theirs["enum"]) <= known:
        return False
    return True


def flatten(
    doc: dict[str, Any], schema: dict[str, Any], prefix: str = "", seen: frozenset[str] = frozenset()
) -> dict[str, dict[str, Any]]:
    """Field path -> leaf schema of everything a response schema can contain."""
    out: dict[str, dict[str, Any]] = {}
    ref = schema.get("$ref")
    if ref:
        if ref in seen:
            return out
        seen = seen | {ref}
        schema = resolve(doc, schema)
    for part in schema.get("allOf", []):
        out.update(flatten(doc, part, prefix, seen))
    for part in schema.get("anyOf", []) + schema.get("oneOf", []):
        if part.get("type") != "null":
            out.update(flatten(doc, part, prefix, seen))
    if "items" in schema:
        out.update(flatten(doc, schema["items"], prefix + "[]", seen))
    for name, prop in schema.get("properties", {}).items():
        leaf = leaf_of(doc, prop)
        out[f"{prefix}.{name}"] = leaf
        out.update(flatten(doc, prop, f"{prefix}.{name}", seen))
    return out


def leaf_of(doc: dict[str, Any], prop: dict[str, Any]) -> dict[str, Any]:
    """The schema of a field with references resolved; a nullable reference keeps its null."""
    options = [o for o in prop.get("anyOf", []) if o.get("type") != "null"]
    if len(options) == 1:
        inner = resolve(doc, options[0])
        return {**inner, "type": sorted(types_of(inner) | {"null"})}
    if options:  # a union (screenshot_marker.presentation): any of its types
        found = set().union(
            *(types_of(resolve(doc, o)) | ({"object"} if "properties" in o else set()) for o in options)
        )
        return {"type": sorted(found | {"null"})}
    return resolve(doc, prop) if "$ref" in prop else prop


def body_schema(doc: dict[str, Any], op: dict[str, Any]) -> dict[str, dict[str, Any]]:
    body = op.get("requestBody")
    if not body:
        return {}
    return {mt: resolve(doc, c["schema"]) for mt, c in resolve(doc, body)["content"].items()}


def test_every_operation_is_present(spec: dict[str, Any], upstream: dict[str, Any]) -> None:
    ours, theirs = operations(spec), operations(upstream)
    missing = [k for k in theirs if our_key(*k) not in ours]
    print(f"operations {len(theirs) - len(missing)}/{len(theirs)}")
    assert not missing, f"operations of the reference missing from openapi.yaml: {missing}"


def test_operations_of_the_official_client_are_present(spec: dict[str, Any]) -> None:
    """The operations phrase-api has beyond the published document (reference/README.md)."""
    placeholder = re.compile(r"\{[^}]+\}")
    ours = {f"{m.upper()} {placeholder.sub('{}', p)}" for m, p in operations(spec)}
    listed = extra_operations()
    missing = [line for line in listed if placeholder.sub("{}", line) not in ours]
    assert listed and not missing, f"operations of phrase-api missing from openapi.yaml: {missing}"


def test_nothing_published_is_missing(spec: dict[str, Any], upstream: dict[str, Any]) -> None:
    """The maintainer's comparison (`nox -s upstream`) finds nothing to take in from the reference."""
    missing = compare(upstream, spec).missing()
    assert not missing, "in the reference but not in openapi.yaml:\n" + "\n".join(missing[:50])


def test_facade_names_are_recorded_and_unique(spec: dict[str, Any]) -> None:
    """Each operation names its facade method (`x-facade-name`), unique within its group."""
    seen: dict[tuple[str, str], str] = {}
    problems = []
    for op in operations(spec).values():
        name, group = op.get("x-facade-name"), op["tags"][0]
        if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_"):
            problems.append(f"{op['operationId']}: x-facade-name {name!r}")
        elif (group, name) in seen:
            problems.append(f"{op['operationId']}: {group}.{name} already names {seen[group, name]}")
        else:
            seen[group, name] = op["operationId"]
        for suffix in ("_all", "_pages"):
            if isinstance(name, str) and name.endswith(suffix):
                problems.append(f"{op['operationId']}: {name} would clash with the paging methods")
    assert not problems, problems


def test_parameters_match(spec: dict[str, Any], upstream: dict[str, Any]) -> None:
    ours = operations(spec)
    checked, problems = 0, []
    for (method, path), op in operations(upstream).items():
        mine = {(p["name"], p["in"]): p for p in (resolve(spec, r) for r in ours[our_key(method, path)]["parameters"])}
        theirs = upstream_params(upstream, method, path, op)
        # Parameters the reference dropped stay in ours, deprecated, until a release may remove them.
        mine = {k: p for k, p in mine.items() if k in theirs or not p.get("deprecated")}
        if set(mine) != set(theirs):
            problems.append(f"{method} {path}: {sorted(set(mine) ^ set(theirs))}")
            continue
        for key, p in theirs.items():
            checked += 1
            q = mine[key]
            if bool(p.get("required")) != bool(q.get("required")):
                problems.append(f"{method} {path} {key}: required differs")
            if not compatible(p["schema"], q["schema"]):
                problems.append(f"{method} {path} {key}: type {p['schema']} vs {q['schema']}")
            if p.get("style") != q.get("style") or p.get("explode") != q.get("explode"):
                problems.append(f"{method} {path} {key}: serialization differs")
    print(f"parameters {checked - len(problems)}/{checked}")
    assert not problems, "\n".join(problems)


def test_request_bodies_match(spec: dict[str, Any], upstream: dict[str, Any]) -> None:
    ours = operations(spec)
    checked, problems = 0, []
    for (method, path), op in operations(upstream).items():
        theirs, mine = body_schema(upstream, op), body_schema(spec, ours[our_key(method, path)])
        if set(theirs) != set(mine):
            problems.append(f"{method} {path}: content types {sorted(theirs)} vs {sorted(mine)}")
            continue
        for mt, schema in theirs.items():
            checked += 1
            if set(schema.get("required", [])) != set(mine[mt].get("required", [])):
                problems.append(f"{method} {path}: required fields differ")
            for name, prop in schema.get("properties", {}).items():
                other = mine[mt].get("properties", {}).get(name)
                if other is None or not compatible(resolve(upstream, prop), resolve(spec, other)):
                    problems.append(f"{method} {path}: body field {name}")
    print(f"request bodies {checked - len(problems)}/{checked}")
    assert not problems, "\n".join(problems)


def test_responses_and_fields_match(spec: dict[str, Any], upstream: dict[str, Any]) -> None:
    ours = operations(spec)
    fields = responses = 0
    problems = []
    for (method, path), op in operations(upstream).items():
        mine_op = ours[our_key(method, path)]
        for code, raw in op["responses"].items():
            responses += 1
            if code not in mine_op["responses"]:
                problems.append(f"{method} {path}: response {code} missing")
                continue
            theirs, mine = resolve(upstream, raw), resolve(spec, mine_op["responses"][code])
            for mt, content in theirs.get("content", {}).items():
                mine_content = mine.get("content", {})
                mine_mt = "application/octet-stream" if mt == "*" else mt
                if mine_mt not in mine_content:
                    problems.append(f"{method} {path} {code}: media type {mt} missing")
                    continue
                their_fields = flatten(upstream, content["schema"])
                our_fields = flatten(spec, mine_content[mine_mt]["schema"])
                for name, leaf in their_fields.items():
                    fields += 1
                    if name not in our_fields:
                        problems.append(f"{method} {path} {code}: field {name} missing")
                    elif not compatible(leaf, our_fields[name]):
                        problems.append(f"{method} {path} {code}: field {name} {leaf} vs {our_fields[name]}")
    print(f"responses {responses}, response fields {fields - len(problems)}/{fields}")
    assert not problems, "\n".join(problems[:50])


@pytest.mark.parametrize("name", ["error", "validation_error"])
def test_error_bodies_are_typed(spec: dict[str, Any], name: str) -> None:
    assert spec["components"]["schemas"][name]["properties"]["message"]["type"] == "string"


def test_every_operation_documents_errors_and_headers(spec: dict[str, Any]) -> None:
    for (method, path), op in operations(spec).items():
        assert "401" in op["responses"], (method, path)
        ok = [c for c in op["responses"] if c.startswith("2")]
        assert ok, (method, path)
        for code in ok:
            headers = resolve(spec, op["responses"][code]).get("headers", {})
            assert "X-Rate-Limit-Remaining" in headers, (method, path, code)
            media: dict[str, Any] = next(iter(resolve(spec, op["responses"][code]).get("content", {}).values()), {})
            schema = media.get("schema", {})
            if method == "get" and resolve(spec, schema).get("type") == "array":
                assert "Link" in headers, (method, path)


def test_operation_ids_are_snake_case_verb_first(spec: dict[str, Any]) -> None:
    verbs = set()
    for op in operations(spec).values():
        oid = op["operationId"]
        assert oid.islower() and " " not in oid and "/" not in oid and "-" not in oid, oid
        assert len(op["tags"]) == 1, oid
        verbs.add(oid.split("_")[0])
    assert verbs <= {
        "list",
        "show",
        "dismiss",
        "create",
        "update",
        "delete",
        "add",
        "remove",
        "download",
        "build",
        "search",
        "compare",
        "merge",
        "sync",
        "start",
        "complete",
        "reopen",
        "lock",
        "unlock",
        "publish",
        "resend",
        "mark",
        "check",
        "test",
        "redeliver",
        "confirm",
        "verify",
        "unverify",
        "review",
        "unreview",
        "exclude",
        "include",
        "tag",
        "untag",
        "attach",
        "detach",
        "activate",
        "deactivate",
        "trigger",
        "export",
        "import",
    }, verbs


def test_no_upstream_prose(spec: dict[str, Any], upstream: dict[str, Any]) -> None:
    """Summaries and descriptions are ours: no sentence copies the reference (short titles may)."""

    def texts(doc: Any) -> set[str]:
        found: set[str] = set()
        if isinstance(doc, dict):
            for k, v in doc.items():
                if k in ("summary", "description") and isinstance(v, str) and len(v) > 40:
                    found.add(v.strip().lower())
                found |= texts(v)
        elif isinstance(doc, list):
            for v in doc:
                found |= texts(v)
        return found

    copied = texts(spec) & texts(upstream)
    assert not copied, sorted(copied)[:10]
