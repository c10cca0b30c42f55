"""Keep secrets out of reprs, logs and error messages."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import httpx

SECRET_HEADERS = frozenset({"authorization", "x-phraseapp-otp", "proxy-authorization", "cookie", "set-cookie"})
# Signed download URLs carry their signature in the query.
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
    }
)


def mask(secret: str | None) -> str:
    """Show only the last four characters of a secret, e.g. ``'…9f3c'``."""
    if not secret:
        return "''"
    return f"'…{secret[-4:]}'" if len(secret) > 8 else "'…'"


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
