from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Any

import pytest

from tests.conftest import REFERENCE

SCHEMAS = REFERENCE / "webhook_schemas"
EXAMPLES = sorted(SCHEMAS.glob("*_example.json"))
SECRET = "whsec-test-0123456789abcdef"


def sign(body: bytes, secret: str = SECRET) -> str:
    """What Phrase sends: Base64 of HMAC-SHA256(secret, body)."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCHEMAS / f"{name}_example.json").read_text())
    return data


@pytest.fixture
def jobs_complete_body() -> bytes:
    return (SCHEMAS / "jobs_complete_example.json").read_bytes()
