"""The exceptions this library raises. Catch `PhraseError` for all of them.

PhraseError
├── ConfigurationError                bad arguments or settings, found before any request (an empty path
│   │                                 parameter, per_page over 100, an unlimited timeout, no project)
│   ├── CredentialsNotFoundError      no credentials in arguments, environment or .phrase.yml
│   └── InsecureTransportError        credentials would go over plain http:// to a remote host
├── TokenExchangeError                the Phrase Platform token could not be exchanged for a JWT
├── APIConnectionError                no answer: DNS, refused or reset connection, broken body
│   └── APITimeoutError               no answer within the timeout
├── APIStatusError                    an answer with a 4xx or 5xx status
│   ├── BadRequestError (400), AuthenticationError (401) > OTPRequiredError, PermissionDeniedError (403),
│   ├── NotFoundError (404), ConflictError (409), UnprocessableEntityError (422), RateLimitError (429)
│   └── InternalServerError (5xx)
└── ResponseError                     an answer that is not what the spec documents
    ├── UnexpectedStatusError         an undocumented status (a 202 where 200 is documented, a 304 not asked for)
    └── MalformedResponseError        a body or Link header that cannot be read (not JSON, empty, wrong shape)
        └── MissingFieldError         an object without a field its schema requires (``.model``, ``.field``)

The names used before 0.2 (``NotFound``, ``RateLimited``, ``ValidationFailed``, …) remain as aliases.
`PhraseError`, `ConfigurationError` and the `ResponseError` family are defined by the generated
package (`phrase_strings_api.errors`), so its facades raise them too; this module re-exports them.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
from phrase_strings_api.errors import (
    ConfigurationError,
    MalformedResponseError,
    MissingFieldError,
    PhraseError,
    ResponseError,
    UnexpectedStatusError,
)

from ._redact import redact_url

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequest",
    "BadRequestError",
    "ConfigurationError",
    "Conflict",
    "ConflictError",
    "CredentialsNotFound",
    "CredentialsNotFoundError",
    "Forbidden",
    "InsecureTransportError",
    "InternalServerError",
    "MalformedResponseError",
    "MissingFieldError",
    "NotFound",
    "NotFoundError",
    "OTPRequired",
    "OTPRequiredError",
    "PermissionDeniedError",
    "PhraseError",
    "RateLimitError",
    "RateLimited",
    "ResponseError",
    "ServerError",
    "TokenExchangeError",
    "Unauthorized",
    "UnexpectedStatusError",
    "UnprocessableEntityError",
    "ValidationFailed",
    "error_for",
]


class CredentialsNotFoundError(ConfigurationError):
    """No credentials were given or found; the message lists every place searched."""

    def __init__(self, searched: list[str]) -> None:
        self.searched = searched
        lines = "\n".join(f"  - {place}" for place in searched)
        super().__init__(
            "No Phrase credentials found. Pass access_token=… (or platform_token=…, or email/password), "
            f"or set one of these:\n{lines}"
        )


class InsecureTransportError(ConfigurationError):
    """Credentials would be sent over plain HTTP to a host other than this machine."""


class TokenExchangeError(PhraseError):
    """The Phrase Platform token could not be exchanged for a JWT: refused, or the identity service unreachable."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class APIConnectionError(PhraseError):
    """The request got no usable answer (connection refused or reset, DNS failure, broken body)."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request
        self.method = request.method
        self.url = redact_url(request.url)


class APITimeoutError(APIConnectionError):
    """The request got no answer within its timeout."""


class APIStatusError(PhraseError):
    """The API answered with an error status.

    Attributes: ``status_code``, ``method``, ``url`` (secrets masked), ``request_id`` (if the API
    sent one), ``body`` (the parsed JSON error body, or None), ``message`` and ``response``.
    """

    status_code: int

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        self.method = response.request.method
        self.url = redact_url(response.request.url)
        self.request_id = response.headers.get("x-request-id")
        self.body = _json_body(response)
        self.message = _message(response, self.body)
        where = f"{self.method} {self.url}"
        rid = f" (request id {self.request_id})" if self.request_id else ""
        super().__init__(f"{self.status_code} {self.message} — {where}{rid}")


class BadRequestError(APIStatusError):
    """400: malformed request or a missing required parameter."""


class AuthenticationError(APIStatusError):
    """401: missing, wrong or expired credentials."""


def is_otp_challenge(response: httpx.Response) -> bool:
    """A 401 whose ``X-PhraseApp-OTP`` header asks for a one-time password."""
    return response.status_code == 401 and response.headers.get("x-phraseapp-otp", "").lower().startswith("required")


def mfa_type(response: httpx.Response) -> str | None:
    """The MFA type named by an OTP challenge (``required; app`` -> ``"app"``)."""
    return response.headers.get("x-phraseapp-otp", "").partition(";")[2].strip() or None


class OTPRequiredError(AuthenticationError):
    """401 asking for a one-time password; ``mfa_type`` names the kind (e.g. ``"app"``).

    Pass ``otp=`` or ``otp_provider=`` to the client to answer the challenge.
    """

    def __init__(self, response: httpx.Response) -> None:
        self.mfa_type = mfa_type(response)
        super().__init__(response)


class PermissionDeniedError(APIStatusError):
    """403: the credentials do not allow this action."""


class NotFoundError(APIStatusError):
    """404: nothing at this address, or not visible to these credentials."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state of the resource."""


class UnprocessableEntityError(APIStatusError):
    """422: a field is invalid; ``errors`` lists ``{"resource", "field", "message"}`` dicts."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        raw = self.body.get("errors") if isinstance(self.body, dict) else None
        self.errors: list[dict[str, Any]] = [e for e in raw if isinstance(e, dict)] if isinstance(raw, list) else []
        if self.errors:
            details = "; ".join(f"{e.get('field', '?')} {e.get('message', '')}".strip() for e in self.errors)
            self.args = (f"{self.args[0]}: {details}",)


class RateLimitError(APIStatusError):
    """429: too many requests. ``reset_at`` is the UNIX time the window ends (if sent)."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        self.reason = response.headers.get("x-rate-limit-reason")
        self.reset_at = _int_header(response, "x-rate-limit-reset")
        self.retry_after = _int_header(response, "retry-after")


class InternalServerError(APIStatusError):
    """5xx: the service failed or is unavailable."""


# The names before 0.2, kept so that existing ``except`` clauses keep working.
BadRequest = BadRequestError
Unauthorized = AuthenticationError
OTPRequired = OTPRequiredError
Forbidden = PermissionDeniedError
NotFound = NotFoundError
Conflict = ConflictError
ValidationFailed = UnprocessableEntityError
RateLimited = RateLimitError
ServerError = InternalServerError
CredentialsNotFound = CredentialsNotFoundError

_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for(response: httpx.Response) -> APIStatusError:
    """The typed exception for an error response (whose body has been read)."""
    status = response.status_code
    if is_otp_challenge(response):
        return OTPRequiredError(response)
    if status >= 500:
        return InternalServerError(response)
    return _BY_STATUS.get(status, APIStatusError)(response)


def _json_body(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return None


def _message(response: httpx.Response, body: Any) -> str:
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        return str(body["message"])
    text = response.text.strip() if response.content else ""
    if not text:
        return response.reason_phrase or "error"
    if "html" in response.headers.get("content-type", "") or text.lstrip().startswith("<"):
        return f"{response.reason_phrase or 'error'} (HTML error page, {len(text)} characters)"
    return text[:200]


def _int_header(response: httpx.Response, name: str) -> int | None:
    value = response.headers.get(name)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
