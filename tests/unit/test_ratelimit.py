"""Rate limits: concurrency slots, X-Rate-Limit-* tracking, 429 waits, pauses and slowing down."""

from __future__ import annotations

import email.utils
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import anyio
import httpx
import pytest
from phrase_strings import (
    AsyncPhrase,
    ConfigurationError,
    Phrase,
    RateLimit,
    RateLimited,
    RateLimiter,
    ValidationFailed,
)

from tests.unit.scripted import API, START, TOKEN, FakeTime, Script, async_phrase, phrase, user


def window(remaining: int, reset: float, status: int = 200, **extra: str) -> httpx.Response:
    headers = {
        "x-rate-limit-limit": "1000",
        "x-rate-limit-remaining": str(remaining),
        "x-rate-limit-reset": str(int(reset)),
        **extra,
    }
    body: Any = {"id": "u1", "username": "ada"} if status < 300 else {"message": "Rate limit exceeded"}
    return httpx.Response(status, json=body, headers=headers)


# --- state ------------------------------------------------------------------------------------


def test_state_is_unknown_until_an_answer_reports_it() -> None:
    with phrase(Script([user()]), FakeTime()) as client:
        assert client.rate_limit == RateLimit()
        client.users.show_current()
        assert client.rate_limit.remaining is None


def test_state_follows_every_answer() -> None:
    clock = FakeTime()
    script = Script([window(998, START + 120), window(997, START + 120)])
    with phrase(script, clock) as client:
        client.users.show_current()
        assert client.rate_limit == RateLimit(limit=1000, remaining=998, reset_at=START + 120, observed_at=START)
        client.users.show_current()
        assert client.rate_limit.remaining == 997
        assert client.rate_limit.seconds_to_reset(clock.time()) == 120


def test_answers_arriving_out_of_order_keep_the_lowest_count_of_a_window() -> None:
    limiter = FakeTime().limiter()
    request = httpx.Request("GET", API)
    for remaining in (10, 8, 9):
        limiter.record(httpx.Response(200, headers=window(remaining, START + 60).headers, request=request))
    assert limiter.state.remaining == 8
    limiter.record(httpx.Response(200, headers=window(999, START + 360).headers, request=request))
    assert limiter.state.remaining == 999  # a new window


def test_error_answers_report_the_window_too() -> None:
    script = Script([window(5, START + 10, status=422)])
    with phrase(script, FakeTime()) as client, pytest.raises(ValidationFailed):
        client.users.show_current()
    assert client.rate_limit.remaining == 5


# --- 429 --------------------------------------------------------------------------------------


def test_429_waits_until_the_reset_then_succeeds() -> None:
    clock = FakeTime()
    script = Script([window(0, START + 7, status=429), window(999, START + 300)])
    with phrase(script, clock) as client:
        assert client.users.show_current().username == "ada"
    assert script.count == 2
    assert clock.sleeps == [7.0]
    assert client.rate_limit.remaining == 999


def test_429_with_reset_in_the_past_backs_off_briefly() -> None:
    clock = FakeTime()
    script = Script([window(0, START - 30, status=429), window(999, START + 300)])
    with phrase(script, clock) as client:
        client.users.show_current()
    assert script.count == 2
    assert len(clock.sleeps) == 1 and 0.25 <= clock.sleeps[0] <= 0.5


def test_retry_after_wins_over_the_reset() -> None:
    clock = FakeTime()
    script = Script([window(0, START + 100, status=429, **{"retry-after": "4"}), user()])
    with phrase(script, clock) as client:
        client.users.show_current()
    assert clock.sleeps == [4.0]


def test_retry_after_as_an_http_date() -> None:
    clock = FakeTime()
    when = email.utils.formatdate(START + 9, usegmt=True)
    date = email.utils.formatdate(START, usegmt=True)
    limited = httpx.Response(429, json={"message": "x"}, headers={"retry-after": when, "date": date})
    with phrase(Script([limited, user()]), clock) as client:
        client.users.show_current()
    assert clock.sleeps == [9.0]


def test_reset_is_measured_on_the_servers_clock() -> None:
    # Our clock is 100 s behind the server's; the reset is 5 s after the server's Date.
    clock = FakeTime()
    server_now = START + 100
    date = email.utils.formatdate(server_now, usegmt=True)
    script = Script([window(0, server_now + 5, status=429, date=date), user()])
    with phrase(script, clock) as client:
        client.users.show_current()
    assert clock.sleeps == [5.0]


def test_429_beyond_the_budget_raises_at_once_with_the_reset_time() -> None:
    clock = FakeTime()
    script = Script([window(0, START + 200, status=429, **{"x-rate-limit-reason": "per_user"}), user()])
    with phrase(script, clock, retry_budget=60) as client, pytest.raises(RateLimited) as caught:
        client.users.show_current()
    assert script.count == 1 and clock.sleeps == []
    assert caught.value.reset_at == int(START + 200)
    assert caught.value.reason == "per_user"


def test_429_that_keeps_coming_ends_after_max_retries() -> None:
    clock = FakeTime()
    script = Script([window(0, START + 1, status=429)])
    with phrase(script, clock) as client, pytest.raises(RateLimited):
        client.users.show_current()
    assert script.count == 3


def test_a_429_pauses_other_requests_until_the_reset() -> None:
    clock = FakeTime()
    script = Script([window(0, START + 30, status=429)])
    with phrase(script, clock, max_retries=0) as client:
        with pytest.raises(RateLimited):
            client.users.show_current()
        assert client.rate_limiter.paused_for() == 30
        script.steps = [user()]
        client.users.show_current()  # a fresh call waits out the pause before sending
    assert clock.sleeps == [30.0]


def test_exhausted_window_pauses_the_next_request_instead_of_wasting_it() -> None:
    clock = FakeTime()
    script = Script([window(0, START + 12), window(999, START + 312)])
    with phrase(script, clock) as client:
        client.users.show_current()
        client.users.show_current()
    assert clock.sleeps == [12.0]
    assert script.count == 2


def test_pause_longer_than_the_budget_is_not_waited() -> None:
    clock = FakeTime()
    script = Script([window(0, START + 250), user()])
    with phrase(script, clock, retry_budget=10) as client:
        client.users.show_current()
        client.users.show_current()  # sent at once: the API decides
    assert clock.sleeps == []


def test_requests_on_their_way_may_take_the_last_of_a_window() -> None:
    clock = FakeTime()
    limiter = clock.limiter()
    limiter.record(window(2, START + 10))
    with limiter.sending():
        assert limiter.delay_before_send() == 0.0  # one on its way, two left: room for this one
        with limiter.sending():
            # Two on their way may use both: a third would meet a 429, so it waits for the reset.
            assert limiter.delay_before_send() == 10.0
    assert limiter.delay_before_send() == 0.0


def test_slow_down_spreads_the_last_requests_of_a_window() -> None:
    clock = FakeTime()
    limiter = clock.limiter(slow_down_below=5)
    script = Script([window(3, START + 30)])
    with phrase(script, rate_limiter=limiter) as client:
        for _ in range(3):
            client.users.show_current()
    # After the first answer (3 left, 30 s to go) requests are 10 s apart.
    assert clock.sleeps == [10.0]
    assert script.count == 3


def test_no_slowing_down_unless_asked() -> None:
    clock = FakeTime()
    with phrase(Script([window(3, START + 30)]), clock) as client:
        for _ in range(3):
            client.users.show_current()
    assert clock.sleeps == []


@pytest.mark.anyio
async def test_async_429_waits_until_reset() -> None:
    clock = FakeTime()
    script = Script([window(0, START + 7, status=429), window(999, START + 300)])
    async with async_phrase(script, clock) as client:
        assert (await client.users.show_current()).username == "ada"
        assert client.rate_limit.remaining == 999
    assert clock.sleeps == [7.0]


@pytest.mark.anyio
async def test_async_429_beyond_budget_raises() -> None:
    clock = FakeTime()
    script = Script([window(0, START + 500, status=429)])
    async with async_phrase(script, clock) as client:
        with pytest.raises(RateLimited):
            await client.users.show_current()
    assert clock.sleeps == [] and script.count == 1


# --- concurrency ------------------------------------------------------------------------------


class InFlight:
    """Counts requests inside the (mock) server; the first ``expect`` wait until that many arrive.

    That wait proves the limit lets ``expect`` through together; the counter proves no more do.
    """

    def __init__(self, expect: int) -> None:
        self.expect = expect
        self.now = 0
        self.most = 0
        self.arrived = 0
        self.lock = threading.Lock()
        self.barrier = threading.Barrier(expect, timeout=10)
        self.all_arrived: anyio.Event | None = None

    def handle(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.now += 1
            self.arrived += 1
            self.most = max(self.most, self.now)
            first = self.arrived <= self.expect
        try:
            if first:
                self.barrier.wait()
            time.sleep(0.005)  # give any extra request the chance to overlap
        finally:
            with self.lock:
                self.now -= 1
        return user()

    async def ahandle(self, request: httpx.Request) -> httpx.Response:
        if self.all_arrived is None:
            self.all_arrived = anyio.Event()
        self.now += 1
        self.arrived += 1
        self.most = max(self.most, self.now)
        if self.arrived == self.expect:
            self.all_arrived.set()
        try:
            if self.arrived <= self.expect:
                with anyio.fail_after(10):
                    await self.all_arrived.wait()
            await anyio.sleep(0.005)
        finally:
            self.now -= 1
        return user()


@pytest.mark.parametrize("limit", [4, 2])
def test_twenty_threads_never_exceed_the_limit(limit: int) -> None:
    server = InFlight(limit)
    kwargs: dict[str, Any] = {} if limit == 4 else {"max_concurrency": limit}
    with Phrase(TOKEN, base_url=API, transport=httpx.MockTransport(server.handle), **kwargs) as client:
        with ThreadPoolExecutor(max_workers=20) as pool:
            names = list(pool.map(lambda _: client.users.show_current().username, range(20)))
        assert client.rate_limiter.in_flight == 0
    assert names == ["ada"] * 20
    assert server.most == limit


@pytest.mark.anyio
@pytest.mark.parametrize("limit", [4, 2])
async def test_twenty_tasks_never_exceed_the_limit(limit: int) -> None:
    server = InFlight(limit)
    kwargs: dict[str, Any] = {} if limit == 4 else {"max_concurrency": limit}
    names: list[str] = []

    async def one(client: AsyncPhrase) -> None:
        names.append(str((await client.users.show_current()).username))

    async with AsyncPhrase(TOKEN, base_url=API, transport=httpx.MockTransport(server.ahandle), **kwargs) as client:
        async with anyio.create_task_group() as group:
            for _ in range(20):
                group.start_soon(one, client)
        assert client.rate_limiter.in_flight == 0
    assert names == ["ada"] * 20
    assert server.most == limit


def test_one_limiter_shared_by_two_clients_bounds_both() -> None:
    server = InFlight(4)
    limiter = RateLimiter(4)
    clients = [
        Phrase(TOKEN, base_url=API, transport=httpx.MockTransport(server.handle), rate_limiter=limiter)
        for _ in range(2)
    ]
    with ThreadPoolExecutor(max_workers=20) as pool:
        list(pool.map(lambda n: clients[n % 2].users.show_current(), range(20)))
    assert server.most == 4
    assert clients[0].rate_limit is clients[1].rate_limit


def test_slots_are_released_after_failures() -> None:
    script = Script([httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), user()])
    with phrase(script, FakeTime(), max_concurrency=1, max_retries=0) as client:
        for _ in range(2):
            with pytest.raises(Exception, match=r"refused|no answer"):
                client.users.show_current()
        assert client.rate_limiter.in_flight == 0
        assert client.users.show_current().username == "ada"


def test_concurrency_settings_are_checked() -> None:
    for bad in (0, -1, 2.5, True):
        with pytest.raises(ConfigurationError, match="max_concurrency"):
            RateLimiter(bad)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="max_concurrency"):
        Phrase(TOKEN, base_url=API, max_concurrency=0)
    with pytest.raises(ConfigurationError, match="contradicts"):
        Phrase(TOKEN, base_url=API, max_concurrency=3, rate_limiter=RateLimiter(4))
    with pytest.raises(ConfigurationError, match="slow_down_below"):
        RateLimiter(slow_down_below=-1)


def test_paging_workers_follow_the_limit() -> None:
    with Phrase(TOKEN, base_url=API, max_concurrency=3) as client:
        assert client.paging.workers == 3  # type: ignore[attr-defined]


def test_repr_shows_limit_and_state() -> None:
    text = repr(RateLimiter(2))
    assert text.startswith("RateLimiter(max_concurrency=2, state=RateLimit(limit=None, remaining=None")
