"""Token helpers: create, rotate, find, expiry warnings."""

from __future__ import annotations

import datetime as dt
import json
import logging

import httpx
import pytest
from phrase_strings import ConfigurationError, Phrase
from phrase_strings.tokens import check_expiry, create_access_token, find_authorization, rotate_access_token
from phrase_strings_api.models import Authorization

API = "https://api.phrase.test/v2"
SECRET = "c0ffee" * 10 + "beefcafe"


def created(**extra: object) -> dict[str, object]:
    return {
        "id": "auth-new",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "note": "CI",
        "token_last_eight": SECRET[-8:],
        "scopes": ["read"],
        "expires_at": None,
        "token": SECRET,
        **extra,
    }


def test_create_posts_note_scopes_and_expiry_and_masks_the_token() -> None:
    bodies: list[dict[str, object]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(201, json=created())

    expires = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
    with Phrase(email="a@example.com", password="pw", base_url=API, transport=httpx.MockTransport(handle)) as client:
        new = create_access_token(client, note="CI", scopes=["read"], expires_at=expires)
    assert bodies == [{"note": "CI", "scopes": ["read"], "expires_at": "2027-01-01T00:00:00+00:00"}]
    assert new.token == SECRET
    assert SECRET not in repr(new) and SECRET not in str(new)
    assert "…cafe" in repr(new)


@pytest.mark.parametrize(("note", "scopes"), [("  ", ["read"]), ("CI", "read")])
def test_bad_token_requests_are_rejected_before_sending(note: str, scopes: object) -> None:
    transport = httpx.MockTransport(lambda r: pytest.fail("nothing may be sent"))
    with Phrase(email="a@example.com", password="pw", base_url=API, transport=transport) as client:
        with pytest.raises(ConfigurationError):
            create_access_token(client, note=note, scopes=scopes)  # type: ignore[arg-type]


def test_rotate_creates_before_it_revokes() -> None:
    calls: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(f"{request.method} {request.url.path}")
        if request.method == "GET":
            return httpx.Response(
                200,
                json={
                    "id": "auth-old",
                    "created_at": "2026-01-01T00:00:00Z",
                    "updated_at": "2026-01-01T00:00:00Z",
                    "note": "deploy",
                    "scopes": ["read", "write"],
                    "expires_at": "2027-05-01T00:00:00Z",
                },
            )
        if request.method == "POST":
            body = json.loads(request.content)
            assert body == {"note": "deploy", "scopes": ["read", "write"], "expires_at": "2027-05-01T00:00:00+00:00"}
            return httpx.Response(201, json=created(note="deploy"))
        return httpx.Response(204)

    with Phrase(email="a@example.com", password="pw", base_url=API, transport=httpx.MockTransport(handle)) as client:
        new = rotate_access_token(client, "auth-old")
    assert calls == ["GET /v2/authorizations/auth-old", "POST /v2/authorizations", "DELETE /v2/authorizations/auth-old"]
    assert new.id == "auth-new"


def test_find_authorization_matches_the_clients_token_across_pages() -> None:
    token = "tok-aaaa-" + "12345678"

    def handle(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        if page == 1:
            return httpx.Response(
                200,
                json=[
                    {
                        "id": "a1",
                        "created_at": "2026-01-01T00:00:00Z",
                        "updated_at": "2026-01-01T00:00:00Z",
                        "token_last_eight": "00000000",
                    }
                ],
                headers={"Link": f'<{API}/authorizations?page=2&per_page=100>; rel="next"'},
            )
        return httpx.Response(
            200,
            json=[
                {
                    "id": "a2",
                    "created_at": "2026-01-01T00:00:00Z",
                    "updated_at": "2026-01-01T00:00:00Z",
                    "token_last_eight": "12345678",
                    "note": "mine",
                }
            ],
        )

    with Phrase(token, base_url=API, transport=httpx.MockTransport(handle)) as client:
        found = find_authorization(client)
    assert found is not None and found.id == "a2"


@pytest.mark.parametrize(
    ("days", "state", "warned"),
    [(-1, "expired", True), (3, "expiring", True), (30, "ok", False), (None, "never", False)],
)
def test_expiry_warnings(days: int | None, state: str, warned: bool, caplog: pytest.LogCaptureFixture) -> None:
    now = dt.datetime(2026, 11, 28, tzinfo=dt.UTC)
    expires = now + dt.timedelta(days=days) if days is not None else None
    auth = Authorization(
        id="a", created_at=now, updated_at=now, note="CI", token_last_eight="12345678", expires_at=expires
    )
    with caplog.at_level(logging.WARNING, logger="phrase_strings"):
        assert check_expiry(auth, now=now) == state
    assert bool(caplog.records) == warned
