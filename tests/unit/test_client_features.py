"""Features reached from the client (``client.uploads.upload``, ``client.sync.push``, …), on both twins.

Also checks that the blocking twins in ``phrase_strings._sync`` are what ``scripts/unasync.py`` makes
of ``phrase_strings._async``.
"""

from __future__ import annotations

import inspect
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import anyio
import httpx
import phrase_strings
import pytest
from phrase_strings import AsyncPhrase, ConfigurationError, DownloadOptions, Phrase
from phrase_strings_api.api.authorizations import AsyncAuthorizationsApi, AuthorizationsApi
from phrase_strings_api.api.locales import AsyncLocalesApi, LocalesApi
from phrase_strings_api.api.screenshots import AsyncScreenshotsApi, ScreenshotsApi
from phrase_strings_api.api.uploads import AsyncUploadsApi, UploadsApi

from tests.conftest import ROOT
from tests.unit.scripted import FakeTime, Script, async_phrase, phrase
from tests.unit.test_files import Versioned, created, fake_poll, fields, parts, upload_json
from tests.unit.typed_helpers import STAMPS

twins = pytest.mark.parametrize("twin", ["sync", "async"])


def run(twin: str, script: Script, call: Callable[[Any], Any], clock: FakeTime | None = None, **kwargs: Any) -> Any:
    """``call(client)`` on a scripted `Phrase` or `AsyncPhrase`, awaited when it is awaitable."""
    if twin == "sync":
        with phrase(script, clock, **kwargs) as client:
            return call(client)

    async def main() -> Any:
        async with async_phrase(script, clock, **kwargs) as client:
            result = call(client)
            return await result if inspect.isawaitable(result) else result

    return anyio.run(main)


@pytest.mark.parametrize(
    ("name", "sync_base", "async_base"),
    [
        ("uploads", UploadsApi, AsyncUploadsApi),
        ("screenshots", ScreenshotsApi, AsyncScreenshotsApi),
        ("locales", LocalesApi, AsyncLocalesApi),
        ("authorizations", AuthorizationsApi, AsyncAuthorizationsApi),
    ],
)
def test_feature_groups_extend_the_generated_groups(name: str, sync_base: type, async_base: type) -> None:
    with Phrase("tok", base_url="http://127.0.0.1:9/v2") as client:
        group = getattr(client, name)
        assert isinstance(group, sync_base) and not isinstance(group, async_base)
        assert getattr(client, name) is group  # built once
        other = client.with_options(max_retries=0)
        assert getattr(other, name) is not group and getattr(other, name)._phrase is other
    agroup = getattr(AsyncPhrase("tok", base_url="http://127.0.0.1:9/v2"), name)
    assert isinstance(agroup, async_base) and not isinstance(agroup, sync_base)


@twins
def test_screenshot_upload_from_a_path_names_and_types_the_image(twin: str, tmp_path: Path) -> None:
    image = tmp_path / "checkout.jpg"
    image.write_bytes(b"\xff\xd8\xff...")
    script = Script([httpx.Response(201, json={"id": "s1", "name": "Checkout", **STAMPS})])
    shot = run(twin, script, lambda c: c.screenshots.upload(image, name="Checkout"), project_id="p1")
    assert shot.id == "s1"
    request = script.requests[0]
    assert (request.method, request.url.path) == ("POST", "/v2/projects/p1/screenshots")
    assert fields(request) == [("name", "Checkout")]
    (part,) = [p for p in parts(request) if p["filename"]]
    assert (part["name"], part["filename"], part["type"], part["data"]) == (
        "filename",
        "checkout.jpg",
        "image/jpeg",
        b"\xff\xd8\xff...",
    )


@twins
def test_screenshot_fields_that_are_not_text_are_refused_before_sending(twin: str) -> None:
    script = Script([])
    with pytest.raises(ConfigurationError, match="name must be a string"):
        run(twin, script, lambda c: c.screenshots.upload(b"x", name=42), project_id="p1")
    assert script.count == 0


@twins
def test_upload_goes_through_the_generated_endpoint_with_every_option_unset_by_default(twin: str) -> None:
    script = Script([created()])
    upload = run(twin, script, lambda c: c.uploads.upload(b"x", locale_id="de", file_format="yml"), project_id="p1")
    assert upload.id == "up1"
    assert fields(script.requests[0]) == [("file_format", "yml"), ("locale_id", "de")]


@twins
def test_wait_by_id_fetches_it_then_backs_off_until_the_timeout(twin: str) -> None:
    clock = FakeTime()
    script = Script([httpx.Response(200, json=upload_json("processing"))] * 6)
    with pytest.raises(phrase_strings.ProcessingTimeoutError, match="still 'processing' after 5s") as caught:
        run(
            twin,
            script,
            lambda c: c.uploads.wait("up1", branch="b1", poll=fake_poll(clock, timeout=5)),
            clock,
            project_id="p1",
        )
    assert caught.value.last.id == "up1"
    assert clock.sleeps == [0.5, 0.75, 1.125, 1.6875, pytest.approx(0.9375)]
    assert {(r.url.path, r.url.params["branch"]) for r in script.requests} == {("/v2/projects/p1/uploads/up1", "b1")}


@twins
def test_skip_unchanged_keeps_the_file_on_304(twin: str, tmp_path: Path) -> None:
    server = Versioned()
    target = tmp_path / "de.yml"
    options = DownloadOptions(file_format="yml")

    def twice(client: Any) -> Any:
        if isinstance(client, Phrase):
            return [client.locales.download_to("de", target, options, skip_unchanged=True) for _ in range(2)]

        async def both() -> list[Any]:
            return [await client.locales.download_to("de", target, options, skip_unchanged=True) for _ in range(2)]

        return both()

    first, second = run(twin, Script([server, server]), twice, FakeTime(), project_id="p1")
    assert first.changed and first.etag == '"v1"' and not second.changed and second.size == 0
    assert server.seen[1]["if-none-match"] == '"v1"'
    assert target.read_bytes() == b"version 1\n"


@twins
def test_queued_downloads_refuse_skip_unchanged_before_sending(twin: str, tmp_path: Path) -> None:
    script = Script([])
    options = DownloadOptions(file_format="yml")
    with pytest.raises(ConfigurationError, match="skip_unchanged needs a direct download"):
        run(
            twin,
            script,
            lambda c: c.locales.download_to("de", tmp_path / "de.yml", options, queued=True, skip_unchanged=True),
            project_id="p1",
        )
    assert script.count == 0


@twins
def test_sync_push_is_the_push_workflow_on_this_client(twin: str, tmp_path: Path) -> None:
    source = tmp_path / "de.yml"
    source.write_bytes(b"de:\n  hi: Hallo\n")
    script = Script([created()])
    result = run(
        twin, script, lambda c: c.sync.push(source, file_format="yml", locale_id="de", wait=False), project_id="p1"
    )
    assert isinstance(result, phrase_strings.PushResult)
    (request,) = script.requests
    assert (request.method, request.url.path) == ("POST", "/v2/projects/p1/uploads")
    assert ("locale_id", "de") in fields(request)


@twins
def test_sync_pull_is_the_pull_workflow_on_this_client(twin: str, tmp_path: Path) -> None:
    script = Script(
        [
            httpx.Response(200, json=[{"id": "l1", "code": "de", "name": "German", **STAMPS}]),
            httpx.Response(200, content=b"de:\n  hi: Hallo\n"),
        ]
    )
    pattern = str(tmp_path / "<locale_code>.yml")
    result = run(twin, script, lambda c: c.sync.pull(pattern, file_format="yml"), project_id="p1")
    assert isinstance(result, phrase_strings.PullResult)
    assert (tmp_path / "de.yml").read_bytes() == b"de:\n  hi: Hallo\n"
    assert script.requests[1].url.path == "/v2/projects/p1/locales/l1/download"


def test_sync_methods_document_themselves_as_the_workflows_do() -> None:
    with Phrase("tok", base_url="http://127.0.0.1:9/v2") as client:
        assert client.sync.push.__doc__ == phrase_strings.push.__doc__
        assert client.sync.pull.__name__ == "pull"
    assert AsyncPhrase("tok", base_url="http://127.0.0.1:9/v2").sync.pull.__doc__ == phrase_strings.apull.__doc__


def test_the_blocking_twins_are_generated_from_the_async_code() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "unasync.py"), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    for twin in (ROOT / "wrapper" / "phrase_strings" / "_sync").glob("*.py"):
        text = twin.read_text()
        assert "async " not in text and "await " not in text, twin.name
