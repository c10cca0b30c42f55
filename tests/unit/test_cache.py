"""Conditional GETs: validators sent, 304 served from the cache, what is (not) stored."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest
from phrase_strings import BasicAuth, CachedResponse, CacheStorage, ConfigurationError, InMemoryCache, Phrase
from phrase_strings._cache import FROM_CACHE

from tests.unit.scripted import API, TOKEN, USER, FakeTime, Script, async_phrase, phrase


class Server:
    """A resource with a version: answers 304 when the client's validator matches."""

    def __init__(self, body: object = USER, etag: str | None = '"v1"', last_modified: str | None = None) -> None:
        self.body = body
        self.etag = etag
        self.last_modified = last_modified
        self.seen: list[httpx.Headers] = []
        self.remaining = 1000

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.headers.copy())
        self.remaining -= 1
        headers = {"x-rate-limit-remaining": str(self.remaining), "x-rate-limit-reset": "1900000000"}
        if self.etag:
            headers["etag"] = self.etag
        if self.last_modified:
            headers["last-modified"] = self.last_modified
        if (self.etag and request.headers.get("if-none-match") == self.etag) or (
            self.last_modified and request.headers.get("if-modified-since") == self.last_modified
        ):
            return httpx.Response(304, headers=headers)
        return httpx.Response(200, json=self.body, headers=headers)


def test_second_get_revalidates_and_304_serves_the_stored_body() -> None:
    server = Server()
    with phrase(Script([server]), FakeTime(), cache=True) as client:
        first = client.users.show_current()
        second = client.users.show_current()
        raw = client.http.get("/user")
    assert first.username == second.username == "ada"
    assert "if-none-match" not in server.seen[0]
    assert server.seen[1]["if-none-match"] == '"v1"'
    assert raw.status_code == 200 and raw.json() == USER
    assert raw.extensions[FROM_CACHE] is True
    # The 304's headers are the fresh ones: the rate-limit count moved on.
    assert raw.headers["x-rate-limit-remaining"] == "997"
    assert client.rate_limit.remaining == 997


def test_last_modified_is_sent_back_as_if_modified_since() -> None:
    stamp = "Wed, 21 Oct 2026 07:28:00 GMT"
    server = Server(etag=None, last_modified=stamp)
    with phrase(Script([server]), FakeTime(), cache=True) as client:
        client.users.show_current()
        assert client.http.get("/user").extensions.get(FROM_CACHE) is True
    assert server.seen[1]["if-modified-since"] == stamp


def test_changed_resource_replaces_the_entry() -> None:
    server = Server()
    with phrase(Script([server]), FakeTime(), cache=True) as client:
        client.users.show_current()
        server.body, server.etag = {**USER, "username": "grace"}, '"v2"'
        assert client.users.show_current().username == "grace"  # 200 with the new version
        assert client.users.show_current().username == "grace"  # 304, served from the new entry
    assert [h.get("if-none-match") for h in server.seen] == [None, '"v1"', '"v2"']


def test_off_by_default() -> None:
    server = Server()
    with phrase(Script([server]), FakeTime()) as client:
        client.users.show_current()
        client.users.show_current()
        assert client.cache is None
    assert all("if-none-match" not in h for h in server.seen)


def test_answers_without_validators_or_marked_no_store_are_not_kept() -> None:
    storage = InMemoryCache()
    plain = httpx.Response(200, json=USER)
    secret = httpx.Response(200, json=USER, headers={"etag": '"x"', "cache-control": "private, no-store"})
    with phrase(Script([plain, secret]), FakeTime(), cache=storage) as client:
        client.users.show_current()
        client.users.show_current()
    assert len(storage) == 0


def test_only_gets_are_cached_and_callers_own_validators_pass_through() -> None:
    server = Server()
    script = Script([server])
    with phrase(script, FakeTime(), cache=True) as client:
        client.http.post("/user", json={})
        client.http.post("/user", json={})
        assert "if-none-match" not in server.seen[1]
        answer = client.http.get("/user", headers={"If-None-Match": '"v1"'})
    assert answer.status_code == 304  # theirs to handle


def test_entries_are_per_credential() -> None:
    storage = InMemoryCache()
    server = Server()
    with phrase(Script([server]), FakeTime(), cache=storage) as client:
        client.users.show_current()
    other = Phrase("tok-another-user-000", base_url=API, transport=Script([server]).transport(), cache=storage)
    with other:
        other.users.show_current()
    assert "if-none-match" not in server.seen[1]  # nothing leaks from one account to another
    assert len(storage) == 2


def test_lru_storage_forgets_the_oldest() -> None:
    storage = InMemoryCache(max_entries=2)
    entry = CachedResponse(status_code=200, headers=(), content=b"{}", etag='"e"')
    for key in ("a", "b"):
        storage.set(key, entry)
    storage.get("a")
    storage.set("c", entry)
    assert storage.get("b") is None and storage.get("a") is entry and storage.get("c") is entry
    storage.delete("a")
    assert len(storage) == 1
    storage.clear()
    assert len(storage) == 0


def test_any_object_with_get_set_delete_is_a_storage() -> None:
    class DictStorage:
        def __init__(self) -> None:
            self.data: dict[str, CachedResponse] = {}

        def get(self, key: str) -> CachedResponse | None:
            return self.data.get(key)

        def set(self, key: str, entry: CachedResponse) -> None:
            self.data[key] = entry

        def delete(self, key: str) -> None:
            self.data.pop(key, None)

    storage = DictStorage()
    assert isinstance(storage, CacheStorage)
    server = Server()
    with phrase(Script([server]), FakeTime(), cache=storage) as client:
        client.users.show_current()
        client.users.show_current()
    assert len(storage.data) == 1 and server.seen[1]["if-none-match"] == '"v1"'
    (stored,) = storage.data.values()
    assert TOKEN not in repr(stored) and TOKEN not in next(iter(storage.data))


def test_bad_cache_argument_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="cache must be"):
        Phrase(TOKEN, base_url=API, cache="yes")  # type: ignore[arg-type]


def test_gzip_bodies_are_stored_as_received_and_decoded_on_the_way_out() -> None:
    body = gzip.compress(json.dumps(USER).encode())

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"etag": '"z"', "content-encoding": "gzip", "content-type": "application/json"}
        if request.headers.get("if-none-match") == '"z"':
            return httpx.Response(304, headers={"etag": '"z"'})
        return httpx.Response(200, content=body, headers=headers)

    with phrase(Script([handler]), FakeTime(), cache=True) as client:
        client.users.show_current()
        assert client.users.show_current().email == USER["email"]


def test_pages_are_revalidated_one_by_one() -> None:
    def page(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        tag = f'"p{number}"'
        headers = {"etag": tag}
        if number < 3:
            headers["link"] = f'<{API}/projects/p1/locales?page={number + 1}&per_page=100>; rel="next"'
        if request.headers.get("if-none-match") == tag:
            return httpx.Response(304, headers=headers)
        return httpx.Response(
            200,
            json=[
                {
                    "id": f"l{number}",
                    "created_at": "2026-01-01T00:00:00Z",
                    "updated_at": "2026-01-01T00:00:00Z",
                    "name": "de",
                    "code": "de",
                }
            ],
            headers=headers,
        )

    script = Script([page])
    with phrase(script, FakeTime(), cache=True) as client:
        first = [locale.id for locale in client.locales.list_all("p1")]
        second = [locale.id for locale in client.locales.list_all("p1")]
    assert first == second == ["l1", "l2", "l3"]
    assert [r.headers.get("if-none-match") for r in script.requests[3:]] == ['"p1"', '"p2"', '"p3"']


def test_resent_request_after_an_otp_challenge_still_revalidates() -> None:
    server = Server()
    challenged: list[bool] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if "x-phraseapp-otp" not in request.headers and len(server.seen) >= 1 and not challenged:
            challenged.append(True)
            return httpx.Response(401, headers={"x-phraseapp-otp": "required; app"}, json={"message": "otp"})
        return server(request)

    auth = BasicAuth("ada@example.com", "pw", otp_provider=lambda kind: "123456")
    with Phrase(base_url=API, auth=auth, transport=Script([handler]).transport(), cache=True) as client:
        client.users.show_current()
        answer = client.http.get("/user")
    assert challenged
    assert answer.status_code == 200 and answer.extensions.get(FROM_CACHE) is True


@pytest.mark.anyio
async def test_async_304_is_served_from_the_cache() -> None:
    server = Server()
    async with async_phrase(Script([server]), FakeTime(), cache=True) as client:
        await client.users.show_current()
        assert (await client.users.show_current()).username == "ada"
        raw = await client.http.get("/user")
    assert raw.extensions[FROM_CACHE] is True
    assert [h.get("if-none-match") for h in server.seen] == [None, '"v1"', '"v1"']
