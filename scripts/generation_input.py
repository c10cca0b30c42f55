"""What the generator reads besides openapi.yaml itself: the spec prepared for it, and the templates.

openapi-python-client takes a parameter's description from the parameter's *schema*; openapi.yaml
(like Phrase's spec) writes it on the parameter. `prepare_spec` copies each description down, so the
generated docstrings carry it. It also drops the ``X-PhraseApp-OTP`` header parameter: the one-time
password belongs to authentication (`phrase_strings.auth` answers the API's challenge), not to each of
the 286 calls. Inline request bodies get a description naming their operation, for their models'
docstrings. The generator does not keep the tags' descriptions either; `prepare_templates` writes
them into ``tags.jinja`` next to a copy of templates/, for the group classes' docstrings.

`RUNTIME` lists the hand-written modules copied into the generated package after generation.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from scripts.upstream import resolve

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "templates"
RUNTIME = TEMPLATES / "runtime"
OTP_HEADER = "x-phraseapp-otp"


def prepare_spec(document: dict[str, Any]) -> dict[str, Any]:
    """openapi.yaml as the generator should read it (see the module docstring); changes ``document``."""
    for parameter in document.get("components", {}).get("parameters", {}).values():
        _describe_schema(parameter)
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            kept = []
            for parameter in operation.get("parameters", []):
                resolved = resolve(document, parameter)
                if resolved.get("in") == "header" and resolved["name"].lower() == OTP_HEADER:
                    continue
                _describe_schema(parameter)
                kept.append(parameter)
            operation["parameters"] = kept
            _describe_body(document, operation)
    return document


def _describe_body(document: dict[str, Any], operation: dict[str, Any]) -> None:
    """Give an inline request-body schema a description, so its model has a docstring."""
    body = resolve(document, operation.get("requestBody", {}))
    for media in body.get("content", {}).values():
        schema = media.get("schema")
        if isinstance(schema, dict) and "$ref" not in schema and "description" not in schema:
            summary = operation.get("summary", "").rstrip(".")
            schema["description"] = body.get("description") or f"Request body of {operation['operationId']}: {summary}."


def _describe_schema(parameter: dict[str, Any]) -> None:
    schema = parameter.get("schema")
    description = parameter.get("description")
    if isinstance(schema, dict) and description and "description" not in schema and "$ref" not in schema:
        schema["description"] = description


def write_spec(document: dict[str, Any], target: Path) -> Path:
    """Write `prepare_spec` of ``document`` to ``target`` (JSON, which the generator reads as well)."""
    target.write_text(json.dumps(prepare_spec(document)))
    return target


def prepare_templates(document: dict[str, Any], target: Path) -> Path:
    """Copy templates/ to ``target`` and add ``tags.jinja``: ``TAG_DESCRIPTIONS`` by group module name."""
    shutil.copytree(TEMPLATES, target, ignore=shutil.ignore_patterns("runtime"))
    descriptions = {str(PythonIdentifier(tag["name"], "tag")): tag.get("description", "") for tag in document["tags"]}
    (target / "tags.jinja").write_text(f"{{% set TAG_DESCRIPTIONS = {json.dumps(descriptions, sort_keys=True)} %}}\n")
    return target


def install_runtime(package: Path) -> None:
    """Copy the hand-written runtime modules into the generated package, replacing generated twins."""
    for module in sorted(RUNTIME.glob("*.py")):
        shutil.copyfile(module, package / module.name)
