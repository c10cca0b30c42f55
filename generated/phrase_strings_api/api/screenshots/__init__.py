"""Operations of the screenshots resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_screenshot_body import CreateScreenshotBody
    from ...models.error import Error
    from ...models.screenshot import Screenshot
    from ...models.update_screenshot_body import UpdateScreenshotBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_screenshot,
    delete_screenshot,
    list_screenshots,
    show_screenshot,
    update_screenshot,
)

__all__ = ["AsyncScreenshotsApi", "ScreenshotsApi"]


class ScreenshotsApi(Resource):
    """Blocking calls to the screenshots resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Screenshot]:
        """List the screenshots of a project

        Returns the screenshots stored in the project, optionally only those linked to one key.

        Calls `GET /projects/{project_id}/screenshots` (list_screenshots).
        """
        response = list_screenshots.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            key_id=key_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Screenshot]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Screenshot]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_screenshots.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                branch=branch,
                key_id=key_id,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Screenshot]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                key_id=key_id,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreateScreenshotBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Screenshot:
        """Upload a screenshot

        Uploads an image file and stores it as a new screenshot in the project.

        Calls `POST /projects/{project_id}/screenshots` (create_screenshot).
        """
        response = create_screenshot.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Screenshot", unwrap(response))

    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Screenshot:
        """Get a screenshot

        Returns the details of one screenshot in the project.

        Calls `GET /projects/{project_id}/screenshots/{id}` (show_screenshot).
        """
        response = show_screenshot.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Screenshot", unwrap(response))

    def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a screenshot

        Removes a screenshot from the project.

        Calls `DELETE /projects/{project_id}/screenshots/{id}` (delete_screenshot).
        """
        response = delete_screenshot.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateScreenshotBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Screenshot:
        """Update a screenshot

        Changes the name, description or image of an existing screenshot.

        Calls `PATCH /projects/{project_id}/screenshots/{id}` (update_screenshot).
        """
        response = update_screenshot.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Screenshot", unwrap(response))


class AsyncScreenshotsApi(AsyncResource):
    """Awaitable calls to the screenshots resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Screenshot]:
        """List the screenshots of a project

        Returns the screenshots stored in the project, optionally only those linked to one key.

        Calls `GET /projects/{project_id}/screenshots` (list_screenshots).
        """
        response = await list_screenshots.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            key_id=key_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Screenshot]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Screenshot]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_screenshots.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                branch=branch,
                key_id=key_id,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Screenshot]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                key_id=key_id,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreateScreenshotBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Screenshot:
        """Upload a screenshot

        Uploads an image file and stores it as a new screenshot in the project.

        Calls `POST /projects/{project_id}/screenshots` (create_screenshot).
        """
        response = await create_screenshot.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Screenshot", unwrap(response))

    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Screenshot:
        """Get a screenshot

        Returns the details of one screenshot in the project.

        Calls `GET /projects/{project_id}/screenshots/{id}` (show_screenshot).
        """
        response = await show_screenshot.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Screenshot", unwrap(response))

    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a screenshot

        Removes a screenshot from the project.

        Calls `DELETE /projects/{project_id}/screenshots/{id}` (delete_screenshot).
        """
        response = await delete_screenshot.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateScreenshotBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Screenshot:
        """Update a screenshot

        Changes the name, description or image of an existing screenshot.

        Calls `PATCH /projects/{project_id}/screenshots/{id}` (update_screenshot).
        """
        response = await update_screenshot.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Screenshot", unwrap(response))
