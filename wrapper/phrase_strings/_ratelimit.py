"""The API's limits, kept on the client side: concurrency slots and the rate-limit window.

Phrase allows each user 4 requests in flight and (by default) 1000 requests per 5 minutes, and
reports the window on every answer in ``X-Rate-Limit-Limit``, ``-Remaining`` and ``-Reset`` (the
UNIX time the window ends). A `RateLimiter` is shared by every thread or task using one client:

- it hands out ``max_concurrency`` slots; a request holds one while it is sent and its body read
  (a streamed body: until it is closed);
- it remembers the last reported window (`RateLimiter.state`, a `RateLimit`);
- after a 429, or an answer saying 0 requests remain, it pauses new requests until the reset;
- when the requests already on their way could use up what the window has left, it holds the
  next one until the reset, so concurrent paging does not run into 429s;
- with ``slow_down_below=N`` it spreads the last N requests of a window evenly until the reset.

The waiting itself is done by the retry layer (`phrase_strings.retry`), which owns the time budget.
Processes and hosts running as one user share this state through `SharedRateLimiter`
(`phrase_strings._ratelimit_shared`), which applies the same rules to a store.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import cast

import anyio
import attrs
import httpx

from ._errors import ConfigurationError
from ._ratelimit_common import send_delay
from ._transport import STREAM, abuffer_body, buffer_body

Clock = Callable[[], float]
Sleep = Callable[[float], None]
AsyncSleep = Callable[[float], Awaitable[None]]


@attrs.frozen
class RateLimit:
    """The rate-limit window as the API last reported it (``None`` until an answer said so).

    ``reset_at`` is the UNIX time the window ends; ``observed_at`` the local time of that answer.
    """

    limit: int | None = None
    remaining: int | None = None
    reset_at: float | None = None
    observed_at: float | None = None

    def seconds_to_reset(self, now: float | None = None) -> float | None:
        """Seconds until the window resets (0 if it already has), or None if unknown."""
        if self.reset_at is None:
            return None
        return max(0.0, self.reset_at - (time.time() if now is None else now))


def _int_header(headers: httpx.Headers, name: str) -> int | None:
    value = headers.get(name, "").strip()
    try:
        return int(float(value)) if value else None
    except ValueError:
        return None


def _server_time(headers: httpx.Headers) -> float | None:
    """The server's clock from the ``Date`` header, to measure a reset without trusting ours."""
    value = headers.get("date")
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None


def _retry_after(headers: httpx.Headers, now: float) -> float | None:
    """``Retry-After`` in seconds (it may be a number or an HTTP date)."""
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when - (_server_time(headers) or now))


def _until_reset(headers: httpx.Headers, now: float) -> float | None:
    """Seconds until ``X-Rate-Limit-Reset``, measured on the server's clock when it sent ``Date``."""
    reset = _int_header(headers, "x-rate-limit-reset")
    if reset is None:
        return None
    return max(0.0, reset - (_server_time(headers) or now))


class _Sending:
    """The context manager `RateLimiter.sending` returns: one per limiter, as it only counts."""

    __slots__ = ("_limiter",)

    def __init__(self, limiter: RateLimiter) -> None:
        self._limiter = limiter

    def __enter__(self) -> None:
        with self._limiter._lock:
            self._limiter._sending += 1

    def __exit__(self, *exc: object) -> None:
        with self._limiter._lock:
            self._limiter._sending -= 1


class RateLimiter:
    """Concurrency slots and rate-limit state shared by everything using one client.

    ``max_concurrency``: requests in flight at once (Phrase allows 4 per user). Pass one limiter
    to several clients of the same account to make them share it (sync clients with sync, async
    with async). ``slow_down_below``: when the window has this many requests left or fewer, space
    requests evenly until the reset instead of running into 429s (0 turns this off).
    ``clock``/``sleep``/``async_sleep`` are the wall clock and the waits (tests replace them).
    """

    def __init__(
        self,
        max_concurrency: int = 4,
        *,
        slow_down_below: int = 0,
        clock: Clock = time.time,
        sleep: Sleep = time.sleep,
        async_sleep: AsyncSleep = anyio.sleep,
    ) -> None:
        if not isinstance(max_concurrency, int) or isinstance(max_concurrency, bool) or max_concurrency < 1:
            raise ConfigurationError(f"max_concurrency must be a whole number of at least 1, not {max_concurrency!r}")
        if not isinstance(slow_down_below, int) or slow_down_below < 0:
            raise ConfigurationError(f"slow_down_below must be a whole number of at least 0, not {slow_down_below!r}")
        self.max_concurrency = max_concurrency
        self.slow_down_below = slow_down_below
        self.clock = clock
        self.sleep = sleep
        self.async_sleep = async_sleep
        self._lock = threading.Lock()
        self._thread_slots = threading.BoundedSemaphore(max_concurrency)
        # Made on first async use: building an anyio.Semaphore imports asyncio (~30 ms), which a
        # blocking client never needs.
        self._task_slots: anyio.Semaphore | None = None
        self._state = RateLimit()
        self._paused_until = 0.0
        self._next_send = 0.0
        self._in_flight = 0
        self._sending = 0
        self._sending_counter = _Sending(self)

    def __repr__(self) -> str:
        return f"RateLimiter(max_concurrency={self.max_concurrency}, state={self._state!r})"

    @property
    def state(self) -> RateLimit:
        """The window as last reported by the API."""
        return self._state

    @property
    def in_flight(self) -> int:
        """Requests holding a slot right now."""
        return self._in_flight

    def paused_for(self) -> float:
        """Seconds until new requests may go out after a 429 or an exhausted window."""
        return max(0.0, self._paused_until - self.clock())

    # Slots are taken and given back by plain calls rather than context managers: they sit on
    # every request's path, and a streamed body gives its slot back only when it is closed.

    def take_thread_slot(self) -> None:
        """Wait for a free slot (blocking threads); pair with `give_back_slot`."""
        # No timeout here: every holder is a request bounded by its own timeouts.
        self._thread_slots.acquire()
        with self._lock:
            self._in_flight += 1

    async def take_task_slot(self) -> None:
        """Wait for a free slot (awaiting tasks); pair with `give_back_task_slot`."""
        if self._task_slots is None:
            self._task_slots = anyio.Semaphore(self.max_concurrency)
        try:
            # A free slot is taken without a trip through the event loop, which acquire() makes
            # every time (~30 µs); the request awaits the network right after anyway.
            self._task_slots.acquire_nowait()
        except anyio.WouldBlock:
            await self._task_slots.acquire()
        with self._lock:
            self._in_flight += 1

    def give_back_slot(self) -> None:
        """Free a slot taken with `take_thread_slot`."""
        with self._lock:
            self._in_flight -= 1
        self._thread_slots.release()

    def give_back_task_slot(self) -> None:
        """Free a slot taken with `take_task_slot`."""
        with self._lock:
            self._in_flight -= 1
        assert self._task_slots is not None  # noqa: S101 - taken before, so made before
        self._task_slots.release()

    def delay_before_send(self) -> float:
        """Seconds a new request should wait: a pause in force, or its turn when slowing down."""
        now = self.clock()
        with self._lock:
            state = self._state
            delay, self._next_send = send_delay(
                now,
                self._paused_until,
                state.remaining,
                state.reset_at,
                self._sending,
                self.slow_down_below,
                self._next_send,
            )
        return delay

    def sending(self) -> _Sending:
        """Count one request from the decision to send it until its answer (or failure): ``with limiter.sending():``."""
        return self._sending_counter

    def wait_hint(self, response: httpx.Response) -> float | None:
        """Seconds the API asks us to wait before trying again, or None if it does not say.

        ``Retry-After`` for any status; for a 429 without it, the time left until
        ``X-Rate-Limit-Reset``.
        """
        now = self.clock()
        hinted = _retry_after(response.headers, now)
        if hinted is None and response.status_code == 429:
            hinted = _until_reset(response.headers, now)
        return hinted

    def record(self, response: httpx.Response) -> None:
        """Update the state from an answer's headers; pause after a 429 or an exhausted window."""
        headers = response.headers
        limit = _int_header(headers, "x-rate-limit-limit")
        remaining = _int_header(headers, "x-rate-limit-remaining")
        reset = _int_header(headers, "x-rate-limit-reset")
        now = self.clock()
        pause = None
        if response.status_code == 429:
            pause = self.wait_hint(response)
        elif remaining == 0:
            pause = _until_reset(headers, now)
        with self._lock:
            if remaining is not None or reset is not None or limit is not None:
                old = self._state
                same_window = reset is not None and old.reset_at == reset
                if same_window and old.remaining is not None and remaining is not None:
                    # Answers overtake each other: within one window the lowest count is the newest.
                    remaining = min(remaining, old.remaining)
                self._state = RateLimit(
                    limit=old.limit if limit is None else limit,
                    remaining=old.remaining if remaining is None else remaining,
                    reset_at=old.reset_at if reset is None else float(reset),
                    observed_at=now,
                )
            if pause:
                self._paused_until = max(self._paused_until, now + pause)


class _SlotStream(httpx.SyncByteStream):
    """A body read as it arrives that gives the limiter's slot back when closed."""

    def __init__(self, inner: httpx.SyncByteStream, give_back: Callable[[], None]) -> None:
        self._inner = inner
        self._give_back: Callable[[], None] | None = give_back

    def __iter__(self) -> Iterator[bytes]:
        yield from self._inner

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            give_back, self._give_back = self._give_back, None
            if give_back is not None:
                give_back()


class _AsyncSlotStream(httpx.AsyncByteStream):
    """Async `_SlotStream`."""

    def __init__(self, inner: httpx.AsyncByteStream, give_back: Callable[[], None]) -> None:
        self._inner = inner
        self._give_back: Callable[[], None] | None = give_back

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            give_back, self._give_back = self._give_back, None
            if give_back is not None:
                give_back()


class RateLimitTransport(httpx.BaseTransport):
    """Sends through ``inner`` holding one of the limiter's slots, and records every answer.

    The body is read while the slot is held, so "in flight" covers the whole exchange and a body
    that breaks off raises here, where the retry layer above can see it. A request marked
    `STREAM` keeps its body unread and its slot held until the caller closes the body.
    """

    def __init__(self, inner: httpx.BaseTransport, limiter: RateLimiter) -> None:
        self._inner = inner
        self.limiter = limiter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Wait for a slot, send, read the body (unless streamed), record the headers."""
        limiter = self.limiter
        limiter.take_thread_slot()
        try:
            response = self._inner.handle_request(request)
        except BaseException:
            limiter.give_back_slot()
            raise
        if request.extensions.get(STREAM) and not isinstance(response.stream, httpx.ByteStream):
            response.stream = _SlotStream(cast(httpx.SyncByteStream, response.stream), limiter.give_back_slot)
        else:
            try:
                buffer_body(response)
            finally:
                limiter.give_back_slot()
        limiter.record(response)
        return response

    def close(self) -> None:
        """Close the wrapped transport."""
        self._inner.close()


class AsyncRateLimitTransport(httpx.AsyncBaseTransport):
    """Async `RateLimitTransport`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, limiter: RateLimiter) -> None:
        self._inner = inner
        self.limiter = limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Wait for a slot, send, read the body (unless streamed), record the headers."""
        limiter = self.limiter
        await limiter.take_task_slot()
        try:
            response = await self._inner.handle_async_request(request)
        except BaseException:
            limiter.give_back_task_slot()
            raise
        if request.extensions.get(STREAM) and not isinstance(response.stream, httpx.ByteStream):
            response.stream = _AsyncSlotStream(
                cast(httpx.AsyncByteStream, response.stream), limiter.give_back_task_slot
            )
        else:
            try:
                await abuffer_body(response)
            finally:
                limiter.give_back_task_slot()
        limiter.record(response)
        return response

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()
