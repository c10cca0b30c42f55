"""The HTTP layer under the clients: httpx clients that raise typed errors, and the transport stacks.

From the top: guard > cache > retry > rate limit > network (see `phrase_strings._transport`).
"""

from __future__ import annotations

from typing import Any

import httpx

from ._auth import TOKEN_EXCHANGE
from ._cache import AsyncCacheTransport, CacheStorage, CacheTransport
from ._errors import APIConnectionError, APITimeoutError, PhraseError, TokenExchangeError, error_for
from ._ratelimit import AsyncRateLimitTransport, RateLimiter, RateLimitTransport
from ._retry import RETRY_EXTENSION, AsyncRetryTransport, RetryPolicy, RetryTransport
from ._transport import STREAM, AsyncCredentialGuard, CredentialGuard


def _wrap_transport_error(exc: httpx.RequestError) -> PhraseError:
    request = exc.request
    if request.extensions.get(TOKEN_EXCHANGE):
        return TokenExchangeError(
            f"could not reach the identity service at {request.url.copy_with(query=None)} "
            f"({type(exc).__name__}: {exc or 'no detail'}); check the network and the data center"
        )
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"no answer within the timeout ({type(exc).__name__})", request=request)
    # Some backends raise with an empty message (an async reset is just "ReadError").
    detail = str(exc) or "the connection broke before a complete answer arrived"
    return APIConnectionError(f"request failed: {type(exc).__name__}: {detail}", request=request)


class _Cookies(httpx.Cookies):
    """A cookie jar that looks at an answer only when it sets a cookie.

    httpx hands every answer to the standard library's cookie parser, which copies all headers
    into an ``email.message.Message`` first: ~60 µs a call, a tenth of a small API call here. The
    API sets no cookies, so that work is skipped unless ``Set-Cookie`` is present.
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        """Store the cookies an answer sets, if it sets any."""
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


class HTTPClient(httpx.Client):
    """httpx.Client whose ``send`` raises this library's typed errors.

    The check sits above authentication (so OTP challenges and JWT renewal see the 401 first)
    and below the generated functions, which therefore only ever parse successful answers.
    Every request carries ``retry_policy`` down to the retry transport.
    """

    def __init__(self, *, retry_policy: RetryPolicy | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._cookies = _Cookies(self._cookies)
        self.retry_policy = retry_policy or RetryPolicy()

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        """Send; raise `APIStatusError` subclasses for 4xx/5xx, `APIConnectionError` for no answer."""
        request.extensions.setdefault(RETRY_EXTENSION, self.retry_policy)
        if kwargs.get("stream"):
            request.extensions[STREAM] = True
        try:
            response = super().send(request, **kwargs)
        except httpx.RequestError as exc:
            raise _wrap_transport_error(exc) from exc
        if response.status_code >= 400:
            try:
                response.read()
            except httpx.RequestError as exc:
                raise _wrap_transport_error(exc) from exc
            finally:
                response.close()
            raise error_for(response)
        return response


class AsyncHTTPClient(httpx.AsyncClient):
    """httpx.AsyncClient whose ``send`` raises this library's typed errors (see `HTTPClient`)."""

    def __init__(self, *, retry_policy: RetryPolicy | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._cookies = _Cookies(self._cookies)
        self.retry_policy = retry_policy or RetryPolicy()

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        """Send; raise `APIStatusError` subclasses for 4xx/5xx, `APIConnectionError` for no answer."""
        request.extensions.setdefault(RETRY_EXTENSION, self.retry_policy)
        if kwargs.get("stream"):
            request.extensions[STREAM] = True
        try:
            response = await super().send(request, **kwargs)
        except httpx.RequestError as exc:
            raise _wrap_transport_error(exc) from exc
        if response.status_code >= 400:
            try:
                await response.aread()
            except httpx.RequestError as exc:
                raise _wrap_transport_error(exc) from exc
            finally:
                await response.aclose()
            raise error_for(response)
        return response


def sync_stack(
    network: httpx.BaseTransport,
    api_url: httpx.URL,
    limiter: RateLimiter,
    storage: CacheStorage | None,
    retry: RetryPolicy,
) -> httpx.BaseTransport:
    """Guard > cache > retry > rate limit > network (see `phrase_strings._transport`).

    ``retry`` is for requests sent without a policy of their own (e.g. an auth flow's token
    exchange); the clients' requests carry theirs.
    """
    stack: httpx.BaseTransport = RetryTransport(RateLimitTransport(network, limiter), limiter, retry)
    if storage is not None:
        stack = CacheTransport(stack, storage)
    return CredentialGuard(stack, api_url)


def async_stack(
    network: httpx.AsyncBaseTransport,
    api_url: httpx.URL,
    limiter: RateLimiter,
    storage: CacheStorage | None,
    retry: RetryPolicy,
) -> httpx.AsyncBaseTransport:
    """Async `sync_stack`."""
    stack: httpx.AsyncBaseTransport = AsyncRetryTransport(AsyncRateLimitTransport(network, limiter), limiter, retry)
    if storage is not None:
        stack = AsyncCacheTransport(stack, storage)
    return AsyncCredentialGuard(stack, api_url)
