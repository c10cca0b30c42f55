"""``client.uploads``: the generated operations plus ``upload`` (a locale file) and ``wait`` (for processing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from phrase_strings_api.api.uploads import AsyncUploadsApi
from phrase_strings_api.models.upload import Upload

from .._files import (
    UPLOAD_DONE,
    UPLOAD_FAILED,
    PollPolicy,
    Source,
    UploadFailedError,
    UploadOptions,
    _Deadline,
    _opt,
    _project,
    _upload_state,
    upload_body,
)

if TYPE_CHECKING:
    from .._client import AsyncPhrase

__all__ = ["AsyncUploads"]


class AsyncUploads(AsyncUploadsApi):
    """The uploads resource group, with uploading a file and waiting for the API to process it."""

    def __init__(self, phrase: AsyncPhrase) -> None:
        super().__init__(phrase.api_client, phrase.paging, phrase.project_id)
        self._phrase = phrase

    async def upload(
        self,
        source: Source,
        *,
        locale_id: str | None,
        file_format: str,
        project_id: str | None = None,
        filename: str | None = None,
        options: UploadOptions | None = None,
        wait: bool = False,
        poll: PollPolicy | None = None,
    ) -> Upload:
        """Upload a locale file; with ``wait=True`` return it once processed (see `wait`).

        ``source`` is a path, the content as bytes, or a binary file object (read from its start);
        ``filename`` names it for the API (default: the path's or file object's name). ``locale_id``
        is the locale's ID or name (None for files that name their locales, e.g. multilingual XLSX).
        The project defaults to the client's (``PHRASE_PROJECT_ID``…).
        Options go out as the API's form fields (``true``/``false``, ``format_options[name]``).
        """
        project = _project(self._phrase, project_id)
        options = options or UploadOptions()
        body, close = upload_body(source, filename, locale_id, file_format, options)
        try:
            upload = await self.create(project, body=body)
        finally:
            close()
        return await self.wait(upload, project_id=project, branch=options.branch, poll=poll) if wait else upload

    async def wait(
        self,
        upload: Upload | str,
        *,
        project_id: str | None = None,
        branch: str | None = None,
        poll: PollPolicy | None = None,
    ) -> Upload:
        """Wait until the API has processed an upload (or its ID) and return it, with its ``summary``.

        Polls ``GET …/uploads/{id}`` with backoff (`PollPolicy`). Raises `UploadFailedError` when the API
        reports an error and `ProcessingTimeoutError` when it is not done within the timeout.
        """
        project = _project(self._phrase, project_id)
        policy = poll or PollPolicy()
        current = upload if isinstance(upload, Upload) else await self.show(project, upload, branch=_opt(branch))
        deadline = _Deadline(policy, f"upload {current.id}")
        while True:
            state = _upload_state(current)
            if state in UPLOAD_DONE:
                return current
            if state in UPLOAD_FAILED:
                raise UploadFailedError(current)
            await policy.async_sleep(deadline.next_wait(current))
            current = await self.show(project, str(current.id), branch=_opt(branch))
