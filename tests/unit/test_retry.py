"""Retries: which failures are retried for which methods, backoff, budget, per-call options."""

from __future__ import annotations

import logging

import httpx
import pytest
from phrase_strings import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    Phrase,
    RateLimited,
    RetryPolicy,
    ServerError,
    TokenExchangeError,
)
from phrase_strings._retry import RETRY_EXTENSION, check_json, may_retry_error, may_retry_status

from tests.unit.scripted import API, TOKEN, FakeTime, Script, async_phrase, phrase, truncated, user

CREATED = {"id": "k1", "name": "home.title"}


def req(method: str) -> httpx.Request:
    return httpx.Request(method, f"{API}/projects/p1/keys")


def create_key(client: object) -> httpx.Response:
    return client.http.post("/projects/p1/keys", json={"name": "home.title"})  # type: ignore[attr-defined,no-any-return]


# --- the decision table ---------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE", "POST", "PATCH"])
@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_failures_before_sending_are_retried_for_every_method(method: str, error: type[httpx.TransportError]) -> None:
    assert may_retry_error(error("x", request=req(method)), method)


@pytest.mark.parametrize(
    "error", [httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError]
)
def test_failures_after_sending_are_retried_only_when_idempotent(error: type[httpx.TransportError]) -> None:
    for method in ("GET", "PUT", "DELETE"):
        assert may_retry_error(error("x", request=req(method)), method)
    for method in ("POST", "PATCH"):
        assert not may_retry_error(error("x", request=req(method)), method)


def test_local_protocol_errors_are_never_retried() -> None:
    assert not may_retry_error(httpx.LocalProtocolError("bad header"), "GET")
    assert not may_retry_error(httpx.UnsupportedProtocol("ftp", request=req("GET")), "GET")


def test_statuses() -> None:
    for status in (502, 503, 504, 429):
        assert may_retry_status(status, "GET")
    assert may_retry_status(429, "POST")  # refused without being acted on
    for status in (500, 502, 503, 504):
        assert not may_retry_status(status, "POST")
        assert not may_retry_status(status, "PATCH")
    for status in (400, 401, 404, 409, 422, 500):
        assert not may_retry_status(status, "GET")


def test_backoff_grows_exponentially_with_equal_jitter_and_a_cap() -> None:
    policy = RetryPolicy(backoff=0.5, max_backoff=4.0)
    assert [policy.backoff_delay(n, rng=lambda: 0.0) for n in range(5)] == [0.25, 0.5, 1.0, 2.0, 2.0]
    assert [policy.backoff_delay(n, rng=lambda: 1.0) for n in range(5)] == [0.5, 1.0, 2.0, 4.0, 4.0]


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [({"max_retries": -1}, "max_retries"), ({"max_retries": 1.5}, "max_retries"), ({"budget": -2}, "retry_budget")],
)
def test_policy_rejects_bad_values_naming_them(kwargs: dict[str, object], name: str) -> None:
    with pytest.raises(ConfigurationError, match=name):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_client_rejects_negative_max_retries_before_looking_for_credentials() -> None:
    with pytest.raises(ConfigurationError, match="max_retries"):
        phrase(Script([user()]), max_retries=-1)


# --- GET: retried on transient failures -------------------------------------------------------


@pytest.mark.parametrize("status", [502, 503, 504])
def test_get_retried_after_gateway_errors(status: int) -> None:
    clock = FakeTime()
    script = Script([user(status), user()])
    with phrase(script, clock) as client:
        assert client.users.show_current().username == "ada"
    assert script.count == 2
    assert len(clock.sleeps) == 1 and 0.25 <= clock.sleeps[0] <= 0.5


def test_503_storm_gives_up_after_max_retries_with_growing_waits() -> None:
    clock = FakeTime()
    script = Script([user(503)])
    with phrase(script, clock) as client, pytest.raises(ServerError) as caught:
        client.users.show_current()
    assert caught.value.status_code == 503
    assert script.count == 3  # the first try and 2 retries
    first, second = clock.sleeps
    assert 0.25 <= first <= 0.5 and 0.5 <= second <= 1.0


def test_500_is_not_retried() -> None:
    script = Script([user(500), user()])
    with phrase(script, FakeTime()) as client, pytest.raises(ServerError):
        client.users.show_current()
    assert script.count == 1


def test_retry_after_on_503_is_honoured() -> None:
    clock = FakeTime()
    script = Script([user(503, {"retry-after": "3"}), user()])
    with phrase(script, clock) as client:
        client.users.show_current()
    assert clock.sleeps == [3.0]


def test_a_wait_beyond_the_budget_is_not_taken() -> None:
    clock = FakeTime()
    script = Script([user(503, {"retry-after": "120"}), user()])
    with phrase(script, clock, retry_budget=60) as client, pytest.raises(ServerError):
        client.users.show_current()
    assert script.count == 1 and clock.sleeps == []


def test_get_retried_after_connect_errors_then_typed_error() -> None:
    clock = FakeTime()
    script = Script([httpx.ConnectError("refused")])
    with phrase(script, clock) as client, pytest.raises(APIConnectionError) as caught:
        client.users.show_current()
    assert not isinstance(caught.value, APITimeoutError)
    assert script.count == 3 and len(clock.sleeps) == 2


def test_get_retried_after_read_timeout() -> None:
    script = Script([httpx.ReadTimeout("slow"), user()])
    with phrase(script, FakeTime()) as client:
        assert client.users.show_current().username == "ada"
    assert script.count == 2


def test_get_with_truncated_body_is_retried() -> None:
    script = Script([truncated, user()])
    with phrase(script, FakeTime()) as client:
        assert client.users.show_current().username == "ada"
    assert script.count == 2


def test_get_with_invalid_json_is_retried_then_typed_error() -> None:
    bad = httpx.Response(200, content=b'{"id": "u1",', headers={"content-type": "application/json"})
    script = Script([bad])
    with phrase(script, FakeTime()) as client, pytest.raises(APIConnectionError, match="not valid JSON"):
        client.users.show_current()
    assert script.count == 3


def test_invalid_json_once_then_success() -> None:
    bad = httpx.Response(200, content=b"<html>oops</html>", headers={"content-type": "application/json"})
    script = Script([bad, user()])
    with phrase(script, FakeTime()) as client:
        assert client.users.show_current().username == "ada"


# --- POST/PATCH: never sent twice once they may have arrived -------------------------------


def test_post_retried_after_connect_error_because_it_never_left() -> None:
    script = Script([httpx.ConnectError("refused"), httpx.Response(201, json=CREATED)])
    with phrase(script, FakeTime()) as client:
        assert create_key(client).json() == CREATED
    assert [r.method for r in script.requests] == ["POST", "POST"]


def test_post_retried_after_connect_timeout() -> None:
    script = Script([httpx.ConnectTimeout("slow handshake"), httpx.Response(201, json=CREATED)])
    with phrase(script, FakeTime()) as client:
        assert create_key(client).status_code == 201
    assert script.count == 2


def test_post_not_retried_after_read_timeout() -> None:
    script = Script([httpx.ReadTimeout("no answer"), httpx.Response(201, json=CREATED)])
    with phrase(script, FakeTime()) as client, pytest.raises(APITimeoutError) as caught:
        create_key(client)
    assert script.count == 1
    assert caught.value.method == "POST"


@pytest.mark.parametrize("status", [502, 503, 504])
def test_post_not_retried_after_5xx(status: int) -> None:
    script = Script([httpx.Response(status, json={"message": "down"}), httpx.Response(201, json=CREATED)])
    with phrase(script, FakeTime()) as client, pytest.raises(ServerError):
        create_key(client)
    assert script.count == 1


def test_patch_not_retried_after_reset_or_truncation() -> None:
    for step in (httpx.ReadError("connection reset"), truncated):
        script = Script([step, user()])
        with phrase(script, FakeTime()) as client, pytest.raises(APIConnectionError):
            client.http.patch("/users/me", json={"name": "x"})
        assert script.count == 1


def test_post_with_invalid_json_answer_is_not_retried() -> None:
    bad = httpx.Response(201, content=b'{"id": ', headers={"content-type": "application/json"})
    script = Script([bad, httpx.Response(201, json=CREATED)])
    with phrase(script, FakeTime()) as client, pytest.raises(APIConnectionError, match="not valid JSON"):
        create_key(client)
    assert script.count == 1


def test_post_retried_after_429_which_the_api_did_not_act_on() -> None:
    clock = FakeTime()
    limited = httpx.Response(429, json={"message": "slow down"}, headers={"retry-after": "2"})
    script = Script([limited, httpx.Response(201, json=CREATED)])
    with phrase(script, clock) as client:
        assert create_key(client).status_code == 201
    assert script.count == 2 and clock.sleeps == [2.0]


# --- options ----------------------------------------------------------------------------------


def test_max_retries_zero_sends_once() -> None:
    script = Script([user(503), user()])
    with phrase(script, FakeTime(), max_retries=0) as client, pytest.raises(ServerError):
        client.users.show_current()
    assert script.count == 1


def test_with_options_overrides_retries_for_its_calls_only() -> None:
    script = Script([user(503)])
    with phrase(script, FakeTime()) as client:
        with pytest.raises(ServerError):
            client.with_options(max_retries=0).users.show_current()
        assert script.count == 1
        with pytest.raises(ServerError):
            client.with_options(max_retries=4).users.show_current()
        assert script.count == 1 + 5
        with pytest.raises(ServerError):
            client.users.show_current()
        assert script.count == 6 + 3


def test_with_options_shares_pool_limiter_and_cache_and_sets_timeout() -> None:
    script = Script([user()])
    with phrase(script, FakeTime(), cache=True) as client:
        other = client.with_options(timeout=2.5, max_retries=1)
        assert other.rate_limiter is client.rate_limiter
        assert other.cache is client.cache
        assert other._stack is client._stack
        assert other.settings.auth is client.settings.auth
        other.users.show_current()
        assert script.requests[-1].headers["authorization"] == f"token {TOKEN}"
        request = other.http.build_request("GET", "/user")
        assert request.extensions["timeout"]["read"] == 2.5
        assert client.http.build_request("GET", "/user").extensions["timeout"]["read"] == 30.0
        other.close()  # leaves the shared pool open
        client.users.show_current()
        assert script.count == 2
    assert client.http.is_closed


def test_request_carries_its_policy_to_the_transport() -> None:
    seen: list[object] = []

    def capture(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions.get(RETRY_EXTENSION))
        return user()

    with phrase(Script([capture]), FakeTime(), max_retries=5, retry_budget=7) as client:
        client.users.show_current()
    assert seen == [RetryPolicy(max_retries=5, budget=7)]


def test_retry_logs_name_the_cause_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    script = Script([user(503), user()])
    with phrase(script, FakeTime()) as client, caplog.at_level(logging.INFO, logger="phrase_strings"):
        client.http.get("/user", params={"access_token": "secret-value-123456"})
    text = caplog.text
    assert "retrying GET" in text and "after 503" in text and "(retry 1 of 2)" in text
    assert "secret-value-123456" not in text


# --- async ------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_get_retried_after_503() -> None:
    clock = FakeTime()
    script = Script([user(503), httpx.ReadTimeout("slow"), user()])
    async with async_phrase(script, clock) as client:
        assert (await client.users.show_current()).username == "ada"
    assert script.count == 3 and len(clock.sleeps) == 2


@pytest.mark.anyio
async def test_async_post_connect_error_retried_read_timeout_not() -> None:
    script = Script([httpx.ConnectError("refused"), httpx.Response(201, json=CREATED)])
    async with async_phrase(script, FakeTime()) as client:
        assert (await client.http.post("/projects/p1/keys", json={"name": "a"})).status_code == 201
    assert script.count == 2

    script = Script([httpx.ReadTimeout("no answer"), httpx.Response(201, json=CREATED)])
    async with async_phrase(script, FakeTime()) as client:
        with pytest.raises(APITimeoutError):
            await client.http.post("/projects/p1/keys", json={"name": "a"})
    assert script.count == 1


@pytest.mark.anyio
async def test_async_truncated_get_retried_and_post_not() -> None:
    script = Script([truncated, user()])
    async with async_phrase(script, FakeTime()) as client:
        assert (await client.users.show_current()).username == "ada"
        assert script.count == 2
        script.steps = [truncated]
        with pytest.raises(APIConnectionError):
            await client.http.post("/projects/p1/keys", json={"name": "a"})
    assert script.count == 3


@pytest.mark.anyio
async def test_async_with_options() -> None:
    script = Script([user(503)])
    async with async_phrase(script, FakeTime()) as client:
        other = client.with_options(max_retries=0, timeout=1)
        with pytest.raises(ServerError):
            await other.users.show_current()
        assert script.count == 1
        assert other.rate_limiter is client.rate_limiter
        await other.aclose()
        with pytest.raises(RateLimited):
            script.steps = [httpx.Response(429, json={"message": "x"}, headers={"retry-after": "999"})]
            await client.users.show_current()
    assert client.http.is_closed


@pytest.mark.parametrize("max_retries", [0, 1])
def test_requests_an_auth_flow_builds_follow_the_clients_policy(max_retries: int) -> None:
    # The Platform token exchange is a POST the auth flow creates itself, below the client's send.
    script = Script([httpx.ConnectError("identity service down")])
    client = Phrase(
        platform_token="pt-0123456789abcdef",
        base_url=API,
        transport=script.transport(),
        max_retries=max_retries,
        rate_limiter=FakeTime().limiter(),
    )
    with client, pytest.raises(TokenExchangeError, match="identity service down"):
        client.users.show_current()
    assert [r.url.host for r in script.requests] == ["eu.phrase.com"] * (max_retries + 1)


def test_checked_json_is_handed_over_once_then_parsed_anew() -> None:
    request = httpx.Request("GET", f"{API}/projects")
    response = httpx.Response(200, json={"data": [1.5]}, request=request)
    check_json(response, request)
    first = response.json()
    assert first == {"data": [1.5]}
    again = response.json()
    assert again == first and again is not first  # the checked value is not kept on the answer
    assert response.json(parse_float=str) == {"data": ["1.5"]}
