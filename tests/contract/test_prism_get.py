"""Prism, serving openapi.yaml, answers every GET through the generated client without complaint.

Prism adds an `sl-violations` header when a request or its own answer breaks the spec; a
body that does not parse into the generated model fails here too.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import types
import typing
from typing import Any

import httpx
import phrase_strings_api.api as api_pkg
import pytest
import yaml
from phrase_strings_api import Client
from phrase_strings_api.types import Unset

from tests.conftest import SPEC_PATH
from tests.contract.conftest import Mock

SPEC = yaml.safe_load(SPEC_PATH.read_text())
GETS = sorted(
    (op["operationId"], path) for path, item in SPEC["paths"].items() for method, op in item.items() if method == "get"
)
# Operations whose 2xx answer is documented with a body, which must then parse.
WITH_BODY = {
    op["operationId"]
    for item in SPEC["paths"].values()
    for op in item.values()
    if any("content" in r for code, r in op["responses"].items() if code.startswith("2"))
}


def endpoint_modules() -> dict[str, types.ModuleType]:
    found = {}
    for group in pkgutil.iter_modules(api_pkg.__path__):
        package = importlib.import_module(f"{api_pkg.__name__}.{group.name}")
        for mod in pkgutil.iter_modules(package.__path__):
            found[mod.name] = importlib.import_module(f"{package.__name__}.{mod.name}")
    return found


def sample(annotation: Any) -> Any:
    """A valid value for a required argument of the given type."""
    args = [a for a in typing.get_args(annotation) if a is not Unset and a is not type(None)]
    if args and typing.get_origin(annotation) is not list:
        return sample(args[0])
    if annotation is bool:
        return True
    if annotation is int:
        return 1
    if typing.get_origin(annotation) is list:
        return [sample(typing.get_args(annotation)[0])]
    return "abcd1234"


@pytest.fixture(scope="module")
def modules() -> dict[str, types.ModuleType]:
    return endpoint_modules()


def test_every_operation_has_a_generated_module(modules: dict[str, types.ModuleType]) -> None:
    ids = {op["operationId"] for item in SPEC["paths"].values() for op in item.values()}
    assert ids == set(modules), sorted(ids ^ set(modules))
    print(f"generated endpoint modules {len(modules)}/{len(ids)}")


def test_every_get_answers_without_violations(ours_mock: Mock, modules: dict[str, types.ModuleType]) -> None:
    """Against the served copy of openapi.yaml (see served_specs.py: as-is, Prism checks no bodies)."""
    violations: list[str] = []

    def record(response: httpx.Response) -> None:
        if "sl-violations" in response.headers:
            violations.append(f"{response.request.url.path}: {response.headers['sl-violations']}")

    client = Client(
        base_url=ours_mock.url,
        timeout=httpx.Timeout(10.0),
        headers={"Authorization": "token not-a-real-token", "User-Agent": "phrase-strings tests"},
        httpx_args={"event_hooks": {"response": [record]}},
        raise_on_unexpected_status=True,
    )
    failures = []
    with client:
        for operation_id, path in GETS:
            fn = modules[operation_id].sync_detailed
            hints = typing.get_type_hints(fn)
            kwargs = {
                name: sample(hints[name])
                for name, param in inspect.signature(fn).parameters.items()
                if name != "client" and param.default is inspect.Parameter.empty
            }
            response = fn(client=client, **kwargs)
            if not 200 <= response.status_code < 300:
                failures.append(f"{operation_id} {path}: {response.status_code}")
            elif response.parsed is None and operation_id in WITH_BODY:
                failures.append(f"{operation_id} {path}: body did not parse")
    print(f"GET operations answered {len(GETS) - len(failures)}/{len(GETS)}, violations {len(violations)}")
    assert not failures, failures
    assert not violations, violations[:10]
