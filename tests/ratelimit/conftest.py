"""Stores for the shared-limiter tests: an SQLite file per test, and one real redis-server per session."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import redis

from scripts.redis_server import RedisProcess, find_redis_server, redis_server


@pytest.fixture(scope="session")
def redis_process() -> Iterator[RedisProcess]:
    """A redis-server on 127.0.0.1 for the whole session (CI installs Debian's redis-server)."""
    if find_redis_server() is None:
        pytest.fail("redis-server is missing: apt-get install -y redis-server (.ci/run installs it)")
    with redis_server() as server:
        yield server


@pytest.fixture
def redis_url(redis_process: RedisProcess) -> str:
    """The session's server, started again if a test stopped it, and emptied: no state from earlier tests."""
    if redis_process.proc is None:
        redis_process.start()
    redis.Redis.from_url(redis_process.url).flushdb()
    return redis_process.url


@pytest.fixture(params=["sqlite", "redis"])
def store_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """Each backend in turn: a fresh SQLite file, or the session's Redis (tests use fresh accounts)."""
    if request.param == "sqlite":
        return f"sqlite://{tmp_path_factory.mktemp('store')}/ratelimit.sqlite3"
    return str(request.getfixturevalue("redis_url"))


@pytest.fixture
def account() -> str:
    """A fresh account name for limiters built directly (clients use their token's)."""
    return f"tok-{uuid.uuid4().hex}"


@pytest.fixture(autouse=True)
def no_store_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own PHRASE_RATE_LIMIT_URL must not choose the store for these tests."""
    monkeypatch.delenv("PHRASE_RATE_LIMIT_URL", raising=False)
