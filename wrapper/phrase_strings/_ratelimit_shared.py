"""One account's limits kept by many processes: `SharedRateLimiter` over a `LimiterStore`.

Phrase counts its limits per user, so processes and hosts running as one user must share what a
`RateLimiter` keeps in memory: the slots in flight, the requests on their way, the window's
remaining count and reset, and the pause after a 429. `SharedRateLimiter` runs the in-process
limiter's rules with that state in a store, chosen by URL:

- ``sqlite://`` (the user's cache folder) or ``sqlite:///path/to/file``: processes on one host;
- ``redis://host:6379/0`` (or ``rediss://``; Valkey too): processes on many hosts,
  with ``pip install phrase-strings[redis]``.

Every slot and every request on its way is a lease that runs out after ``lease`` seconds, so a
process that dies holding some only delays the others, never blocks them for good. When the
store fails (unreachable, locked too long), the limiter logs one warning and carries on as the
in-process limiter: requests are never lost or left hanging, only no longer coordinated.
"""

from __future__ import annotations

import abc
import contextvars
import hashlib
import itertools
import logging
import os
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import cast
from urllib.parse import urlsplit

import anyio
import httpx

from . import ConfigurationError, RateLimit, RateLimiter
from ._ratelimit_common import redact_store_url

__all__ = ["LimiterStore", "SharedRateLimiter", "StoreUnavailable", "account_key", "open_store"]

logger = logging.getLogger("phrase_strings")

SLOTS = "slots"
SENDING = "sending"
POLL_FIRST = 0.002
POLL_MAX = 0.05
"""Waiting for a slot another process holds: polls start at 2 ms and grow to 50 ms (stores have no wake-up)."""
_FAILED = object()
"""What `SharedRateLimiter._call` returns when the store failed."""


class StoreUnavailable(Exception):
    """A store operation failed; `SharedRateLimiter` falls back to the in-process limiter."""


class LimiterStore(abc.ABC):
    """Where a `SharedRateLimiter` keeps one account's state. Every method is one atomic step.

    Holders (tokens) are kept in two sets, `SLOTS` and `SENDING`, each with an expiry time;
    expired holders no longer count. Times are the callers' UNIX clocks. Failures raise
    `StoreUnavailable`.
    """

    url: str

    @abc.abstractmethod
    def take_slot(self, token: str, limit: int, now: float, lease: float) -> bool:
        """Hold a slot until ``now + lease`` if fewer than ``limit`` are held; whether it was taken."""

    @abc.abstractmethod
    def admit(self, token: str, now: float, lease: float, slow_down_below: int) -> float:
        """Seconds the next request should wait (`send_delay` on the shared state).

        At 0 the request is counted as on its way (``token`` joins `SENDING`) in the same step,
        so two processes never both take the window's last request.
        """

    @abc.abstractmethod
    def start_sending(self, token: str, now: float, lease: float) -> None:
        """Count a request as on its way without a check (it waited its turn already)."""

    @abc.abstractmethod
    def give_back(self, kind: str, token: str) -> None:
        """Remove a holder from `SLOTS` or `SENDING`."""

    @abc.abstractmethod
    def record(
        self, state: RateLimit | None, paused_until: float, release: Sequence[tuple[str, str]] = ()
    ) -> tuple[RateLimit, float]:
        """Remove the ``(kind, token)`` holders in ``release``, merge an answer's window into the shared one.

        Returns the shared window and pause. A later reset replaces the window; within one
        window the lowest remaining count wins (answers overtake each other); the pause only
        grows. One step, so the count of requests on their way drops as the window's does.
        """

    @abc.abstractmethod
    def close(self) -> None:
        """Let go of connections."""


def open_store(url: str, account: str) -> LimiterStore:
    """The store a URL names, for the account hash ``account``; `ConfigurationError` for a bad URL."""
    scheme = urlsplit(url).scheme.lower()
    if scheme == "sqlite":
        from ._ratelimit_sqlite import SQLiteStore

        return SQLiteStore(url, account)
    if scheme in ("redis", "rediss"):
        from ._ratelimit_redis import RedisStore

        return RedisStore(url, account)
    raise ConfigurationError(
        f"rate-limit store URL {redact_store_url(url)!r} has an unknown scheme; use sqlite:// (one host) "
        "or redis:// / rediss:// (many hosts)"
    )


def account_key(account: str) -> str:
    """The name a store files an account under: a hash, so the credential itself is never stored."""
    return hashlib.sha256(b"phrase-strings rate limit\0" + account.encode()).hexdigest()[:32]


def credential_of(auth: httpx.Auth, base_url: str) -> str | None:
    """What identifies the account behind a client's auth (hashed by `account_key` before use).

    The access token, the Platform token, or the user name of email and password. One user
    signing in two ways gets two keys, which do not coordinate: give all jobs the same credential.
    """
    secret = getattr(auth, "_token", None) or getattr(auth, "_api_token", None) or getattr(auth, "_username", None)
    return f"{base_url}\n{secret}" if isinstance(secret, str) and secret else None


class _Request:
    """`SharedRateLimiter.sending`: one request on its way, with the store tokens it holds.

    While it runs it is the context's current request, so the transport below (same thread or
    task) files its slot here and `SharedRateLimiter.record` hands both tokens back in the same
    store step as the answer's window.
    """

    __slots__ = ("_limiter", "_reset", "slot", "slot_freed", "token")

    def __init__(self, limiter: SharedRateLimiter) -> None:
        self._limiter = limiter
        self.token: str | None = None
        self.slot: str | None = None
        self.slot_freed = False
        self._reset: contextvars.Token[_Request | None] | None = None

    def __enter__(self) -> None:
        self.token = self._limiter._start_sending()
        self._reset = _CURRENT.set(self)

    def __exit__(self, *exc: object) -> None:
        if self._reset is not None:
            _CURRENT.reset(self._reset)
        self._limiter._finish(self)


_CURRENT: contextvars.ContextVar[_Request | None] = contextvars.ContextVar("phrase_strings_request", default=None)


class SharedRateLimiter(RateLimiter):
    """A `RateLimiter` whose state is shared with every process using the same store and account.

    ``url``: ``sqlite://`` (one host; the file lives in the user's cache folder unless a path
    follows, ``sqlite:///path``) or ``redis://…`` (many hosts). ``account``: anything naming the
    account, e.g. its token; only a hash of it reaches the store. ``max_concurrency`` is the
    account's slots across all processes (they should all give the same). ``lease``: seconds a
    slot or a request on its way counts at most, so a dead process's ones run out; raise it for
    streamed downloads that take longer. The rest is as for `RateLimiter`.

    ``Phrase(rate_limiter="redis://…")`` (or ``PHRASE_RATE_LIMIT_URL``) builds one keyed by the
    client's credential. A request costs three store steps: `LimiterStore.admit`, `take_slot`
    and `record`.
    """

    def __init__(
        self,
        url: str,
        *,
        account: str,
        max_concurrency: int = 4,
        slow_down_below: int = 0,
        lease: float = 60.0,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
    ) -> None:
        super().__init__(
            max_concurrency, slow_down_below=slow_down_below, clock=clock, sleep=sleep, async_sleep=async_sleep
        )
        if not account:
            raise ConfigurationError("a shared rate limiter needs the account it counts for (account=…)")
        if isinstance(lease, bool) or not isinstance(lease, int | float) or lease <= 0:
            raise ConfigurationError(f"lease must be a number of seconds above 0, not {lease!r}")
        self.lease = float(lease)
        self.account = account_key(account)
        self.url = redact_store_url(url) or ""
        self._store: LimiterStore | None = open_store(url, self.account)
        self._tokens = (f"{os.getpid()}-{id(self):x}-{n}" for n in itertools.count())
        # Tokens are interchangeable within a process: any held slot may be given back for another.
        self._held: list[str] = []  # slots held outside a request (a streamed body still open)
        self._admitted: list[str] = []  # counted as on their way by `admit`, not yet sending

    def __repr__(self) -> str:
        return (
            f"SharedRateLimiter(url={self.url!r}, account='{self.account[:8]}…', "
            f"max_concurrency={self.max_concurrency}, shared={self.shared}, state={self._state!r})"
        )

    @property
    def shared(self) -> bool:
        """Whether the store is in use (False after a failure made this limiter fall back)."""
        return self._store is not None

    def close(self) -> None:
        """Let go of the store's connections (leases still held run out)."""
        store, self._store = self._store, None
        if store is not None:
            store.close()

    def _call(self, fn: Callable[[LimiterStore], object]) -> object:
        """Run a store step; on failure warn once, drop the store and return `_FAILED`."""
        store = self._store
        if store is None:
            return _FAILED
        try:
            return fn(store)
        except StoreUnavailable as exc:
            with self._lock:
                if self._store is None:
                    return _FAILED
                self._store = None
                self._held.clear()
                self._admitted.clear()
            logger.warning(
                "rate-limit store %s failed (%s); this process now keeps to the limits on its own, "
                "without coordinating with other processes of the account",
                self.url,
                exc,
            )
            store.close()
            return _FAILED

    def _new_token(self) -> str:
        with self._lock:
            return next(self._tokens)

    def _current(self) -> _Request | None:
        current = _CURRENT.get()
        return current if current is not None and current._limiter is self else None

    def _take_shared_slot(self) -> bool:
        """Try for one of the account's slots; True when taken or when the store is gone."""
        token = self._new_token()
        taken = self._call(lambda s: s.take_slot(token, self.max_concurrency, self.clock(), self.lease))
        if taken is _FAILED:
            return True
        if taken:
            current = self._current()
            if current is not None and current.slot is None:
                current.slot = token
            else:
                with self._lock:
                    self._held.append(token)
        return bool(taken)

    def take_thread_slot(self) -> None:
        """Wait for a slot here, then for one of the account's slots in the store (polling)."""
        super().take_thread_slot()
        try:
            wait = POLL_FIRST
            while not self._take_shared_slot():
                self.sleep(wait)
                wait = min(POLL_MAX, wait * 2)
        except BaseException:
            super().give_back_slot()
            raise

    async def take_task_slot(self) -> None:
        """Async `take_thread_slot`. Store steps block the loop briefly, bounded by the store's timeout."""
        await super().take_task_slot()
        try:
            wait = POLL_FIRST
            while not self._take_shared_slot():
                await self.async_sleep(wait)
                wait = min(POLL_MAX, wait * 2)
        except BaseException:
            super().give_back_task_slot()
            raise

    def _give_back_shared_slot(self) -> None:
        current = self._current()
        if current is not None and current.slot is not None and not current.slot_freed:
            current.slot_freed = True  # handed back with the answer's `record`, one store step
            return
        with self._lock:
            token = self._held.pop() if self._held else None
        if token is not None:
            self._call(lambda s: s.give_back(SLOTS, token))

    def give_back_slot(self) -> None:
        """Free a slot taken with `take_thread_slot`."""
        try:
            self._give_back_shared_slot()
        finally:
            super().give_back_slot()

    def give_back_task_slot(self) -> None:
        """Free a slot taken with `take_task_slot`."""
        try:
            self._give_back_shared_slot()
        finally:
            super().give_back_task_slot()

    def delay_before_send(self) -> float:
        """Seconds to wait, decided on the shared state (locally once the store has failed)."""
        token = self._new_token()
        delay = self._call(lambda s: s.admit(token, self.clock(), self.lease, self.slow_down_below))
        if delay is _FAILED:
            return super().delay_before_send()
        assert isinstance(delay, float)  # noqa: S101 - admit returns seconds
        if delay <= 0:
            with self._lock:
                if self._store is not None:
                    self._admitted.append(token)
        return delay

    def sending(self) -> _Request:  # type: ignore[override]
        """Count one request on its way, here and in the store: ``with limiter.sending():``."""
        return _Request(self)

    def _start_sending(self) -> str | None:
        with self._lock:
            self._sending += 1
            if self._admitted:
                return self._admitted.pop()
        token = self._new_token()
        started = self._call(lambda s: s.start_sending(token, self.clock(), self.lease))
        return None if started is _FAILED else token

    def _finish(self, request: _Request) -> None:
        """A request's answer is in (or it failed): hand back what `record` did not."""
        with self._lock:
            self._sending -= 1
            if request.slot is not None and not request.slot_freed:
                self._held.append(request.slot)  # a streamed body holds it until closed
                request.slot = None
        release = _releases(request)
        if release:
            self._call(lambda s: s.record(None, 0.0, release))

    def record(self, response: httpx.Response) -> None:
        """Update the local state from the answer and merge it into the store, with the request's tokens."""
        with self._lock:
            before = (self._state, self._paused_until)
        super().record(response)
        with self._lock:
            state, paused = self._state, self._paused_until
        current = self._current()
        release = _releases(current) if current is not None else []
        changed = (state, paused) != before
        if not (changed or release):
            return
        merged = self._call(lambda s: s.record(state if changed else None, paused, release))
        if merged is _FAILED or not changed:
            return
        shared_state, shared_pause = cast(tuple[RateLimit, float], merged)
        with self._lock:
            self._state = RateLimit(
                limit=shared_state.limit,
                remaining=shared_state.remaining,
                reset_at=shared_state.reset_at,
                observed_at=state.observed_at,
            )
            self._paused_until = max(self._paused_until, shared_pause)


def _releases(request: _Request) -> list[tuple[str, str]]:
    """The tokens a request may hand back now (its freed slot, its place among those on their way); taken off it."""
    release = []
    if request.slot is not None and request.slot_freed:
        release.append((SLOTS, request.slot))
        request.slot = None
    if request.token is not None:
        release.append((SENDING, request.token))
        request.token = None
    return release


def shared_limiter_for(url: str, auth: httpx.Auth, base_url: str, max_concurrency: int | None) -> SharedRateLimiter:
    """The limiter `Phrase`/`AsyncPhrase` build for ``rate_limiter="…"`` or ``PHRASE_RATE_LIMIT_URL``."""
    credential = credential_of(auth, base_url)
    if credential is None:
        raise ConfigurationError(
            f"a shared rate limit ({redact_store_url(url)}) needs to know the account, which {type(auth).__name__} "
            "does not tell: pass rate_limiter=SharedRateLimiter(url, account=…)"
        )
    return SharedRateLimiter(url, account=credential, max_concurrency=4 if max_concurrency is None else max_concurrency)
