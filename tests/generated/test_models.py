"""Every component schema's example parses into its generated model and round-trips."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
import yaml

from phrase_strings_api import models
from tests.conftest import SPEC_PATH

SCHEMAS: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text())["components"]["schemas"]


def class_name(schema_name: str) -> str:
    return "".join(part.capitalize() for part in schema_name.split("_"))


def normalise(value: Any) -> Any:
    """Compare timestamps as instants: the models write `+00:00` where the API writes `Z`."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[4:5] == "-" and "T" in value:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def nulled(example: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """The example with every nullable field set to null, as the live API sends them."""
    out = dict(example)
    props = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        props.update(part.get("properties", {}))
    for name, prop in props.items():
        nullable = "null" in (prop.get("type") or []) or any(o.get("type") == "null" for o in prop.get("anyOf", []))
        if nullable and name in out:
            out[name] = None
    return out


@pytest.mark.parametrize("name", sorted(n for n, s in SCHEMAS.items() if s.get("examples")))
def test_example_round_trips(name: str) -> None:
    example = SCHEMAS[name]["examples"][0]
    model = getattr(models, class_name(name))
    if "enum" in SCHEMAS[name]:
        assert model(example).value == example
        return
    parsed = model.from_dict(example)
    assert normalise(parsed.to_dict()) == normalise(example)


@pytest.mark.parametrize("name", sorted(n for n, s in SCHEMAS.items() if s.get("properties") or s.get("allOf")))
def test_nulls_parse(name: str) -> None:
    example = nulled(SCHEMAS[name]["examples"][0], SCHEMAS[name])
    model = getattr(models, class_name(name))
    assert normalise(model.from_dict(example).to_dict()) == normalise(example)


def test_models_import_lazily() -> None:
    import subprocess
    import sys

    code = "import sys, phrase_strings_api.models as m; print(sum(k.startswith('phrase_strings_api.models.') for k in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


def test_unknown_enum_values_are_kept() -> None:
    kind = models.CustomMetadataDataType("a_type_added_later")
    assert kind.value == "a_type_added_later"
    assert str(kind) == "a_type_added_later"
