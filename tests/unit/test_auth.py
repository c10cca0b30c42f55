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

from tests.unit.typed_helpers import STAMPS

API = "https://api.phrase.test/v2"
IDM = "https://idm.phrase.test/idm/oauth/token"
USER = {"id": "u1", "username": "ada", "name": "Ada", "email": "ada@example.com"}


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


INSECURE_URLS = [
    "http://api.phrase.test/v2",
    "http://10.1.2.3/v2",
    # Names that merely start like a loopback address are remote hosts.
    "http://127.0.0.1.example.com/v2",
    "http://127.evil.example/v2",
    "http://localhost.evil.example/v2",
    "http://[::2]/v2",
]


@pytest.mark.parametrize("url", INSECURE_URLS)
def test_plain_http_to_a_remote_host_is_refused_when_the_client_is_built(url: str) -> None:
    seen, transport = recording(ok_user)
    with pytest.raises(InsecureTransportError, match="refusing to send credentials"):
        Phrase("tok-123456789abc", base_url=url, transport=transport)
    with pytest.raises(InsecureTransportError, match="refusing to send credentials"):
        AsyncPhrase("tok-123456789abc", base_url=url, transport=transport)
    assert seen == []


def test_plain_http_host_from_the_environment_is_refused_when_the_client_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PHRASE_HOST", "http://127.0.0.1.example.com/v2")
    with pytest.raises(InsecureTransportError):
        Phrase("tok-123456789abc")
    with pytest.raises(InsecureTransportError):
        AsyncPhrase("tok-123456789abc")


LOOPBACK_URLS = [
    "http://127.0.0.1:4010",
    "http://localhost:4010/v2",
    "http://LOCALHOST:4010/v2",
    "http://127.1.2.3/v2",
    "http://[::1]:4010/v2",
]


@pytest.mark.parametrize("url", LOOPBACK_URLS)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    seen, transport = recording(ok_user)
    with Phrase("tok-123456789abc", base_url=url, transport=transport) as client:
        client.users.show_current()
    assert len(seen) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("url", LOOPBACK_URLS)
async def test_async_plain_http_to_loopback_is_allowed(url: str) -> None:
    seen, transport = recording(ok_user)
    async with AsyncPhrase("tok-123456789abc", base_url=url, transport=transport) as client:
        await client.users.show_current()
    assert len(seen) == 1


@pytest.mark.parametrize("url", ["http://idm.example.com/token", "http://127.0.0.1.example.com/token"])
def test_platform_exchange_over_plain_http_is_refused_when_built(url: str) -> None:
    with pytest.raises(InsecureTransportError):
        PlatformTokenAuth("platform-api-token-0001", token_url=url)


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


SECRET_PART = "S3CRETPART"

CONTROL_CHARACTER_CREDENTIALS = [
    {"access_token": f"tok-{SECRET_PART}\r\nX-Injected: 1"},
    {"access_token": f"tok-{SECRET_PART}\x00tail"},
    {"platform_token": f"platform-{SECRET_PART}\nsecond-line"},
    {"email": f"ada@exam\nple.com{SECRET_PART}", "password": "pw-secret"},
    {"email": "ada@example.com", "password": f"pw-{SECRET_PART}\x7f"},
    {"email": "ada@example.com", "password": "pw-secret", "otp": f"123\n456{SECRET_PART}"},
    {"email": "ada@example.com", "password": f"pw-{SECRET_PART}\x85"},
]


@pytest.mark.parametrize("kwargs", CONTROL_CHARACTER_CREDENTIALS)
def test_control_characters_in_credentials_are_refused_when_built(kwargs: dict[str, Any]) -> None:
    seen, transport = recording(ok_user)
    for client_class in (Phrase, AsyncPhrase):
        with pytest.raises(ConfigurationError, match="contains a control character") as caught:
            client_class(base_url=API, transport=transport, **kwargs)
        assert SECRET_PART not in str(caught.value)
    assert seen == []


def test_control_characters_in_a_platform_token_are_refused_when_built() -> None:
    with pytest.raises(ConfigurationError, match="contains a control character") as caught:
        PlatformTokenAuth(f"platform-{SECRET_PART}\r\nX-Injected: 1", token_url=IDM)
    assert SECRET_PART not in str(caught.value)


def test_surrounding_whitespace_of_a_token_is_forgiven() -> None:
    seen, transport = recording(ok_user)
    with Phrase("tok-123456789abc\n", base_url=API, transport=transport) as client:
        client.users.show_current()
    assert seen[0].headers["authorization"] == "token tok-123456789abc"


def test_a_code_with_control_characters_from_the_provider_is_refused() -> None:
    seen, transport = recording(otp_server("123456"))
    with Phrase(
        email="a@example.com", password="pw", otp_provider=lambda _: "123\n456", base_url=API, transport=transport
    ) as client:
        with pytest.raises(ConfigurationError, match="the code from otp_provider contains a control character"):
            client.users.show_current()
    assert len(seen) == 1  # only the first request, without a code


@pytest.mark.anyio
async def test_async_a_code_with_control_characters_from_the_provider_is_refused() -> None:
    async def provider(kind: str | None) -> str:
        return "123\r456"

    seen, transport = recording(otp_server("123456"))
    async with AsyncPhrase(
        email="a@example.com", password="pw", otp_provider=provider, base_url=API, transport=transport
    ) as client:
        with pytest.raises(ConfigurationError, match="the code from otp_provider contains a control character"):
            await client.users.show_current()
    assert len(seen) == 1


@pytest.mark.parametrize(
    "kwargs",
    [
        {"access_token": ""},
        {"platform_token": ""},
        {"access_token": "  "},
        {"otp": "", "email": "a@x.io", "password": "pw"},
    ],
)
def test_an_explicitly_empty_credential_is_an_error_not_a_fallback(
    kwargs: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    # What Phrase(os.environ.get("DEPLOY_TOKEN", "")) meets when DEPLOY_TOKEN is unset.
    monkeypatch.setenv("PHRASE_ACCESS_TOKEN", "broader-personal-token-0001")
    _, transport = recording(ok_user)
    for client_class in (Phrase, AsyncPhrase):
        with pytest.raises(ConfigurationError, match="was given but is empty"):
            client_class(base_url=API, transport=transport, **kwargs)


def unreachable_identity_service(request: httpx.Request) -> httpx.Response:
    if str(request.url) == IDM:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
    return ok_user(request)


def test_unreachable_identity_service_is_a_token_exchange_error() -> None:
    _, transport = recording(unreachable_identity_service)
    auth = PlatformTokenAuth("platform-api-token-0001", token_url=IDM)
    with Phrase(auth=auth, base_url=API, transport=transport, max_retries=0) as client:
        with pytest.raises(TokenExchangeError, match="could not reach the identity service") as caught:
            client.users.show_current()
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert "platform-api-token-0001" not in str(caught.value)


@pytest.mark.anyio
async def test_async_unreachable_identity_service_is_a_token_exchange_error() -> None:
    _, transport = recording(unreachable_identity_service)
    auth = PlatformTokenAuth("platform-api-token-0001", token_url=IDM)
    async with AsyncPhrase(auth=auth, base_url=API, transport=transport, max_retries=0) as client:
        with pytest.raises(TokenExchangeError, match="could not reach the identity service"):
            await client.users.show_current()


class CodeServer:
    """An API for a two-factor account: a request passes with a code from ``valid``, else it is challenged."""

    def __init__(self, *valid: str) -> None:
        self.valid = set(valid)
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            accepted = request.headers.get("x-phraseapp-otp") in self.valid
        if not accepted:
            return httpx.Response(401, headers={"X-PhraseApp-OTP": "required; app"}, json={"message": "OTP required"})
        if request.method == "GET" and "/authorizations/" in request.url.path:
            return httpx.Response(200, json={"id": "auth-old", "note": "deploy", "scopes": ["read"], **STAMPS})
        if request.method == "POST":
            return httpx.Response(
                201, json={"id": "auth-new", "note": "deploy", "scopes": ["read"], "token": "n" * 40, **STAMPS}
            )
        if request.method == "DELETE":
            return httpx.Response(204)
        return httpx.Response(200, json=USER)


class Codes:
    """An otp_provider handing out the given codes in turn; records each question."""

    def __init__(self, *codes: str) -> None:
        self.codes = list(codes)
        self.asked: list[str | None] = []

    def __call__(self, kind: str | None) -> str:
        self.asked.append(kind)
        return self.codes[len(self.asked) - 1]


def test_rotate_asks_for_one_code_and_reuses_it() -> None:
    codes = Codes("123456")
    seen, transport = recording(CodeServer("123456"))
    with Phrase(email="a@example.com", password="pw", otp_provider=codes, base_url=API, transport=transport) as client:
        assert client.authorizations.rotate("auth-old").id == "auth-new"
    assert codes.asked == ["app"]
    assert [r.headers.get("x-phraseapp-otp") for r in seen] == [None, "123456", "123456", "123456"]


@pytest.mark.anyio
async def test_async_rotate_asks_for_one_code_and_reuses_it() -> None:
    asked: list[str | None] = []

    async def provider(kind: str | None) -> str:
        asked.append(kind)
        return "123456"

    seen, transport = recording(CodeServer("123456"))
    async with AsyncPhrase(
        email="a@example.com", password="pw", otp_provider=provider, base_url=API, transport=transport
    ) as client:
        assert (await client.authorizations.rotate("auth-old")).id == "auth-new"
    assert asked == ["app"]
    assert len(seen) == 4


def test_a_new_code_is_asked_for_only_when_the_api_refuses_the_old_one() -> None:
    codes, server = Codes("111111", "222222"), CodeServer("111111")
    seen, transport = recording(server)
    with Phrase(email="a@example.com", password="pw", otp_provider=codes, base_url=API, transport=transport) as client:
        client.users.show_current()
        client.users.show_current()
        assert len(codes.asked) == 1
        server.valid = {"222222"}  # the first code's window has passed
        client.users.show_current()
        client.users.show_current()
    assert len(codes.asked) == 2
    assert [r.headers.get("x-phraseapp-otp") for r in seen] == [None, "111111", "111111", "111111", "222222", "222222"]


@pytest.mark.anyio
async def test_async_a_new_code_is_asked_for_only_when_the_api_refuses_the_old_one() -> None:
    codes, server = Codes("424242", "222222"), CodeServer("424242")
    seen, transport = recording(server)
    async with AsyncPhrase(
        email="a@example.com", password="pw", otp="424242", otp_provider=codes, base_url=API, transport=transport
    ) as client:
        await client.users.show_current()
        assert codes.asked == []  # the code given up front is used first
        server.valid = {"222222"}
        codes.codes = ["222222"]
        await client.users.show_current()
        await client.users.show_current()
    assert len(codes.asked) == 1
    assert [r.headers.get("x-phraseapp-otp") for r in seen] == ["424242", "424242", "222222", "222222"]


def test_concurrent_threads_share_one_code() -> None:
    codes = Codes("123456")
    _, transport = recording(CodeServer("123456"))
    client = Phrase(email="a@example.com", password="pw", otp_provider=codes, base_url=API, transport=transport)
    start = threading.Barrier(8)
    errors: list[BaseException] = []

    def call() -> None:
        start.wait(timeout=10)
        try:
            client.users.show_current()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=call) for _ in range(8)]
    with client:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=20)
    assert not errors
    assert codes.asked == ["app"]


@pytest.mark.anyio
async def test_concurrent_tasks_share_one_code() -> None:
    codes = Codes("123456")
    _, transport = recording(CodeServer("123456"))
    async with AsyncPhrase(
        email="a@example.com", password="pw", otp_provider=codes, base_url=API, transport=transport
    ) as client:
        async with anyio.create_task_group() as group:
            for _ in range(8):
                group.start_soon(client.users.show_current)
    assert codes.asked == ["app"]
