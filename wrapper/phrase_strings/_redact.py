"""Keep secrets out of reprs, logs and error messages."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import httpx

SECRET_HEADERS = frozenset({"authorization", "x-phraseapp-otp", "proxy-authorization", "cookie", "set-cookie"})
# Signed download URLs carry their signature (and temporary credentials) in the query.
SECRET_PARAMS = frozenset(
    {
        "access_token",
        "password",
        "subject_token",
        "token",
        "otp",
        "signature",
        "sig",
        "x-amz-signature",
        "x-amz-credential",
        "x-amz-security-token",
        "x-goog-signature",
        "x-goog-credential",
    }
)

_NAMES = "|".join(re.escape(name) for name in sorted(SECRET_PARAMS, key=len, reverse=True))
# A secret parameter inside any URL or query string in free text: ``?access_token=…``, ``&X-Amz-Signature=…``.
_QUERY_VALUE = re.compile(rf"(?i)(?P<key>[?&;](?:{_NAMES})=)[^&;#\s'\"<>]*")
# A quoted header value with an auth scheme, as in a repr of headers: ``'token abc'``, ``b'Basic YWRh…'``.
_SCHEME_VALUE = re.compile(r"(?i)(?P<open>['\"])(?P<scheme>token|basic|bearer)\s+[^'\"]*(?P=open)")
# A secret header's value next to its name: ``authorization: …``, ``(b'x-phraseapp-otp', b'…')``.
# Atomic groups, so a value already masked is left alone.
_HEADERS = "|".join(re.escape(name) for name in sorted(SECRET_HEADERS, key=len, reverse=True))
_HEADER_VALUE = re.compile(
    rf"(?i)(?P<name>{_HEADERS})"
    r"(?P<sep>(?>['\"]?\s*[:,=]\s*b?['\"]?))(?>(?:(?:token|basic|bearer)\s+)?)(?!\*)[^'\"\s,;)}\]]+"
)


def mask(secret: str | None) -> str:
    """Show only the last four characters of a secret, quoted for a repr, e.g. ``'…9f3c'``."""
    if not secret:
        return "''"
    return f"'{last_four(secret)}'" if len(secret) > 8 else "'…'"


def last_four(fragment: str) -> str:
    """``…9f3c``: how a token (or the API's ``token_last_eight``) is shown to people and in logs."""
    return f"…{fragment[-4:]}"


def redact_url(url: httpx.URL | str) -> str:
    """The URL with the values of secret query parameters replaced by ``***``."""
    url = httpx.URL(str(url))
    if not url.query:
        return str(url)
    pairs = [(k, "***" if k.lower() in SECRET_PARAMS else v) for k, v in url.params.multi_items()]
    return str(url.copy_with(params=pairs))


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of the headers with credential values replaced by ``***``."""
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {k: "***" if k.lower() in SECRET_HEADERS else v for k, v in items}


def redact_text(text: str) -> str:
    """Free text (a log message, a traceback) with secret query values and header values replaced by ``***``.

    For text this library does not write itself, such as httpx's ``HTTP Request: GET <url>`` line
    and httpcore's traces: URLs are masked as by `redact_url`, credential headers as by `redact_headers`.
    """
    text = _QUERY_VALUE.sub(r"\g<key>***", text)
    text = _SCHEME_VALUE.sub(r"\g<open>\g<scheme> ***\g<open>", text)
    return _HEADER_VALUE.sub(r"\g<name>\g<sep>***", text)
