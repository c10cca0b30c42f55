"""SharedRateLimiter on real stores (an SQLite file, a redis-server on 127.0.0.1).

Two limiters on one store and account stand for two processes: each has its own memory, so
whatever one learns reaches the other only through the store.
"""

from __future__ import annotations

import logging
import socket
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import redis
from phrase_strings import (
    AsyncPhrase,
    ConfigurationError,
    Phrase,
    RateLimited,
    RateLimiter,
    SharedRateLimiter,
)
from phrase_strings._ratelimit_sqlite import SQLiteStore
from phrase_strings_api.types import Unset

from scripts.redis_server import RedisProcess
from tests.unit.scripted import API, START, TOKEN, FakeTime, Script, user
from tests.unit.test_files import Chunks
from tests.unit.test_ratelimit import InFlight, window


def shared(url: str, account: str, clock: FakeTime, **kwargs: Any) -> SharedRateLimiter:
    return SharedRateLimiter(
        url, account=account, clock=clock.time, sleep=clock.sleep, async_sleep=clock.async_sleep, **kwargs
    )


# --- the window, the pause and the requests on their way are shared ---------------------------------


def test_a_429_one_process_gets_pauses_the_others(store_url: str, account: str) -> None:
    clock = FakeTime()
    first = Script([window(0, START + 30, status=429)])
    second = Script([user()])
    a = Phrase(TOKEN, base_url=API, transport=first.transport(), rate_limiter=shared(store_url, account, clock))
    b = Phrase(TOKEN, base_url=API, transport=second.transport(), rate_limiter=shared(store_url, account, clock))
    with pytest.raises(RateLimited):
        a.with_options(max_retries=0).users.show_current()
    assert clock.sleeps == []
    assert b.users.show_current().username == "ada"
    assert clock.sleeps == [30.0]  # b never saw the 429: it learned of the pause from the store
    assert second.count == 1


@pytest.mark.anyio
async def test_async_a_429_one_process_gets_pauses_the_others(store_url: str, account: str) -> None:
    clock = FakeTime()
    first = Script([window(0, START + 30, status=429)])
    second = Script([user()])
    a = AsyncPhrase(
        TOKEN, base_url=API, transport=first.async_transport(), rate_limiter=shared(store_url, account, clock)
    )
    b = AsyncPhrase(
        TOKEN, base_url=API, transport=second.async_transport(), rate_limiter=shared(store_url, account, clock)
    )
    with pytest.raises(RateLimited):
        await a.with_options(max_retries=0).users.show_current()
    assert (await b.users.show_current()).username == "ada"
    assert clock.sleeps == [30.0]
    assert second.count == 1


def test_requests_on_their_way_elsewhere_take_the_last_of_a_window(store_url: str, account: str) -> None:
    clock = FakeTime()
    a, b = shared(store_url, account, clock), shared(store_url, account, clock)
    a.record(window(2, START + 60))
    assert b.delay_before_send() == 0.0
    assert b.delay_before_send() == 0.0
    with b.sending(), b.sending():
        # Two requests of b are on their way and may use up the window: a waits for the reset.
        assert a.delay_before_send() == 60.0
    assert a.delay_before_send() == 0.0


def test_the_lowest_count_of_a_window_wins_and_a_later_reset_replaces_it(store_url: str, account: str) -> None:
    clock = FakeTime()
    a, b = shared(store_url, account, clock), shared(store_url, account, clock)
    a.record(window(10, START + 60))
    b.record(window(12, START + 60))  # an older answer of the same window, arriving late
    assert b.state.remaining == 10
    a.record(window(500, START + 360))
    b.record(window(9, START + 60))  # the old window: it no longer counts
    assert (b.state.remaining, b.state.reset_at) == (500, START + 360)
    assert b.state.observed_at == START


def test_slowing_down_takes_turns_across_processes(store_url: str, account: str) -> None:
    clock = FakeTime()
    a, b = (shared(store_url, account, clock, slow_down_below=10) for _ in range(2))
    a.record(window(4, START + 8))
    assert [a.delay_before_send(), b.delay_before_send(), a.delay_before_send(), b.delay_before_send()] == [
        0.0,
        2.0,
        4.0,
        6.0,
    ]


# --- slots -----------------------------------------------------------------------------------------


def test_a_slot_given_back_in_one_process_is_free_in_another(store_url: str, account: str) -> None:
    clock = FakeTime()
    a, b = shared(store_url, account, clock, max_concurrency=2), shared(store_url, account, clock, max_concurrency=2)
    a.take_thread_slot()
    b.take_thread_slot()
    assert clock.sleeps == []
    a.give_back_slot()
    b.take_thread_slot()
    assert clock.sleeps == []
    assert (a.in_flight, b.in_flight) == (0, 2)


def test_slots_of_a_process_that_died_run_out_after_the_lease(store_url: str, account: str) -> None:
    clock = FakeTime()
    dead = shared(store_url, account, clock, lease=30.0)
    for _ in range(4):
        dead.take_thread_slot()
    dead.close()  # gone without giving anything back
    survivor = shared(store_url, account, clock, lease=30.0)
    survivor.take_thread_slot()
    # It polled (the clock moves only by its sleeps) until the dead process's leases ran out, not before.
    assert START + 30.0 <= clock.now < START + 30.1
    assert survivor.in_flight == 1


def test_requests_on_their_way_of_a_process_that_died_run_out_after_the_lease(store_url: str, account: str) -> None:
    clock = FakeTime()
    dead = shared(store_url, account, clock, lease=30.0)
    assert dead.delay_before_send() == 0.0
    assert dead.delay_before_send() == 0.0
    dead.close()
    survivor = shared(store_url, account, clock, lease=30.0)
    survivor.record(window(2, START + 600))
    assert survivor.delay_before_send() == 600.0
    clock.now = START + 30.0
    assert survivor.delay_before_send() == 0.0


def test_clients_with_their_own_limiters_keep_to_one_set_of_slots(store_url: str) -> None:
    server = InFlight(4)
    clients = [
        Phrase(TOKEN, base_url=API, transport=httpx.MockTransport(server.handle), rate_limiter=store_url)
        for _ in range(3)
    ]
    with ThreadPoolExecutor(max_workers=15) as pool:
        names = list(pool.map(lambda n: clients[n % 3].users.show_current().username, range(30)))
    assert names == ["ada"] * 30
    assert server.most == 4
    assert {isinstance(c.rate_limiter, SharedRateLimiter) and c.rate_limiter.shared for c in clients} == {True}


@pytest.mark.anyio
async def test_async_clients_with_their_own_limiters_keep_to_one_set_of_slots(store_url: str) -> None:
    server = InFlight(4)
    clients = [
        AsyncPhrase(TOKEN, base_url=API, transport=httpx.MockTransport(server.ahandle), rate_limiter=store_url)
        for _ in range(3)
    ]
    names: list[str | Unset] = []

    async def one(client: AsyncPhrase) -> None:
        names.append((await client.users.show_current()).username)

    async with anyio.create_task_group() as group:
        for n in range(30):
            group.start_soon(one, clients[n % 3])
    assert names == ["ada"] * 30
    assert server.most == 4


def test_streamed_bodies_hold_their_shared_slot_until_closed(store_url: str, account: str) -> None:
    script = Script([lambda request: httpx.Response(200, stream=Chunks(b'{"id": "u1", "username": "ada"}', 13))])
    limiter = shared(store_url, account, FakeTime(), max_concurrency=1)
    a = Phrase(TOKEN, base_url=API, transport=script.transport(), rate_limiter=limiter)
    clock = FakeTime()
    b = shared(store_url, account, clock, max_concurrency=1)
    with a.http.stream("GET", "/user") as response:
        assert a.rate_limiter.in_flight == 1  # body not read yet
        b.take_thread_slot()
        # b polled (its clock moves by its sleeps) until the stream's lease ran out: the open body held it.
        assert clock.now >= START + 60.0
        b.give_back_slot()
        assert response.read() == b'{"id": "u1", "username": "ada"}'
    assert a.rate_limiter.in_flight == 0
    after = FakeTime()
    c = shared(store_url, account, after, max_concurrency=1)
    c.take_thread_slot()
    assert after.sleeps == []  # closing the body gave the slot back


# --- falling back when the store fails ----------------------------------------------------------


def store_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and "rate-limit store" in r.message]


def test_redis_going_away_mid_run_falls_back_with_one_warning(
    redis_url: str, redis_process: RedisProcess, caplog: pytest.LogCaptureFixture
) -> None:
    script = Script([window(900, START + 300)])
    with Phrase(TOKEN, base_url=API, transport=script.transport(), rate_limiter=redis_url) as client:
        assert isinstance(client.rate_limiter, SharedRateLimiter)
        for _ in range(3):
            client.users.show_current()
        assert client.rate_limiter.shared
        redis_process.stop()
        with ThreadPoolExecutor(max_workers=6) as pool:
            names = list(pool.map(lambda _: client.users.show_current().username, range(12)))
        assert names == ["ada"] * 12
        assert script.count == 15  # every request went out once: none lost, none doubled
        assert not client.rate_limiter.shared
        assert client.rate_limiter.in_flight == 0
        assert client.rate_limit.remaining == 900  # the in-process limiter carries on
    [message] = store_warnings(caplog)
    assert redis_url in message and "on its own" in message


@pytest.mark.anyio
async def test_async_redis_going_away_mid_run_falls_back_with_one_warning(
    redis_url: str, redis_process: RedisProcess, caplog: pytest.LogCaptureFixture
) -> None:
    script = Script([window(900, START + 300)])
    async with AsyncPhrase(TOKEN, base_url=API, transport=script.async_transport(), rate_limiter=redis_url) as client:
        assert isinstance(client.rate_limiter, SharedRateLimiter)
        await client.users.show_current()
        redis_process.stop()
        names: list[str | Unset] = []

        async def one() -> None:
            names.append((await client.users.show_current()).username)

        async with anyio.create_task_group() as group:
            for _ in range(8):
                group.start_soon(one)
        assert names == ["ada"] * 8
        assert script.count == 9
        assert not client.rate_limiter.shared
        assert client.rate_limiter.in_flight == 0
    [message] = store_warnings(caplog)
    assert redis_url in message


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A port that accepts connections and never answers: a store that hangs."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(16)
        yield f"redis://127.0.0.1:{sock.getsockname()[1]}/0"


def test_a_store_that_never_answers_costs_one_timeout_then_falls_back(
    silent_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    script = Script([user()])
    with Phrase(TOKEN, base_url=API, transport=script.transport(), rate_limiter=silent_server) as client:
        assert client.users.show_current().username == "ada"
        assert client.users.show_current().username == "ada"
    assert script.count == 2
    [message] = store_warnings(caplog)
    assert "Timeout" in message


@pytest.mark.anyio
async def test_async_a_store_that_never_answers_costs_one_timeout_then_falls_back(
    silent_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    script = Script([user()])
    async with AsyncPhrase(TOKEN, base_url=API, transport=script.async_transport(), rate_limiter=silent_server) as c:
        assert (await c.users.show_current()).username == "ada"
    assert script.count == 1
    assert len(store_warnings(caplog)) == 1


def test_an_sqlite_file_that_cannot_be_made_falls_back(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "not-a-folder").write_text("")
    url = f"sqlite://{tmp_path}/not-a-folder/ratelimit.sqlite3"
    script = Script([user()])
    with Phrase(TOKEN, base_url=API, transport=script.transport(), rate_limiter=url) as client:
        assert isinstance(client.rate_limiter, SharedRateLimiter)
        assert client.users.show_current().username == "ada"
        assert not client.rate_limiter.shared
    [message] = store_warnings(caplog)
    assert "not-a-folder" in message


# --- choosing the store, keying by account -------------------------------------------------------


def test_stores_that_open_a_new_sqlite_file_together_all_share_it(tmp_path: Path) -> None:
    """Switching a new file to WAL takes a lock SQLite does not wait for; a CI run once fell back on it.

    Separate connections behave as separate processes here. 40 rounds of 15 threads on 3 stores each
    met "database is locked" about once in 10 rounds before the fix.
    """
    for round_ in range(40):
        url = f"sqlite://{tmp_path}/round-{round_}.sqlite3"
        stores = [SQLiteStore(url, "account-hash") for _ in range(3)]
        start = threading.Barrier(15, timeout=10)

        def take(n: int, stores: list[SQLiteStore] = stores, start: threading.Barrier = start) -> bool:
            start.wait()
            return stores[n % 3].take_slot(f"token-{n}", 15, 0.0, 60.0)

        with ThreadPoolExecutor(max_workers=15) as pool:
            assert all(pool.map(take, range(15)))  # StoreUnavailable would propagate
        for store in stores:
            store.close()


def test_the_environment_chooses_the_store_for_both_clients(store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHRASE_RATE_LIMIT_URL", store_url)
    script = Script([user()])
    sync = Phrase(TOKEN, base_url=API, transport=script.transport())
    aio = AsyncPhrase(TOKEN, base_url=API, transport=script.async_transport())
    other = Phrase("tok-another-user-0000", base_url=API, transport=script.transport())
    eu = Phrase(TOKEN, transport=script.transport())
    for client in (sync, aio, other, eu):
        assert isinstance(client.rate_limiter, SharedRateLimiter)
        assert client.rate_limiter.url == store_url
        assert client.settings.rate_limit_url == store_url
    # The loop narrowed only `client`; the type checker needs each one.
    assert isinstance(sync.rate_limiter, SharedRateLimiter) and isinstance(aio.rate_limiter, SharedRateLimiter)
    assert isinstance(other.rate_limiter, SharedRateLimiter) and isinstance(eu.rate_limiter, SharedRateLimiter)
    assert sync.rate_limiter.account == aio.rate_limiter.account  # same user, same limits
    assert other.rate_limiter.account != sync.rate_limiter.account
    assert eu.rate_limiter.account != sync.rate_limiter.account  # another data center counts apart
    assert TOKEN not in sync.rate_limiter.account and TOKEN not in repr(sync.rate_limiter)


def test_an_explicit_limiter_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PHRASE_RATE_LIMIT_URL", f"sqlite://{tmp_path}/rl.sqlite3")
    limiter = RateLimiter(2)
    assert Phrase(TOKEN, base_url=API, rate_limiter=limiter).rate_limiter is limiter
    assert type(AsyncPhrase(TOKEN, base_url=API, rate_limiter=limiter).rate_limiter) is RateLimiter


def test_max_concurrency_sets_the_accounts_shared_slots(store_url: str) -> None:
    assert Phrase(TOKEN, base_url=API, rate_limiter=store_url, max_concurrency=2).rate_limiter.max_concurrency == 2
    assert AsyncPhrase(TOKEN, base_url=API, rate_limiter=store_url).rate_limiter.max_concurrency == 4


def test_the_cli_shares_through_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from phrase_strings.cli import build_parser
    from phrase_strings.cli.files import _client

    monkeypatch.setenv("PHRASE_RATE_LIMIT_URL", f"sqlite://{tmp_path}/rl.sqlite3")
    monkeypatch.setenv("PHRASE_ACCESS_TOKEN", TOKEN)
    args = build_parser().parse_args(["pull", "locales/<locale_code>.yml", "--format", "yml", "--project-id", "p1"])
    with _client(args) as client:
        assert isinstance(client.rate_limiter, SharedRateLimiter)
        alone = Phrase(TOKEN).rate_limiter
        assert isinstance(alone, SharedRateLimiter)
        assert client.rate_limiter.account == alone.account


def test_the_store_never_holds_the_credential(store_url: str, tmp_path: Path) -> None:
    script = Script([window(900, START + 300)])
    with Phrase(TOKEN, base_url=API, transport=script.transport(), rate_limiter=store_url) as client:
        assert isinstance(client.rate_limiter, SharedRateLimiter)
        client.users.show_current()
        account = client.rate_limiter.account
        client.rate_limiter.close()
    if store_url.startswith("sqlite"):
        path = Path(store_url.removeprefix("sqlite://"))
        stored = b"".join(p.read_bytes() for p in path.parent.iterdir())
    else:
        server = redis.Redis.from_url(store_url)
        keys = list(server.scan_iter(f"*{account}*"))
        assert keys, "the window should be stored under the account's hash"
        stored = b"".join(keys) + b"".join(str(server.hgetall(k)).encode() for k in keys if server.type(k) == b"hash")
    assert account.encode() in stored
    assert TOKEN.encode() not in stored and TOKEN[-8:].encode() not in stored


def test_unknown_store_schemes_are_refused_before_sending() -> None:
    script = Script([user()])
    with pytest.raises(ConfigurationError, match="unknown scheme"):
        Phrase(TOKEN, base_url=API, transport=script.transport(), rate_limiter="memcached://127.0.0.1:11211")
    with pytest.raises(ConfigurationError, match="unknown scheme"):
        AsyncPhrase(TOKEN, base_url=API, transport=script.async_transport(), rate_limiter="file:///tmp/x")
    assert script.count == 0


def test_store_passwords_never_show(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    url = "redis://ops:s3cret-pass-word@127.0.0.1:1/0"  # nothing listens on port 1
    monkeypatch.setenv("PHRASE_RATE_LIMIT_URL", url)
    script = Script([user()])
    with Phrase(TOKEN, base_url=API, transport=script.transport()) as client:
        client.users.show_current()
        shown = repr(client.rate_limiter) + repr(client.settings) + caplog.text
    assert "s3cret-pass-word" not in shown
    assert "redis://ops:***@127.0.0.1:1/0" in shown
    assert store_warnings(caplog)


def test_an_auth_that_does_not_tell_the_account_needs_one_given(tmp_path: Path) -> None:
    class HeaderAuth(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Any:
            request.headers["Authorization"] = "token custom"
            yield request

    url = f"sqlite://{tmp_path}/rl.sqlite3"
    with pytest.raises(ConfigurationError, match="account"):
        Phrase(auth=HeaderAuth(), base_url=API, rate_limiter=url)
    limiter = SharedRateLimiter(url, account="ci-bot")
    assert Phrase(auth=HeaderAuth(), base_url=API, rate_limiter=limiter).rate_limiter is limiter
    with pytest.raises(ConfigurationError, match="lease"):
        SharedRateLimiter(url, account="ci-bot", lease=0)


def test_redis_without_its_package_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)  # as if `phrase-strings[redis]` was not installed
    with pytest.raises(ConfigurationError, match=r"phrase-strings\[redis\]"):
        Phrase(TOKEN, base_url=API, rate_limiter="redis://127.0.0.1:6379/0")
    with pytest.raises(ConfigurationError, match=r"phrase-strings\[redis\]"):
        AsyncPhrase(TOKEN, base_url=API, rate_limiter="redis://127.0.0.1:6379/0")


def test_a_malformed_redis_url_is_refused_before_sending() -> None:
    with pytest.raises(ConfigurationError, match="rate-limit store URL"):
        Phrase(TOKEN, base_url=API, rate_limiter="redis://127.0.0.1:not-a-port/0")
