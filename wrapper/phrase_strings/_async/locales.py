"""``client.locales``: the generated operations plus ``download_to`` (a locale file streamed to disk)."""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING

import httpx
from phrase_strings_api.api.locales import AsyncLocalesApi
from phrase_strings_api.models.create_locale_download_body import CreateLocaleDownloadBody

from .._errors import ConfigurationError
from .._files import (
    CHUNK_SIZE,
    DOWNLOAD_ATTEMPTS,
    Destination,
    DownloadFailedError,
    DownloadInterruptedError,
    DownloadOptions,
    DownloadResult,
    PollPolicy,
    ProgressCallback,
    _Deadline,
    _destination,
    _download_status,
    _expected_length,
    _interrupted,
    _project,
    _result_url,
    _segment,
    check_chunk,
    download_result,
    path_for_skip,
)
from .._io import aoffload, ashielded
from .._log import logger
from .._sinks import AtomicFile, ObjectSink, save_validators, saved_validators

if TYPE_CHECKING:
    from .._client import AsyncPhrase

__all__ = ["AsyncLocales"]


class AsyncLocales(AsyncLocalesApi):
    """The locales resource group, with downloads streamed into files."""

    def __init__(self, phrase: AsyncPhrase) -> None:
        super().__init__(phrase.api_client, phrase.paging, phrase.project_id)
        self._phrase = phrase

    async def download_to(
        self,
        locale_id: str,
        destination: Destination,
        options: DownloadOptions,
        *,
        project_id: str | None = None,
        skip_unchanged: bool = False,
        queued: bool = False,
        poll: PollPolicy | None = None,
        progress: ProgressCallback | None = None,
        chunk_size: int = CHUNK_SIZE,
    ) -> DownloadResult:
        """Stream a locale file into ``destination`` in chunks, so memory does not grow with the file.

        A path is written atomically (temporary file, then rename; parent folders are created): a
        body that breaks off is fetched again from the start (`DOWNLOAD_ATTEMPTS` tries in all), then
        raises `DownloadInterruptedError` and leaves the old file as it was. A
        binary file object gets the bytes as they come. ``skip_unchanged`` (paths only) sends the
        validators saved by the previous download and leaves the file alone on 304. ``progress`` is
        called after every chunk.

        ``queued=True`` uses the API's asynchronous export instead (create, poll within ``poll``,
        fetch), meant for large projects; it raises `DownloadFailedError` when the API reports an
        error and `ProcessingTimeoutError` when the file is not ready in time.
        """
        project = _project(self._phrase, project_id)
        if not queued:
            url = f"/projects/{_segment(project, 'project_id')}/locales/{_segment(locale_id, 'locale_id')}/download"
            return await self._fetch(locale_id, url, options.query(), destination, skip_unchanged, progress, chunk_size)
        if skip_unchanged:
            raise ConfigurationError("skip_unchanged needs a direct download; the queued export has no validators")
        policy = poll or PollPolicy()
        body = CreateLocaleDownloadBody.from_dict(options.body())
        downloads = self._phrase.locale_downloads
        record = await downloads.create(project, locale_id, body=body)
        deadline = _Deadline(policy, f"locale download {record.id}")
        while (status := _download_status(record)) != "completed":
            if status == "error":
                raise DownloadFailedError(record)
            await policy.async_sleep(deadline.next_wait(record))
            record = await downloads.show(project, locale_id, str(record.id))
        return await self._fetch(locale_id, _result_url(record), None, destination, False, progress, chunk_size)

    async def _fetch(
        self,
        locale_id: str,
        url: str,
        params: list[tuple[str, str]] | None,
        destination: Destination,
        skip_unchanged: bool,
        progress: ProgressCallback | None,
        chunk_size: int,
    ) -> DownloadResult:
        check_chunk(chunk_size)
        target = _destination(destination)
        request = self._phrase.http.build_request("GET", url, params=tuple(params) if params else None)
        if skip_unchanged:
            request.headers.update(await aoffload(saved_validators, path_for_skip(target), request.url))
        attempt = 1
        while True:
            try:
                return await self._fetch_once(locale_id, request, target, skip_unchanged, progress, chunk_size)
            except DownloadInterruptedError as exc:
                # A path is written through a temporary file, so starting over loses nothing.
                if attempt >= DOWNLOAD_ATTEMPTS or not isinstance(target, Path):
                    raise
                attempt += 1
                logger.info("%s; trying again from the start (%d of %d)", exc, attempt, DOWNLOAD_ATTEMPTS)

    async def _fetch_once(
        self,
        locale_id: str,
        request: httpx.Request,
        target: Path | IO[bytes],
        skip_unchanged: bool,
        progress: ProgressCallback | None,
        chunk_size: int,
    ) -> DownloadResult:
        """One GET of a download into its sink; a body broken off raises `DownloadInterruptedError`."""
        http = self._phrase.http
        response = await http.send(request, stream=True)
        try:
            if response.status_code == 304:
                return download_result(locale_id, target, 0, response, changed=False)
            sink = await aoffload(AtomicFile, target) if isinstance(target, Path) else ObjectSink(target)
            expected, received = _expected_length(response), 0
            try:
                async for chunk in response.aiter_bytes(chunk_size):
                    await aoffload(sink.write, chunk)
                    received += len(chunk)
                    if progress is not None:
                        progress(received, expected)
                await aoffload(sink.commit)
            except httpx.RequestError as exc:
                await aoffload(sink.discard)
                raise _interrupted(exc, request, response.num_bytes_downloaded, expected) from exc
            except BaseException:
                with ashielded():
                    await aoffload(sink.discard)
                raise
        finally:
            with ashielded():
                await response.aclose()
        if skip_unchanged and isinstance(target, Path):
            await aoffload(save_validators, target, request.url, response, sink.sha256.hexdigest())
        return download_result(locale_id, target, received, response, changed=True)
