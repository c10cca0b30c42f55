"""Authentication flows, sync and async, against scripted transports."""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
from phrase_strings import (
    AsyncPhrase,
    ConfigurationError,
    InsecureTransportError,
    OTPRequired,
    Phrase,
    PlatformTokenAuth,
    TokenExchangeError,
    Unauthorized,
)

API = "https://api.phrase.test/v2"
IDM = "https://idm.phrase.test/idm/oauth/token"
USER = {"id": "u1", "username": "ada", "name": "Ada", "email": "ada@example.com"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def recording(handler: Callable[[httpx.Request], httpx.Response]) -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        # A copy: auth flows resend the same request object with new headers.
        seen.append(
            httpx.Request(
                request.method,
                request.url,
                headers=request.headers.copy(),
                content=request.read(),
                extensions=dict(request.extensions),
            )
        )
        return handler(request)

    return seen, httpx.MockTransport(record)


def ok_user(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=USER)


def test_access_token_header_and_user_agent() -> None:
    seen, transport = recording(ok_user)
    with Phrase("tok-123456789abc", base_url=API, transport=transport, app="MyApp (ops@example.com)") as client:
        user = client.users.show_current()
    assert user.username == "ada"
    assert seen[0].headers["authorization"] == "token tok-123456789abc"
    assert seen[0].headers["user-agent"].startswith("MyApp (ops@example.com) phrase-strings/")


def test_default_user_agent_names_the_library() -> None:
    seen, transport = recording(ok_user)
    with Phrase("tok-123456789abc", base_url=API, transport=transport) as client:
        client.users.show_current()
    assert seen[0].headers["user-agent"].startswith("phrase-strings/")


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"email": "ada@example.com", "password": "pw-secret"}, "ada@example.com:pw-secret"),
        ({"auth": httpx.BasicAuth("tok-as-user-1234", "")}, "tok-as-user-1234:"),
    ],
)
def test_basic_auth(kwargs: dict[str, Any], expected: str) -> None:
    seen, transport = recording(ok_user)
    with Phrase(base_url=API, transport=transport, **kwargs) as client:
        client.users.show_current()
    assert seen[0].headers["authorization"] == "Basic " + base64.b64encode(expected.encode()).decode()


def otp_server(code: str) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.headers.get("x-phraseapp-otp") == code:
            return httpx.Response(200, json=USER)
        return httpx.Response(401, headers={"X-PhraseApp-OTP": "required; app"}, json={"message": "OTP required"})

    return handle


def test_otp_challenge_calls_the_provider_once_and_retries() -> None:
    asked: list[str | None] = []

    def provider(kind: str | None) -> str:
        asked.append(kind)
        return "123456"

    seen, transport = recording(otp_server("123456"))
    with Phrase(email="ada@example.com", password="pw", otp_provider=provider, base_url=API, transport=transport) as c:
        assert c.users.show_current().email == "ada@example.com"
    assert asked == ["app"]
    assert [r.headers.get("x-phraseapp-otp") for r in seen] == [None, "123456"]


def test_otp_challenge_without_provider_raises_typed_error() -> None:
    _, transport = recording(otp_server("123456"))
    with Phrase(email="ada@example.com", password="pw", base_url=API, transport=transport) as client:
        with pytest.raises(OTPRequired) as caught:
            client.users.show_current()
    assert caught.value.mfa_type == "app"
    assert caught.value.status_code == 401


def test_wrong_otp_surfaces_after_a_single_retry() -> None:
    seen, transport = recording(otp_server("999999"))
    with Phrase(
        email="a@example.com", password="pw", otp_provider=lambda _: "111111", base_url=API, transport=transport
    ) as client:
        with pytest.raises(OTPRequired):
            client.users.show_current()
    assert len(seen) == 2


def test_preset_otp_is_sent_on_the_first_request() -> None:
    seen, transport = recording(otp_server("424242"))
    with Phrase(email="a@example.com", password="pw", otp="424242", base_url=API, transport=transport) as client:
        client.users.show_current()
    assert len(seen) == 1


@pytest.mark.anyio
async def test_async_otp_provider_is_awaited() -> None:
    async def provider(kind: str | None) -> str:
        await anyio.lowlevel.checkpoint()
        return "654321"

    seen, transport = recording(otp_server("654321"))
    async with AsyncPhrase(
        email="a@example.com", password="pw", otp_provider=provider, base_url=API, transport=transport
    ) as client:
        user = await client.users.show_current()
    assert user.username == "ada"
    assert len(seen) == 2


def test_async_provider_with_sync_client_is_a_clear_error() -> None:
    async def provider(kind: str | None) -> str:
        return "1"

    _, transport = recording(otp_server("1"))
    with Phrase(email="a@example.com", password="pw", otp_provider=provider, base_url=API, transport=transport) as c:
        with pytest.raises(ConfigurationError, match="async otp_provider needs AsyncPhrase"):
            c.users.show_current()


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class JWTServer:
    """An identity service and an API that accepts only the newest JWT."""

    def __init__(self, expires_in: int = 14400) -> None:
        self.issued = 0
        self.expires_in = expires_in
        self.exchange_forms: list[dict[str, str]] = []
        self.lock = threading.Lock()
        self.reject_all = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == IDM:
            with self.lock:
                self.issued += 1
                form = dict(httpx.QueryParams(request.content.decode()))
                self.exchange_forms.append(form)
                jwt = f"jwt-{self.issued}"
            return httpx.Response(
                200,
                json={
                    "access_token": jwt,
                    "issued_token_type": "jwt",
                    "token_type": "Bearer",
                    "expires_in": self.expires_in,
                },
            )
        if self.reject_all or request.headers.get("authorization") != f"Bearer jwt-{self.issued}":
            return httpx.Response(401, json={"message": "Unauthorized"})
        return httpx.Response(200, json=USER)


def platform_client(server: JWTServer, clock: FakeClock) -> tuple[Phrase, list[httpx.Request]]:
    seen, transport = recording(server)
    auth = PlatformTokenAuth("platform-api-token-0001", token_url=IDM, clock=clock)
    return Phrase(auth=auth, base_url=API, transport=transport), seen


def test_platform_token_is_exchanged_then_sent_as_bearer() -> None:
    server, clock = JWTServer(), FakeClock()
    client, seen = platform_client(server, clock)
    with client:
        client.users.show_current()
        client.users.show_current()
    assert server.issued == 1
    assert server.exchange_forms[0] == {
        "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
        "subject_token": "platform-api-token-0001",
        "subject_token_type": "urn:phrase:params:oauth:token-type:api_token",
    }
    assert seen[0].headers["content-type"] == "application/x-www-form-urlencoded"
    assert seen[1].headers["authorization"] == "Bearer jwt-1"
    assert "timeout" in seen[0].extensions


def test_jwt_is_renewed_shortly_before_it_expires() -> None:
    server, clock = JWTServer(expires_in=3600), FakeClock()
    client, _ = platform_client(server, clock)
    with client:
        client.users.show_current()
        clock.now += 3600 - 301  # just outside the 5 minute margin: still fresh
        client.users.show_current()
        assert server.issued == 1
        clock.now += 2  # inside the margin: renew first
        client.users.show_current()
    assert server.issued == 2


def test_jwt_is_renewed_once_on_a_401() -> None:
    server, clock = JWTServer(), FakeClock()
    client, seen = platform_client(server, clock)
    with client:
        client.users.show_current()
        server.issued += 1  # the server revokes jwt-1 behind our back
        client.users.show_current()
    assert server.issued == 3
    assert [r.headers.get("authorization") for r in seen if str(r.url) != IDM][-1] == "Bearer jwt-3"


def test_a_second_401_is_raised_not_looped() -> None:
    server, clock = JWTServer(), FakeClock()
    server.reject_all = True
    client, seen = platform_client(server, clock)
    with client, pytest.raises(Unauthorized):
        client.users.show_current()
    assert server.issued == 2
    assert len(seen) == 4


def test_concurrent_threads_share_one_exchange() -> None:
    server, clock = JWTServer(), FakeClock()
    client, _ = platform_client(server, clock)
    errors: list[BaseException] = []
    start = threading.Barrier(20)

    def call() -> None:
        start.wait(timeout=10)
        try:
            client.users.show_current()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(20)]
    with client:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=20)
    assert not errors
    assert server.issued == 1


@pytest.mark.anyio
async def test_concurrent_tasks_share_one_exchange() -> None:
    server, clock = JWTServer(), FakeClock()
    _, transport = recording(server)
    auth = PlatformTokenAuth("platform-api-token-0001", token_url=IDM, clock=clock)
    async with AsyncPhrase(auth=auth, base_url=API, transport=transport) as client:
        async with anyio.create_task_group() as group:
            for _ in range(20):
                group.start_soon(client.users.show_current)
    assert server.issued == 1


def test_refused_exchange_is_a_typed_error_without_the_token() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": "invalid_grant"})

    _, transport = recording(refuse)
    auth = PlatformTokenAuth("platform-api-token-0001", token_url=IDM)
    with Phrase(auth=auth, base_url=API, transport=transport) as client, pytest.raises(TokenExchangeError) as caught:
        client.users.show_current()
    assert caught.value.status_code == 400
    assert "platform-api-token-0001" not in str(caught.value)


@pytest.mark.parametrize("url", ["http://api.phrase.test/v2", "http://10.1.2.3/v2"])
def test_plain_http_to_a_remote_host_is_refused(url: str) -> None:
    seen, transport = recording(ok_user)
    with Phrase("tok-123456789abc", base_url=url, transport=transport) as client:
        with pytest.raises(InsecureTransportError, match="refusing to send credentials"):
            client.users.show_current()
    assert seen == []


@pytest.mark.parametrize("url", ["http://127.0.0.1:4010", "http://localhost:4010/v2"])
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    seen, transport = recording(ok_user)
    with Phrase("tok-123456789abc", base_url=url, transport=transport) as client:
        client.users.show_current()
    assert len(seen) == 1


def test_platform_exchange_over_plain_http_is_refused() -> None:
    seen, transport = recording(ok_user)
    auth = PlatformTokenAuth("platform-api-token-0001", token_url="http://idm.example.com/token")
    with Phrase(auth=auth, base_url=API, transport=transport) as client, pytest.raises(InsecureTransportError):
        client.users.show_current()
    assert seen == []


def test_credentials_are_not_forwarded_on_a_cross_origin_redirect() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.phrase.test":
            return httpx.Response(302, headers={"Location": "https://files.elsewhere.test/export.yml"})
        return httpx.Response(200, json=USER)

    seen, transport = recording(handle)
    with Phrase(email="a@example.com", password="pw", otp="123456", base_url=API, transport=transport) as client:
        client.users.show_current()
    assert seen[0].headers.get("authorization") and seen[0].headers.get("x-phraseapp-otp")
    assert seen[1].url.host == "files.elsewhere.test"
    assert "authorization" not in seen[1].headers
    assert "x-phraseapp-otp" not in seen[1].headers


def test_same_origin_redirect_keeps_credentials() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/user"):
            return httpx.Response(301, headers={"Location": f"{API}/user/"})
        return httpx.Response(200, json=USER)

    seen, transport = recording(handle)
    with Phrase("tok-123456789abc", base_url=API, transport=transport) as client:
        client.users.show_current()
    assert seen[1].headers["authorization"] == "token tok-123456789abc"
