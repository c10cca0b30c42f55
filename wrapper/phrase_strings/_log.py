"""Request logging on the ``phrase_strings`` logger (DEBUG), with credentials redacted."""

from __future__ import annotations

import logging

import httpx

from ._redact import redact_headers, redact_url

logger = logging.getLogger("phrase_strings")


def log_request(request: httpx.Request) -> None:
    """Log method, URL and headers of a request about to be sent."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug("→ %s %s %s", request.method, redact_url(request.url), redact_headers(request.headers))


def log_response(response: httpx.Response) -> None:
    """Log the status and rate-limit headers of an answer."""
    if logger.isEnabledFor(logging.DEBUG):
        remaining = response.headers.get("x-rate-limit-remaining", "?")
        logger.debug(
            "← %s %s %s (rate limit remaining %s)",
            response.status_code,
            response.request.method,
            redact_url(response.request.url),
            remaining,
        )


async def alog_request(request: httpx.Request) -> None:
    """Async `log_request`."""
    log_request(request)


async def alog_response(response: httpx.Response) -> None:
    """Async `log_response`."""
    log_response(response)
