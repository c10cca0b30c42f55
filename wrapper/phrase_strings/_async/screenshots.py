"""``client.screenshots``: the generated operations plus ``upload`` (an image from a path, bytes or file)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from phrase_strings_api.api.screenshots import AsyncScreenshotsApi

from .._files import Source, _project, screenshot_body

if TYPE_CHECKING:
    from phrase_strings_api.models.screenshot import Screenshot

    from .._client import AsyncPhrase

__all__ = ["AsyncScreenshots"]


class AsyncScreenshots(AsyncScreenshotsApi):
    """The screenshots resource group, with uploading an image."""

    def __init__(self, phrase: AsyncPhrase) -> None:
        super().__init__(phrase.api_client, phrase.paging, phrase.project_id)
        self._phrase = phrase

    async def upload(
        self,
        source: Source,
        *,
        name: str | None = None,
        description: str | None = None,
        branch: str | None = None,
        project_id: str | None = None,
        filename: str | None = None,
    ) -> Screenshot:
        """Upload an image as a new screenshot of the project (``POST …/screenshots``).

        ``source`` is a path, bytes or a binary file object; the image type follows the file name.
        """
        project = _project(self._phrase, project_id)
        body, close = screenshot_body(source, filename, name, description, branch)
        try:
            return await self.create(project, body=body)
        finally:
            close()
