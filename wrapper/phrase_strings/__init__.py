"""phrase-strings: typed sync and async client for the Phrase Strings API v2.

from phrase_strings import Phrase

with Phrase(app="MyApp (ops@example.com)") as client:
for project in client.projects.list():
print(project.name)
"""

from typing import TYPE_CHECKING, Any

from phrase_strings_api.api import NotModified

from ._version import __version__
from .auth import BasicAuth, PlatformTokenAuth, TokenAuth
from .cache import CachedResponse, CacheStorage, InMemoryCache
from .client import AsyncPhrase, Phrase, Settings
from .credentials import Credentials, discover
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequest,
    ConfigurationError,
    Conflict,
    CredentialsNotFound,
    Forbidden,
    InsecureTransportError,
    MalformedResponse,
    MissingField,
    NotFound,
    OTPRequired,
    PhraseError,
    RateLimited,
    ResponseError,
    ServerError,
    TokenExchangeError,
    Unauthorized,
    UnexpectedStatus,
    ValidationFailed,
)
from .ratelimit import RateLimit, RateLimiter
from .retry import RetryPolicy

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPhrase",
    "BadRequest",
    "BasicAuth",
    "CacheStorage",
    "CachedResponse",
    "ConfigurationError",
    "Conflict",
    "Credentials",
    "CredentialsNotFound",
    "DownloadFailed",
    "DownloadInterrupted",
    "DownloadOptions",
    "DownloadResult",
    "Forbidden",
    "InMemoryCache",
    "InsecureTransportError",
    "MalformedResponse",
    "MissingField",
    "NotFound",
    "NotModified",
    "OTPRequired",
    "Phrase",
    "PhraseError",
    "PlatformTokenAuth",
    "PollPolicy",
    "ProcessingTimeout",
    "PullResult",
    "PushResult",
    "RateLimit",
    "RateLimited",
    "RateLimiter",
    "ResponseError",
    "RetryPolicy",
    "ServerError",
    "Settings",
    "TokenAuth",
    "TokenExchangeError",
    "Unauthorized",
    "UnexpectedStatus",
    "UploadFailed",
    "UploadOptions",
    "ValidationFailed",
    "__version__",
    "apull",
    "apush",
    "discover",
    "pull",
    "push",
]


_LAZY = {
    **dict.fromkeys(
        (
            "DownloadFailed",
            "DownloadInterrupted",
            "DownloadOptions",
            "DownloadResult",
            "PollPolicy",
            "ProcessingTimeout",
            "UploadFailed",
            "UploadOptions",
        ),
        "files",
    ),
    **dict.fromkeys(("PullResult", "PushResult", "apull", "apush", "pull", "push"), "workflows"),
}

if TYPE_CHECKING:
    from .files import (
        DownloadFailed,
        DownloadInterrupted,
        DownloadOptions,
        DownloadResult,
        PollPolicy,
        ProcessingTimeout,
        UploadFailed,
        UploadOptions,
    )
    from .workflows import PullResult, PushResult, apull, apush, pull, push


def __getattr__(name: str) -> Any:
    """Load the file helpers on first use: they bring in models an app may never need."""
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
