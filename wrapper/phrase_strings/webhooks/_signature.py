"""Checking ``X-PhraseApp-Signature``: HMAC-SHA256 of the raw body, keyed with the webhook's secret."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac

SIGNATURE_HEADER = "X-PhraseApp-Signature"
_DIGEST_SIZE = hashlib.sha256().digest_size


def _decode(signature: str) -> bytes | None:
    """The 32 bytes a signature stands for: Phrase sends Base64 (Ruby's adds a newline); hex is accepted too."""
    text = signature.strip()
    if len(text) == 2 * _DIGEST_SIZE:
        try:
            return bytes.fromhex(text)
        except ValueError:
            return None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == _DIGEST_SIZE else None


def verify_signature(body: bytes, signature: str, secret: str) -> bool:
    """Whether ``signature`` is Phrase's signature of ``body`` (the raw request body) under ``secret``.

    ``secret`` is the webhook's verification token. The comparison takes the same time wherever the
    signature differs. An empty or malformed signature, or an empty secret, gives False.
    """
    if not signature or not secret:
        return False
    claimed = _decode(signature)
    if claimed is None:
        return False
    expected = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).digest()
    return hmac.compare_digest(claimed, expected)
