"""Locale files in and out of a project: uploads, and downloads streamed to disk.

Uploads take a path, bytes or a binary file object, with every option of the API as a typed
`UploadOptions`; ``wait=True`` polls the upload (with backoff, within a timeout) until the API has
processed it and returns it with its summary, or raises `UploadFailed` with the server's reason::

    upload = upload_file(client, "locales/de.yml", locale_id="de", file_format="yml", wait=True)
    print(upload.summary.translations_created)

Downloads stream a locale file in chunks, so memory does not grow with the file, to a binary file
object or to a path. A path is written through a temporary file in the same folder that replaces
the target only once the whole body has arrived: an interrupted download raises
`DownloadInterrupted` and leaves the old file (or none) under the target name::

    download_locale(client, "de", "locales/de.yml", DownloadOptions(file_format="yml"))

`download_locale_queued` uses the API's asynchronous flow instead (create, poll, fetch), meant for
large projects. ``skip_unchanged=True`` revalidates with ``If-None-Match``/``If-Modified-Since``
using a small hidden sidecar file beside the target (``.<name>.phrase-etag``) and skips the body
when the API answers 304. The client's ``cache=`` keeps whole bodies in memory, so downloads do not
use it.

Form fields and query parameters are built here rather than by the generated functions: those
send booleans as ``True``/``False`` and nested options as one JSON part or flattened without their
name, where the API wants ``true``/``false`` and ``format_options[name]=value``.

Every function has an awaitable twin with an ``a`` in front: `aupload_file`, `adownload_locale`, …
"""

from __future__ import annotations

import datetime as dt
import io
import json
import mimetypes
import os
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

import anyio
import anyio.to_thread
import attrs
import httpx
from phrase_strings_api import types as api_types
from phrase_strings_api.models.create_locale_download_body import CreateLocaleDownloadBody
from phrase_strings_api.models.locale_download import LocaleDownload
from phrase_strings_api.models.screenshot import Screenshot
from phrase_strings_api.models.upload import Upload
from phrase_strings_api.types import UNSET, Unset

from .client import AsyncPhrase, Phrase
from .errors import APIConnectionError, ConfigurationError, PhraseError
from .sinks import AtomicFile, ObjectSink, save_validators, saved_validators

__all__ = [
    "CHUNK_SIZE",
    "DownloadFailed",
    "DownloadInterrupted",
    "DownloadOptions",
    "DownloadResult",
    "PollPolicy",
    "ProcessingTimeout",
    "ProgressCallback",
    "UploadFailed",
    "UploadOptions",
    "adownload_locale",
    "adownload_locale_queued",
    "apoll_upload",
    "aupload_file",
    "aupload_screenshot",
    "download_locale",
    "download_locale_queued",
    "form_fields",
    "poll_upload",
    "upload_file",
    "upload_screenshot",
]

CHUNK_SIZE = 64 * 1024
"""Bytes read and written at a time while downloading."""
UPLOAD_DONE = frozenset({"success", "completed"})
UPLOAD_FAILED = frozenset({"error", "failed"})

Source = str | os.PathLike[str] | bytes | IO[bytes]
"""What to upload: a path (``str`` or ``Path``), the content as ``bytes``, or a binary file object."""
Destination = str | os.PathLike[str] | IO[bytes]
"""Where a download goes: a path (written atomically) or a binary file object."""
ProgressCallback = Callable[[int, int | None], None]
"""Called after each chunk with (bytes so far, total bytes or None when the API does not say)."""


# --- errors ------------------------------------------------------------------------------------


class UploadFailed(PhraseError):
    """The API could not process an upload. ``upload`` is its final state, ``reason`` the server's words."""

    def __init__(self, upload: Upload) -> None:
        self.upload = upload
        self.reason = _reason(upload.additional_properties)
        name = upload.filename if isinstance(upload.filename, str) else "the file"
        where = f"; see {upload.url}" if isinstance(upload.url, str) and upload.url else ""
        super().__init__(
            f"upload {upload.id} ({name}) failed in processing: {self.reason or 'the API gave no reason'}{where}"
        )


class DownloadFailed(PhraseError):
    """An asynchronous locale download ended in the state ``error``; ``download`` is the record."""

    def __init__(self, download: LocaleDownload) -> None:
        self.download = download
        self.reason = download.error if isinstance(download.error, str) and download.error else None
        super().__init__(f"locale download {download.id} failed: {self.reason or 'the API gave no reason'}")


class ProcessingTimeout(PhraseError):
    """The API had not finished processing within the timeout; it may still finish later.

    ``last`` is the last state seen (an `Upload` or a `LocaleDownload`), ``waited`` the seconds spent.
    """

    def __init__(self, what: str, last: Any, waited: float) -> None:
        self.last = last
        self.waited = waited
        state = getattr(last, "state", None) or getattr(last, "status", None)
        super().__init__(f"{what} was still {str(state)!r} after {waited:.0f}s; it may finish later")


class DownloadInterrupted(APIConnectionError):
    """The body of a download broke off (connection closed, reset or timed out mid-way).

    A target path keeps what it had before (or stays absent); a file object keeps the bytes written
    so far. ``received`` bytes had arrived of ``expected`` (None when the API did not say).
    """

    def __init__(self, message: str, *, request: httpx.Request, received: int, expected: int | None) -> None:
        super().__init__(message, request=request)
        self.received = received
        self.expected = expected


def _reason(extra: Mapping[str, Any]) -> str | None:
    for key in ("error", "errors", "message", "error_message"):
        value = extra.get(key)
        if value:
            return value if isinstance(value, str) else json.dumps(value)
    return None


# --- options -----------------------------------------------------------------------------------


def form_fields(name: str, value: object) -> list[tuple[str, str]]:
    """Encode one option as form or query fields, the way the API's Rails backend reads them.

    Booleans become ``true``/``false``; mappings ``name[key]=value`` (nested: ``name[a][b]``);
    top-level lists repeat ``name`` (as the spec's form style says), nested ones use ``name[key][]``;
    dates ISO 8601; None sends nothing. The generated models' ``to_multipart`` use the same rules.
    """
    try:
        return api_types.form_fields(name, value)
    except TypeError as exc:
        raise ConfigurationError(str(exc)) from None


def _optional(kind: type, words: str) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """An attrs validator: None or an instance of ``kind``; otherwise a `ConfigurationError`.

    Options are checked when built, so a mistake shows before anything is sent.
    """

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None and not isinstance(value, kind):
            raise ConfigurationError(f"{type(instance).__name__}.{attribute.name} must be {words}, not {value!r}")

    return check


_bool = _optional(bool, "True or False")
_str = _optional(str, "a string")
_mapping = _optional(Mapping, "a mapping")


def _tags(value: str | Sequence[str] | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return ",".join(value)


@attrs.frozen(kw_only=True)
class UploadOptions:
    """Options of ``POST /projects/{project_id}/uploads``. None leaves an option to the API's default.

    ``tags`` may be a list; ``locale_mapping`` (e.g. ``{"en": 2}``) and ``format_options`` (per file
    format) are sent as ``locale_mapping[en]=2`` and ``format_options[name]=value``.
    """

    branch: str | None = attrs.field(default=None, validator=_str)
    tags: str | Sequence[str] | None = attrs.field(default=None, converter=_tags)
    update_translations: bool | None = attrs.field(default=None, validator=_bool)
    update_custom_metadata: bool | None = attrs.field(default=None, validator=_bool)
    update_translation_keys: bool | None = attrs.field(default=None, validator=_bool)
    update_translations_on_source_match: bool | None = attrs.field(default=None, validator=_bool)
    source_locale_id: str | None = attrs.field(default=None, validator=_str)
    update_descriptions: bool | None = attrs.field(default=None, validator=_bool)
    skip_upload_tags: bool | None = attrs.field(default=None, validator=_bool)
    skip_unverification: bool | None = attrs.field(default=None, validator=_bool)
    file_encoding: str | None = attrs.field(default=None, validator=_str)
    locale_mapping: Mapping[str, str | int] | None = attrs.field(default=None, validator=_mapping)
    format_options: Mapping[str, Any] | None = attrs.field(default=None, validator=_mapping)
    autotranslate: bool | None = attrs.field(default=None, validator=_bool)
    verify_mentioned_translations: bool | None = attrs.field(default=None, validator=_bool)
    mark_reviewed: bool | None = attrs.field(default=None, validator=_bool)
    tag_only_affected_keys: bool | None = attrs.field(default=None, validator=_bool)
    translation_key_prefix: str | None = attrs.field(default=None, validator=_str)
    skip_automated_job_creation: bool | None = attrs.field(default=None, validator=_bool)

    def fields(self) -> list[tuple[str, str]]:
        """The form fields these options send, in declaration order."""
        return [pair for f in attrs.fields(type(self)) for pair in form_fields(f.name, getattr(self, f.name))]


@attrs.frozen(kw_only=True)
class DownloadOptions:
    """What to render in a locale download (``file_format`` is needed; None: the API's default).

    ``format_options`` go out as ``format_options[name]=value``, ``custom_metadata_filters`` as
    ``custom_metadata_filters[field]=value``; ``updated_since`` takes a datetime or an ISO string.
    """

    file_format: str = attrs.field(validator=_str)
    branch: str | None = attrs.field(default=None, validator=_str)
    tags: str | Sequence[str] | None = attrs.field(default=None, converter=_tags)
    include_empty_translations: bool | None = attrs.field(default=None, validator=_bool)
    exclude_empty_zero_forms: bool | None = attrs.field(default=None, validator=_bool)
    include_translated_keys: bool | None = attrs.field(default=None, validator=_bool)
    keep_notranslate_tags: bool | None = attrs.field(default=None, validator=_bool)
    format_options: Mapping[str, Any] | None = attrs.field(default=None, validator=_mapping)
    encoding: str | None = attrs.field(default=None, validator=_str)
    include_unverified_translations: bool | None = attrs.field(default=None, validator=_bool)
    use_last_reviewed_version: bool | None = attrs.field(default=None, validator=_bool)
    fallback_locale_id: str | None = attrs.field(default=None, validator=_str)
    use_locale_fallback: bool | None = attrs.field(default=None, validator=_bool)
    source_locale_id: str | None = attrs.field(default=None, validator=_str)
    translation_key_prefix: str | None = attrs.field(default=None, validator=_str)
    filter_by_prefix: bool | None = attrs.field(default=None, validator=_bool)
    custom_metadata_filters: Mapping[str, Any] | None = attrs.field(default=None, validator=_mapping)
    locale_ids: Sequence[str] | None = None
    updated_since: dt.datetime | str | None = None
    fallback_for_unverified_translations: bool | None = attrs.field(default=None, validator=_bool)

    def __attrs_post_init__(self) -> None:
        if not self.file_format:
            raise ConfigurationError("DownloadOptions.file_format is needed (e.g. 'yml', 'json', 'xlf')")
        if self.fallback_locale_id is not None and self.use_locale_fallback:
            raise ConfigurationError("fallback_locale_id and use_locale_fallback cannot be combined")

    def query(self) -> list[tuple[str, str]]:
        """Query parameters of ``GET …/locales/{id}/download``."""
        return [pair for f in attrs.fields(type(self)) for pair in form_fields(f.name, getattr(self, f.name))]

    def body(self) -> dict[str, Any]:
        """JSON body of ``POST …/locales/{id}/downloads`` (the asynchronous flow)."""
        body: dict[str, Any] = {}
        for f in attrs.fields(type(self)):
            value = getattr(self, f.name)
            if value is None:
                continue
            if isinstance(value, dt.datetime):
                value = value.isoformat()
            elif isinstance(value, Mapping):
                value = dict(value)
            elif isinstance(value, Sequence) and not isinstance(value, str):
                value = list(value)
            body[f.name] = value
        return body


@attrs.frozen(kw_only=True)
class PollPolicy:
    """How to wait for the API to finish processing.

    Backoff from ``initial`` seconds by ``factor`` up to ``max_interval``, giving up after
    ``timeout`` seconds. ``clock``/``sleep``/``async_sleep`` are replaceable (tests use fakes).
    """

    timeout: float = 300.0
    initial: float = 0.5
    factor: float = 1.5
    max_interval: float = 10.0
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = anyio.sleep

    def __attrs_post_init__(self) -> None:
        if self.timeout <= 0 or self.initial <= 0 or self.factor < 1 or self.max_interval <= 0:
            raise ConfigurationError(
                "PollPolicy needs timeout > 0, initial > 0, factor >= 1 and max_interval > 0, "
                f"not {self.timeout}, {self.initial}, {self.factor}, {self.max_interval}"
            )


class _Deadline:
    """The waits of one polling loop: growing intervals, never past the timeout."""

    def __init__(self, policy: PollPolicy, what: str) -> None:
        self.policy = policy
        self.what = what
        self.started = policy.clock()
        self.interval = policy.initial

    def next_wait(self, last: object) -> float:
        """Seconds to sleep before the next look; raises `ProcessingTimeout` when time is up."""
        waited = self.policy.clock() - self.started
        left = self.policy.timeout - waited
        if left <= 0:
            raise ProcessingTimeout(self.what, last, waited)
        delay = min(self.interval, left)
        self.interval = min(self.interval * self.policy.factor, self.policy.max_interval)
        return delay


@attrs.frozen
class DownloadResult:
    """One finished download. ``changed`` is False when it was skipped as unchanged (304)."""

    locale_id: str
    path: Path | None
    size: int
    changed: bool = True
    etag: str | None = None
    last_modified: str | None = None


# --- helpers shared by sync and async ----------------------------------------------------------


def _project(client: Phrase | AsyncPhrase, project_id: str | None) -> str:
    project = project_id or client.project_id
    if not project:
        raise ConfigurationError(
            "no project: pass project_id=…, or set PHRASE_PROJECT_ID or phrase.project_id in .phrase.yml"
        )
    return project


def _segment(value: str, what: str) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"{what} must be a non-empty string, not {value!r}")
    return quote(value, safe="")


def _opened(source: Source, filename: str | None) -> tuple[str, bytes | IO[bytes], bool]:
    """(file name, content or binary file object, whether we opened it and must close it)."""
    if isinstance(source, bytes | bytearray):
        return filename or "upload", bytes(source), False
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise ConfigurationError(f"nothing to upload: {path} is not a file")
        return filename or path.name, path.open("rb"), True
    if isinstance(source, io.TextIOBase) or not hasattr(source, "read"):
        raise ConfigurationError("upload source must be a path, bytes or a file object opened in binary mode ('rb')")
    name = filename or Path(str(getattr(source, "name", "upload"))).name
    return name, source, False


def _multipart(
    field: str, source: Source, filename: str | None, data: list[tuple[str, str]], *, guess_type: bool = False
) -> tuple[dict[str, Any], Callable[[], None]]:
    """``files=``/``data=`` arguments for httpx, and a function closing what was opened.

    Locale files go as ``application/octet-stream`` (the API reads ``file_format``, and guesses
    for .yml/.xlf differ between systems); images get their type from the name.
    """
    name, content, ours = _opened(source, filename)
    guessed = mimetypes.guess_type(name)[0] if guess_type else None
    content_type = guessed or "application/octet-stream"
    form: dict[str, list[str]] = {}
    for key, value in data:
        form.setdefault(key, []).append(value)

    def close() -> None:
        if ours and not isinstance(content, bytes):
            content.close()

    return {"files": {field: (name, content, content_type)}, "data": form}, close


def _upload_form(locale_id: str, file_format: str, options: UploadOptions) -> list[tuple[str, str]]:
    for value, what in ((locale_id, "locale_id"), (file_format, "file_format")):
        if not isinstance(value, str) or not value:
            raise ConfigurationError(f"{what} must be a non-empty string, not {value!r}")
    return [("file_format", file_format), ("locale_id", locale_id), *options.fields()]


def _upload_url(project_id: str) -> str:
    return f"/projects/{_segment(project_id, 'project_id')}/uploads"


def _upload_state(upload: Upload) -> str:
    return upload.state.lower() if isinstance(upload.state, str) else ""


def _download_status(download: LocaleDownload) -> str:
    status = download.status
    return "" if status is None or isinstance(status, Unset) else str(status).lower()


def _result_url(download: LocaleDownload) -> str:
    result = download.result
    url = getattr(result, "url", None)
    if not isinstance(url, str) or not url:
        raise DownloadFailed(download)
    return url


def _expected_length(response: httpx.Response) -> int | None:
    if "content-encoding" in response.headers:
        return None  # the length is of the encoded body, not of what is written
    try:
        return int(response.headers["content-length"])
    except (KeyError, ValueError):
        return None


def _short_url(url: httpx.URL) -> str:
    """Scheme, host and path only: result URLs carry signatures in their query."""
    return str(url.copy_with(query=None, fragment=None))


def _interrupted(
    exc: httpx.RequestError, request: httpx.Request, received: int, expected: int | None
) -> DownloadInterrupted:
    of = f" of {expected}" if expected is not None else ""
    return DownloadInterrupted(
        f"download of {_short_url(request.url)} broke off after {received}{of} bytes: {type(exc).__name__}: {exc}",
        request=request,
        received=received,
        expected=expected,
    )


def _destination(destination: Destination) -> Path | IO[bytes]:
    if isinstance(destination, str | os.PathLike):
        return Path(destination)
    if isinstance(destination, io.TextIOBase) or not hasattr(destination, "write"):
        raise ConfigurationError("download destination must be a path or a file object opened in binary mode ('wb')")
    return destination


# --- uploads (sync) ----------------------------------------------------------------------------


def upload_file(
    client: Phrase,
    source: Source,
    *,
    locale_id: str,
    file_format: str,
    project_id: str | None = None,
    filename: str | None = None,
    options: UploadOptions | None = None,
    wait: bool = False,
    poll: PollPolicy | None = None,
) -> Upload:
    """Upload a locale file; with ``wait=True`` return it once processed (see `poll_upload`).

    ``source`` is a path, the content as bytes, or a binary file object (read from its start);
    ``filename`` names it for the API (default: the path's or file object's name). ``locale_id``
    is the locale's ID or name. The project defaults to the client's (``PHRASE_PROJECT_ID``…).
    """
    project = _project(client, project_id)
    options = options or UploadOptions()
    kwargs, close = _multipart("file", source, filename, _upload_form(locale_id, file_format, options))
    try:
        response = client.http.post(_upload_url(project), **kwargs)
    finally:
        close()
    upload = Upload.from_dict(response.json())
    return poll_upload(client, upload, project_id=project, branch=options.branch, poll=poll) if wait else upload


def poll_upload(
    client: Phrase,
    upload: Upload | str,
    *,
    project_id: str | None = None,
    branch: str | None = None,
    poll: PollPolicy | None = None,
) -> Upload:
    """Wait until the API has processed an upload and return it, with its ``summary``.

    Polls ``GET …/uploads/{id}`` with backoff (`PollPolicy`). Raises `UploadFailed` when the API
    reports an error and `ProcessingTimeout` when it is not done within the timeout.
    """
    project = _project(client, project_id)
    policy = poll or PollPolicy()
    current = upload if isinstance(upload, Upload) else client.uploads.show(project, upload, branch=_opt(branch))
    deadline = _Deadline(policy, f"upload {current.id}")
    while True:
        state = _upload_state(current)
        if state in UPLOAD_DONE:
            return current
        if state in UPLOAD_FAILED:
            raise UploadFailed(current)
        policy.sleep(deadline.next_wait(current))
        current = client.uploads.show(project, str(current.id), branch=_opt(branch))


def upload_screenshot(
    client: Phrase,
    source: Source,
    *,
    name: str | None = None,
    description: str | None = None,
    branch: str | None = None,
    project_id: str | None = None,
    filename: str | None = None,
) -> Screenshot:
    """Upload an image as a new screenshot of the project (``POST …/screenshots``)."""
    project = _project(client, project_id)
    data = [*form_fields("name", name), *form_fields("description", description), *form_fields("branch", branch)]
    kwargs, close = _multipart("filename", source, filename, data, guess_type=True)
    try:
        response = client.http.post(f"/projects/{_segment(project, 'project_id')}/screenshots", **kwargs)
    finally:
        close()
    return Screenshot.from_dict(response.json())


def _opt(value: str | None) -> str | Unset:
    """None as the generated functions' UNSET."""
    return UNSET if value is None else value


# --- downloads (sync) --------------------------------------------------------------------------


def download_locale(
    client: Phrase,
    locale_id: str,
    destination: Destination,
    options: DownloadOptions,
    *,
    project_id: str | None = None,
    skip_unchanged: bool = False,
    progress: ProgressCallback | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> DownloadResult:
    """Stream ``GET …/locales/{locale_id}/download`` into ``destination``.

    A path is written atomically (temporary file, then rename; parent folders are created); a
    binary file object gets the bytes as they come. ``skip_unchanged`` (paths only) sends the
    validators saved by the previous download and leaves the file alone on 304. ``progress`` is
    called after every chunk. Raises `DownloadInterrupted` if the body breaks off.
    """
    project = _project(client, project_id)
    url = f"/projects/{_segment(project, 'project_id')}/locales/{_segment(locale_id, 'locale_id')}/download"
    return _fetch(client, locale_id, url, options.query(), destination, skip_unchanged, progress, chunk_size)


def download_locale_queued(
    client: Phrase,
    locale_id: str,
    destination: Destination,
    options: DownloadOptions,
    *,
    project_id: str | None = None,
    poll: PollPolicy | None = None,
    progress: ProgressCallback | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> DownloadResult:
    """Download a locale through the API's asynchronous flow: create the export, poll it, fetch the file.

    Raises `DownloadFailed` when the API reports an error, `ProcessingTimeout` when it is not
    ready in time; the file is then written as by `download_locale`.
    """
    project = _project(client, project_id)
    policy = poll or PollPolicy()
    body = CreateLocaleDownloadBody.from_dict(options.body())
    record = client.locale_downloads.create(project, _check_locale(locale_id), body=body)
    deadline = _Deadline(policy, f"locale download {record.id}")
    while (status := _download_status(record)) != "completed":
        if status == "error":
            raise DownloadFailed(record)
        policy.sleep(deadline.next_wait(record))
        record = client.locale_downloads.show(project, locale_id, str(record.id))
    return _fetch(client, locale_id, _result_url(record), None, destination, False, progress, chunk_size)


def _check_locale(locale_id: str) -> str:
    _segment(locale_id, "locale_id")
    return locale_id


def _check_chunk(chunk_size: int) -> None:
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise ConfigurationError(f"chunk_size must be a positive number of bytes, not {chunk_size!r}")


def _fetch(
    client: Phrase,
    locale_id: str,
    url: str,
    params: list[tuple[str, str]] | None,
    destination: Destination,
    skip_unchanged: bool,
    progress: ProgressCallback | None,
    chunk_size: int,
) -> DownloadResult:
    _check_chunk(chunk_size)
    target = _destination(destination)
    http = client.http
    request = http.build_request("GET", url, params=tuple(params) if params else None)
    if skip_unchanged:
        request.headers.update(saved_validators(_path_for_skip(target), request.url))
    response = http.send(request, stream=True)
    try:
        if response.status_code == 304:
            return _result(locale_id, target, 0, response, changed=False)
        sink = AtomicFile(target) if isinstance(target, Path) else ObjectSink(target)
        expected, received = _expected_length(response), 0
        try:
            for chunk in response.iter_bytes(chunk_size):
                sink.write(chunk)
                received += len(chunk)
                if progress is not None:
                    progress(received, expected)
            sink.commit()
        except httpx.RequestError as exc:
            sink.discard()
            raise _interrupted(exc, request, response.num_bytes_downloaded, expected) from exc
        except BaseException:
            sink.discard()
            raise
    finally:
        response.close()
    if skip_unchanged and isinstance(target, Path):
        save_validators(target, request.url, response, sink.sha256.hexdigest())
    return _result(locale_id, target, received, response, changed=True)


def _path_for_skip(target: Path | IO[bytes]) -> Path:
    if not isinstance(target, Path):
        raise ConfigurationError("skip_unchanged needs a path to compare with, not a file object")
    return target


def _result(
    locale_id: str, target: Path | IO[bytes], size: int, response: httpx.Response, *, changed: bool
) -> DownloadResult:
    headers = response.headers
    return DownloadResult(
        locale_id=locale_id,
        path=target if isinstance(target, Path) else None,
        size=size,
        changed=changed,
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
    )


# --- the same, awaitable -----------------------------------------------------------------------


async def aupload_file(
    client: AsyncPhrase,
    source: Source,
    *,
    locale_id: str,
    file_format: str,
    project_id: str | None = None,
    filename: str | None = None,
    options: UploadOptions | None = None,
    wait: bool = False,
    poll: PollPolicy | None = None,
) -> Upload:
    """Awaitable `upload_file`. The file is read in chunks as the request is sent (in the event loop)."""
    project = _project(client, project_id)
    options = options or UploadOptions()
    kwargs, close = _multipart("file", source, filename, _upload_form(locale_id, file_format, options))
    try:
        response = await client.http.post(_upload_url(project), **kwargs)
    finally:
        close()
    upload = Upload.from_dict(response.json())
    return await apoll_upload(client, upload, project_id=project, branch=options.branch, poll=poll) if wait else upload


async def apoll_upload(
    client: AsyncPhrase,
    upload: Upload | str,
    *,
    project_id: str | None = None,
    branch: str | None = None,
    poll: PollPolicy | None = None,
) -> Upload:
    """Awaitable `poll_upload`."""
    project = _project(client, project_id)
    policy = poll or PollPolicy()
    current = upload if isinstance(upload, Upload) else await client.uploads.show(project, upload, branch=_opt(branch))
    deadline = _Deadline(policy, f"upload {current.id}")
    while True:
        state = _upload_state(current)
        if state in UPLOAD_DONE:
            return current
        if state in UPLOAD_FAILED:
            raise UploadFailed(current)
        await policy.async_sleep(deadline.next_wait(current))
        current = await client.uploads.show(project, str(current.id), branch=_opt(branch))


async def aupload_screenshot(
    client: AsyncPhrase,
    source: Source,
    *,
    name: str | None = None,
    description: str | None = None,
    branch: str | None = None,
    project_id: str | None = None,
    filename: str | None = None,
) -> Screenshot:
    """Awaitable `upload_screenshot`."""
    project = _project(client, project_id)
    data = [*form_fields("name", name), *form_fields("description", description), *form_fields("branch", branch)]
    kwargs, close = _multipart("filename", source, filename, data, guess_type=True)
    try:
        response = await client.http.post(f"/projects/{_segment(project, 'project_id')}/screenshots", **kwargs)
    finally:
        close()
    return Screenshot.from_dict(response.json())


async def adownload_locale(
    client: AsyncPhrase,
    locale_id: str,
    destination: Destination,
    options: DownloadOptions,
    *,
    project_id: str | None = None,
    skip_unchanged: bool = False,
    progress: ProgressCallback | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> DownloadResult:
    """Awaitable `download_locale`; file writes run in a worker thread."""
    project = _project(client, project_id)
    url = f"/projects/{_segment(project, 'project_id')}/locales/{_segment(locale_id, 'locale_id')}/download"
    return await _afetch(client, locale_id, url, options.query(), destination, skip_unchanged, progress, chunk_size)


async def adownload_locale_queued(
    client: AsyncPhrase,
    locale_id: str,
    destination: Destination,
    options: DownloadOptions,
    *,
    project_id: str | None = None,
    poll: PollPolicy | None = None,
    progress: ProgressCallback | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> DownloadResult:
    """Awaitable `download_locale_queued`."""
    project = _project(client, project_id)
    policy = poll or PollPolicy()
    body = CreateLocaleDownloadBody.from_dict(options.body())
    record = await client.locale_downloads.create(project, _check_locale(locale_id), body=body)
    deadline = _Deadline(policy, f"locale download {record.id}")
    while (status := _download_status(record)) != "completed":
        if status == "error":
            raise DownloadFailed(record)
        await policy.async_sleep(deadline.next_wait(record))
        record = await client.locale_downloads.show(project, locale_id, str(record.id))
    return await _afetch(client, locale_id, _result_url(record), None, destination, False, progress, chunk_size)


async def _afetch(
    client: AsyncPhrase,
    locale_id: str,
    url: str,
    params: list[tuple[str, str]] | None,
    destination: Destination,
    skip_unchanged: bool,
    progress: ProgressCallback | None,
    chunk_size: int,
) -> DownloadResult:
    _check_chunk(chunk_size)
    target = _destination(destination)
    http = client.http
    request = http.build_request("GET", url, params=tuple(params) if params else None)
    if skip_unchanged:
        path = _path_for_skip(target)
        request.headers.update(await anyio.to_thread.run_sync(saved_validators, path, request.url))
    response = await http.send(request, stream=True)
    try:
        if response.status_code == 304:
            return _result(locale_id, target, 0, response, changed=False)
        sink = await anyio.to_thread.run_sync(AtomicFile, target) if isinstance(target, Path) else ObjectSink(target)
        expected, received = _expected_length(response), 0
        try:
            async for chunk in response.aiter_bytes(chunk_size):
                await anyio.to_thread.run_sync(sink.write, chunk)
                received += len(chunk)
                if progress is not None:
                    progress(received, expected)
            await anyio.to_thread.run_sync(sink.commit)
        except httpx.RequestError as exc:
            await anyio.to_thread.run_sync(sink.discard)
            raise _interrupted(exc, request, response.num_bytes_downloaded, expected) from exc
        except BaseException:
            with anyio.CancelScope(shield=True):
                await anyio.to_thread.run_sync(sink.discard)
            raise
    finally:
        with anyio.CancelScope(shield=True):
            await response.aclose()
    if skip_unchanged and isinstance(target, Path):
        await anyio.to_thread.run_sync(save_validators, target, request.url, response, sink.sha256.hexdigest())
    return _result(locale_id, target, received, response, changed=True)
