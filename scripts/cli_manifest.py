"""Write the command table behind ``phrase-strings api`` from the facade and openapi.yaml.

The command line must list 300 operations in well under 300 ms, which rules out importing every
facade module on each start. So this script introspects the facade once (group and method names,
parameter order) and joins it with the spec (descriptions, types, enums, request bodies), writing
``wrapper/phrase_strings/cli/_api_commands.json``. ``nox -s generate`` runs it after generating the
client; a test fails when the committed table differs from a fresh one.

    python scripts/cli_manifest.py           # rewrite the table
    python scripts/cli_manifest.py --check   # exit 1 when it is stale
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi.yaml"
OUT = ROOT / "wrapper" / "phrase_strings" / "cli" / "_api_commands.json"

_CALLS = re.compile(r"Calls `(?P<method>[A-Z]+) (?P<path>\S+)` \((?P<op>\w+)\)")
_MODEL = re.compile(r"\b([A-Z][A-Za-z0-9]+)\b")
_NOT_MODELS = {"Unset", "File", "None", "Iterator", "AsyncIterator", "Page", "Any"}
# Arguments of every facade method that are not API parameters.
_INTERNAL = {"self", "concurrent", "x_phrase_app_otp"}


def _snake(name: str) -> str:
    name = re.sub(r"[^0-9a-zA-Z]+", "_", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.strip("_").lower()


def _deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _type(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """A parameter's or field's type, reduced to what a command-line option needs."""
    schema = _deref(spec, schema)
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if isinstance(kind, list):  # OpenAPI 3.1 nullable: ["string", "null"]
        kind = next((k for k in kind if k != "null"), "string")
    out: dict[str, Any] = {"type": kind}
    if schema.get("format") == "binary":
        out["type"] = "file"
    elif schema.get("format") == "date-time":
        out["format"] = "date-time"
    if "enum" in schema:
        out["enum"] = [v for v in schema["enum"] if v is not None]
    if kind == "array":
        items = _type(spec, schema.get("items", {}))
        out["items"] = items["type"]
        if "enum" in items:
            out["items_enum"] = items["enum"]
    return out


def _model(annotation: Any) -> str | None:
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
    found = [name for name in _MODEL.findall(text) if name not in _NOT_MODELS]
    return found[0] if found else None


def _body(spec: dict[str, Any], operation: dict[str, Any], arg: inspect.Parameter) -> dict[str, Any] | None:
    request = operation.get("requestBody")
    if not request:
        return None
    media, content = next(iter(request["content"].items()))
    schema = _deref(spec, content.get("schema", {}))
    fields = {
        name: {**_type(spec, prop), "description": _deref(spec, prop).get("description", "")}
        for name, prop in schema.get("properties", {}).items()
    }
    return {
        "model": _model(arg.annotation),
        "needed": arg.default is inspect.Parameter.empty,  # the facade wants one, maybe empty
        "multipart": media == "multipart/form-data",
        "required": sorted(schema.get("required", [])),
        "fields": fields,
    }


def _method(spec: dict[str, Any], ops: dict[str, Any], name: str, function: Any) -> dict[str, Any] | None:
    doc = inspect.getdoc(function) or ""
    match = _CALLS.search(doc)
    if match is None:  # *_pages / *_all helpers: recorded on the method they page
        return None
    operation = ops[match["op"]]
    params = {}
    for param in operation.get("parameters", []):
        param = _deref(spec, param)
        params[_snake(param["name"])] = param
    signature = inspect.signature(function)
    positional: list[dict[str, Any]] = []
    options: list[dict[str, Any]] = []
    body = None
    for arg in signature.parameters.values():
        if arg.name in _INTERNAL:
            continue
        if arg.name == "body":
            body = _body(spec, operation, arg)
            continue
        param = params.get(arg.name)
        entry: dict[str, Any] = {
            "name": arg.name,
            "wire": param["name"] if param else arg.name,
            "description": (param or {}).get("description", ""),
            # Path parameters (the positional ones) are always required; the facade only defaults them
            # to None to check them (and to fill in the client's project) at run time.
            "required": arg.default is inspect.Parameter.empty or arg.kind is not inspect.Parameter.KEYWORD_ONLY,
            **(_type(spec, param.get("schema", {})) if param else {"type": "string"}),
        }
        if entry["type"] == "object" or (param or {}).get("style") == "deepObject":
            entry["type"] = "object"
            entry["model"] = _model(arg.annotation)
        if arg.kind is inspect.Parameter.KEYWORD_ONLY:
            options.append(entry)
        else:
            positional.append(entry)
    return {
        "summary": operation.get("summary", ""),
        "description": operation.get("description", ""),
        "http": f"{match['method']} {match['path']}",
        "operation": match["op"],
        "positional": positional,
        "options": options,
        "body": body,
    }


def build() -> dict[str, Any]:
    """The command table: every group and method of the facade with its parameters."""
    spec = yaml.safe_load(SPEC.read_text())
    ops = {op["operationId"]: op for item in spec["paths"].values() for op in item.values() if "operationId" in op}
    tags = {_snake(tag["name"]): tag.get("description", "") for tag in spec.get("tags", [])}
    resources = importlib.import_module("phrase_strings_api.api").Resources
    groups: dict[str, Any] = {}
    for group in sorted(name for name, value in vars(resources).items() if not name.startswith("_")):
        if not hasattr(vars(resources)[group], "func"):  # only the cached group properties
            continue
        module = importlib.import_module(f"phrase_strings_api.api.{group}")
        cls = next(c for n, c in vars(module).items() if n.endswith("Api") and not n.startswith("Async"))
        methods = {}
        for name, function in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_"):
                continue
            entry = _method(spec, ops, name, function)
            if entry is not None:
                entry["paged"] = hasattr(cls, f"{name}_all")  # a list: --all follows its pages
                methods[name] = entry
        groups[group] = {"description": tags.get(group, cls.__doc__ or ""), "methods": methods}
    return {"groups": groups}


def render() -> str:
    """The table as committed: stable key order, one trailing newline."""
    return json.dumps(build(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    """Write the table, or with --check report whether the committed one is current."""
    text = render()
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text() != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run python scripts/cli_manifest.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
