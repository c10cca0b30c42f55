"""phrase-strings: typed sync and async client for the Phrase Strings API v2.

Example::

    from phrase_strings import Phrase

    with Phrase(app="MyApp (ops@example.com)") as client:
        for project in client.projects.list():
            print(project.name)

Everything an app needs is importable from here; the modules starting with ``_`` are internal and
may change between releases. The public subpackages are `phrase_strings.cli` (the command line) and,
when present, `phrase_strings.testing` and `phrase_strings.webhooks`.
"""

import typing as _typing

from phrase_strings_api.api import NotModified

from ._auth import BasicAuth, PlatformTokenAuth, TokenAuth
from ._cache import CachedResponse, CacheStorage, InMemoryCache
from ._client import AsyncPhrase, Phrase
from ._credentials import Credentials, discover
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequest,
    BadRequestError,
    ConfigurationError,
    Conflict,
    ConflictError,
    CredentialsNotFound,
    CredentialsNotFoundError,
    Forbidden,
    InsecureTransportError,
    InternalServerError,
    MalformedResponseError,
    MissingFieldError,
    NotFound,
    NotFoundError,
    OTPRequired,
    OTPRequiredError,
    PermissionDeniedError,
    PhraseError,
    RateLimited,
    RateLimitError,
    ResponseError,
    ServerError,
    TokenExchangeError,
    Unauthorized,
    UnexpectedStatusError,
    UnprocessableEntityError,
    ValidationFailed,
)
from ._ratelimit import RateLimit, RateLimiter
from ._retry import RetryPolicy
from ._settings import Settings
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPhrase",
    "AuthenticationError",
    "BadRequest",
    "BadRequestError",
    "BasicAuth",
    "BranchFailedError",
    "CacheStorage",
    "CachedResponse",
    "CleanupPlan",
    "ConfigurationError",
    "Conflict",
    "ConflictError",
    "Credentials",
    "CredentialsNotFound",
    "CredentialsNotFoundError",
    "DownloadFailed",
    "DownloadFailedError",
    "DownloadInterrupted",
    "DownloadInterruptedError",
    "DownloadOptions",
    "DownloadResult",
    "Forbidden",
    "InMemoryCache",
    "InsecureTransportError",
    "InternalServerError",
    "MalformedResponseError",
    "MissingFieldError",
    "NewAccessToken",
    "NotFound",
    "NotFoundError",
    "NotModified",
    "OTPRequired",
    "OTPRequiredError",
    "PermissionDeniedError",
    "Phrase",
    "PhraseConfig",
    "PhraseError",
    "PlatformTokenAuth",
    "PollPolicy",
    "ProcessingTimeout",
    "ProcessingTimeoutError",
    "Progress",
    "PullResult",
    "PushResult",
    "RateLimit",
    "RateLimitError",
    "RateLimited",
    "RateLimiter",
    "ResponseError",
    "RetryPolicy",
    "ServerError",
    "Settings",
    "SharedRateLimiter",
    "TokenAuth",
    "TokenExchangeError",
    "Unauthorized",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "UploadFailed",
    "UploadFailedError",
    "UploadOptions",
    "ValidationFailed",
    "__version__",
    "apull",
    "apush",
    "discover",
    "load_config",
    "pull",
    "push",
]

# Loaded on first use: they bring in models an app may never need.
_LAZY = {
    **dict.fromkeys(
        (
            "DownloadFailed",
            "DownloadFailedError",
            "DownloadInterrupted",
            "DownloadInterruptedError",
            "DownloadOptions",
            "DownloadResult",
            "PollPolicy",
            "ProcessingTimeout",
            "ProcessingTimeoutError",
            "UploadFailed",
            "UploadFailedError",
            "UploadOptions",
        ),
        "_files",
    ),
    **dict.fromkeys(
        (
            "BranchFailedError",
            "CleanupPlan",
            "Progress",
            "PullResult",
            "PushResult",
        ),
        "_workflows",
    ),
    **dict.fromkeys(("apull", "apush"), "_async.workflows"),
    **dict.fromkeys(("pull", "push"), "_sync.workflows"),
    **dict.fromkeys(("PhraseConfig", "load_config"), "_config"),
    "NewAccessToken": "_tokens",
    "SharedRateLimiter": "_ratelimit_shared",
}

if _typing.TYPE_CHECKING:
    from ._async.workflows import apull, apush
    from ._config import PhraseConfig, load_config
    from ._files import (
        DownloadFailed,
        DownloadFailedError,
        DownloadInterrupted,
        DownloadInterruptedError,
        DownloadOptions,
        DownloadResult,
        PollPolicy,
        ProcessingTimeout,
        ProcessingTimeoutError,
        UploadFailed,
        UploadFailedError,
        UploadOptions,
    )
    from ._ratelimit_shared import SharedRateLimiter
    from ._sync.workflows import pull, push
    from ._tokens import NewAccessToken
    from ._workflows import BranchFailedError, CleanupPlan, Progress, PullResult, PushResult


def __getattr__(name: str) -> _typing.Any:
    """Import the file, workflow and token helpers when first asked for."""
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    """The public names, including those not imported yet."""
    return sorted(set(globals()) | set(__all__))
