"""Locale files in and out of a project, without I/O: options, errors, polling, request bodies.

The calls live on the client's resource groups (written once in `phrase_strings._async`)::

    upload = client.uploads.upload("locales/de.yml", locale_id="de", file_format="yml", wait=True)
    print(upload.summary.translations_created)
    client.locales.download_to("de", "locales/de.yml", DownloadOptions(file_format="yml"))

Uploads take a path, bytes or a binary file object, with every option of the API as a typed
`UploadOptions`, and go through the generated endpoint, whose forms follow the API's rules
(``true``/``false``, ``format_options[name]=value``). Downloads stream a locale file in chunks to a
binary file object or to a path; a path is written through a temporary file in the same folder that
replaces the target only once the whole body has arrived. ``skip_unchanged=True`` revalidates with
``If-None-Match``/``If-Modified-Since`` using a small hidden sidecar file beside the target
(``.<name>.phrase-etag``). The client's ``cache=`` keeps whole bodies in memory, so downloads do not
use it. Download queries are built here: the generated function spreads ``format_options``.
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
from typing import IO, Any, BinaryIO, cast
from urllib.parse import quote

import anyio
import attrs
import httpx
from phrase_strings_api import types as api_types
from phrase_strings_api.models.create_screenshot_body import CreateScreenshotBody
from phrase_strings_api.models.create_upload_body import CreateUploadBody
from phrase_strings_api.models.create_upload_body_format_options import CreateUploadBodyFormatOptions
from phrase_strings_api.models.create_upload_body_locale_mapping import CreateUploadBodyLocaleMapping
from phrase_strings_api.models.locale_download import LocaleDownload
from phrase_strings_api.models.upload import Upload
from phrase_strings_api.types import UNSET, File, Unset

from ._client import AsyncPhrase, Phrase
from ._errors import APIConnectionError, ConfigurationError, PhraseError

__all__ = [
    "CHUNK_SIZE",
    "DownloadFailedError",
    "DownloadInterruptedError",
    "DownloadOptions",
    "DownloadResult",
    "PollPolicy",
    "ProcessingTimeoutError",
    "ProgressCallback",
    "UploadFailedError",
    "UploadOptions",
    "form_fields",
]

CHUNK_SIZE = 64 * 1024
"""Bytes read and written at a time while downloading."""
DOWNLOAD_ATTEMPTS = 3
"""Times a download to a path is tried when its body breaks off midway (each try starts over)."""
UPLOAD_DONE = frozenset({"success", "completed"})
UPLOAD_FAILED = frozenset({"error", "failed"})
_UPLOAD_BODY_FIELDS = frozenset(attrs.fields_dict(CreateUploadBody))
_ALL_UNSET: dict[str, Any] = {
    f.name: UNSET for f in attrs.fields(CreateUploadBody) if f.init and f.default is not attrs.NOTHING
}
_NESTED: dict[str, type[CreateUploadBodyLocaleMapping | CreateUploadBodyFormatOptions]] = {
    "locale_mapping": CreateUploadBodyLocaleMapping,
    "format_options": CreateUploadBodyFormatOptions,
}

Source = str | os.PathLike[str] | bytes | IO[bytes]
"""What to upload: a path (``str`` or ``Path``), the content as ``bytes``, or a binary file object."""
Destination = str | os.PathLike[str] | IO[bytes]
"""Where a download goes: a path (written atomically) or a binary file object."""
ProgressCallback = Callable[[int, int | None], None]
"""Called after each chunk with (bytes so far, total bytes or None when the API does not say)."""


# --- errors ------------------------------------------------------------------------------------


class UploadFailedError(PhraseError):
    """The API could not process an upload. ``upload`` is its final state, ``reason`` the server's words."""

    def __init__(self, upload: Upload) -> None:
        self.upload = upload
        self.reason = _reason(upload.additional_properties)
        name = upload.filename if isinstance(upload.filename, str) else "the file"
        where = f"; see {upload.url}" if isinstance(upload.url, str) and upload.url else ""
        super().__init__(
            f"upload {upload.id} ({name}) failed in processing: {self.reason or 'the API gave no reason'}{where}"
        )


class DownloadFailedError(PhraseError):
    """An asynchronous locale download ended in the state ``error``; ``download`` is the record."""

    def __init__(self, download: LocaleDownload) -> None:
        self.download = download
        self.reason = download.error if isinstance(download.error, str) and download.error else None
        super().__init__(f"locale download {download.id} failed: {self.reason or 'the API gave no reason'}")


class ProcessingTimeoutError(PhraseError):
    """The API had not finished processing within the timeout; it may still finish later.

    ``last`` is the last state seen (an `Upload` or a `LocaleDownload`), ``waited`` the seconds spent.
    """

    def __init__(self, what: str, last: Any, waited: float) -> None:
        self.last = last
        self.waited = waited
        state = getattr(last, "state", None) or getattr(last, "status", None)
        super().__init__(f"{what} was still {str(state)!r} after {waited:.0f}s; it may finish later")


class DownloadInterruptedError(APIConnectionError):
    """The body of a download broke off (connection closed, reset or timed out mid-way).

    A target path keeps what it had before (or stays absent); a file object keeps the bytes written
    so far. ``received`` bytes had arrived of ``expected`` (None when the API did not say).
    """

    def __init__(self, message: str, *, request: httpx.Request, received: int, expected: int | None) -> None:
        super().__init__(message, request=request)
        self.received = received
        self.expected = expected


# The names before 0.2, kept so that existing ``except`` clauses keep working.
UploadFailed = UploadFailedError
DownloadFailed = DownloadFailedError
ProcessingTimeout = ProcessingTimeoutError
DownloadInterrupted = DownloadInterruptedError


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
        """Seconds to sleep before the next look; raises `ProcessingTimeoutError` when time is up."""
        waited = self.policy.clock() - self.started
        left = self.policy.timeout - waited
        if left <= 0:
            raise ProcessingTimeoutError(self.what, last, waited)
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


def upload_body(
    source: Source, filename: str | None, locale_id: str | None, file_format: str, options: UploadOptions
) -> tuple[CreateUploadBody, Callable[[], None]]:
    """The generated endpoint's body for a locale file, and a function closing what was opened.

    Everything is checked before a file is opened. Locale files go as ``application/octet-stream``
    (the API reads ``file_format``; guesses for .yml/.xlf differ between systems). A ``locale_id``
    of None is for files that name their locales (multilingual formats): it goes out empty, as
    phrase-cli sends it.
    """
    for text, what in ((locale_id, "locale_id"), (file_format, "file_format")):
        if text is None and what == "locale_id":
            continue
        if not isinstance(text, str) or not text:
            raise ConfigurationError(f"{what} must be a non-empty string, not {text!r}")
    options.fields()  # raises ConfigurationError for values the form cannot carry
    file, close = _file(source, filename, guess_type=False)
    # Every option starts unset: the model's defaults are the spec's, but unsent options keep the API's.
    body = CreateUploadBody(file=file, file_format=file_format, locale_id=locale_id or "", **_ALL_UNSET)
    for name, value in attrs.asdict(options, recurse=False).items():
        if value is None:
            continue
        if name in _NESTED:
            value = _NESTED[name].from_dict(dict(value))
        if name in _UPLOAD_BODY_FIELDS:
            setattr(body, name, value)
        else:  # options the spec does not list yet still reach the API
            body.additional_properties[name] = value
    return body, close


def screenshot_body(
    source: Source, filename: str | None, name: str | None, description: str | None, branch: str | None
) -> tuple[CreateScreenshotBody, Callable[[], None]]:
    """The generated endpoint's body for an image; its type is guessed from the file name."""
    for value, what in ((name, "name"), (description, "description"), (branch, "branch")):
        if value is not None and not isinstance(value, str):
            raise ConfigurationError(f"{what} must be a string, not {value!r}")
    file, close = _file(source, filename, guess_type=True)
    return CreateScreenshotBody(
        branch=_opt(branch), name=_opt(name), description=_opt(description), filename=file
    ), close


def _file(source: Source, filename: str | None, *, guess_type: bool) -> tuple[File, Callable[[], None]]:
    name, content, ours = _opened(source, filename)
    guessed = mimetypes.guess_type(name)[0] if guess_type else None
    payload = cast(BinaryIO, io.BytesIO(content) if isinstance(content, bytes) else content)

    def close() -> None:
        if ours:
            payload.close()

    return File(payload=payload, file_name=name, mime_type=guessed or "application/octet-stream"), close


def _upload_state(upload: Upload) -> str:
    return upload.state.lower() if isinstance(upload.state, str) else ""


def _download_status(download: LocaleDownload) -> str:
    status = download.status
    return "" if status is None or isinstance(status, Unset) else str(status).lower()


def _result_url(download: LocaleDownload) -> str:
    result = download.result
    url = getattr(result, "url", None)
    if not isinstance(url, str) or not url:
        raise DownloadFailedError(download)
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
) -> DownloadInterruptedError:
    of = f" of {expected}" if expected is not None else ""
    return DownloadInterruptedError(
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


def _opt(value: str | None) -> str | Unset:
    """None as the generated functions' UNSET."""
    return UNSET if value is None else value


def check_chunk(chunk_size: int) -> None:
    """Refuse a chunk size that is not a positive number of bytes."""
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise ConfigurationError(f"chunk_size must be a positive number of bytes, not {chunk_size!r}")


def path_for_skip(target: Path | IO[bytes]) -> Path:
    """The path whose saved validators ``skip_unchanged`` compares with; file objects have none."""
    if not isinstance(target, Path):
        raise ConfigurationError("skip_unchanged needs a path to compare with, not a file object")
    return target


def download_result(
    locale_id: str, target: Path | IO[bytes], size: int, response: httpx.Response, *, changed: bool
) -> DownloadResult:
    """What a finished (or skipped) download reports."""
    headers = response.headers
    return DownloadResult(
        locale_id=locale_id,
        path=target if isinstance(target, Path) else None,
        size=size,
        changed=changed,
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
    )
