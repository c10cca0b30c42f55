"""`Phrase` and `AsyncPhrase`: one object per account, with every resource group as an attribute.

with Phrase() as client:                       # credentials from env or .phrase.yml
for key in client.keys.list(project_id):   # typed models
...
"""

from __future__ import annotations

import platform
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Literal, Self

import attrs
import httpx
from phrase_strings_api import Client
from phrase_strings_api.api import AsyncResources, Resources
from phrase_strings_api.client import check_timeout

from . import credentials
from ._version import __version__
from .auth import IDM_TOKEN_URLS, BasicAuth, OTPProvider, PlatformTokenAuth, TokenAuth
from .cache import AsyncCacheTransport, CacheStorage, CacheTransport, InMemoryCache
from .errors import APIConnectionError, APITimeoutError, ConfigurationError, CredentialsNotFound, error_for
from .log import alog_request, alog_response, log_request, log_response
from .pagination import AsyncLinkPaging, LinkPaging
from .ratelimit import AsyncRateLimitTransport, RateLimit, RateLimiter, RateLimitTransport
from .retry import RETRY_EXTENSION, AsyncRetryTransport, RetryPolicy, RetryTransport
from .transport import STREAM, AsyncCredentialGuard, CredentialGuard

DataCenter = Literal["eu", "us"]
BASE_URLS: dict[str, str] = {"eu": "https://api.phrase.com/v2", "us": "https://api.us.app.phrase.com/v2"}
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def default_user_agent() -> str:
    """``phrase-strings/<version> httpx/<version> Python/<version>``."""
    return f"phrase-strings/{__version__} httpx/{httpx.__version__} Python/{platform.python_version()}"


@attrs.frozen
class Settings:
    """What a client was built from, after credential discovery. Shared by sync and async."""

    base_url: str
    data_center: str
    user_agent: str
    timeout: httpx.Timeout
    auth: httpx.Auth
    project_id: str | None = None
    credential_source: str = "argument"
    headers: Mapping[str, str] = attrs.field(factory=dict)
    """Extra headers sent with every request (see `with_options`)."""

    @classmethod
    def resolve(
        cls,
        *,
        access_token: str | None,
        platform_token: str | None,
        email: str | None,
        password: str | None,
        otp: str | None,
        otp_provider: OTPProvider | None,
        auth: httpx.Auth | None,
        data_center: str | None,
        base_url: str | None,
        app: str | None,
        timeout: float | httpx.Timeout | None,
        project_id: str | None,
    ) -> Settings:
        """Apply the documented precedence (see `phrase_strings.credentials`) and check it all."""
        explicit_auth = auth is not None or email is not None
        found = credentials.discover(
            {
                "access_token": None if explicit_auth else access_token,
                "platform_token": None if explicit_auth else platform_token,
                "host": base_url,
                "data_center": data_center,
                "project_id": project_id,
            }
        )
        inferred = next((name for name, url in BASE_URLS.items() if found.host and found.host.rstrip("/") == url), None)
        dc = (found.data_center or inferred or "eu").lower()
        if dc not in BASE_URLS:
            raise ConfigurationError(f"data_center must be 'eu' or 'us', not {dc!r}")
        url = (found.host or BASE_URLS[dc]).rstrip("/")
        if not url.startswith(("https://", "http://")):
            raise ConfigurationError(f"base_url must start with https:// (got {url!r})")
        user_agent = f"{app} {default_user_agent()}" if app else default_user_agent()
        if timeout is None:
            raise ConfigurationError("timeout=None would let a request hang forever; give seconds or httpx.Timeout")
        resolved_timeout = _timeout(timeout)

        chosen: httpx.Auth
        source = "argument"
        if auth is not None:
            chosen = auth
        elif email is not None:
            if not password:
                raise ConfigurationError("email given without password")
            chosen = BasicAuth(email, password, otp=otp, otp_provider=otp_provider)
        elif found.access_token:
            chosen = TokenAuth(found.access_token)
            source = found.sources["access_token"]
        elif found.platform_token:
            source = found.sources["platform_token"]
            chosen = PlatformTokenAuth(
                found.platform_token,
                token_url=IDM_TOKEN_URLS[dc],
                user_agent=user_agent,
                timeout=resolved_timeout.read or 30.0,
            )
        else:
            raise CredentialsNotFound(credentials.searched_places())
        return cls(
            base_url=url,
            data_center=dc,
            user_agent=user_agent,
            timeout=resolved_timeout,
            auth=chosen,
            project_id=found.project_id,
            credential_source=source,
        )


def _wrap_transport_error(exc: httpx.RequestError) -> APIConnectionError:
    request = exc.request
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


def _rate_limiter(given: RateLimiter | None, max_concurrency: int | None) -> RateLimiter:
    if given is None:
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


def _timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    return check_timeout(timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout))


_CREDENTIAL_HEADERS = frozenset({"authorization", "x-phraseapp-otp"})


def _extra_headers(current: Mapping[str, str], extra: Mapping[str, str] | None) -> Mapping[str, str]:
    if not extra:
        return current
    for name, value in extra.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError(f"headers must map names to strings, not {name!r}: {type(value).__name__}")
        if name.lower() in _CREDENTIAL_HEADERS:
            raise ConfigurationError(f"{name} is set by the client's credentials (auth=, otp=), not by headers=")
    return {**current, **extra}


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
        timeout=settings.timeout if timeout is None else _timeout(timeout),
        headers=_extra_headers(settings.headers, headers),
    )
    return settings, retry


def _sync_stack(
    network: httpx.BaseTransport,
    api_url: httpx.URL,
    limiter: RateLimiter,
    storage: CacheStorage | None,
    retry: RetryPolicy,
) -> httpx.BaseTransport:
    """Guard > cache > retry > rate limit > network (see `phrase_strings.transport`).

    ``retry`` is for requests sent without a policy of their own (e.g. an auth flow's token
    exchange); the clients' requests carry theirs.
    """
    stack: httpx.BaseTransport = RetryTransport(RateLimitTransport(network, limiter), limiter, retry)
    if storage is not None:
        stack = CacheTransport(stack, storage)
    return CredentialGuard(stack, api_url)


def _async_stack(
    network: httpx.AsyncBaseTransport,
    api_url: httpx.URL,
    limiter: RateLimiter,
    storage: CacheStorage | None,
    retry: RetryPolicy,
) -> httpx.AsyncBaseTransport:
    """Async `_sync_stack`."""
    stack: httpx.AsyncBaseTransport = AsyncRetryTransport(AsyncRateLimitTransport(network, limiter), limiter, retry)
    if storage is not None:
        stack = AsyncCacheTransport(stack, storage)
    return AsyncCredentialGuard(stack, api_url)


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
    max_retries: int,
    retry_budget: float,
    rate_limiter: RateLimiter | None,
    max_concurrency: int | None,
    cache: bool | CacheStorage,
) -> tuple[RetryPolicy, RateLimiter, CacheStorage | None]:
    return (
        RetryPolicy(max_retries=max_retries, budget=retry_budget),
        _rate_limiter(rate_limiter, max_concurrency),
        _cache_storage(cache),
    )


class Phrase(_ClientBase, Resources):
    """Blocking client. Every resource group is an attribute: ``client.keys.list(project_id)``.

    Credentials: ``access_token``, ``platform_token``, ``email`` + ``password`` (+ ``otp`` or
    ``otp_provider``), or any ``httpx.Auth`` as ``auth``. With none of them, they are read from
    the environment or ``.phrase.yml`` (see `phrase_strings.credentials`).

    Limits and retries: at most ``max_concurrency`` requests in flight (default 4, Phrase's
    per-user limit; or share a `RateLimiter` between clients with ``rate_limiter``); failed
    requests are retried ``max_retries`` times (default 2) and 429s wait for the window's reset,
    all within ``retry_budget`` seconds of waiting per call (see `phrase_strings.retry`).
    ``cache=True`` (or a `CacheStorage`) revalidates GETs with ETag/Last-Modified.
    ``with_options()`` gives a client with other retries or timeout over the same connections.

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
        rate_limiter: RateLimiter | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        retry, limiter, storage = _limits(max_retries, retry_budget, rate_limiter, max_concurrency, cache)
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
        network = transport or httpx.HTTPTransport(http2=http2)
        stack = _sync_stack(network, httpx.URL(settings.base_url), limiter, storage, retry)
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


class AsyncPhrase(_ClientBase, AsyncResources):
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
        rate_limiter: RateLimiter | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        retry, limiter, storage = _limits(max_retries, retry_budget, rate_limiter, max_concurrency, cache)
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
        network = transport or httpx.AsyncHTTPTransport(http2=http2)
        stack = _async_stack(network, httpx.URL(settings.base_url), limiter, storage, retry)
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
