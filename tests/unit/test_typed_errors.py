"""One error tree: answers that are not what the spec documents raise typed `PhraseError`s, sync and async."""

from __future__ import annotations

import httpx
import pytest
from phrase_strings import (
    MalformedResponseError,
    MissingFieldError,
    NotModified,
    PhraseError,
    ServerError,
    UnexpectedStatusError,
)
from phrase_strings_api.models import TranslationKey
from phrase_strings_api.types import UNSET

from tests.unit.scripted import API, Script
from tests.unit.typed_helpers import MODES, key, run

KEYS = f"{API}/projects/p1/keys"


@pytest.mark.parametrize("mode", MODES)
def test_a_list_item_without_a_required_field_raises_missing_field(mode: str) -> None:
    broken = key(2)
    del broken["created_at"]
    script = Script([httpx.Response(200, json=[key(1), broken])])
    with pytest.raises(MissingFieldError) as caught:
        run(mode, script, lambda c: c.keys.list("p1"))
    assert (caught.value.model, caught.value.field) == ("TranslationKey", "created_at")
    assert "TranslationKey lacks the required field 'created_at'" in str(caught.value)
    assert isinstance(caught.value, PhraseError)
    assert not isinstance(caught.value, KeyError)


@pytest.mark.parametrize("mode", MODES)
def test_required_fields_have_plain_types_when_present(mode: str) -> None:
    script = Script([httpx.Response(200, json=[key(1)])])
    [parsed] = run(mode, script, lambda c: c.keys.list("p1"))
    assert parsed.name.upper() == "KEY.1"
    assert parsed.created_at.year == 2026


@pytest.mark.parametrize("mode", MODES)
def test_a_list_item_that_is_not_an_object_raises_malformed_response(mode: str) -> None:
    script = Script([httpx.Response(200, json=[key(1), "k2"])])
    with pytest.raises(MalformedResponseError, match="TranslationKey: expected a JSON object, got str"):
        run(mode, script, lambda c: c.keys.list("p1"))


@pytest.mark.parametrize("mode", MODES)
def test_a_200_with_an_empty_body_on_a_list_raises_malformed_response(mode: str) -> None:
    script = Script([httpx.Response(200, content=b"", headers={"content-type": "application/json"})])
    with pytest.raises(
        MalformedResponseError, match=r"GET /projects/\{project_id\}/keys: the API answered with an empty"
    ):
        run(mode, script, lambda c: c.keys.list("p1"))


@pytest.mark.parametrize("mode", MODES)
def test_a_200_with_an_empty_body_while_paging_raises_malformed_response(mode: str) -> None:
    script = Script([httpx.Response(200, content=b"")])
    with pytest.raises(MalformedResponseError):
        run(mode, script, lambda c: c.keys.list_all("p1"))


@pytest.mark.parametrize("mode", MODES)
def test_an_undocumented_2xx_on_a_model_method_raises_instead_of_returning_none(mode: str) -> None:
    script = Script([httpx.Response(202, json={"message": "queued"})])
    with pytest.raises(UnexpectedStatusError) as caught:
        run(mode, script, lambda c: c.keys.show("p1", "k1"))
    assert caught.value.status_code == 202
    assert "GET /projects/{project_id}/keys/{id}: undocumented status 202" in str(caught.value)


@pytest.mark.parametrize("mode", MODES)
def test_a_method_without_a_result_accepts_any_2xx(mode: str) -> None:
    script = Script([httpx.Response(200, json={})])
    assert run(mode, script, lambda c: c.keys.delete("p1", "k1")) is None


@pytest.mark.parametrize("mode", MODES)
def test_a_304_to_the_callers_own_validator_is_a_not_modified_result(mode: str) -> None:
    script = Script([httpx.Response(304, headers={"etag": '"v2"', "last-modified": "Tue, 01 Dec 2026 10:00:00 GMT"})])
    result = run(mode, script, lambda c: c.locales.download("p1", "de", file_format="json", if_none_match='"v2"'))
    assert isinstance(result, NotModified)
    assert result.etag == '"v2"'
    assert result.last_modified == "Tue, 01 Dec 2026 10:00:00 GMT"
    assert script.requests[0].headers["if-none-match"] == '"v2"'


@pytest.mark.parametrize("mode", MODES)
def test_a_304_to_an_operation_without_validators_is_an_unexpected_status(mode: str) -> None:
    script = Script([httpx.Response(304)])
    with pytest.raises(UnexpectedStatusError, match="undocumented status 304"):
        run(mode, script, lambda c: c.keys.show("p1", "k1"))


@pytest.mark.parametrize("mode", MODES)
def test_concurrent_paging_raises_the_failed_pages_error_not_an_exception_group(mode: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        if page == 3:
            return httpx.Response(500, json={"message": "boom"})
        link = f'<{KEYS}?page={page + 1}>; rel="next", <{KEYS}?page=4>; rel="last"'
        return httpx.Response(200, json=[key(page)], headers={"link": link})

    script = Script([answer])
    with pytest.raises(ServerError, match="boom"):
        run(mode, script, lambda c: c.keys.list_all("p1", concurrent=True), max_retries=0)


@pytest.mark.parametrize("mode", MODES)
def test_an_unreadable_link_header_raises_malformed_response(mode: str) -> None:
    link = '<https://[::1/v2/projects/p1/keys?page=2>; rel="next"'
    script = Script([httpx.Response(200, json=[key(1)], headers={"link": link})])
    with pytest.raises(MalformedResponseError, match="Link header"):
        run(mode, script, lambda c: c.keys.list_all("p1"))


def test_unset_prints_as_nothing_but_reprs_as_unset() -> None:
    parsed = TranslationKey.from_dict(key(1))
    assert parsed.description is UNSET
    assert f"{parsed.description}" == ""
    assert str(UNSET) == ""
    assert repr(UNSET) == "UNSET"
    assert not UNSET
