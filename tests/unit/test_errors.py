"""Typed errors: one class per status, with status, method, masked URL, request id and body."""

from __future__ import annotations

import httpx
import pytest
from phrase_strings import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequest,
    ConfigurationError,
    Conflict,
    Forbidden,
    NotFound,
    OTPRequired,
    PhraseError,
    RateLimited,
    ServerError,
    Unauthorized,
    ValidationFailed,
)

from tests.unit.scripted import API, TOKEN, FakeTime, Script, async_phrase, phrase


def fail(
    status: int, body: object = None, headers: dict[str, str] | None = None, content: bytes | None = None
) -> APIStatusError:
    if content is None:
        answer = httpx.Response(status, json=body, headers=headers)
    else:
        answer = httpx.Response(status, content=content, headers=headers)
    with phrase(Script([answer]), FakeTime(), max_retries=0) as client, pytest.raises(PhraseError) as caught:
        client.keys.show("p1", "k1")
    assert isinstance(caught.value, APIStatusError)
    return caught.value


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequest),
        (401, Unauthorized),
        (403, Forbidden),
        (404, NotFound),
        (409, Conflict),
        (422, ValidationFailed),
        (429, RateLimited),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (504, ServerError),
        (418, APIStatusError),
    ],
)
def test_each_status_has_its_class_and_details(status: int, kind: type[APIStatusError]) -> None:
    error = fail(status, {"message": f"went wrong {status}"}, {"x-request-id": "req-42"})
    assert type(error) is kind
    assert isinstance(error, APIStatusError) and isinstance(error, PhraseError)
    assert error.status_code == status
    assert error.method == "GET"
    assert error.url == f"{API}/projects/p1/keys/k1"
    assert error.request_id == "req-42"
    assert error.body == {"message": f"went wrong {status}"}
    assert error.message == f"went wrong {status}"
    assert str(error) == f"{status} went wrong {status} — GET {API}/projects/p1/keys/k1 (request id req-42)"


def test_validation_failed_lists_field_errors() -> None:
    body = {
        "message": "Validation failed",
        "errors": [
            {"resource": "Key", "field": "name", "message": "has already been taken"},
            {"resource": "Key", "field": "max_characters_allowed", "message": "must be positive"},
        ],
    }
    error = fail(422, body)
    assert isinstance(error, ValidationFailed)
    assert [e["field"] for e in error.errors] == ["name", "max_characters_allowed"]
    assert "name has already been taken" in str(error)
    assert "max_characters_allowed must be positive" in str(error)


def test_validation_failed_with_an_odd_body_still_works() -> None:
    error = fail(422, {"message": "nope", "errors": "not a list"})
    assert isinstance(error, ValidationFailed) and error.errors == []


def test_rate_limited_carries_reset_retry_after_and_reason() -> None:
    headers = {"x-rate-limit-reset": "1900000000", "retry-after": "30", "x-rate-limit-reason": "concurrency"}
    error = fail(429, {"message": "Rate limit exceeded"}, headers)
    assert isinstance(error, RateLimited)
    assert (error.reset_at, error.retry_after, error.reason) == (1900000000, 30, "concurrency")


def test_otp_required_names_the_mfa_type() -> None:
    error = fail(401, {"message": "OTP required"}, {"x-phraseapp-otp": "required; app"})
    assert isinstance(error, OTPRequired) and isinstance(error, Unauthorized)
    assert error.mfa_type == "app"


def test_html_error_pages_give_a_short_readable_message() -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>" + "x" * 5000 + "</body></html>"
    error = fail(502, headers={"content-type": "text/html"}, content=page.encode())
    assert isinstance(error, ServerError)
    assert error.body is None
    assert "HTML error page" in str(error) and "Bad Gateway" in str(error)
    assert "<html>" not in str(error) and len(str(error)) < 200


def test_plain_text_and_empty_bodies() -> None:
    text = fail(503, content=b"upstream unavailable", headers={"content-type": "text/plain"})
    assert text.message == "upstream unavailable"
    empty = fail(404, content=b"")
    assert empty.message == "Not Found" and empty.body is None
    long = fail(500, content=b"y" * 1000, headers={"content-type": "text/plain"})
    assert len(long.message) == 200


def test_invalid_json_error_body_falls_back_to_text() -> None:
    error = fail(400, content=b'{"message": ', headers={"content-type": "application/json"})
    assert isinstance(error, BadRequest)
    assert error.body is None and error.message == '{"message":'


def test_secrets_are_masked_in_the_url_and_absent_from_the_message() -> None:
    with phrase(Script([httpx.Response(403, json={"message": "no"})]), FakeTime()) as client:
        with pytest.raises(Forbidden) as caught:
            client.http.get("/projects", params={"access_token": "leaky-secret-99999", "page": "2"})
    error = caught.value
    assert "leaky-secret-99999" not in str(error) and "leaky-secret-99999" not in error.url
    assert "access_token=%2A%2A%2A" in error.url or "access_token=***" in error.url
    assert TOKEN not in str(error) and TOKEN not in repr(error.args)


def test_no_answer_is_a_connection_error_and_silence_a_timeout() -> None:
    for raised, kind in (
        (httpx.ConnectError("refused"), APIConnectionError),
        (httpx.ReadTimeout("t"), APITimeoutError),
    ):
        with phrase(Script([raised]), FakeTime(), max_retries=0) as client, pytest.raises(kind) as caught:
            client.keys.show("p1", "k1")
        assert caught.value.method == "GET"
        assert caught.value.url == f"{API}/projects/p1/keys/k1"
        assert isinstance(caught.value.__cause__, type(raised))


def test_configuration_errors_are_value_errors_too() -> None:
    assert issubclass(ConfigurationError, ValueError) and issubclass(ConfigurationError, PhraseError)


@pytest.mark.anyio
async def test_async_errors_are_the_same_classes() -> None:
    script = Script([httpx.Response(409, json={"message": "locked"}), httpx.ReadTimeout("t")])
    async with async_phrase(script, FakeTime(), max_retries=0) as client:
        with pytest.raises(Conflict, match="locked"):
            await client.keys.show("p1", "k1")
        with pytest.raises(APITimeoutError):
            await client.keys.show("p1", "k1")
