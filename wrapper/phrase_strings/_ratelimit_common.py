"""What every limiter backend shares: the decision to hold a request back, and safe store URLs.

Kept apart from the backends so the in-process limiter imports nothing more than it did.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

__all__ = ["redact_store_url", "send_delay"]


def send_delay(
    now: float,
    paused_until: float,
    remaining: int | None,
    reset_at: float | None,
    sending: int,
    slow_down_below: int,
    next_send: float,
) -> tuple[float, float]:
    """Seconds a new request should wait, and the next turn when slowing down: ``(delay, next_send)``.

    ``sending`` counts the requests already on their way: when they may use up what the window
    has left, the new one waits for the reset rather than run into a 429 (at worst a few go
    unused). With ``slow_down_below`` the window's last requests take turns spread evenly until
    the reset. The Redis backend runs the same rules in Lua (`phrase_strings._ratelimit_redis`).
    """
    delay = paused_until - now
    to_reset = None if reset_at is None else max(0.0, reset_at - now)
    if remaining and to_reset and remaining <= sending:
        delay = max(delay, to_reset)
    elif slow_down_below and remaining is not None and remaining <= slow_down_below and to_reset:
        start = max(now, next_send)
        next_send = start + to_reset / max(remaining, 1)
        delay = max(delay, start - now)
    return max(0.0, delay), next_send


def redact_store_url(url: str | None) -> str | None:
    """A store URL with its password (``redis://user:secret@host``) replaced by ``***``."""
    if not url:
        return url
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}{port}"))
