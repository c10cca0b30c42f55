"""No silent wrong requests, per-call options and the default project, sync and async."""

from __future__ import annotations

import inspect
import json
from typing import Any

import httpx
import pytest
from phrase_strings import ConfigurationError, NotFound, Phrase
from phrase_strings_api import Client
from phrase_strings_api.api.keys import list_keys
from phrase_strings_api.models import CreateKeyBody
from phrase_strings_api.types import UNSET

from tests.unit.scripted import API, TOKEN, Script, phrase
from tests.unit.typed_helpers import MODES, key, run


def keys_answer() -> Script:
    return Script([httpx.Response(200, json=[key(1)])])


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("bad", ["", "   ", None, UNSET])
def test_empty_none_or_unset_path_parameters_are_refused_before_sending(mode: str, bad: Any) -> None:
    script = keys_answer()
    with pytest.raises(ConfigurationError, match="id is required"):
        run(mode, script, lambda c: c.keys.delete("p1", bad))
    assert script.count == 0


@pytest.mark.parametrize("mode", MODES)
def test_an_empty_project_id_is_refused_even_with_a_default_project(mode: str) -> None:
    script = keys_answer()
    with pytest.raises(ConfigurationError, match="project_id is required and must not be empty"):
        run(mode, script, lambda c: c.keys.list(""), project_id="p-default")
    assert script.count == 0


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.keys.list("p1", per_page=101),
        lambda c: c.keys.list("p1", per_page=0),
        lambda c: c.keys.list_all("p1", per_page=500),
        lambda c: c.keys.list_pages("p1", per_page=101),
    ],
)
def test_per_page_outside_1_to_100_is_refused_when_the_call_is_made(mode: str, call: Any) -> None:
    script = keys_answer()
    with pytest.raises(ConfigurationError, match="per_page must be a whole number between 1 and 100"):
        run(mode, script, call)
    assert script.count == 0


@pytest.mark.parametrize("mode", MODES)
def test_tags_accept_a_list_of_names(mode: str) -> None:
    script = Script([httpx.Response(200, content=b"a: b")])
    run(mode, script, lambda c: c.locales.download("p1", "de", file_format="yml", tags=["web", "checkout"]))
    assert script.requests[0].url.params["tags"] == "web,checkout"


@pytest.mark.parametrize("mode", MODES)
def test_a_tag_containing_a_comma_is_refused(mode: str) -> None:
    script = Script([httpx.Response(200, content=b"a: b")])
    with pytest.raises(ConfigurationError, match="tags must be strings without commas"):
        run(mode, script, lambda c: c.locales.download("p1", "de", file_format="yml", tags=["a,b"]))
    assert script.count == 0


@pytest.mark.parametrize("mode", MODES)
def test_project_scoped_methods_use_the_default_project(mode: str) -> None:
    script = keys_answer()
    run(mode, script, lambda c: c.keys.list(), project_id="p-default")
    assert script.requests[0].url.path == "/v2/projects/p-default/keys"


@pytest.mark.parametrize("mode", MODES)
def test_methods_with_more_path_parameters_take_them_by_name_without_a_project(mode: str) -> None:
    script = Script([httpx.Response(200, json=key(7))])
    shown = run(mode, script, lambda c: c.keys.show(id="k7"), project_id="p-default")
    assert shown.id == "k7"
    assert script.requests[0].url.path == "/v2/projects/p-default/keys/k7"


@pytest.mark.parametrize("mode", MODES)
def test_paging_uses_the_default_project(mode: str) -> None:
    script = keys_answer()
    items = run(mode, script, lambda c: c.keys.list_all(), project_id="p-default")
    assert [k.id for k in items] == ["k1"]
    assert script.requests[0].url.path == "/v2/projects/p-default/keys"


@pytest.mark.parametrize("mode", MODES)
def test_without_a_default_project_the_error_says_how_to_give_one(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PHRASE_PROJECT_ID", raising=False)
    script = keys_answer()
    with pytest.raises(ConfigurationError, match="project_id is required: pass it, or give the client a default"):
        run(mode, script, lambda c: c.keys.list())
    assert script.count == 0


@pytest.mark.parametrize("mode", MODES)
def test_with_options_headers_reach_the_request_and_leave_the_original_alone(mode: str) -> None:
    script = keys_answer()

    def both(client: Any) -> Any:
        tagged = client.with_options(headers={"X-Request-Tag": "nightly"})
        return [tagged.keys.list("p1"), client.keys.list("p1")]

    async def both_async(client: Any) -> Any:
        tagged = client.with_options(headers={"X-Request-Tag": "nightly"})
        return [await tagged.keys.list("p1"), await client.keys.list("p1")]

    run(mode, script, both if mode == "sync" else both_async)
    first, second = script.requests
    assert first.headers["x-request-tag"] == "nightly"
    assert first.headers["authorization"] == f"token {TOKEN}"
    assert "x-request-tag" not in second.headers


@pytest.mark.parametrize("header", ["Authorization", "x-phraseapp-otp"])
def test_credentials_cannot_be_given_as_headers(header: str) -> None:
    with phrase(keys_answer()) as client, pytest.raises(ConfigurationError, match="credentials"):
        client.with_options(headers={header: "x"})


@pytest.mark.parametrize("mode", MODES)
def test_api_client_with_headers_is_independent_and_keeps_the_whole_stack(mode: str) -> None:
    script = Script(
        [
            httpx.Response(503, json={"message": "busy"}),
            httpx.Response(200, json=[key(1)]),
            httpx.Response(404, json={"message": "Not Found"}),
        ]
    )

    def use(client: Any) -> Any:
        derived = client.api_client.with_headers({"X-Extra": "1"})
        assert derived is not client.api_client
        assert "x-extra" not in client.http.headers
        if mode == "sync":
            response = list_keys.sync_detailed("p1", client=derived)
            with pytest.raises(NotFound):
                list_keys.sync_detailed("p1", client=derived)
            return response

        async def go() -> Any:
            response = await list_keys.asyncio_detailed("p1", client=derived)
            with pytest.raises(NotFound):
                await list_keys.asyncio_detailed("p1", client=derived)
            return response

        return go()

    response = run(mode, script, use)
    assert response.status_code == 200  # the 503 was retried
    assert [r.headers.get("x-extra") for r in script.requests] == ["1", "1", "1"]
    assert all(r.headers["authorization"] == f"token {TOKEN}" for r in script.requests)


@pytest.mark.parametrize("mode", MODES)
def test_api_client_with_timeout_applies_and_refuses_an_unlimited_one(mode: str) -> None:
    script = keys_answer()

    def use(client: Any) -> Any:
        with pytest.raises(ConfigurationError, match="hang forever"):
            client.api_client.with_timeout(httpx.Timeout(None))
        derived = client.api_client.with_timeout(httpx.Timeout(7.0))
        return derived.get_httpx_client() if mode == "sync" else derived.get_async_httpx_client()

    http = run(mode, script, use)
    assert http.timeout == httpx.Timeout(7.0)


def test_the_otp_header_is_not_an_argument_of_any_method() -> None:
    with phrase(keys_answer()) as client:
        assert "x_phrase_app_otp" not in inspect.signature(client.keys.list).parameters
    assert "x_phrase_app_otp" not in inspect.signature(list_keys.sync_detailed).parameters


def test_an_unlimited_client_timeout_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="hang forever"):
        Phrase(TOKEN, base_url=API, timeout=httpx.Timeout(None), transport=keys_answer().transport())


@pytest.mark.parametrize("mode", MODES)
def test_enumerated_parameters_take_their_values_as_strings(mode: str) -> None:
    script = keys_answer()
    run(mode, script, lambda c: c.keys.list("p1", sort="created_at", order="desc"))
    assert script.requests[0].url.params["sort"] == "created_at"
    assert script.requests[0].url.params["order"] == "desc"


@pytest.mark.parametrize("mode", MODES)
def test_with_options_refuses_an_unlimited_timeout(mode: str) -> None:
    script = keys_answer()
    with pytest.raises(ConfigurationError, match="hang forever"):
        run(mode, script, lambda c: c.with_options(timeout=httpx.Timeout(None)))


@pytest.mark.parametrize("mode", MODES)
def test_request_bodies_take_tags_as_a_list(mode: str) -> None:
    script = Script([httpx.Response(201, json=key(1))])
    body = CreateKeyBody(name="home.title", tags=["web", "checkout"])
    run(mode, script, lambda c: c.keys.create("p1", body=body))
    assert json.loads(script.requests[0].content)["tags"] == "web,checkout"


@pytest.mark.parametrize("mode", MODES)
def test_a_standalone_client_copy_with_headers_leaves_the_original_alone(mode: str) -> None:
    original = Client(base_url=API, headers={"User-Agent": "t"})
    copy = original.with_headers({"X-Extra": "1"}).with_timeout(httpx.Timeout(9.0))
    if mode == "sync":
        made: Any = copy.get_httpx_client()
        before: Any = original.get_httpx_client()
    else:
        made = copy.get_async_httpx_client()
        before = original.get_async_httpx_client()
    assert made.headers["x-extra"] == "1" and made.timeout == httpx.Timeout(9.0)
    assert "x-extra" not in before.headers and before.timeout == httpx.Timeout(30.0)
    with pytest.raises(ConfigurationError, match="hang forever"):
        original.with_timeout(httpx.Timeout(5.0, read=None))
    with pytest.raises(ConfigurationError, match="hang forever"):
        Client(base_url=API, timeout=httpx.Timeout(None))
