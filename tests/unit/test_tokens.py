"""Token features of ``client.authorizations``: create, rotate, find, expiry warnings; on both twins."""

from __future__ import annotations

import datetime as dt
import inspect
import json
import logging
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest
from phrase_strings import AsyncPhrase, ConfigurationError, Phrase
from phrase_strings_api.models import Authorization

API = "https://api.phrase.test/v2"
SECRET = "c0ffee" * 10 + "beefcafe"


def run(twin: str, call: Callable[[Any], Any], *args: Any, **kwargs: Any) -> Any:
    """Build a `Phrase` or an `AsyncPhrase` from the arguments, and return what ``call(client)`` gives (awaited)."""
    if twin == "sync":
        with Phrase(*args, **kwargs) as client:
            return call(client)

    async def main() -> Any:
        async with AsyncPhrase(*args, **kwargs) as client:
            result = call(client)
            return await result if inspect.isawaitable(result) else result

    return anyio.run(main)


twins = pytest.mark.parametrize("twin", ["sync", "async"])


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


@twins
def test_create_posts_note_scopes_and_expiry_and_masks_the_token(twin: str) -> None:
    bodies: list[dict[str, object]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(201, json=created())

    expires = dt.datetime(2027, 1, 1, tzinfo=dt.UTC)
    new = run(
        twin,
        lambda c: c.authorizations.create_token(note="CI", scopes=["read"], expires_at=expires),
        email="a@example.com",
        password="pw",
        base_url=API,
        transport=httpx.MockTransport(handle),
    )
    assert bodies == [{"note": "CI", "scopes": ["read"], "expires_at": "2027-01-01T00:00:00+00:00"}]
    assert new.token == SECRET
    assert SECRET not in repr(new) and SECRET not in str(new)
    assert "…cafe" in repr(new)


@twins
@pytest.mark.parametrize(("note", "scopes"), [("  ", ["read"]), ("CI", "read")])
def test_bad_token_requests_are_rejected_before_sending(twin: str, note: str, scopes: object) -> None:
    transport = httpx.MockTransport(lambda r: pytest.fail("nothing may be sent"))
    with pytest.raises(ConfigurationError):
        run(
            twin,
            lambda c: c.authorizations.create_token(note=note, scopes=scopes),
            email="a@example.com",
            password="pw",
            base_url=API,
            transport=transport,
        )


@twins
def test_rotate_creates_before_it_revokes(twin: str) -> None:
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

    new = run(
        twin,
        lambda c: c.authorizations.rotate("auth-old"),
        email="a@example.com",
        password="pw",
        base_url=API,
        transport=httpx.MockTransport(handle),
    )
    assert calls == ["GET /v2/authorizations/auth-old", "POST /v2/authorizations", "DELETE /v2/authorizations/auth-old"]
    assert new.id == "auth-new"


@twins
def test_find_current_matches_the_clients_token_across_pages(twin: str) -> None:
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

    found = run(
        twin, lambda c: c.authorizations.find_current(), token, base_url=API, transport=httpx.MockTransport(handle)
    )
    assert found is not None and found.id == "a2"
    assert (
        run(
            twin,
            lambda c: c.authorizations.find_current("other-token-99999999"),
            token,
            base_url=API,
            transport=httpx.MockTransport(handle),
        )
        is None
    )


@twins
def test_find_current_without_an_access_token_asks_for_one_before_sending(twin: str) -> None:
    transport = httpx.MockTransport(lambda r: pytest.fail("nothing may be sent"))
    with pytest.raises(ConfigurationError, match="pass the token to look up"):
        run(
            twin,
            lambda c: c.authorizations.find_current(),
            email="a@example.com",
            password="pw",
            base_url=API,
            transport=transport,
        )


@pytest.mark.parametrize(
    ("days", "state", "warned"),
    [(-1, "expired", True), (3, "expiring", True), (30, "ok", False), (None, "never", False)],
)
@twins
def test_expiry_warnings(
    twin: str, days: int | None, state: str, warned: bool, caplog: pytest.LogCaptureFixture
) -> None:
    now = dt.datetime(2026, 11, 28, tzinfo=dt.UTC)
    expires = now + dt.timedelta(days=days) if days is not None else None
    auth = Authorization(
        id="a", created_at=now, updated_at=now, note="CI", token_last_eight="12345678", expires_at=expires
    )
    with caplog.at_level(logging.WARNING, logger="phrase_strings"):
        got = run(twin, lambda c: c.authorizations.check_expiry(auth, now=now), "tok", base_url=API)
    assert got == state
    assert bool(caplog.records) == warned
