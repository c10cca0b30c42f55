"""The many-hosts store: Redis or Valkey, with each step one Lua script run atomically on the server.

Keys (``{account}`` is a hash tag, so a cluster keeps an account's keys on one node):

- ``phrase-strings:{account}:slots`` and ``…:sending``: sorted sets of holders scored by expiry;
- ``phrase-strings:{account}:window``: a hash with ``limit``, ``remaining``, ``reset``, ``paused``, ``next``.

Every key expires on its own once nobody writes to it. Times are the callers' clocks (as in the
SQLite store), so hosts sharing a server need clocks that agree to within a fraction of a second.
Needs the ``redis`` package (``pip install phrase-strings[redis]``). Connections time out after
`TIMEOUT` seconds and are not retried: a failure falls back to the in-process limiter rather than wait.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from . import ConfigurationError, RateLimit
from ._ratelimit_common import redact_store_url
from ._ratelimit_shared import SENDING, SLOTS, LimiterStore, StoreUnavailable

__all__ = ["RedisStore"]

TIMEOUT = 1.0
"""Seconds for connecting and for each answer of the server."""
WINDOW_TTL = 3600
"""Seconds the window's hash outlives its last write (longer than any rate-limit window)."""

# ZSET of holders: drop run-out ones, then count (shared head of the scripts below).
_EXPIRE = """
local function live(key, now)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
  return redis.call('ZCARD', key)
end
local function hold(key, token, now, lease)
  redis.call('ZADD', key, now + lease, token)
  redis.call('EXPIRE', key, math.ceil(lease) + 60)
end
"""

# KEYS: slots. ARGV: token, limit, now, lease. Returns 1 when taken.
_TAKE_SLOT = (
    _EXPIRE
    + """
local now, lease = tonumber(ARGV[3]), tonumber(ARGV[4])
if live(KEYS[1], now) >= tonumber(ARGV[2]) then return 0 end
hold(KEYS[1], ARGV[1], now, lease)
return 1
"""
)

# KEYS: window, sending. ARGV: token, now, lease, slow_down_below. Returns the delay as a string
# (Lua numbers become integers on the way out). The rules are `send_delay`'s.
_ADMIT = (
    _EXPIRE
    + """
local now, lease, slow = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local sending = live(KEYS[2], now)
local w = redis.call('HMGET', KEYS[1], 'remaining', 'reset', 'paused', 'next')
local remaining, reset = tonumber(w[1]), tonumber(w[2])
local delay = (tonumber(w[3]) or 0) - now
local to_reset = 0
if reset then to_reset = math.max(0, reset - now) end
if remaining and remaining ~= 0 and to_reset > 0 and remaining <= sending then
  delay = math.max(delay, to_reset)
elseif slow > 0 and remaining and remaining <= slow and to_reset > 0 then
  local start = math.max(now, tonumber(w[4]) or 0)
  redis.call('HSET', KEYS[1], 'next', string.format('%.17g', start + to_reset / math.max(remaining, 1)))
  delay = math.max(delay, start - now)
end
if delay <= 0 then
  hold(KEYS[2], ARGV[1], now, lease)
  return '0'
end
return string.format('%.17g', delay)
"""
)

# KEYS: window, slots, sending. ARGV: has_state ('1'/'0'), limit, remaining, reset, paused ('' when
# unknown), ttl, then the slot tokens and the sending tokens to drop, each list led by its length.
# Returns the merged limit, remaining, reset, paused (rules of `LimiterStore.record`).
_RECORD = """
local n_slots = tonumber(ARGV[7])
for i = 1, n_slots do redis.call('ZREM', KEYS[2], ARGV[7 + i]) end
local n_sending = tonumber(ARGV[8 + n_slots])
for i = 1, n_sending do redis.call('ZREM', KEYS[3], ARGV[8 + n_slots + i]) end
if ARGV[1] == '1' then
  local limit, remaining, reset = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
  local w = redis.call('HMGET', KEYS[1], 'remaining', 'reset', 'paused')
  local old_remaining, old_reset = tonumber(w[1]), tonumber(w[2])
  if reset and (not old_reset or reset > old_reset) then
    redis.call('HSET', KEYS[1], 'reset', ARGV[4])
    if remaining then
      redis.call('HSET', KEYS[1], 'remaining', ARGV[3])
    else
      redis.call('HDEL', KEYS[1], 'remaining')
    end
  elseif remaining and (reset == old_reset or not old_reset) then
    if not old_remaining or remaining < old_remaining then redis.call('HSET', KEYS[1], 'remaining', ARGV[3]) end
  end
  if limit then redis.call('HSET', KEYS[1], 'limit', ARGV[2]) end
  if tonumber(ARGV[5]) > (tonumber(w[3]) or 0) then redis.call('HSET', KEYS[1], 'paused', ARGV[5]) end
  redis.call('EXPIRE', KEYS[1], tonumber(ARGV[6]))
end
return redis.call('HMGET', KEYS[1], 'limit', 'remaining', 'reset', 'paused')
"""


def _text(value: float | None) -> str:
    return "" if value is None else repr(float(value)) if isinstance(value, float) else str(value)


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


class RedisStore(LimiterStore):
    """`LimiterStore` on a Redis or Valkey server: ``redis://[user:password@]host:port/db`` or ``rediss://``."""

    def __init__(self, url: str, account: str) -> None:
        try:
            import redis
            from redis.backoff import NoBackoff
            from redis.retry import Retry
        except ImportError:
            raise ConfigurationError(
                f"the rate-limit store {redact_store_url(url)} needs the redis package: "
                "pip install 'phrase-strings[redis]'"
            ) from None
        self.url = url
        self._errors: tuple[type[BaseException], ...] = (redis.RedisError, OSError)
        try:
            self._redis = redis.Redis.from_url(
                url,
                socket_timeout=TIMEOUT,
                socket_connect_timeout=TIMEOUT,
                retry=Retry(NoBackoff(), 0),
                decode_responses=True,
            )
        except ValueError as exc:
            raise ConfigurationError(f"rate-limit store URL {redact_store_url(url)!r}: {exc}") from None
        prefix = f"phrase-strings:{{{account}}}:"
        self._keys = {SLOTS: prefix + SLOTS, SENDING: prefix + SENDING, "window": prefix + "window"}
        self._take_slot = self._redis.register_script(_TAKE_SLOT)
        self._admit = self._redis.register_script(_ADMIT)
        self._record = self._redis.register_script(_RECORD)

    def _run(self, script: Any, keys: list[str], args: list[object]) -> Any:
        try:
            return script(keys=keys, args=args)
        except self._errors as exc:
            raise StoreUnavailable(f"{type(exc).__name__}: {exc}") from exc

    def take_slot(self, token: str, limit: int, now: float, lease: float) -> bool:
        """See `LimiterStore.take_slot`."""
        return bool(self._run(self._take_slot, [self._keys[SLOTS]], [token, limit, repr(now), repr(lease)]))

    def admit(self, token: str, now: float, lease: float, slow_down_below: int) -> float:
        """See `LimiterStore.admit`."""
        keys = [self._keys["window"], self._keys[SENDING]]
        return float(self._run(self._admit, keys, [token, repr(now), repr(lease), slow_down_below]))

    def start_sending(self, token: str, now: float, lease: float) -> None:
        """See `LimiterStore.start_sending`."""
        key = self._keys[SENDING]
        try:
            pipe = self._redis.pipeline(transaction=False)
            pipe.zadd(key, {token: now + lease})
            pipe.expire(key, math.ceil(lease) + 60)
            pipe.execute()
        except self._errors as exc:
            raise StoreUnavailable(f"{type(exc).__name__}: {exc}") from exc

    def give_back(self, kind: str, token: str) -> None:
        """See `LimiterStore.give_back`."""
        try:
            self._redis.zrem(self._keys[kind], token)
        except self._errors as exc:
            raise StoreUnavailable(f"{type(exc).__name__}: {exc}") from exc

    def record(
        self, state: RateLimit | None, paused_until: float, release: Sequence[tuple[str, str]] = ()
    ) -> tuple[RateLimit, float]:
        """See `LimiterStore.record`."""
        slots = [token for kind, token in release if kind == SLOTS]
        sending = [token for kind, token in release if kind == SENDING]
        args: list[object] = ["0", "", "", "", "0", WINDOW_TTL]
        if state is not None:
            window = [_text(state.limit), _text(state.remaining), _text(state.reset_at)]
            args = ["1", *window, repr(paused_until), WINDOW_TTL]
        args += [len(slots), *slots, len(sending), *sending]
        keys = [self._keys["window"], self._keys[SLOTS], self._keys[SENDING]]
        limit, remaining, reset, paused = self._run(self._record, keys, args)
        merged = RateLimit(
            limit=None if limit is None else int(limit),
            remaining=None if remaining is None else int(remaining),
            reset_at=_number(reset),
        )
        return merged, _number(paused) or 0.0

    def close(self) -> None:
        """Close the connection pool."""
        try:
            self._redis.close()
        except self._errors:
            pass  # closing a pool whose server went away
