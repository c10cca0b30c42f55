"""`Phrase` and `AsyncPhrase`: one object per account, with every resource group as an attribute.

Example::

    with Phrase() as client:                       # credentials from env or .phrase.yml
        for key in client.keys.list(project_id):   # typed models
            ...
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self

import attrs
import httpx
from phrase_strings_api import Client
from phrase_strings_api.api import AsyncResources, Resources

from ._async.features import AsyncFeatures
from ._auth import OTPProvider
from ._cache import CacheStorage, InMemoryCache
from ._errors import ConfigurationError
from ._http import AsyncHTTPClient, HTTPClient, async_stack, sync_stack
from ._log import alog_request, alog_response, log_request, log_response
from ._pagination import AsyncLinkPaging, LinkPaging
from ._proxy import async_network, sync_network
from ._ratelimit import RateLimit, RateLimiter
from ._retry import RetryPolicy
from ._settings import DEFAULT_TIMEOUT, DataCenter, Settings, extra_headers, resolve_timeout
from ._sync.features import Features

__all__ = ["AsyncPhrase", "Phrase"]


def _rate_limiter(given: RateLimiter | str | None, max_concurrency: int | None, settings: Settings) -> RateLimiter:
    url = given if isinstance(given, str) else settings.rate_limit_url if given is None else None
    if url:
        from ._ratelimit_shared import shared_limiter_for  # only when asked: it brings the store modules

        return shared_limiter_for(url, settings.auth, settings.base_url, max_concurrency)
    if not isinstance(given, RateLimiter):
        return RateLimiter(4 if max_concurrency is None else max_concurrency)
    if max_concurrency is not None and max_concurrency != given.max_concurrency:
        raise ConfigurationError(
            f"max_concurrency={max_concurrency} contradicts the rate_limiter's {given.max_concurrency}; give one"
        )
    return given


def _cache_storage(cache: bool | CacheStorage) -> CacheStorage | None:
    if cache is True:
        return InMemoryCache()
    if cache is False or cache is None:
        return None
    if not isinstance(cache, CacheStorage):
        raise ConfigurationError(f"cache must be True, False or a CacheStorage (get/set/delete), not {cache!r}")
    return cache


def _with_options(
    settings: Settings,
    retry: RetryPolicy,
    max_retries: int | None,
    timeout: float | httpx.Timeout | None,
    retry_budget: float | None,
    headers: Mapping[str, str] | None,
) -> tuple[Settings, RetryPolicy]:
    """The settings and retry policy of a client from ``with_options``; None keeps a value."""
    retry = attrs.evolve(
        retry,
        max_retries=retry.max_retries if max_retries is None else max_retries,
        budget=retry.budget if retry_budget is None else retry_budget,
    )
    settings = attrs.evolve(
        settings,
        timeout=settings.timeout if timeout is None else resolve_timeout(timeout),
        headers=extra_headers(settings.headers, headers),
    )
    return settings, retry


class _ClientBase:
    """What `Phrase` and `AsyncPhrase` share: their settings, limits and cache, and copies of them."""

    settings: Settings
    rate_limiter: RateLimiter
    cache: CacheStorage | None
    api_client: Client

    def _setup(
        self,
        settings: Settings,
        retry: RetryPolicy,
        limiter: RateLimiter,
        storage: CacheStorage | None,
        stack: Any,
        *,
        owns_pool: bool,
    ) -> None:
        self.settings = settings
        self.rate_limiter = limiter
        self.cache = storage
        self._retry = retry
        self._stack = stack
        self._owns_pool = owns_pool
        self._connect(settings, retry, stack)

    def _connect(self, settings: Settings, retry: RetryPolicy, stack: Any) -> None:
        """Build ``http``, ``api_client`` and ``paging`` over the transport stack."""
        raise NotImplementedError

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        retry_budget: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client like this one with other retries or timeout, or extra headers, for one call or a few.

        It shares this client's connections, credentials, rate limiter and cache; options left
        out keep this client's values, and ``headers`` are added to this client's. Credentials
        cannot be set as headers. Closing it does nothing: close the original.

        ``client.with_options(max_retries=0).keys.create(project_id, body=body)``
        """
        settings, retry = _with_options(self.settings, self._retry, max_retries, timeout, retry_budget, headers)
        other = type(self).__new__(type(self))
        other._setup(settings, retry, self.rate_limiter, self.cache, self._stack, owns_pool=False)
        return other

    def _derive_api_client(self, headers: Mapping[str, str], timeout: httpx.Timeout | None) -> Client:
        """``api_client.with_headers()``/``with_timeout()``: the api_client of a `with_options` copy."""
        return self.with_options(headers=headers, timeout=timeout).api_client

    @property
    def rate_limit(self) -> RateLimit:
        """The rate-limit window as the API last reported it (limit, remaining, reset time)."""
        return self.rate_limiter.state

    @property
    def project_id(self) -> str | None:
        """The default project from arguments, ``PHRASE_PROJECT_ID`` or ``.phrase.yml``, if any."""
        return self.settings.project_id

    def _default_project(self) -> str | None:
        return self.settings.project_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.settings.base_url!r}, auth={self.settings.auth!r})"


def _limits(
    max_retries: int, retry_budget: float, cache: bool | CacheStorage
) -> tuple[RetryPolicy, CacheStorage | None]:
    return RetryPolicy(max_retries=max_retries, budget=retry_budget), _cache_storage(cache)


class Phrase(_ClientBase, Features, Resources):
    """Blocking client. Every resource group is an attribute: ``client.keys.list(project_id)``.

    Credentials: ``access_token``, ``platform_token``, ``email`` + ``password`` (+ ``otp`` or
    ``otp_provider``), or any ``httpx.Auth`` as ``auth``. With none of them, they are read from
    the environment or ``.phrase.yml`` (see `phrase_strings._credentials`).

    Limits and retries: at most ``max_concurrency`` requests in flight (default 4, Phrase's
    per-user limit; or share a `RateLimiter` between clients with ``rate_limiter``, or between
    processes and hosts with a store URL there or in ``PHRASE_RATE_LIMIT_URL``); failed
    requests are retried ``max_retries`` times (default 2) and 429s wait for the window's reset,
    all within ``retry_budget`` seconds of waiting per call (see `phrase_strings._retry`).
    ``cache=True`` (or a `CacheStorage`) revalidates GETs with ETag/Last-Modified.
    ``with_options()`` gives a client with other retries, timeout or extra headers over the same connections.

    ``transport`` replaces the network layer (e.g. ``httpx.MockTransport`` in tests).
    """

    def __init__(
        self,
        access_token: str | None = None,
        *,
        platform_token: str | None = None,
        email: str | None = None,
        password: str | None = None,
        otp: str | None = None,
        otp_provider: OTPProvider | None = None,
        auth: httpx.Auth | None = None,
        data_center: DataCenter | None = None,
        base_url: str | None = None,
        project_id: str | None = None,
        app: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        http2: bool = False,
        max_concurrency: int | None = None,
        max_retries: int = 2,
        retry_budget: float = 300.0,
        cache: bool | CacheStorage = False,
        rate_limiter: RateLimiter | str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        retry, storage = _limits(max_retries, retry_budget, cache)
        settings = Settings.resolve(
            access_token=access_token,
            platform_token=platform_token,
            email=email,
            password=password,
            otp=otp,
            otp_provider=otp_provider,
            auth=auth,
            data_center=data_center,
            base_url=base_url,
            app=app,
            timeout=timeout,
            project_id=project_id,
        )
        limiter = _rate_limiter(rate_limiter, max_concurrency, settings)
        network = transport or sync_network(http2)
        stack = sync_stack(network, httpx.URL(settings.base_url), limiter, storage, retry)
        self._setup(settings, retry, limiter, storage, stack, owns_pool=True)

    def _connect(self, settings: Settings, retry: RetryPolicy, stack: httpx.BaseTransport) -> None:
        self.http = HTTPClient(
            base_url=settings.base_url,
            auth=settings.auth,
            headers={"User-Agent": settings.user_agent, **settings.headers},
            timeout=settings.timeout,
            follow_redirects=True,
            event_hooks={"request": [log_request], "response": [log_response]},
            transport=stack,
            retry_policy=retry,
        )
        self.api_client = Client(base_url=settings.base_url, timeout=settings.timeout, derive=self._derive_api_client)
        self.api_client.set_httpx_client(self.http)
        self.paging = LinkPaging(workers=self.rate_limiter.max_concurrency)

    def close(self) -> None:
        """Close the connection pool (a client from `with_options` leaves it to its original)."""
        if self._owns_pool:
            self.http.close()

    def __enter__(self) -> Phrase:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncPhrase(_ClientBase, AsyncFeatures, AsyncResources):
    """Awaitable client: ``await client.keys.list(project_id)``. Arguments as for `Phrase`."""

    def __init__(
        self,
        access_token: str | None = None,
        *,
        platform_token: str | None = None,
        email: str | None = None,
        password: str | None = None,
        otp: str | None = None,
        otp_provider: OTPProvider | None = None,
        auth: httpx.Auth | None = None,
        data_center: DataCenter | None = None,
        base_url: str | None = None,
        project_id: str | None = None,
        app: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        http2: bool = False,
        max_concurrency: int | None = None,
        max_retries: int = 2,
        retry_budget: float = 300.0,
        cache: bool | CacheStorage = False,
        rate_limiter: RateLimiter | str | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        retry, storage = _limits(max_retries, retry_budget, cache)
        settings = Settings.resolve(
            access_token=access_token,
            platform_token=platform_token,
            email=email,
            password=password,
            otp=otp,
            otp_provider=otp_provider,
            auth=auth,
            data_center=data_center,
            base_url=base_url,
            app=app,
            timeout=timeout,
            project_id=project_id,
        )
        limiter = _rate_limiter(rate_limiter, max_concurrency, settings)
        network = transport or async_network(http2)
        stack = async_stack(network, httpx.URL(settings.base_url), limiter, storage, retry)
        self._setup(settings, retry, limiter, storage, stack, owns_pool=True)

    def _connect(self, settings: Settings, retry: RetryPolicy, stack: httpx.AsyncBaseTransport) -> None:
        self.http = AsyncHTTPClient(
            base_url=settings.base_url,
            auth=settings.auth,
            headers={"User-Agent": settings.user_agent, **settings.headers},
            timeout=settings.timeout,
            follow_redirects=True,
            event_hooks={"request": [alog_request], "response": [alog_response]},
            transport=stack,
            retry_policy=retry,
        )
        self.api_client = Client(base_url=settings.base_url, timeout=settings.timeout, derive=self._derive_api_client)
        self.api_client.set_async_httpx_client(self.http)
        self.paging = AsyncLinkPaging(workers=self.rate_limiter.max_concurrency)

    async def aclose(self) -> None:
        """Close the connection pool (a client from `with_options` leaves it to its original)."""
        if self._owns_pool:
            await self.http.aclose()

    async def __aenter__(self) -> AsyncPhrase:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
