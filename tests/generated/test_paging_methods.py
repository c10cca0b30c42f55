"""Every `*_pages` and `*_all` facade method, sync and async, sends its operation's request.

Each is called once with the operation's required arguments against an `httpx.MockTransport`
that answers an empty page: the request must go to the operation's method and path, ask for
page 1 with 100 items, and carry the request body when the operation has one (search bodies
once went missing, so `keys.search_all` raised TypeError).
"""

from __future__ import annotations

import inspect
import json
from typing import Any

import httpx
import pytest
from phrase_strings import AsyncPhrase, Phrase

from tests.contract.operations import Operation, arguments, operations

BASE = "https://api.example.test/v2"


def paged() -> list[Operation]:
    """Operations whose facade has `<name>_pages` and `<name>_all`."""
    found = []
    with Phrase("paging-token-0000", base_url=BASE) as client:
        for op in operations():
            group = getattr(client, op.group)
            if hasattr(group, f"{op.name}_pages"):
                assert hasattr(group, f"{op.name}_all"), op.operation_id
                found.append(op)
    return found


PAGED = paged()


def paged_arguments(op: Operation) -> dict[str, Any]:
    return {k: v for k, v in arguments(op).items() if k not in ("page", "per_page")}


def check(op: Operation, requests: list[httpx.Request]) -> None:
    assert len(requests) == 1, op.operation_id
    request = requests[0]
    assert request.method == op.method.upper(), op.operation_id
    template = op.path.split("{")[0]
    assert request.url.path.startswith("/v2" + template), (op.operation_id, request.url.path)
    assert request.url.params["page"] == "1" and request.url.params["per_page"] == "100", op.operation_id
    if op.body is not None and op.body[0] == "application/json":
        assert json.loads(request.content) == arguments(op)["body"].to_dict(), op.operation_id


def flat(results: list[Any], suffix: str) -> list[Any]:
    """What the calls yielded: the pages' items, or the items themselves."""
    return [page.items for page in results] if suffix == "pages" else results


EXPECTED: dict[str, list[Any]] = {"pages": [[]], "all": []}  # one empty page; no items


def empty_page(requests: list[httpx.Request]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, json=[])

    return httpx.MockTransport(answer)


def test_there_are_paged_methods() -> None:
    names = {f"{op.group}.{op.name}" for op in PAGED}
    assert {"keys.list", "keys.search", "translations.search"} <= names


@pytest.mark.parametrize("suffix", ["pages", "all"])
@pytest.mark.parametrize("op", PAGED, ids=lambda op: op.operation_id)
def test_sync(op: Operation, suffix: str) -> None:
    requests: list[httpx.Request] = []
    with Phrase("paging-token-0000", base_url=BASE, transport=empty_page(requests), max_retries=0) as client:
        method = getattr(getattr(client, op.group), f"{op.name}_{suffix}")
        assert not inspect.iscoroutinefunction(method)
        assert flat(list(method(**paged_arguments(op))), suffix) == EXPECTED[suffix]
    check(op, requests)


@pytest.mark.anyio
@pytest.mark.parametrize("suffix", ["pages", "all"])
@pytest.mark.parametrize("op", PAGED, ids=lambda op: op.operation_id)
async def test_async(op: Operation, suffix: str) -> None:
    requests: list[httpx.Request] = []
    async with AsyncPhrase("paging-token-0000", base_url=BASE, transport=empty_page(requests), max_retries=0) as client:
        method = getattr(getattr(client, op.group), f"{op.name}_{suffix}")
        assert flat([x async for x in method(**paged_arguments(op))], suffix) == EXPECTED[suffix]
    check(op, requests)
