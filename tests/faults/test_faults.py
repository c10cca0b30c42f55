"""Fault injection: a chaos proxy in front of the Prism mock breaks requests in the ways real
networks and gateways do. Every case must end in success after a retry or in a typed error,
within the client's timeouts, and no POST may reach the server twice.

GET lists keys (idempotent, retried); POST creates a key (retried only when it provably never
arrived). Run with ``-rA`` or see the "fault matrix" section at the end of the run.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from phrase_strings import (
    APIConnectionError,
    APITimeoutError,
    AsyncPhrase,
    Phrase,
    PhraseError,
    ServerError,
)
from phrase_strings_api.models import CreateKeyBody

from tests.faults.chaos import ChaosProxy
from tests.faults.conftest import MATRIX

TOKEN = "tok-faults-0123456789"
CONNECT, READ = 1.0, 1.0
TIMEOUT = httpx.Timeout(5.0, connect=CONNECT, read=READ)
MAX_RETRIES = 2
# The longest a case may take: every attempt timing out, the longest backoffs, one 429 wait.
BOUND = (MAX_RETRIES + 1) * (CONNECT + READ) + 0.5 + 1.0 + 2.0 + 5.0

OK = "ok"
# case -> (faults for the first requests, expected for GET, expected for POST)
CASES: dict[str, tuple[list[str], Any, Any]] = {
    "429 + reset": (["429"], OK, OK),
    "503 once": (["503"], OK, ServerError),
    "503 storm": (["503"] * 3, ServerError, ServerError),
    "504 after the server acted": (["504"], OK, ServerError),
    "connection reset": (["reset"], OK, APIConnectionError),
    "close without response": (["close"], OK, APIConnectionError),
    "truncated body": (["truncate"], OK, APIConnectionError),
    "hang once": (["hang"], OK, APITimeoutError),
    "hang always": (["hang"] * 3, APITimeoutError, APITimeoutError),
    "invalid JSON": (["invalid_json"], OK, APIConnectionError),
    "HTML error page (502)": (["html"], OK, ServerError),
}


def get_keys(client: Phrase) -> object:
    keys = client.keys.list("p1")
    assert keys and isinstance(keys[0].name, str)
    return keys


def create_key(client: Phrase) -> object:
    key = client.keys.create("p1", body=CreateKeyBody(name="home.title"))
    assert isinstance(key.name, str)
    return key


async def aget_keys(client: AsyncPhrase) -> object:
    keys = await client.keys.list("p1")
    assert keys and isinstance(keys[0].name, str)
    return keys


async def acreate_key(client: AsyncPhrase) -> object:
    key = await client.keys.create("p1", body=CreateKeyBody(name="home.title"))
    assert isinstance(key.name, str)
    return key


def outcome_of(error: BaseException | None) -> str:
    if error is None:
        return OK
    return f"{type(error).__name__}: {str(error)[:70]}"


def check(
    case: str,
    method: str,
    mode: str,
    expected: Any,
    error: BaseException | None,
    proxy: ChaosProxy,
    elapsed: float,
) -> None:
    received, forwarded = proxy.received[method], proxy.forwarded[method]
    MATRIX.append(
        {
            "case": case,
            "method": method,
            "mode": mode,
            "outcome": outcome_of(error).replace("|", "/"),
            "received": str(received),
            "forwarded": str(forwarded),
            "seconds": f"{elapsed:.2f}",
        }
    )
    if expected == OK:
        assert error is None, f"{case}: expected success, got {error!r}"
    else:
        assert error is not None, f"{case}: expected {expected.__name__}, got success"
        assert isinstance(error, expected), f"{case}: expected {expected.__name__}, got {error!r}"
        assert type(error) is not PhraseError
    assert elapsed < BOUND, f"{case} took {elapsed:.1f}s, beyond every timeout and wait it is allowed"
    if method == "POST":
        # The one rule that matters most: a create reaches the server at most once.
        assert forwarded <= 1, f"{case}: POST reached the server {forwarded} times"
        if expected == OK:
            assert forwarded == 1
        # Only a 429 (refused by the API without acting) or a refused connection repeat a POST.
        assert received == (2 if "429" in case else 1), proxy.log


def client_for(url: str) -> Phrase:
    return Phrase(TOKEN, base_url=url, timeout=TIMEOUT, max_retries=MAX_RETRIES)


def aclient_for(url: str) -> AsyncPhrase:
    return AsyncPhrase(TOKEN, base_url=url, timeout=TIMEOUT, max_retries=MAX_RETRIES)


def run_sync(call: Callable[[Phrase], object], url: str) -> tuple[BaseException | None, float, Phrase]:
    start = time.monotonic()
    client = client_for(url)
    try:
        with client:
            call(client)
    except PhraseError as exc:
        return exc, time.monotonic() - start, client
    return None, time.monotonic() - start, client


async def run_async(
    call: Callable[[AsyncPhrase], Awaitable[object]], url: str
) -> tuple[BaseException | None, float, AsyncPhrase]:
    start = time.monotonic()
    client = aclient_for(url)
    try:
        async with client:
            await call(client)
    except PhraseError as exc:
        return exc, time.monotonic() - start, client
    return None, time.monotonic() - start, client


@pytest.mark.prism
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("case", list(CASES))
def test_fault_sync(proxy: ChaosProxy, case: str, method: str) -> None:
    faults, on_get, on_post = CASES[case]
    proxy.plan(faults)
    error, elapsed, client = run_sync(get_keys if method == "GET" else create_key, proxy.url)
    check(case, method, "sync", on_get if method == "GET" else on_post, error, proxy, elapsed)
    if error is None:
        assert client.rate_limit.limit == 1000  # tracked from the answers that got through


@pytest.mark.prism
@pytest.mark.anyio
@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("case", list(CASES))
async def test_fault_async(proxy: ChaosProxy, case: str, method: str) -> None:
    faults, on_get, on_post = CASES[case]
    proxy.plan(faults)
    error, elapsed, client = await run_async(aget_keys if method == "GET" else acreate_key, proxy.url)
    check(case, method, "async", on_get if method == "GET" else on_post, error, proxy, elapsed)
    if error is None:
        assert client.rate_limit.limit == 1000


@pytest.mark.prism
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_connection_refused_then_up_sync(prism_url: str, method: str) -> None:
    # Nothing listens for the first ~0.2 s: those attempts are refused before anything is sent,
    # so even the POST is retried, and it reaches the server exactly once.
    late = ChaosProxy(prism_url, listen_after=0.2).start()
    try:
        error, elapsed, _ = run_sync(get_keys if method == "GET" else create_key, late.url)
        check("connection refused, then up", method, "sync", OK, error, late, elapsed)
    finally:
        late.stop()


@pytest.mark.prism
@pytest.mark.anyio
@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_connection_refused_then_up_async(prism_url: str, method: str) -> None:
    late = ChaosProxy(prism_url, listen_after=0.2).start()
    try:
        error, elapsed, _ = await run_async(aget_keys if method == "GET" else acreate_key, late.url)
        check("connection refused, then up", method, "async", OK, error, late, elapsed)
    finally:
        late.stop()
