"""No secret leaks anywhere: every auth flow and error path, sync and async, over real sockets.

A fake Phrase (API and identity service) listens on 127.0.0.1, so requests go through httpx's and
httpcore's own code and loggers. With the root logger at DEBUG, every record of every logger is
kept; so are the repr of every object the flows hand out, every exception with its chain and
traceback, and the command line's output. Each is searched for every secret in raw, URL-encoded
and base64 form, and for the HTTP Basic header values built from them.
"""

from __future__ import annotations

import base64
import inspect
import json
import logging
import threading
import traceback
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, quote_plus, urlsplit

import pytest
from phrase_strings import (
    APIConnectionError,
    APITimeoutError,
    AsyncPhrase,
    BasicAuth,
    ConfigurationError,
    InsecureTransportError,
    NotFound,
    OTPRequired,
    Phrase,
    PhraseError,
    PlatformTokenAuth,
    ServerError,
    TokenExchangeError,
    Unauthorized,
    ValidationFailed,
    discover,
)
from phrase_strings._loopback import LoopbackServer
from phrase_strings._tokens import check_expiry
from phrase_strings.cli import main as cli

from scripts.mock_server import free_port
from tests.unit.typed_helpers import STAMPS

EMAIL = "ada@example.com"
ACCESS = "access-" + "a1b2c3d4" * 4
WRONG_TOKEN = "wrong-" + "e5f6a7b8" * 4
PASSWORD = "pa55/w0rd+Secret=9"  # changes under URL encoding
OTP = "918273"
WRONG_OTP = "564738"
PLATFORM = "platform-" + "p9q8r7s6" * 3
WRONG_PLATFORM = "platform-" + "x1y2z3w4" * 3
JWT = "eyJhbGciOiJSUzI1NiJ9." + "eyJzdWIiOiJhZGEifQ" * 2 + ".c2lnbmF0dXJlLXNpZ25hdHVyZQ"
NEW_TOKEN = "fresh-" + "f0e1d2c3" * 5
SIGNATURE = "5f1e9d8c" * 8
SECURITY_TOKEN = "sts/" + "T0k3n+" * 6
BAD_TOKEN = "bad-" + "Q7R8S9T0" * 3 + "\r\nX-Injected: 1"
BAD_PASSWORD = "pw-" + "K4L5M6N7" * 3 + "\n"
BAD_OTP = "12\n" + "3456"
SECRETS = {
    "access token": ACCESS,
    "wrong token": WRONG_TOKEN,
    "password": PASSWORD,
    "otp": OTP,
    "wrong otp": WRONG_OTP,
    "platform token": PLATFORM,
    "wrong platform token": WRONG_PLATFORM,
    "jwt": JWT,
    "new token": NEW_TOKEN,
    "url signature": SIGNATURE,
    "url security token": SECURITY_TOKEN,
    "token with a line break": BAD_TOKEN.split("\r")[0],
    "password with a line break": BAD_PASSWORD.strip(),
}


def forms(secret: str) -> dict[str, str]:
    """A secret as it could appear in text: raw, URL-encoded (both ways), base64."""
    return {
        "raw": secret,
        "url-encoded": quote(secret, safe=""),
        "form-encoded": quote_plus(secret),
        "base64": base64.b64encode(secret.encode()).decode(),
    }


def basic(user: str, password: str) -> str:
    return base64.b64encode(f"{user}:{password}".encode()).decode()


NEEDLES = {
    **{f"{name} ({form})": value for name, secret in SECRETS.items() for form, value in forms(secret).items()},
    "Basic header of email and password": basic(EMAIL, PASSWORD),
    "Basic header of email and the bad password": basic(EMAIL, BAD_PASSWORD),
    "Basic header of the token as user": basic(ACCESS, ""),
}


class Evidence:
    """Everything the flows let out, labelled, to be searched for secrets at the end."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []

    def add(self, label: str, text: str) -> None:
        self.texts.append((label, text))

    def reprs(self, label: str, *objects: object) -> None:
        for item in objects:
            self.add(f"{label}: repr of {type(item).__name__}", repr(item))
            self.add(f"{label}: str of {type(item).__name__}", str(item))

    def error(self, label: str, exc: BaseException) -> None:
        self.add(f"{label}: traceback", "".join(traceback.format_exception(exc)))
        seen: BaseException | None = exc
        while seen is not None:
            self.reprs(f"{label}: exception chain", seen)
            for attribute in ("url", "message", "body", "method"):
                if hasattr(seen, attribute):
                    self.add(f"{label}: {type(seen).__name__}.{attribute}", str(getattr(seen, attribute)))
            seen = seen.__cause__ or seen.__context__

    def leaks(self) -> list[str]:
        return [
            f"{needle_name} in {label}"
            for label, text in self.texts
            for needle_name, needle in NEEDLES.items()
            if needle in text
        ]


class KeepEverything(logging.Handler):
    """Keeps every record of every logger as a handler would write it, plus its raw fields."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.records: list[logging.LogRecord] = []
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)
        self.lines.append(self.format(record))
        # Numbers left out: `created`, `msecs`, `thread`… are long digit strings that sometimes contain a
        # six-digit OTP by chance (a CI run failed on one); a secret never travels as a number.
        fields = {k: v for k, v in vars(record).items() if not isinstance(v, int | float)}
        if isinstance(record.args, tuple):  # a retry's delay is a float among the arguments
            fields["args"] = tuple(a for a in record.args if not isinstance(a, int | float))
        self.lines.append(repr(fields))


@pytest.fixture
def logs() -> Iterator[KeepEverything]:
    root = logging.getLogger()
    handler, level = KeepEverything(), root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


class FakePhrase(LoopbackServer):
    """The API under ``/v2`` and the identity service at ``/idm/token``; checks credentials like Phrase."""

    def __init__(self) -> None:
        super().__init__(0, Handler)
        self.release = threading.Event()
        self.reject_jwt_once = False
        self.signed_requests: list[dict[str, str]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def answer(self, method: str, target: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], Any]:
        path = urlsplit(target).path
        if path == "/idm/token":
            form = {k: v[0] for k, v in parse_qs(body.decode()).items()}
            if form.get("subject_token") != PLATFORM:
                return 400, {}, {"error": "invalid_grant"}
            return 200, {}, {"access_token": JWT, "token_type": "Bearer", "expires_in": 3600}
        if path.startswith("/signed/"):
            self.signed_requests.append(headers)
            return 200, {"Content-Type": "text/yaml"}, "greeting: hello\n"
        if path == "/v2/hang":
            self.release.wait(timeout=30)
            return 200, {}, {}
        refused = self.check(headers)
        if refused:
            return refused
        return self.route(method, path)

    def check(self, headers: dict[str, str]) -> tuple[int, dict[str, str], Any] | None:
        credential = headers.get("authorization", "")
        if credential in (f"token {ACCESS}", f"token {NEW_TOKEN}", f"Basic {basic(ACCESS, '')}"):
            return None
        if credential == f"Basic {basic(EMAIL, PASSWORD)}":
            if headers.get("x-phraseapp-otp") == OTP:
                return None
            return 401, {"X-PhraseApp-OTP": "required; app"}, {"message": "OTP required"}
        if credential == f"Bearer {JWT}":
            if self.reject_jwt_once:
                self.reject_jwt_once = False
                return 401, {}, {"message": "Unauthorized"}
            return None
        return 401, {}, {"message": "Unauthorized"}

    def route(self, method: str, path: str) -> tuple[int, dict[str, str], Any]:
        authorization = {
            "id": "auth-1",
            "note": "laptop",
            "token_last_eight": ACCESS[-8:],
            "scopes": ["read"],
            "expires_at": "2020-01-01T00:00:00Z",
            **STAMPS,
        }
        routes: dict[tuple[str, str], tuple[int, dict[str, str], Any]] = {
            ("GET", "/v2/user"): (200, {}, {"id": "u1", "username": "ada", "name": "Ada", "email": EMAIL}),
            ("GET", "/v2/authorizations"): (200, {}, [authorization]),
            ("GET", "/v2/authorizations/auth-1"): (200, {}, authorization),
            ("POST", "/v2/authorizations"): (
                201,
                {},
                {
                    "id": "auth-2",
                    "note": "n",
                    "token_last_eight": NEW_TOKEN[-8:],
                    "scopes": ["read"],
                    "token": NEW_TOKEN,
                    **STAMPS,
                },
            ),
            ("DELETE", "/v2/authorizations/auth-1"): (204, {}, None),
            ("POST", "/v2/fail"): (422, {}, {"message": "Validation Failed", "errors": [{"field": "name"}]}),
            ("GET", "/v2/projects"): (404, {}, {"message": "Not Found"}),
            ("GET", "/v2/boom"): (503, {}, {"message": "Service Unavailable"}),
            ("GET", "/v2/export"): (
                302,
                {
                    # Another origin (localhost, not 127.0.0.1), as a storage service would be.
                    "Location": f"http://localhost:{self.port}/signed/d1.yml?X-Amz-Signature={SIGNATURE}"
                    f"&X-Amz-Security-Token={quote(SECURITY_TOKEN, safe='')}"
                },
                None,
            ),
        }
        return routes.get((method, path), (404, {}, {"message": "Not Found"}))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FakePhrase

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the server's own request log would print the query strings the client sent."""

    def _serve(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        status, extra, payload = self.server.answer(self.command, self.path, headers, body)
        data = (
            b"" if payload is None else payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
        )
        self.send_response(status)
        if payload is not None and "Content-Type" not in extra:
            self.send_header("Content-Type", "application/json")
        for name, value in extra.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_DELETE = _serve


@pytest.fixture
def fake() -> Iterator[FakePhrase]:
    server = FakePhrase()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()


@pytest.fixture
def closed_port() -> int:
    return free_port()


@pytest.fixture(autouse=True)
def no_ambient_credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for var in ("PHRASE_ACCESS_TOKEN", "PHRASE_PLATFORM_TOKEN", "PHRASE_HOST", "PHRASE_DATA_CENTER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)


def clients(fake: FakePhrase, closed_port: int) -> dict[str, dict[str, Any]]:
    """Constructor arguments of every auth flow (shared by Phrase and AsyncPhrase)."""
    api = f"{fake.url}/v2"
    idm = f"{fake.url}/idm/token"
    return {
        "access token": {"access_token": ACCESS, "base_url": api},
        "wrong access token": {"access_token": WRONG_TOKEN, "base_url": api},
        "token as Basic user": {"auth": BasicAuth(ACCESS), "base_url": api},
        "email, password, otp_provider": {
            "email": EMAIL,
            "password": PASSWORD,
            "otp_provider": lambda kind: OTP,
            "base_url": api,
        },
        "email, password, no otp": {"email": EMAIL, "password": PASSWORD, "base_url": api},
        "email, password, wrong otp": {"email": EMAIL, "password": PASSWORD, "otp": WRONG_OTP, "base_url": api},
        "platform token": {"auth": PlatformTokenAuth(PLATFORM, token_url=idm), "base_url": api},
        "wrong platform token": {"auth": PlatformTokenAuth(WRONG_PLATFORM, token_url=idm), "base_url": api},
        "identity service unreachable": {
            "auth": PlatformTokenAuth(PLATFORM, token_url=f"http://127.0.0.1:{closed_port}/idm/token"),
            "base_url": api,
            "max_retries": 0,
        },
        # One retry, so the retry's log line is searched too.
        "API unreachable": {"access_token": ACCESS, "base_url": f"http://127.0.0.1:{closed_port}/v2", "max_retries": 1},
    }


Step = tuple[str, Callable[[Any], Any], type[BaseException] | None]


def steps(flow: str) -> list[Step]:
    """What each flow does, with the error each step must raise (None: must succeed)."""
    user: Step = ("show user", lambda c: c.users.show_current(), None)
    if flow in ("access token", "token as Basic user"):
        return [
            user,
            ("422 with a body", lambda c: c.http.post("/fail", json={"password": PASSWORD}), ValidationFailed),
            ("404, token in the query", lambda c: c.http.get("/projects", params={"access_token": ACCESS}), NotFound),
            (
                "503, retry refused by the budget",
                lambda c: c.with_options(max_retries=1, retry_budget=0).http.get("/boom", params={"otp": OTP}),
                ServerError,
            ),
            ("redirect to a signed URL elsewhere", lambda c: c.http.get("/export"), None),
            (
                "timeout",
                lambda c: c.with_options(timeout=0.3, max_retries=0).http.get("/hang", params={"access_token": ACCESS}),
                APITimeoutError,
            ),
            (
                "find the token's authorization",
                lambda c: c.authorizations.find_current(None if flow == "access token" else ACCESS),
                None,
            ),
        ]
    if flow == "email, password, otp_provider":
        return [
            user,
            ("create a token", lambda c: c.authorizations.create_token(note="n"), None),
            ("rotate a token", lambda c: c.authorizations.rotate("auth-1"), None),
        ]
    if flow == "platform token":
        return [user, ("JWT refused once, renewed", lambda c: c.users.show_current(), None)]
    expected: dict[str, type[BaseException]] = {
        "wrong access token": Unauthorized,
        "email, password, no otp": OTPRequired,
        "email, password, wrong otp": OTPRequired,
        "wrong platform token": TokenExchangeError,
        "identity service unreachable": TokenExchangeError,
        "API unreachable": APIConnectionError,
    }
    return [("show user", lambda c: c.users.show_current(), expected[flow])]


def record(evidence: Evidence, label: str, result: Any) -> None:
    """Keep the reprs of what a step that must succeed returned; check a returned token's expiry."""
    evidence.reprs(label, result)
    if hasattr(result, "expires_at") and hasattr(result, "token_last_eight"):
        check_expiry(result)


def construction_errors(evidence: Evidence, fake: FakePhrase, client_class: type[Any]) -> None:
    """Settings refused when the client is built; their messages must not repeat the secret."""
    api = f"{fake.url}/v2"
    cases: list[tuple[str, dict[str, Any], type[PhraseError]]] = [
        ("line break in a token", {"access_token": BAD_TOKEN, "base_url": api}, ConfigurationError),
        ("line break in a password", {"email": EMAIL, "password": BAD_PASSWORD, "base_url": api}, ConfigurationError),
        ("line break in an otp", {"email": EMAIL, "password": PASSWORD, "otp": BAD_OTP}, ConfigurationError),
        ("line break in a platform token", {"platform_token": BAD_TOKEN, "base_url": api}, ConfigurationError),
        (
            "plain http elsewhere",
            {"access_token": ACCESS, "base_url": "http://127.0.0.1.example.com/v2"},
            InsecureTransportError,
        ),
        ("empty token", {"access_token": ""}, ConfigurationError),
    ]
    for label, kwargs, error in cases:
        with pytest.raises(error) as caught:
            client_class(**kwargs)
        evidence.error(f"{client_class.__name__}: {label}", caught.value)


def run_sync_flows(evidence: Evidence, fake: FakePhrase, closed_port: int) -> None:
    for flow, kwargs in clients(fake, closed_port).items():
        with Phrase(**kwargs) as client:
            evidence.reprs(f"Phrase {flow}", client, client.settings, client.settings.auth)
            for name, step, expected in steps(flow):
                label = f"Phrase {flow}: {name}"
                fake.reject_jwt_once = name.startswith("JWT refused")
                if expected is None:
                    record(evidence, label, step(client))
                    continue
                with pytest.raises(expected) as caught:
                    step(client)
                evidence.error(label, caught.value)
            evidence.reprs(f"Phrase {flow} afterwards", client, client.settings.auth)
    construction_errors(evidence, fake, Phrase)


async def run_async_flows(evidence: Evidence, fake: FakePhrase, closed_port: int) -> None:
    for flow, kwargs in clients(fake, closed_port).items():
        if flow == "email, password, otp_provider":
            kwargs["otp_provider"] = _async_code
        async with AsyncPhrase(**kwargs) as client:
            evidence.reprs(f"AsyncPhrase {flow}", client, client.settings, client.settings.auth)
            for name, step, expected in steps(flow):
                label = f"AsyncPhrase {flow}: {name}"
                fake.reject_jwt_once = name.startswith("JWT refused")
                if expected is None:
                    result = step(client)
                    record(evidence, label, await result if inspect.isawaitable(result) else result)
                    continue
                with pytest.raises(expected) as caught:
                    await step(client)
                evidence.error(label, caught.value)
            evidence.reprs(f"AsyncPhrase {flow} afterwards", client, client.settings.auth)
    construction_errors(evidence, fake, AsyncPhrase)


async def _async_code(kind: str | None) -> str:
    return OTP


def assert_no_leaks(evidence: Evidence, logs: KeepEverything) -> None:
    for number, line in enumerate(logs.lines):
        evidence.add(f"log record {number // 2} ({logs.records[number // 2].name})", line)
    leaks = evidence.leaks()
    # Only where a secret was found, never the secret itself: this message is test output too.
    assert not leaks, "secrets leaked:\n" + "\n".join(leaks[:30])


def assert_flows_ran(logs: KeepEverything, fake: FakePhrase) -> None:
    """The scan means something only if the libraries underneath did log, and the guard held."""
    names = {r.name for r in logs.records}
    assert {"httpx", "httpcore.connection", "httpcore.http11", "phrase_strings"} <= names
    text = "\n".join(logs.lines)
    # Booleans only: on failure the message must not print the log text (with its secrets).
    missing = [part for part in ("HTTP Request: GET", "access_token=***", "X-Amz-Signature=***") if part not in text]
    assert missing == []
    assert fake.signed_requests and all("authorization" not in h for h in fake.signed_requests)


def test_sync_flows_leak_nothing(logs: KeepEverything, fake: FakePhrase, closed_port: int) -> None:
    evidence = Evidence()
    run_sync_flows(evidence, fake, closed_port)
    assert_no_leaks(evidence, logs)
    assert_flows_ran(logs, fake)


@pytest.mark.anyio
async def test_async_flows_leak_nothing(logs: KeepEverything, fake: FakePhrase, closed_port: int) -> None:
    evidence = Evidence()
    await run_async_flows(evidence, fake, closed_port)
    assert_no_leaks(evidence, logs)
    assert_flows_ran(logs, fake)


def test_discovered_credentials_leak_nothing(logs: KeepEverything, monkeypatch: pytest.MonkeyPatch) -> None:
    evidence = Evidence()
    monkeypatch.setenv("PHRASE_ACCESS_TOKEN", ACCESS)
    evidence.reprs("credentials from the environment", discover())
    monkeypatch.delenv("PHRASE_ACCESS_TOKEN")
    monkeypatch.setenv("PHRASE_PLATFORM_TOKEN", PLATFORM)
    evidence.reprs("platform token from the environment", discover())
    assert_no_leaks(evidence, logs)


def test_command_line_leaks_nothing(
    logs: KeepEverything,
    fake: FakePhrase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    evidence = Evidence()
    api = f"{fake.url}/v2"
    answers = iter([PASSWORD, OTP, PASSWORD, OTP])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))

    def run(*argv: str) -> tuple[int, str, str]:
        status = cli(["--verbose", *argv, "--base-url", api])
        out = capsys.readouterr()
        return status, out.out, out.err

    status, out, err = run("auth", "login", "--email", EMAIL)
    assert status == 0 and out.count(NEW_TOKEN) == 1  # printed once, on purpose, to stdout only
    evidence.add("login --print: stdout without its one intended line", out.replace(NEW_TOKEN, "", 1))
    evidence.add("login --print: stderr", err)

    config = tmp_path / ".phrase.yml"
    for label, argv in [
        ("login --write", ("auth", "login", "--email", EMAIL, "--write", str(config))),
        ("status", ("auth", "status")),
    ]:
        status, out, err = run(*argv)
        assert status == 0, label
        evidence.add(f"{label}: stdout", out)
        evidence.add(f"{label}: stderr", err)
    assert NEW_TOKEN in config.read_text()

    config.write_text(f'phrase:\n  access_token: "{WRONG_TOKEN}"\n')
    status, out, err = run("auth", "status")
    assert status == 1 and err.startswith("error: 401")
    evidence.add("status with a revoked token: stdout", out)
    evidence.add("status with a revoked token: stderr", err)

    config.write_text(f'phrase:\n  access_token: "{ACCESS}"\n')
    status, out, err = run("auth", "logout", "--yes")
    assert status == 0 and "Revoked token …" in out
    evidence.add("logout: stdout", out)
    evidence.add("logout: stderr", err)
    assert_no_leaks(evidence, logs)
