"""Every operation of openapi.yaml as a facade call with valid arguments, built from the spec.

`operations()` pairs each operationId with its facade method (`client.<group>.<method>`): the
group is the package of the operation's generated module, the method its `x-facade-name`.
`arguments()` fills the method's required parameters, and with ``full=True`` every optional
query parameter and body field too, from the parameter and request-body schemas: a JSON value
is synthesised from the schema, then turned into the generated type (a body model through its
``from_dict``, enums, files, lists).
"""

from __future__ import annotations

import enum
import importlib
import inspect
import io
import pkgutil
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import phrase_strings_api.api as api_pkg
import yaml
from phrase_strings_api.types import File, Unset

from tests.conftest import SPEC_PATH

METHODS = ("get", "post", "put", "patch", "delete")
# Conditional-request headers would turn answers into 304s; the OTP header is the client's job.
SKIPPED_OPTIONAL = {"if_none_match", "if_modified_since", "x_phrase_app_otp"}
SAMPLE_FILE = b'{"home": {"title": "Welcome"}}\n'


@cache
def spec() -> dict[str, Any]:
    return typing.cast("dict[str, Any]", yaml.safe_load(SPEC_PATH.read_text()))


def resolve(node: dict[str, Any], document: dict[str, Any] | None = None) -> dict[str, Any]:
    """Follow local ``$ref``s until a schema, parameter or body object remains."""
    document = document or spec()
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


@dataclass(frozen=True)
class Operation:
    """One operation of openapi.yaml and the facade method that calls it."""

    operation_id: str
    method: str
    path: str
    group: str
    name: str
    spec: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def endpoint(self) -> types.ModuleType:
        return importlib.import_module(f"{api_pkg.__name__}.{self.group}.{self.operation_id}")

    @property
    def parameters(self) -> list[dict[str, Any]]:
        params = [resolve(p) for p in self.path_item.get("parameters", [])]
        params += [resolve(p) for p in self.spec.get("parameters", [])]
        return params

    @property
    def body(self) -> tuple[str, dict[str, Any]] | None:
        """(media type, schema) of the request body, if any."""
        if "requestBody" not in self.spec:
            return None
        media, content = next(iter(resolve(self.spec["requestBody"])["content"].items()))
        return media, content["schema"]

    @property
    def answers_with_body(self) -> bool:
        """Whether the first documented 2xx answer has a body, which must then parse."""
        code = min(c for c in self.spec["responses"] if c.startswith("2"))
        return "content" in resolve(self.spec["responses"][code])

    def facade(self, client: Any) -> Callable[..., Any]:
        return typing.cast("Callable[..., Any]", getattr(getattr(client, self.group), self.name))


@cache
def operations() -> tuple[Operation, ...]:
    """Every operation of openapi.yaml with its facade group (the package of its generated module)
    and method (its `x-facade-name`), by operationId."""
    group_of: dict[str, str] = {}
    for group in sorted(m for m in dir(api_pkg.Resources) if not m.startswith("_")):
        package = importlib.import_module(f"{api_pkg.__name__}.{group}")
        for module in pkgutil.iter_modules(package.__path__):
            group_of[module.name] = group
    result = []
    for path, item in spec()["paths"].items():
        for method in METHODS:
            if method in item:
                op = item[method]
                group = group_of[op["operationId"]]
                result.append(Operation(op["operationId"], method, path, group, op["x-facade-name"], op, item))
    return tuple(sorted(result, key=lambda o: o.operation_id))


# --- values from schemas ----------------------------------------------------------------------


def value_for(
    schema: dict[str, Any], *, full: bool, depth: int = 0, strings: Callable[[dict[str, Any]], Any] | None = None
) -> Any:
    """A JSON value valid for `schema` (bytes for binary strings); with ``full``, every property.

    ``strings`` makes the value of a string schema (default `string_for`).
    """
    schema = resolve(schema)
    if depth > 8:
        raise RecursionError(f"schema nests too deep: {schema}")
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    if "x-known-values" in schema:  # an open enum: a value the API is known to accept
        return schema["x-known-values"][0]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            branch = next(b for b in schema[key] if resolve(b).get("type") != "null")
            return value_for(branch, full=full, depth=depth + 1, strings=strings)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = value_for(part, full=full, depth=depth + 1, strings=strings)
            merged.update(value)
        return merged
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object":
        props = schema.get("properties", {})
        wanted = props if full else {k: v for k, v in props.items() if k in schema.get("required", [])}
        value = {name: value_for(sub, full=full, depth=depth + 1, strings=strings) for name, sub in wanted.items()}
        extra = schema.get("additionalProperties")
        if full and isinstance(extra, dict) and not props:
            value["sample"] = value_for(extra, full=full, depth=depth + 1, strings=strings)
        return value
    if kind == "array":
        return [value_for(schema.get("items", {"type": "string"}), full=full, depth=depth + 1, strings=strings)]
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    return (strings or string_for)(schema)


def string_for(schema: dict[str, Any]) -> Any:
    fmt = schema.get("format")
    if fmt == "binary":
        return SAMPLE_FILE
    if fmt == "date-time":
        return "2026-11-28T12:30:00Z"
    if fmt == "date":
        return "2026-11-28"
    if fmt in ("uri", "url"):
        return "https://example.com/hook"
    if fmt == "email":
        return "ada@example.com"
    return "abcd1234"


def to_python(value: Any, annotation: Any) -> Any:
    """Turn a JSON value into what a generated function expects for `annotation`."""
    options = [a for a in typing.get_args(annotation) if a not in (Unset, type(None))]
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        # The first member the value fits: a model for dicts, a list for lists, else a scalar.
        for option in options:
            target = typing.get_origin(option) or option
            if isinstance(value, dict) and hasattr(option, "from_dict"):
                return option.from_dict(value)
            if isinstance(value, list) and target is list:
                return to_python(value, option)
        return to_python(value, options[0])
    if origin is list:
        return [to_python(v, typing.get_args(annotation)[0]) for v in value]
    if annotation is File:
        return File(payload=io.BytesIO(value), file_name="en.json", mime_type="application/json")
    if annotation is datetime:
        return datetime.fromisoformat(value)
    if inspect.isclass(annotation) and issubclass(annotation, enum.Enum):
        return annotation(value)
    if hasattr(annotation, "from_dict"):
        return annotation.from_dict(value)
    return value


def normalized(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def body_value(op: Operation, *, full: bool) -> dict[str, Any]:
    """A request body for `op`: its required fields, or with ``full`` every field it can carry.

    Forms always get their files: an upload without its file means nothing, and httpx sends a
    form without parts as no body at all. JSON bodies never get binary fields (see
    `json_binary_fields`): JSON cannot carry them.
    """
    assert op.body is not None, op.operation_id
    media, schema = op.body
    value = value_for(schema, full=full)
    props = resolve(schema).get("properties", {})
    for name, prop in props.items():
        binary = resolve(prop).get("format") == "binary"
        if binary and media == "multipart/form-data":
            value[name] = SAMPLE_FILE
        elif binary:
            value.pop(name, None)
    return typing.cast("dict[str, Any]", value)


def json_binary_fields(op: Operation) -> list[str]:
    """Fields of a JSON request body declared as binary files (which JSON cannot carry)."""
    if op.body is None or op.body[0] != "application/json":
        return []
    props = resolve(op.body[1]).get("properties", {})
    return [name for name, prop in props.items() if resolve(prop).get("format") == "binary"]


def parameter_named(python_name: str, parameters: list[dict[str, Any]]) -> dict[str, Any]:
    """The spec parameter behind a generated argument (`name_path` when a query `name` exists too)."""
    for param in parameters:
        if normalized(param["name"]) == normalized(python_name):
            return param
    stem, _, place = python_name.rpartition("_")
    return next(p for p in parameters if p["in"] == place and normalized(p["name"]) == normalized(stem))


def arguments(op: Operation, *, full: bool = False) -> dict[str, Any]:
    """Keyword arguments for `op`'s facade method: the required ones, or with ``full`` also every
    optional query parameter that is not deprecated (Prism flags deprecated ones)."""
    fn = op.endpoint.sync_detailed
    hints = typing.get_type_hints(fn)
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(fn).parameters.items():
        if name == "client":
            continue
        required = param.default is inspect.Parameter.empty
        if name == "body":
            kwargs[name] = to_python(body_value(op, full=full), hints[name])
            continue
        spec_param = parameter_named(name, op.parameters)
        optional_too = full and spec_param["in"] == "query" and not spec_param.get("deprecated")
        if required or (optional_too and name not in SKIPPED_OPTIONAL):
            kwargs[name] = to_python(value_for(spec_param["schema"], full=full), hints[name])
    return kwargs
