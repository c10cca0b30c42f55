"""Docs in the editor: methods, group classes and models carry the spec's descriptions."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from phrase_strings_api.api.keys import AsyncKeysApi, KeysApi
from phrase_strings_api.api.locales import LocalesApi
from phrase_strings_api.models import CreateKeyBody, TranslationKey


def parameter_descriptions(spec: dict[str, Any], path: str, method: str) -> dict[str, str]:
    operation = spec["paths"][path][method]
    found = {}
    for parameter in operation["parameters"]:
        if "$ref" in parameter:
            parameter = spec["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        found[parameter["name"]] = " ".join(parameter["description"].split())
    return found


@pytest.mark.parametrize("cls", [KeysApi, AsyncKeysApi])
def test_methods_document_every_parameter_from_the_spec(cls: type, spec: dict[str, Any]) -> None:
    doc = " ".join((inspect.getdoc(cls.list) or "").split())  # type: ignore[attr-defined]
    assert doc.startswith("List the keys of a project")
    assert "Args:" in doc
    expected = parameter_descriptions(spec, "/projects/{project_id}/keys", "get")
    expected.pop("X-PhraseApp-OTP")
    for name, description in expected.items():
        assert f"{name}: {description.rstrip('.')}" in doc, name
    assert "x_phrase_app_otp" not in doc


def test_every_parameter_of_every_method_of_a_group_is_documented() -> None:
    for name, method in vars(LocalesApi).items():
        if name.startswith("_") or not callable(method):
            continue
        doc = inspect.getdoc(method) or ""
        for parameter in list(inspect.signature(method).parameters)[1:]:
            assert f"\n    {parameter}: " in doc, f"locales.{name}: {parameter}"


def test_group_classes_carry_the_tags_description(spec: dict[str, Any]) -> None:
    [tag] = [t for t in spec["tags"] if t["name"] == "Keys"]
    assert " ".join(inspect.getdoc(KeysApi).split()).startswith(tag["description"])  # type: ignore[union-attr]


def test_models_and_request_bodies_carry_a_description(spec: dict[str, Any]) -> None:
    schema = spec["components"]["schemas"]["translation_key"]
    assert " ".join(schema["description"].split()) in " ".join((TranslationKey.__doc__ or "").split())
    assert (CreateKeyBody.__doc__ or "").startswith("Request body of create_key: Create a key")
