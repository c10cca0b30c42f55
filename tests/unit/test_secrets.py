"""No secret reaches a repr, a log line, an exception message or the command line's output."""

from __future__ import annotations

import datetime as dt
import json
import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import respx
from phrase_strings import APIStatusError, AsyncPhrase, OTPRequired, Phrase, PlatformTokenAuth, TokenAuth, discover
from phrase_strings._credentials import read_config_file
from phrase_strings._log import RedactSecrets
from phrase_strings._redact import redact_text
from phrase_strings._tokens import check_expiry
from phrase_strings.cli import main as cli
from phrase_strings_api.models import Authorization, AuthorizationWithToken

API = "https://api.phrase.test/v2"
IDM = "https://idm.phrase.test/token"
ACCESS = "access-" + "a1" * 16
PASSWORD = "pa55-" + "w0rd" * 4
OTP = "918273"
PLATFORM = "platform-" + "p9" * 12
JWT = "eyJhbGciOi." + "jwtpayload" * 3 + ".sig"
NEW_TOKEN = "fresh-" + "f0" * 20
SECRETS = (ACCESS, PASSWORD, OTP, PLATFORM, JWT, NEW_TOKEN)


def server(request: httpx.Request) -> httpx.Response:
    if str(request.url) == IDM:
        return httpx.Response(200, json={"access_token": JWT, "token_type": "Bearer", "expires_in": 3600})
    if request.url.path.endswith("/authorizations") and request.method == "POST":
        return httpx.Response(
            201,
            json={
                "id": "a9",
                "created_at": "2026-01-01T00:00:00Z",
                "updated_at": "2026-01-01T00:00:00Z",
                "note": "n",
                "token_last_eight": NEW_TOKEN[-8:],
                "scopes": ["read"],
                "token": NEW_TOKEN,
            },
        )
    if request.url.path.endswith("/fail"):
        # An error body that echoes what was sent must not be the way a secret leaks.
        return httpx.Response(
            422, json={"message": "Validation Failed", "errors": [{"field": "name", "message": "is invalid"}]}
        )
    if request.headers.get("authorization", "").startswith("Basic") and request.headers.get("x-phraseapp-otp") != OTP:
        return httpx.Response(401, headers={"X-PhraseApp-OTP": "required; app"}, json={"message": "OTP"})
    return httpx.Response(200, json={"id": "u", "username": "ada", "name": "Ada", "email": "ada@example.com"})


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG):
        yield caplog


def assert_clean(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"secret leaked: …{secret[-4:]}"


def test_sync_flows_leak_nothing(debug_logs: pytest.LogCaptureFixture) -> None:
    transport = httpx.MockTransport(server)
    clients = [
        Phrase(ACCESS, base_url=API, transport=transport),
        Phrase(
            email="ada@example.com", password=PASSWORD, otp_provider=lambda _: OTP, base_url=API, transport=transport
        ),
        Phrase(auth=PlatformTokenAuth(PLATFORM, token_url=IDM), base_url=API, transport=transport),
    ]
    texts = []
    for client in clients:
        with client:
            client.users.show_current()
            texts += [repr(client), str(client), repr(client.settings), repr(client.settings.auth)]
            with pytest.raises(APIStatusError) as caught:
                client.http.post("/fail", json={"password": PASSWORD})
            texts += [str(caught.value), repr(caught.value), caught.value.url]
    no_otp = Phrase(email="ada@example.com", password=PASSWORD, base_url=API, transport=transport)
    with no_otp, pytest.raises(OTPRequired) as otp_error:
        no_otp.users.show_current()
    texts += [str(otp_error.value), repr(no_otp)]
    assert_clean(debug_logs.text, *texts)
    assert "→ GET" in debug_logs.text and "'authorization': '***'" in debug_logs.text  # logged, redacted


@pytest.mark.anyio
async def test_async_flows_leak_nothing(debug_logs: pytest.LogCaptureFixture) -> None:
    transport = httpx.MockTransport(server)
    async with AsyncPhrase(
        auth=PlatformTokenAuth(PLATFORM, token_url=IDM), base_url=API, transport=transport
    ) as client:
        await client.users.show_current()
        text = repr(client)
    assert_clean(debug_logs.text, text)


def test_query_string_secrets_are_masked_in_errors() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(404, json={"message": "Not Found"}))
    with Phrase(ACCESS, base_url=API, transport=transport) as client, pytest.raises(APIStatusError) as caught:
        client.http.get("/projects", params={"access_token": ACCESS})
    assert "access_token=%2A%2A%2A" in str(caught.value) or "access_token=***" in str(caught.value)
    assert_clean(str(caught.value))


def test_discovered_credentials_repr_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHRASE_ACCESS_TOKEN", ACCESS)
    assert_clean(repr(discover()))


def test_cli_login_writes_the_token_without_showing_it(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    answers = iter([PASSWORD, OTP])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    target = tmp_path / ".phrase.yml"
    with respx.mock(assert_all_mocked=True) as mock:
        mock.route(host="api.phrase.test").mock(side_effect=server)
        status = cli(
            [
                "auth",
                "login",
                "--email",
                "ada@example.com",
                "--note",
                "laptop",
                "--write",
                str(target),
                "--base-url",
                API,
            ]
        )
        sent = [json.loads(call.request.content) for call in mock.calls if call.request.method == "POST"]
    out = capsys.readouterr()
    assert status == 0
    assert read_config_file(target)["access_token"] == NEW_TOKEN
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sent == [{"note": "laptop", "scopes": ["read", "write"]}]
    assert_clean(out.out, out.err, debug_logs.text)
    assert "…" in out.out


def test_cli_login_prints_the_token_exactly_once(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter([PASSWORD, OTP])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    with respx.mock(assert_all_mocked=True) as mock:
        mock.route(host="api.phrase.test").mock(side_effect=server)
        assert cli(["auth", "login", "--email", "ada@example.com", "--base-url", API]) == 0
    out = capsys.readouterr().out
    assert out.count(NEW_TOKEN) == 1
    assert PASSWORD not in out and OTP not in out


SIGNED = "https://files.example.test/exports/d1.yml?X-Amz-Credential={c}&X-Amz-Security-Token={t}&X-Amz-Signature={s}"
SIGNATURE, STS, AWS_CREDENTIAL = "5f1e" * 16, "sts-" + "t0k" * 10, "AKIA0000EXAMPLE/20261202/eu/s3"


def answer_anything(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=[])


def logged_requests(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() for r in caplog.records if r.name == "httpx")


def test_httpx_request_log_masks_secret_query_values(caplog: pytest.LogCaptureFixture) -> None:
    signed = SIGNED.format(c=AWS_CREDENTIAL, t=STS, s=SIGNATURE)
    with (
        caplog.at_level(logging.INFO),
        Phrase(ACCESS, base_url=API, transport=httpx.MockTransport(answer_anything)) as c,
    ):
        c.http.get("/projects", params={"access_token": ACCESS, "q": "name:app"})
        c.http.get(signed)
    text = logged_requests(caplog)
    assert "HTTP Request: GET https://api.phrase.test/v2/projects?access_token=***&q=name%3Aapp" in text
    assert "X-Amz-Signature=***" in text and "X-Amz-Security-Token=***" in text
    assert_clean(text)
    for secret in (SIGNATURE, STS, AWS_CREDENTIAL, "AKIA0000EXAMPLE%2F20261202"):
        assert secret not in caplog.text


@pytest.mark.anyio
async def test_async_httpx_request_log_masks_secret_query_values(caplog: pytest.LogCaptureFixture) -> None:
    signed = SIGNED.format(c=AWS_CREDENTIAL, t=STS, s=SIGNATURE)
    with caplog.at_level(logging.INFO):
        async with AsyncPhrase(ACCESS, base_url=API, transport=httpx.MockTransport(answer_anything)) as client:
            await client.http.get("/projects", params={"access_token": ACCESS})
            await client.http.get(signed)
    text = logged_requests(caplog)
    assert "?access_token=***" in text and "X-Amz-Signature=***" in text
    assert_clean(text)
    for secret in (SIGNATURE, STS):
        assert secret not in caplog.text


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (
            "send_request_headers.failed exception=LocalProtocolError(\"Illegal header value b'token "
            + ACCESS
            + "'\")",
            "b'token ***'",
        ),
        ("HPACK encoding [(b'authorization', b'Bearer " + JWT + "'), (b'x-phraseapp-otp', b'" + OTP + "')]", "b'***'"),
        ("{'Authorization': 'Basic cGFzc3dvcmQ=', 'x-phraseapp-otp': '" + OTP + "'}", "'x-phraseapp-otp': '***'"),
        ("GET https://h.test/x?a=1&subject_token=" + PLATFORM + "&b=2 200", "subject_token=***&b=2"),
        ("Authorization: token " + ACCESS, "Authorization: ***"),
    ],
)
def test_redact_text_masks_header_and_query_values(line: str, kept: str) -> None:
    clean = redact_text(line)
    assert kept in clean
    assert_clean(clean)
    assert "cGFzc3dvcmQ=" not in clean
    assert redact_text(clean) == clean


def test_every_logger_of_httpx_and_httpcore_is_guarded() -> None:
    import httpcore  # noqa: F401 - its loggers exist once it is imported

    names = [name for name in logging.root.manager.loggerDict if name.split(".")[0] in ("httpx", "httpcore")]
    assert {"httpx", "httpcore.connection", "httpcore.http11"} <= set(names)
    for name in names:
        assert any(isinstance(f, RedactSecrets) for f in logging.getLogger(name).filters), name


def test_a_logged_traceback_from_httpcore_is_masked(caplog: pytest.LogCaptureFixture) -> None:
    try:
        raise ValueError(f"Illegal header value b'token {ACCESS}'")
    except ValueError:
        with caplog.at_level(logging.DEBUG):
            logging.getLogger("httpcore.http11").debug("send_request_headers.failed", exc_info=True)
    assert "b'token ***'" in caplog.text
    assert_clean(caplog.text)


def test_token_fragments_shown_are_at_most_four_characters(caplog: pytest.LogCaptureFixture) -> None:
    # The API's token_last_eight identifies a token; what this library shows is only its last four.
    last_eight = ACCESS[-8:]
    stamp = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    authorization = Authorization(
        id="a1", note="CI", token_last_eight=last_eight, expires_at=None, created_at=stamp, updated_at=stamp
    )
    assert last_eight not in repr(authorization)
    assert last_eight[-4:] not in repr(authorization)
    created = AuthorizationWithToken(
        id="a2", token=NEW_TOKEN, token_last_eight=NEW_TOKEN[-8:], created_at=stamp, updated_at=stamp
    )
    assert NEW_TOKEN[-8:] not in repr(created)
    assert ACCESS[-5:] not in repr(TokenAuth(ACCESS)) and ACCESS[-4:] in repr(TokenAuth(ACCESS))
    expired = Authorization(
        id="a1",
        note="CI",
        token_last_eight=last_eight,
        expires_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
        created_at=stamp,
        updated_at=stamp,
    )
    with caplog.at_level(logging.WARNING, logger="phrase_strings"):
        check_expiry(expired)
    assert f"…{last_eight[-4:]} (CI)" in caplog.text
    assert last_eight not in caplog.text
