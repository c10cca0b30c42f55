"""Authentication against the Prism mock of openapi.yaml: it checks that credentials are present."""

from __future__ import annotations

import httpx
import pytest
from phrase_strings import Phrase, Unauthorized


def test_token_and_basic_auth_are_accepted(prism_url: str) -> None:
    for client in (
        Phrase("prism-token-000000", base_url=prism_url, timeout=10),
        Phrase(email="ada@example.com", password="pw-000000", base_url=prism_url, timeout=10),
    ):
        with client:
            assert client.users.show_current().username is not None


def test_missing_credentials_are_a_typed_401(prism_url: str) -> None:
    with Phrase(auth=httpx.BasicAuth("", ""), base_url=prism_url, timeout=10) as client:
        client.http.auth = None  # type: ignore[assignment]
        with pytest.raises(Unauthorized) as caught:
            client.users.show_current()
    assert caught.value.status_code == 401
