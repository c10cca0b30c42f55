"""Uploads (multipart field by field, waiting) and downloads (streaming, atomic, conditional, queued)."""

from __future__ import annotations

import email.parser
import email.policy
import gc
import http.server
import io
import json
import threading
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from phrase_strings import (
    APIConnectionError,
    ConfigurationError,
    DownloadFailed,
    DownloadInterrupted,
    DownloadOptions,
    NotFound,
    Phrase,
    PollPolicy,
    ProcessingTimeout,
    UploadFailed,
    UploadOptions,
)
from phrase_strings._files import form_fields
from phrase_strings._loopback import LoopbackServer
from phrase_strings_api.models.create_upload_body import CreateUploadBody
from phrase_strings_api.models.create_upload_body_format_options import CreateUploadBodyFormatOptions
from phrase_strings_api.types import File

from tests.unit.scripted import TOKEN, BrokenBody, FakeTime, Script, async_phrase, phrase

SUMMARY = {
    "locales_created": 0,
    "translation_keys_created": 3,
    "translation_keys_updated": 1,
    "translations_created": 3,
    "translations_updated": 2,
}


def parts(request: httpx.Request) -> list[dict[str, Any]]:
    """The parts of a multipart/form-data request, in order: name, filename, content type, bytes."""
    raw = b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n" + request.content
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
    assert message.is_multipart()
    found = []
    for part in message.iter_parts():
        found.append(
            {
                "name": part.get_param("name", header="content-disposition"),
                "filename": part.get_filename(),
                "type": part.get_content_type() if part.get_filename() else None,
                "data": part.get_payload(decode=True),
            }
        )
    return found


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def fields(request: httpx.Request) -> list[tuple[str, str]]:
    return [(p["name"], p["data"].decode()) for p in parts(request) if p["filename"] is None]


def upload_json(state: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": "up1",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "filename": "de.yml",
        "format": "yml",
        "state": state,
        **extra,
    }


def created(state: str = "initialized", **extra: Any) -> httpx.Response:
    return httpx.Response(201, json=upload_json(state, **extra))


# --- multipart uploads ------------------------------------------------------------------------


def test_upload_sends_every_option_as_the_api_reads_form_fields() -> None:
    script = Script([created()])
    options = UploadOptions(
        branch="feature-x",
        tags=["checkout", "v2"],
        update_translations=True,
        update_translation_keys=False,
        update_descriptions=False,
        skip_unverification=True,
        file_encoding="UTF-8",
        locale_mapping={"en": 2, "de": "3"},
        format_options={"enclose_in_cdata": True, "indent": 4},
        autotranslate=False,
        mark_reviewed=True,
        translation_key_prefix="app.",
    )
    with phrase(script, project_id="p1") as client:
        upload = client.uploads.upload(
            b"de:\n  hello: Hallo\n", locale_id="de", file_format="yml", filename="de.yml", options=options
        )
    assert upload.id == "up1" and upload.state == "initialized"
    request = script.requests[0]
    assert request.method == "POST" and request.url.path == "/v2/projects/p1/uploads"
    assert request.headers["authorization"] == f"token {TOKEN}"
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert fields(request) == [
        ("file_format", "yml"),
        ("locale_id", "de"),
        ("branch", "feature-x"),
        ("tags", "checkout,v2"),
        ("update_translations", "true"),
        ("update_translation_keys", "false"),
        ("update_descriptions", "false"),
        ("skip_unverification", "true"),
        ("file_encoding", "UTF-8"),
        ("locale_mapping[en]", "2"),
        ("locale_mapping[de]", "3"),
        ("format_options[enclose_in_cdata]", "true"),
        ("format_options[indent]", "4"),
        ("autotranslate", "false"),
        ("mark_reviewed", "true"),
        ("translation_key_prefix", "app."),
    ]
    (file_part,) = [p for p in parts(request) if p["filename"] is not None]
    assert file_part == {
        "name": "file",
        "filename": "de.yml",
        "type": "application/octet-stream",
        "data": b"de:\n  hello: Hallo\n",
    }


def test_options_left_out_are_not_sent_so_the_api_defaults_apply() -> None:
    script = Script([created()])
    with phrase(script) as client:
        client.uploads.upload(b"{}", locale_id="en", file_format="json", project_id="p1", filename="en.json")
    assert fields(script.requests[0]) == [("file_format", "json"), ("locale_id", "en")]


def test_the_generated_body_sends_the_same_fields_as_files() -> None:
    body = CreateUploadBody(file=File(payload=io.BytesIO(b"x"), file_name="de.yml"), file_format="yml", locale_id="de")
    body.update_translations = False
    body.format_options = CreateUploadBodyFormatOptions.from_dict({"foo": "bar", "nested": {"on": True}})
    sent = [(name, value[1]) for name, value in body.to_multipart()]
    assert ("update_translations", b"false") in sent
    assert ("format_options[foo]", b"bar") in sent
    assert ("format_options[nested][on]", b"true") in sent
    assert not any(name == "format_options" for name, _ in sent)
    assert dict(body.to_multipart())["file"][0] == "de.yml"


def test_form_fields_nest_and_repeat_like_rails() -> None:
    assert form_fields("format_options", {"a": {"b": False}, "list": [1, 2]}) == [
        ("format_options[a][b]", "false"),
        ("format_options[list][]", "1"),
        ("format_options[list][]", "2"),
    ]
    assert form_fields("locale_ids", ["de", "fr"]) == [("locale_ids", "de"), ("locale_ids", "fr")]
    assert form_fields("x", None) == []
    with pytest.raises(ConfigurationError, match="x: cannot send a object"):
        form_fields("x", object())


def test_upload_from_a_path_closes_the_file_and_names_it(tmp_path: Path) -> None:
    source = tmp_path / "fr.json"
    source.write_bytes(b'{"hello": "Bonjour"}')
    script = Script([created()])
    with phrase(script, project_id="p1") as client:
        client.uploads.upload(source, locale_id="fr", file_format="json")
        client.uploads.upload(str(source), locale_id="fr", file_format="json")
    for request in script.requests:
        (file_part,) = [p for p in parts(request) if p["filename"]]
        assert (file_part["filename"], file_part["type"], file_part["data"]) == (
            "fr.json",
            "application/octet-stream",
            b'{"hello": "Bonjour"}',
        )


def test_upload_from_a_file_object_reads_it_from_the_start_and_leaves_it_open(tmp_path: Path) -> None:
    source = tmp_path / "es.yml"
    source.write_bytes(b"es:\n  hola: Hola\n")
    script = Script([created()])
    with phrase(script, project_id="p1") as client, source.open("rb") as fh:
        fh.read(3)
        client.uploads.upload(fh, locale_id="es", file_format="yml")
        assert not fh.closed
    (file_part,) = [p for p in parts(script.requests[0]) if p["filename"]]
    assert file_part["filename"] == "es.yml" and file_part["data"] == b"es:\n  hola: Hola\n"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c, tmp: c.uploads.upload(io.StringIO("x"), locale_id="de", file_format="yml"), "binary mode"),
        (lambda c, tmp: c.uploads.upload(tmp / "missing.yml", locale_id="de", file_format="yml"), "is not a file"),
        (lambda c, tmp: c.uploads.upload(b"x", locale_id="", file_format="yml"), "locale_id must be"),
        (lambda c, tmp: c.uploads.upload(b"x", locale_id="de", file_format=None), "file_format must be"),
    ],
)
def test_bad_upload_input_is_refused_before_sending(call: Any, message: str, tmp_path: Path) -> None:
    script = Script([created()])
    with phrase(script, project_id="p1") as client, pytest.raises(ConfigurationError, match=message):
        call(client, tmp_path)
    assert script.count == 0


def test_without_a_project_nothing_is_sent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PHRASE_PROJECT_ID", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    script = Script([created()])
    with phrase(script) as client, pytest.raises(ConfigurationError, match="no project: pass project_id"):
        client.uploads.upload(b"x", locale_id="de", file_format="yml")
    assert script.count == 0


def test_options_check_their_types_when_built() -> None:
    with pytest.raises(ConfigurationError, match=r"UploadOptions.update_translations must be True or False, not 'yes'"):
        UploadOptions(update_translations="yes")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="format_options must be a mapping"):
        DownloadOptions(file_format="yml", format_options="indent=2")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="file_format is needed"):
        DownloadOptions(file_format="")
    with pytest.raises(ConfigurationError, match="cannot be combined"):
        DownloadOptions(file_format="yml", fallback_locale_id="en", use_locale_fallback=True)


def test_screenshot_upload_sends_the_image_as_filename_field() -> None:
    script = Script(
        [
            httpx.Response(
                201,
                json={
                    "id": "s1",
                    "created_at": "2026-01-01T00:00:00Z",
                    "updated_at": "2026-01-01T00:00:00Z",
                    "name": "Checkout",
                },
            )
        ]
    )
    with phrase(script, project_id="p1") as client:
        shot = client.screenshots.upload(
            b"\x89PNG...", name="Checkout", description="Pay page", filename="pay.png", branch="b1"
        )
    assert shot.id == "s1"
    request = script.requests[0]
    assert request.url.path == "/v2/projects/p1/screenshots"
    assert fields(request) == [("branch", "b1"), ("name", "Checkout"), ("description", "Pay page")]
    (image,) = [p for p in parts(request) if p["filename"]]
    assert (image["name"], image["filename"], image["type"], image["data"]) == (
        "filename",
        "pay.png",
        "image/png",
        b"\x89PNG...",
    )


# --- waiting for processing -------------------------------------------------------------------


def fake_poll(clock: FakeTime, **kwargs: Any) -> PollPolicy:
    return PollPolicy(clock=clock.time, sleep=clock.sleep, async_sleep=clock.async_sleep, **kwargs)


def test_wait_polls_with_backoff_until_success_and_returns_the_summary() -> None:
    clock = FakeTime()
    script = Script(
        [
            created("initialized"),
            httpx.Response(200, json=upload_json("processing")),
            httpx.Response(200, json=upload_json("processing")),
            httpx.Response(200, json=upload_json("success", summary=SUMMARY)),
        ]
    )
    with phrase(script, clock, project_id="p1") as client:
        upload = client.uploads.upload(
            b"x",
            locale_id="de",
            file_format="yml",
            options=UploadOptions(branch="b1"),
            wait=True,
            poll=fake_poll(clock),
        )
    assert upload.state == "success"
    assert upload.summary.translations_created == 3  # type: ignore[union-attr]
    assert clock.sleeps == [0.5, 0.75, 1.125]
    shows = script.requests[1:]
    assert [r.url.path for r in shows] == ["/v2/projects/p1/uploads/up1"] * 3
    assert all(r.url.params["branch"] == "b1" for r in shows)


def test_wait_raises_upload_failed_with_the_servers_reason() -> None:
    clock = FakeTime()
    failed = upload_json("error", error="line 3: mapping values are not allowed here", url="https://app.test/u/1")
    script = Script([created("processing"), httpx.Response(200, json=failed)])
    with phrase(script, clock, project_id="p1") as client, pytest.raises(UploadFailed) as caught:
        client.uploads.upload(b"x", locale_id="de", file_format="yml", wait=True, poll=fake_poll(clock))
    assert caught.value.reason == "line 3: mapping values are not allowed here"
    assert caught.value.upload.id == "up1"
    assert "upload up1 (de.yml) failed in processing: line 3" in str(caught.value)
    assert "https://app.test/u/1" in str(caught.value)


def test_wait_gives_up_at_the_timeout_with_the_last_state() -> None:
    clock = FakeTime()
    script = Script([created("processing"), httpx.Response(200, json=upload_json("processing"))])
    with phrase(script, clock, project_id="p1") as client, pytest.raises(ProcessingTimeout) as caught:
        client.uploads.upload(
            b"x",
            locale_id="de",
            file_format="yml",
            wait=True,
            poll=fake_poll(clock, timeout=10, max_interval=4),
        )
    assert caught.value.last.state == "processing"
    assert caught.value.waited == pytest.approx(10)
    assert sum(clock.sleeps) == pytest.approx(10)  # never sleeps past the timeout
    assert max(clock.sleeps) <= 4
    assert "still 'processing' after 10s" in str(caught.value)


def test_poll_upload_by_id_fetches_it_first() -> None:
    clock = FakeTime()
    script = Script([httpx.Response(200, json=upload_json("success", summary=SUMMARY))])
    with phrase(script, clock, project_id="p1") as client:
        upload = client.uploads.wait("up1", poll=fake_poll(clock))
    assert upload.state == "success" and clock.sleeps == [] and script.count == 1


def test_poll_policy_refuses_nonsense() -> None:
    with pytest.raises(ConfigurationError, match="PollPolicy needs"):
        PollPolicy(timeout=0)


@pytest.mark.anyio
async def test_async_upload_waits_and_fails_typed() -> None:
    clock = FakeTime()
    script = Script([created(), httpx.Response(200, json=upload_json("success", summary=SUMMARY))])
    async with async_phrase(script, clock, project_id="p1") as client:
        upload = await client.uploads.upload(
            b"x",
            locale_id="de",
            file_format="yml",
            options=UploadOptions(update_translations=True),
            wait=True,
            poll=fake_poll(clock),
        )
    assert upload.summary.translation_keys_created == 3  # type: ignore[union-attr]
    assert ("update_translations", "true") in fields(script.requests[0])
    assert clock.sleeps == [0.5]

    script = Script([created("error", errors=["bad file"])])
    async with async_phrase(script, clock, project_id="p1") as client:
        with pytest.raises(UploadFailed, match=r'\["bad file"\]'):
            await client.uploads.upload(b"x", locale_id="de", file_format="yml", wait=True, poll=fake_poll(clock))


# --- downloads through mock transports ---------------------------------------------------------

BODY = b"de:\n  hello: Hallo\n" * 1000


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives in pieces, as from a socket (a mock's ``content=`` is in memory at once)."""

    def __init__(self, body: bytes, size: int = 1000) -> None:
        self.pieces = [body[i : i + size] for i in range(0, len(body), size)]

    def __iter__(self) -> Iterator[bytes]:
        yield from self.pieces

    async def __aiter__(self) -> Any:
        for piece in self.pieces:
            yield piece


def locale_file(request: httpx.Request) -> httpx.Response:
    headers = {
        "content-type": "application/x-yaml",
        "content-length": str(len(BODY)),
        "etag": '"e1"',
        "last-modified": "Mon, 02 Mar 2026 10:00:00 GMT",
    }
    return httpx.Response(200, headers=headers, stream=Chunks(BODY))


def test_download_query_uses_brackets_and_lowercase_booleans(tmp_path: Path) -> None:
    script = Script([locale_file])
    options = DownloadOptions(
        file_format="yml",
        branch="b1",
        tags=["web", "ios"],
        include_empty_translations=True,
        include_unverified_translations=False,
        format_options={"escape_single_quotes": True, "indent": 2},
        custom_metadata_filters={"team": "checkout"},
        locale_ids=["de", "fr"],
        updated_since="2026-01-01T00:00:00Z",
    )
    with phrase(script, FakeTime(), project_id="p1") as client:
        client.locales.download_to("de", tmp_path / "de.yml", options)
    request = script.requests[0]
    assert request.url.path == "/v2/projects/p1/locales/de/download"
    assert request.url.params.multi_items() == [
        ("file_format", "yml"),
        ("branch", "b1"),
        ("tags", "web,ios"),
        ("include_empty_translations", "true"),
        ("format_options[escape_single_quotes]", "true"),
        ("format_options[indent]", "2"),
        ("include_unverified_translations", "false"),
        ("custom_metadata_filters[team]", "checkout"),
        ("locale_ids", "de"),
        ("locale_ids", "fr"),
        ("updated_since", "2026-01-01T00:00:00Z"),
    ]
    assert request.headers["authorization"] == f"token {TOKEN}"


def test_download_to_a_path_writes_it_whole_with_progress(tmp_path: Path) -> None:
    script = Script([locale_file])
    seen: list[tuple[int, int | None]] = []
    target = tmp_path / "nested" / "de.yml"
    with phrase(script, FakeTime(), project_id="p1") as client:
        result = client.locales.download_to(
            "de",
            target,
            DownloadOptions(file_format="yml"),
            progress=lambda done, total: seen.append((done, total)),
            chunk_size=4096,
        )
    assert target.read_bytes() == BODY
    assert (result.path, result.size, result.changed, result.etag) == (target, len(BODY), True, '"e1"')
    assert [done for done, _ in seen] == sorted({done for done, _ in seen}) and seen[-1] == (len(BODY), len(BODY))
    assert len(seen) == -(-len(BODY) // 4096)
    assert sorted(p.name for p in target.parent.iterdir()) == ["de.yml"]  # no temporary files left


def test_download_to_a_file_object(tmp_path: Path) -> None:
    script = Script([locale_file])
    out = io.BytesIO()
    with phrase(script, FakeTime(), project_id="p1") as client:
        result = client.locales.download_to("de", out, DownloadOptions(file_format="yml"))
    assert out.getvalue() == BODY and result.path is None and result.size == len(BODY)
    with phrase(script, FakeTime(), project_id="p1") as client, pytest.raises(ConfigurationError, match="binary"):
        client.locales.download_to("de", io.StringIO(), DownloadOptions(file_format="yml"))  # type: ignore[arg-type]


def broken(request: httpx.Request) -> httpx.Response:
    cut = httpx.RemoteProtocolError("peer closed connection without sending complete message body", request=request)
    return httpx.Response(200, headers={"content-length": str(len(BODY))}, stream=BrokenBody(BODY[:1000], cut))


def test_an_interrupted_download_keeps_the_old_file_and_raises_typed(tmp_path: Path) -> None:
    target = tmp_path / "de.yml"
    target.write_bytes(b"old content\n")
    with phrase(Script([broken]), FakeTime(), project_id="p1") as client:
        with pytest.raises(DownloadInterrupted) as caught:
            client.locales.download_to("de", target, DownloadOptions(file_format="yml"))
        assert client.rate_limiter.in_flight == 0
    assert isinstance(caught.value, APIConnectionError)
    assert (caught.value.received, caught.value.expected) == (1000, len(BODY))
    assert f"after 1000 of {len(BODY)} bytes" in str(caught.value)
    assert target.read_bytes() == b"old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["de.yml"]


def test_an_error_answer_raises_typed_and_writes_nothing(tmp_path: Path) -> None:
    script = Script([httpx.Response(404, json={"message": "Not Found"})])
    with phrase(script, FakeTime(), project_id="p1") as client:
        with pytest.raises(NotFound):
            client.locales.download_to("xx", tmp_path / "xx.yml", DownloadOptions(file_format="yml"))
        assert client.rate_limiter.in_flight == 0
    assert list(tmp_path.iterdir()) == []


def test_a_download_holds_one_limiter_slot_until_its_body_is_read(tmp_path: Path) -> None:
    in_flight: list[int] = []
    with phrase(Script([locale_file]), FakeTime(), project_id="p1") as client:
        client.locales.download_to(
            "de",
            tmp_path / "de.yml",
            DownloadOptions(file_format="yml"),
            progress=lambda done, total: in_flight.append(client.rate_limiter.in_flight),
            chunk_size=1000,
        )
        assert len(in_flight) == len(BODY) // 1000 and set(in_flight) == {1}
        assert client.rate_limiter.in_flight == 0


def test_a_503_before_the_body_is_retried(tmp_path: Path) -> None:
    clock = FakeTime()
    script = Script([httpx.Response(503, text="busy"), locale_file])
    with phrase(script, clock, project_id="p1") as client:
        result = client.locales.download_to("de", tmp_path / "de.yml", DownloadOptions(file_format="yml"))
        assert client.rate_limiter.in_flight == 0
    assert script.count == 2 and result.size == len(BODY) and len(clock.sleeps) == 1


class Versioned:
    """A locale file with an ETag: answers 304 to a matching If-None-Match."""

    def __init__(self) -> None:
        self.version = 1
        self.seen: list[httpx.Headers] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request.headers.copy())
        etag = f'"v{self.version}"'
        if request.headers.get("if-none-match") == etag:
            return httpx.Response(304, headers={"etag": etag})
        return httpx.Response(200, content=b"version %d\n" % self.version, headers={"etag": etag})


def test_skip_unchanged_sends_saved_validators_and_keeps_the_file_on_304(tmp_path: Path) -> None:
    server = Versioned()
    target = tmp_path / "de.yml"
    options = DownloadOptions(file_format="yml")
    with phrase(Script([server]), FakeTime(), project_id="p1") as client:
        first = client.locales.download_to("de", target, options, skip_unchanged=True)
        second = client.locales.download_to("de", target, options, skip_unchanged=True)
        server.version = 2
        third = client.locales.download_to("de", target, options, skip_unchanged=True)
        target.write_bytes(b"edited by hand\n")
        fourth = client.locales.download_to("de", target, options, skip_unchanged=True)
        other = client.locales.download_to("de", target, DownloadOptions(file_format="json"), skip_unchanged=True)
    assert "if-none-match" not in server.seen[0]
    assert server.seen[1]["if-none-match"] == '"v1"' and not second.changed and second.size == 0
    assert server.seen[2]["if-none-match"] == '"v1"' and third.changed
    assert "if-none-match" not in server.seen[3]  # the file was changed locally: fetch it again
    assert "if-none-match" not in server.seen[4]  # other options, other URL: validators do not apply
    assert first.changed and fourth.changed and other.changed
    assert target.read_bytes() == b"version 2\n"
    sidecar = json.loads((tmp_path / ".de.yml.phrase-etag").read_text())
    assert sidecar["etag"] == '"v2"' and "file_format=json" in sidecar["url"]
    with phrase(Script([server]), FakeTime(), project_id="p1") as client, pytest.raises(ConfigurationError):
        client.locales.download_to("de", io.BytesIO(), options, skip_unchanged=True)


def queued_server(final_status: str = "completed") -> Script:
    record = {
        "id": "d1",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "status": "processing",
        "params": {"file_format": "yml"},
    }
    done = {
        **record,
        "status": final_status,
        "result": {"url": "https://files.example.test/exports/d1.yml?signature=s3cr3t"},
        "error": "render failed" if final_status == "error" else None,
    }

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.host == "files.example.test":
            return httpx.Response(200, content=BODY)
        if request.method == "POST":
            return httpx.Response(201, json=record)
        return httpx.Response(200, json=done if len(script.requests) > 2 else record)

    script = Script([handle])
    return script


def test_queued_download_creates_polls_and_fetches_without_leaking_the_token(tmp_path: Path) -> None:
    clock = FakeTime()
    script = queued_server()
    options = DownloadOptions(file_format="yml", include_empty_translations=True, format_options={"indent": 2})
    with phrase(script, clock, project_id="p1") as client:
        result = client.locales.download_to("de", tmp_path / "de.yml", options, poll=fake_poll(clock), queued=True)
    create, show1, show2, fetch = script.requests
    assert (create.method, create.url.path) == ("POST", "/v2/projects/p1/locales/de/downloads")
    assert json.loads(create.content) == {
        "file_format": "yml",
        "include_empty_translations": True,
        "format_options": {"indent": 2},
    }
    assert show1.url.path == show2.url.path == "/v2/projects/p1/locales/de/downloads/d1"
    assert fetch.url.host == "files.example.test" and "authorization" not in fetch.headers
    assert (tmp_path / "de.yml").read_bytes() == BODY and result.size == len(BODY)
    assert clock.sleeps == [0.5, 0.75]


def test_queued_download_errors_and_timeouts_are_typed(tmp_path: Path) -> None:
    clock = FakeTime()
    with phrase(queued_server("error"), clock, project_id="p1") as client:
        with pytest.raises(DownloadFailed, match="render failed"):
            client.locales.download_to(
                "de", tmp_path / "de.yml", DownloadOptions(file_format="yml"), poll=fake_poll(clock), queued=True
            )
    record = {
        "id": "d1",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
        "status": "processing",
    }
    processing = Script([httpx.Response(201, json=record), httpx.Response(200, json=record)])
    with phrase(processing, clock, project_id="p1") as client:
        with pytest.raises(ProcessingTimeout, match="locale download d1 was still 'processing'"):
            client.locales.download_to(
                "de",
                tmp_path / "de.yml",
                DownloadOptions(file_format="yml"),
                poll=fake_poll(clock, timeout=5),
                queued=True,
            )
    assert not (tmp_path / "de.yml").exists()


@pytest.mark.anyio
async def test_async_downloads_write_atomically_and_fail_typed(tmp_path: Path) -> None:
    clock = FakeTime()
    target = tmp_path / "de.yml"
    async with async_phrase(Script([locale_file]), clock, project_id="p1") as client:
        result = await client.locales.download_to("de", target, DownloadOptions(file_format="yml"), skip_unchanged=True)
        assert client.rate_limiter.in_flight == 0
    assert target.read_bytes() == BODY and result.etag == '"e1"'
    async with async_phrase(Script([broken]), clock, project_id="p1") as client:
        with pytest.raises(DownloadInterrupted):
            await client.locales.download_to("de", target, DownloadOptions(file_format="yml"))
        assert client.rate_limiter.in_flight == 0
    assert target.read_bytes() == BODY
    assert names(tmp_path) == [".de.yml.phrase-etag", "de.yml"]
    async with async_phrase(queued_server(), clock, project_id="p1") as client:
        out = io.BytesIO()
        await client.locales.download_to(
            "de", out, DownloadOptions(file_format="yml"), poll=fake_poll(clock), queued=True
        )
    assert out.getvalue() == BODY


# --- a real socket: a large body, and one cut short --------------------------------------------

LARGE = 100 * 1024 * 1024
BLOCK = bytes(range(256)) * 256  # 64 KiB


class Handler(http.server.BaseHTTPRequestHandler):
    """Bodies made on the fly: ``/…/big/download`` is LARGE bytes, ``/…/cut/download`` stops half-way."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        cut = "/cut/" in self.path
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        self.send_header("Content-Length", str(LARGE if not cut else 10 * len(BLOCK)))
        self.end_headers()
        blocks = LARGE // len(BLOCK) if not cut else 3
        try:
            for _ in range(blocks):
                self.wfile.write(BLOCK)
        except (BrokenPipeError, ConnectionResetError):
            pass
        if cut:
            self.close_connection = True

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def loopback() -> Iterator[str]:
    server = LoopbackServer(0, Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def peak_during(run: Any) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_100_mb_download_streams_with_bounded_memory(loopback: str, tmp_path: Path) -> None:
    target = tmp_path / "big.yml"
    calls = 0

    def count(done: int, total: int | None) -> None:
        nonlocal calls
        calls += 1
        assert total == LARGE

    with Phrase(TOKEN, base_url=loopback, project_id="p1") as client:
        peak = peak_during(
            lambda: client.locales.download_to("big", target, DownloadOptions(file_format="yml"), progress=count)
        )
    assert target.stat().st_size == LARGE
    with target.open("rb") as fh:
        assert fh.read(len(BLOCK)) == BLOCK
        fh.seek(-len(BLOCK), 2)
        assert fh.read() == BLOCK
    assert calls >= LARGE // (64 * 1024)
    print(f"peak traced memory for a {LARGE // 2**20} MiB download: {peak / 2**20:.2f} MiB")
    assert peak < 20 * 2**20


@pytest.mark.anyio
async def test_a_100_mb_async_download_streams_with_bounded_memory(loopback: str, tmp_path: Path) -> None:
    from phrase_strings import AsyncPhrase

    target = tmp_path / "big.yml"
    async with AsyncPhrase(TOKEN, base_url=loopback, project_id="p1") as client:
        gc.collect()
        tracemalloc.start()
        try:
            result = await client.locales.download_to(
                "big", target, DownloadOptions(file_format="yml"), chunk_size=2**20
            )
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert result.size == target.stat().st_size == LARGE
    print(f"peak traced memory for a {LARGE // 2**20} MiB async download: {peak / 2**20:.2f} MiB")
    assert peak < 20 * 2**20


def test_a_connection_closed_mid_body_leaves_no_file_under_the_final_name(loopback: str, tmp_path: Path) -> None:
    target = tmp_path / "cut.yml"
    with Phrase(TOKEN, base_url=loopback, project_id="p1") as client:
        with pytest.raises(DownloadInterrupted) as caught:
            client.locales.download_to("cut", target, DownloadOptions(file_format="yml"))
        assert client.rate_limiter.in_flight == 0
    assert caught.value.received == 3 * len(BLOCK) and caught.value.expected == 10 * len(BLOCK)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
