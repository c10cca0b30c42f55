"""Retries with exponential backoff and jitter, and waiting out rate limits, in one time budget.

Retried, up to ``max_retries`` times (default 2):

- every method: failures that prove the request never left this machine (``httpx.ConnectError``,
  ``ConnectTimeout``, ``PoolTimeout``) and 429 (the API refused it without acting on it);
- GET, HEAD, OPTIONS, PUT, DELETE (idempotent) also: read/write timeouts, resets, answers cut
  short, a 2xx JSON body that does not parse, and 502, 503, 504.

POST and PATCH are therefore never sent again once they may have reached the server: no
duplicate creates. A 429 waits for ``Retry-After`` or ``X-Rate-Limit-Reset``; other retries wait
``backoff * 2**n`` seconds (at most ``max_backoff``), of which a random half ("equal jitter").
All waits of one call, including pauses the rate limiter asks for, stay within ``budget``
seconds: a 429 whose reset is further away is raised at once as `RateLimitError`.

A client's policy applies to its requests; ``client.with_options(max_retries=…)`` gives another.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable
from typing import Any

import attrs
import httpx

from ._errors import ConfigurationError
from ._ratelimit import RateLimiter
from ._redact import redact_url
from ._transport import raw_body

logger = logging.getLogger("phrase_strings")

RETRY_EXTENSION = "phrase_strings.retry"
"""Request extension holding the `RetryPolicy` for that request (set by the client)."""
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Failures before a single byte of the request left: safe to repeat for any method."""
MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError, httpx.DecodingError)
"""Failures after the request may have reached the server: repeated only for idempotent methods."""


def _non_negative(name: str) -> Callable[[object, attrs.Attribute[float], float], None]:
    def check(_instance: object, _attribute: attrs.Attribute[float], value: float) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ConfigurationError(f"{name} must be a number of at least 0, not {value!r}")

    return check


def _check_retries(_instance: object, _attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be a whole number of at least 0, not {value!r}")


@attrs.frozen
class RetryPolicy:
    """How one call retries. ``budget``: seconds it may spend waiting in all (backoff and 429s)."""

    max_retries: int = attrs.field(default=2, validator=_check_retries)
    budget: float = attrs.field(default=300.0, validator=_non_negative("retry_budget"))
    backoff: float = attrs.field(default=0.5, validator=_non_negative("backoff"))
    max_backoff: float = attrs.field(default=8.0, validator=_non_negative("max_backoff"))

    def backoff_delay(self, retry: int, rng: Callable[[], float] = random.random) -> float:
        """Wait before retry number ``retry`` (0-based): half the step, plus up to half at random."""
        step = min(self.max_backoff, self.backoff * 2.0**retry)
        return float(step / 2 + rng() * step / 2)


def may_retry_error(exc: Exception, method: str) -> bool:
    """Whether a transport failure may be retried for this method (see the module doc)."""
    if isinstance(exc, NEVER_SENT):
        return True
    return method.upper() in IDEMPOTENT_METHODS and isinstance(exc, MAYBE_SENT)


def may_retry_status(status: int, method: str) -> bool:
    """Whether an answer's status may be retried for this method (see the module doc)."""
    if status == 429:
        return True
    return status in RETRY_STATUSES and method.upper() in IDEMPOTENT_METHODS


def check_json(response: httpx.Response, request: httpx.Request) -> None:
    """Raise `httpx.DecodingError` for a 2xx answer that says it is JSON but does not parse.

    Such a body is as broken as a truncated one; raising here lets idempotent requests retry and
    turns the rest into a typed error instead of a parse failure deep in the generated code.
    """
    if not 200 <= response.status_code < 300:
        return
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if not (content_type == "application/json" or content_type.endswith("+json")):
        return
    raw = raw_body(response)
    if not raw:
        return
    if "content-encoding" in response.headers:
        raw = httpx.Response(200, headers=response.headers, content=raw).read()
    try:
        parsed = json.loads(raw)
    except ValueError as exc:
        raise httpx.DecodingError(
            f"{response.status_code} answer is not valid JSON ({len(raw)} bytes; {exc})", request=request
        ) from None
    # Hand the parsed body on, so the generated code does not parse the same bytes again.
    response.json = _ParsedBody(response, parsed)  # type: ignore[method-assign]


class _ParsedBody:
    """``response.json`` for a body `check_json` has parsed: gives that value once, then steps aside.

    It lets go of the value at once because httpx answers sit in a reference cycle (answer and
    body stream): whatever an answer holds waits for the garbage collector, which then has a
    whole page of JSON to walk (~50 µs a list call).
    """

    __slots__ = ("_response", "_value")

    def __init__(self, response: httpx.Response, value: Any) -> None:
        self._response: httpx.Response | None = response
        self._value = value

    def __call__(self, **kwargs: Any) -> Any:
        response, value = self._response, self._value
        self._response = self._value = None
        if response is None:
            raise RuntimeError("the parsed body was already handed out")
        del response.json  # later calls, and calls with decoder options, parse the body anew
        return response.json(**kwargs) if kwargs else value


class _Attempts:
    """The retry decisions for one request; the sync and async transports share them."""

    def __init__(self, request: httpx.Request, policy: RetryPolicy, limiter: RateLimiter) -> None:
        self.request = request
        self.policy = policy
        self.limiter = limiter
        self.retries = 0
        self.waited = 0.0

    def before_send(self) -> float:
        """Seconds to wait first, if the limiter asks for it and the budget allows."""
        delay = self.limiter.delay_before_send()
        if delay <= 0 or self.waited + delay > self.policy.budget:
            return 0.0  # out of budget: send anyway and let the API decide
        self.waited += delay
        return delay

    def after_error(self, exc: Exception) -> float | None:
        """Seconds to wait before retrying after ``exc``, or None to give up."""
        if not may_retry_error(exc, self.request.method):
            return None
        return self._spend(self.policy.backoff_delay(self.retries), type(exc).__name__)

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying after this answer, or None to return it."""
        if not may_retry_status(response.status_code, self.request.method):
            return None
        hinted = self.limiter.wait_hint(response)
        delay = hinted if hinted else self.policy.backoff_delay(self.retries)
        return self._spend(delay, str(response.status_code))

    def _spend(self, delay: float, why: str) -> float | None:
        if self.retries >= self.policy.max_retries:
            return None
        if self.waited + delay > self.policy.budget:
            logger.warning(
                "not retrying %s %s after %s: waiting %.1fs would exceed the retry budget of %.1fs",
                self.request.method,
                redact_url(self.request.url),
                why,
                delay,
                self.policy.budget,
            )
            return None
        self.retries += 1
        self.waited += delay
        logger.info(
            "retrying %s %s after %s in %.2fs (retry %d of %d)",
            self.request.method,
            redact_url(self.request.url),
            why,
            delay,
            self.retries,
            self.policy.max_retries,
        )
        return delay


def policy_for(request: httpx.Request, default: RetryPolicy) -> RetryPolicy:
    """The policy a request carries in its extensions, else ``default``."""
    policy = request.extensions.get(RETRY_EXTENSION)
    return policy if isinstance(policy, RetryPolicy) else default


class RetryTransport(httpx.BaseTransport):
    """Retries failed requests through ``inner`` (which must be a `RateLimitTransport`)."""

    def __init__(self, inner: httpx.BaseTransport, limiter: RateLimiter, policy: RetryPolicy | None = None) -> None:
        self._inner = inner
        self._limiter = limiter
        self.policy = policy or RetryPolicy()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send, retrying as the request's policy allows."""
        attempts = _Attempts(request, policy_for(request, self.policy), self._limiter)
        while True:
            if pause := attempts.before_send():
                self._limiter.sleep(pause)
            try:
                with self._limiter.sending():
                    response = self._inner.handle_request(request)
                check_json(response, request)
            except (httpx.TransportError, httpx.DecodingError) as exc:
                delay = attempts.after_error(exc)
                if delay is None:
                    raise
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    return response
                response.close()
            self._limiter.sleep(delay)

    def close(self) -> None:
        """Close the wrapped transport."""
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Async `RetryTransport`."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, limiter: RateLimiter, policy: RetryPolicy | None = None
    ) -> None:
        self._inner = inner
        self._limiter = limiter
        self.policy = policy or RetryPolicy()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send, retrying as the request's policy allows."""
        attempts = _Attempts(request, policy_for(request, self.policy), self._limiter)
        while True:
            if pause := attempts.before_send():
                await self._limiter.async_sleep(pause)
            try:
                with self._limiter.sending():
                    response = await self._inner.handle_async_request(request)
                check_json(response, request)
            except (httpx.TransportError, httpx.DecodingError) as exc:
                delay = attempts.after_error(exc)
                if delay is None:
                    raise
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    return response
                await response.aclose()
            await self._limiter.async_sleep(delay)

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()
