"""Property-based: any body valid for a component schema of openapi.yaml parses into its model.

For every component schema, hypothesis-jsonschema generates bodies valid for it; each must
parse with the generated model's ``from_dict`` and come back unchanged from ``to_dict`` (dates
compared as instants, since ``Z`` comes back as ``+00:00``). Forward compatibility: the same
bodies with unknown fields added to every object, and bodies whose enum fields carry values the
spec does not list, must parse and round-trip too.

Example counts are kept small (the suite runs on two cores in CI); `PROFILE` says how many.
"""

from __future__ import annotations

import copy
import enum
import json
from datetime import datetime
from typing import Any

import phrase_strings_api.models as models
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from tests.conftest import SPEC_PATH
from tests.contract import operations

NEW_VALUE = "value_added_later"

SCHEMAS: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())["components"]["schemas"]
PROFILE = settings(
    max_examples=15,
    deadline=None,
    database=None,
    derandomize=True,  # the same examples on every run: a failure here is never a fluke
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
UNKNOWN_FIELD = "x_field_added_later"


def inline(node: Any, seen: tuple[str, ...] = ()) -> Any:
    """The schema with every ``$ref`` replaced by its target (none of ours is recursive)."""
    if isinstance(node, dict):
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[1]
            assert name not in seen, f"recursive schema {name}"
            return inline(SCHEMAS[name], (*seen, name))
        # Annotations only; `examples` would also make hypothesis-jsonschema favour them.
        return {k: inline(v, seen) for k, v in node.items() if k not in ("examples", "description", "deprecated")}
    if isinstance(node, list):
        return [inline(v, seen) for v in node]
    return node


def open_enums(node: Any) -> Any:
    """The schema with every string enum opened up to any string (values added after generation)."""
    if isinstance(node, dict):
        if "enum" in node and all(isinstance(v, str) or v is None for v in node["enum"]):
            kind = ["string", "null"] if None in node["enum"] else "string"
            return {"type": kind, "minLength": 1, "x-open-enum": True}
        return {k: open_enums(v) for k, v in node.items()}
    if isinstance(node, list):
        return [open_enums(v) for v in node]
    return node


def new_enum_value(schema: dict[str, Any]) -> Any:
    return NEW_VALUE if schema.get("x-open-enum") else operations.string_for(schema)


def has_enum(node: Any) -> bool:
    if isinstance(node, dict):
        return "enum" in node or any(has_enum(v) for v in node.values())
    return isinstance(node, list) and any(has_enum(v) for v in node)


def model_class(name: str) -> Any:
    return getattr(models, "".join(part[:1].upper() + part[1:] for part in name.split("_")))


def instant(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def same(a: Any, b: Any) -> bool:
    """JSON equality where two different strings may be the same date-time written differently."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, str) and isinstance(b, str) and a != b:
        return instant(a) is not None and instant(a) == instant(b)
    return type(a) is type(b) and a == b


def branches(schema: Any) -> list[dict[str, Any]]:
    """The schema and the members of its anyOf/oneOf/allOf, flattened."""
    if not isinstance(schema, dict):
        return []
    found = [schema]
    for key in ("anyOf", "oneOf", "allOf"):
        for member in schema.get(key, []):
            found += branches(member)
    return found


def value_schema(schema: Any, key: str) -> Any:
    """The schema of ``key`` in an object of ``schema``: a declared property, else the map's values."""
    for branch in branches(schema):
        if key in branch.get("properties", {}):
            return branch["properties"][key]
    return next((b["additionalProperties"] for b in branches(schema) if is_schema(b.get("additionalProperties"))), {})


def is_schema(node: Any) -> bool:
    return isinstance(node, dict) and bool(node)


def is_map(schema: Any) -> bool:
    """An object whose keys are data (``additionalProperties`` with a schema), not fields: no unknown field fits."""
    kinds = branches(schema)
    return not any("properties" in b for b in kinds) and any(is_schema(b.get("additionalProperties")) for b in kinds)


def with_unknown_fields(value: Any, schema: Any) -> Any:
    """The body with an unknown field added to every object in it that has fields."""
    if isinstance(value, dict):
        out = {k: with_unknown_fields(v, value_schema(schema, k)) for k, v in value.items()}
        return out if is_map(schema) else {**out, UNKNOWN_FIELD: "some new value"}
    if isinstance(value, list):
        items: Any = next((b["items"] for b in branches(schema) if "items" in b), {})
        return [with_unknown_fields(v, items) for v in value]
    return value


def round_trip(name: str, body: Any) -> None:
    cls = model_class(name)
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        assert cls(body).value == body
        return
    parsed = cls.from_dict(copy.deepcopy(body))
    out = parsed.to_dict()
    assert same(out, body), f"{name}: {body!r} came back as {out!r}"
    assert cls.from_dict(out) == parsed


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_valid_bodies_parse_and_round_trip(name: str) -> None:
    schema = inline(SCHEMAS[name])

    @PROFILE
    @given(from_schema(schema))
    def check(body: Any) -> None:
        round_trip(name, body)
        if isinstance(body, dict):
            round_trip(name, with_unknown_fields(body, schema))

    check()


ENUM_SCHEMAS = sorted(n for n in SCHEMAS if has_enum(inline(SCHEMAS[n])))


@pytest.mark.parametrize("name", ENUM_SCHEMAS)
def test_unknown_enum_values_parse_and_round_trip(name: str) -> None:
    known: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            known.update(v for v in node.get("enum", []) if isinstance(v, str))
            for v in node.values():
                collect(v)
        elif isinstance(node, list):
            for v in node:
                collect(v)

    collect(inline(SCHEMAS[name]))
    new_values = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12).filter(
        lambda s: s not in known
    )

    @PROFILE
    @given(from_schema(open_enums(inline(SCHEMAS[name]))), new_values)
    def check(body: Any, new_value: str) -> None:
        round_trip(name, body)
        if isinstance(body, str):  # an enum schema itself
            round_trip(name, new_value)

    check()


@pytest.mark.parametrize("name", ENUM_SCHEMAS)
def test_every_enum_field_with_an_unknown_value(name: str) -> None:
    """Deterministic companion of the test above: one body with every field set, and every enum
    field (at any depth) holding a value the spec does not list."""
    body = operations.value_for(open_enums(inline(SCHEMAS[name])), full=True, strings=new_enum_value)
    assert NEW_VALUE in json.dumps(body)
    round_trip(name, body)


def test_every_component_schema_has_a_model() -> None:
    assert all(model_class(name) for name in SCHEMAS)
    assert ENUM_SCHEMAS, "no enums found: the unknown-enum tests would check nothing"
    assert UNKNOWN_FIELD not in json.dumps(SCHEMAS), "the 'unknown' field is declared somewhere"
