"""Checks every request the fake accepts and every answer it gives against openapi.yaml.

`watch(fake)` wraps the engine's `handle`, so both ways in (transport and server) are checked; each
violation is recorded as text and the tests' fixture fails when any was seen.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from functools import cache
from typing import Any

import yaml
from openapi_schema_validator import OAS31Validator
from phrase_strings.testing import PhraseFake
from phrase_strings.testing._engine import EXPORTS_PATH
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests.conftest import SPEC_PATH

BASE = "urn:phrase-openapi"
# Answers any operation may give although not every operation lists them.
GENERIC_ERRORS = {"400", "401", "403", "404", "422", "429"}


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


@cache
def registry() -> Registry:
    resource = Resource.from_contents(spec(), default_specification=DRAFT202012)
    registry: Registry = Registry().with_resource(BASE, resource)
    return registry


def _pointer(parts: list[str]) -> str:
    return "/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def _resolve(node: dict[str, Any], trail: list[str]) -> tuple[dict[str, Any], list[str]]:
    """Follow a $ref of a parameter, body or response object (not of schemas)."""
    while "$ref" in node:
        trail = node["$ref"].removeprefix("#/").split("/")
        node = spec()
        for part in trail:
            node = node[part]
    return node, trail


def _validate(trail: list[str], value: Any) -> list[str]:
    validator = OAS31Validator({"$ref": f"{BASE}#{_pointer(trail)}"}, registry=registry())
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in validator.iter_errors(value)]


@cache
def _templates() -> list[tuple[re.Pattern[str], str, str]]:
    return [
        (re.compile("^" + re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(path)) + "$"), path, method)
        for path, item in spec()["paths"].items()
        for method in item
        if method in ("get", "post", "patch", "put", "delete")
    ]


def find_operation(method: str, path: str) -> tuple[str, dict[str, Any]] | None:
    found = [(t.count("{"), t) for pattern, t, m in _templates() if m == method.lower() and pattern.match(path)]
    if not found:
        return None
    template = min(found)[1]
    return template, spec()["paths"][template][method.lower()]


def _coerce(value: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind]
    if "integer" in kinds and re.fullmatch(r"-?\d+", value):
        return int(value)
    if "boolean" in kinds and value in ("true", "false"):
        return value == "true"
    if "array" in kinds:
        return value.split(",")
    return value


def check_request(method: str, path: str, query: tuple[tuple[str, str], ...], headers: Any, body: bytes) -> list[str]:
    found = find_operation(method, path)
    if found is None:
        return [f"{method} {path}: no such path in openapi.yaml"]
    template, operation = found
    name = operation["operationId"]
    problems: list[str] = []
    params: dict[str, tuple[dict[str, Any], list[str]]] = {}
    for index, raw in enumerate(operation.get("parameters", [])):
        param, trail = _resolve(raw, ["paths", template, method.lower(), "parameters", str(index)])
        if param["in"] == "query":
            params[param["name"]] = (param, trail)
    sent = {key for key, _ in query}
    for key, value in query:
        base = key.split("[", 1)[0]
        if base not in params:
            problems.append(f"{name}: query parameter {key!r} is not in the spec")
            continue
        param, trail = params[base]
        if "[" not in key and "schema" in param:
            problems += [
                f"{name} query {key}: {p}" for p in _validate([*trail, "schema"], _coerce(value, param["schema"]))
            ]
    for param_name, (param, _) in params.items():
        if param.get("required") and not any(s.split("[", 1)[0] == param_name for s in sent):
            problems.append(f"{name}: required query parameter {param_name!r} missing")
    content_type = headers.get("content-type", "")
    if body and "requestBody" in operation:
        request_body, trail = _resolve(operation["requestBody"], ["paths", template, method.lower(), "requestBody"])
        if content_type.startswith("application/json"):
            if "application/json" not in request_body["content"]:
                problems.append(f"{name}: JSON body not accepted")
            else:
                schema_trail = [*trail, "content", "application/json", "schema"]
                problems += [f"{name} body: {p}" for p in _validate(schema_trail, json.loads(body))]
        elif content_type.startswith("multipart/form-data"):
            declared = request_body["content"].get("multipart/form-data", {}).get("schema", {})
            declared, _ = _resolve(declared, [])
            message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
            fields = {str(part.get_param("name", header="content-disposition")) for part in message.iter_parts()}
            unknown = {field.split("[", 1)[0] for field in fields} - set(declared.get("properties", {}))
            if unknown:
                problems.append(f"{name}: multipart fields {sorted(unknown)} not in the spec")
    elif body and body.strip() and "requestBody" not in operation:
        problems.append(f"{name}: a body was sent but the operation takes none")
    return problems


def check_response(method: str, path: str, status: int, headers: dict[str, str], body: bytes) -> list[str]:
    found = find_operation(method, path)
    if found is None:
        return [] if status == 404 else [f"{method} {path}: answered {status} for a path not in the spec"]
    template, operation = found
    name = operation["operationId"]
    if status == 501:
        message = json.loads(body).get("message", "")
        return [] if name in message else [f"{name}: 501 without naming the operation: {message!r}"]
    responses = operation["responses"]
    code = str(status)
    if code not in responses:
        if code in GENERIC_ERRORS or (status == 304 and method == "GET"):
            return _check_error(name, code, body)
        return [f"{name}: status {status} is not declared (declared: {sorted(responses)})"]
    response, trail = _resolve(responses[code], ["paths", template, method.lower(), "responses", code])
    problems: list[str] = []
    for header in ("x-rate-limit-limit", "x-rate-limit-remaining", "x-rate-limit-reset"):
        if not headers.get(header, "").isdigit():
            problems.append(f"{name}: header {header} missing or not an integer")
    content = response.get("content", {})
    if not content:
        return problems + ([f"{name}: {status} should have no body"] if body else [])
    if "application/json" in content:
        try:
            value = json.loads(body)
        except json.JSONDecodeError:
            return [*problems, f"{name}: {status} body is not JSON"]
        problems += [
            f"{name} {status}: {p}" for p in _validate([*trail, "content", "application/json", "schema"], value)
        ]
    return problems


def _check_error(name: str, code: str, body: bytes) -> list[str]:
    if code == "304":
        return [] if not body else [f"{name}: 304 with a body"]
    trail = [
        "components",
        "responses",
        {
            "400": "bad_request",
            "401": "unauthorized",
            "403": "forbidden",
            "404": "not_found",
            "422": "unprocessable",
            "429": "rate_limited",
        }[code],
    ]
    return [
        f"{name} {code}: {p}" for p in _validate([*trail, "content", "application/json", "schema"], json.loads(body))
    ]


def watch(fake: PhraseFake) -> list[str]:
    """Check every request and answer of ``fake`` from now on; returns the (growing) list of violations."""
    violations: list[str] = []
    engine = fake._engine  # the test suite reaches in: the library offers no hook for this
    handle: Callable[[Any], Any] = engine.handle

    def checked(request: Any) -> Any:
        response = handle(request)
        if request.path.startswith(EXPORTS_PATH):
            return response  # a finished export's file: a storage link, not an API operation
        if response.status not in (401, 404) or find_operation(request.method, request.path):
            violations.extend(check_request(request.method, request.path, request.query, request.headers, request.body))
        headers = {k.lower(): v for k, v in response.headers}
        violations.extend(check_response(request.method, request.path, response.status, headers, response.body))
        return response

    engine.handle = checked  # type: ignore[method-assign]
    return violations
