"""Request logging on the ``phrase_strings`` logger (DEBUG), with credentials redacted.

The libraries underneath log too: httpx writes every request's URL at INFO, httpcore (and hpack,
with HTTP/2) trace connections and headers at DEBUG. Importing this module puts a `RedactSecrets`
filter on those loggers, so what they write about this client's requests has secret query values
and credential headers masked as well.
"""

from __future__ import annotations

import logging

import httpx

from ._redact import redact_headers, redact_text, redact_url

logger = logging.getLogger("phrase_strings")

# Filters on a logger see only records created on that very logger, not its children's: name each one.
GUARDED_LOGGERS = (
    "phrase_strings",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack",
    "hpack.hpack",
    "hpack.table",
)


class RedactSecrets(logging.Filter):
    """Rewrite a record's message (and traceback) with `redact_text` before any handler sees it."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask secrets in place; never drops a record."""
        try:
            message = record.getMessage()
        except Exception:  # a broken record is the logging module's to report
            return True
        clean = redact_text(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact_text(logging.Formatter().formatException(record.exc_info))
        return True


REDACT_SECRETS = RedactSecrets()


def guard_loggers() -> None:
    """Put `REDACT_SECRETS` on every logger the client's requests pass through (once each)."""
    names = {
        *GUARDED_LOGGERS,
        *(n for n in list(logging.root.manager.loggerDict) if n.startswith(("httpx.", "httpcore."))),
    }
    for name in names:
        target = logging.getLogger(name)
        if REDACT_SECRETS not in target.filters:
            target.addFilter(REDACT_SECRETS)


guard_loggers()


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
