"""Operations of the screenshot_markers resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_screenshot_marker_body import CreateScreenshotMarkerBody
    from ...models.error import Error
    from ...models.screenshot_marker import ScreenshotMarker
    from ...models.update_screenshot_marker_body import UpdateScreenshotMarkerBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_screenshot_marker,
    delete_screenshot_marker,
    list_screenshot_markers,
    show_screenshot_marker,
    update_screenshot_marker,
)

__all__ = ["AsyncScreenshotMarkersApi", "ScreenshotMarkersApi"]


class ScreenshotMarkersApi(Resource):
    """Blocking calls to the screenshot_markers resource group."""

    def list(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[ScreenshotMarker]:
        """List the markers on a screenshot

        Returns a page of the markers placed on the given screenshot of the project.

        Calls `GET /projects/{project_id}/screenshots/{screenshot_id}/markers` (list_screenshot_markers).
        """
        response = list_screenshot_markers.sync_detailed(
            project_id=project_id,
            screenshot_id=screenshot_id,
            page=page,
            per_page=per_page,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[ScreenshotMarker]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[ScreenshotMarker]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_screenshot_markers.sync_detailed(
                project_id=project_id,
                screenshot_id=screenshot_id,
                page=page,
                per_page=size,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[ScreenshotMarker]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                screenshot_id,
                per_page=per_page,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        body: CreateScreenshotMarkerBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ScreenshotMarker:
        """Place a key marker on a screenshot

        Adds a marker that highlights a key on the screenshot, optionally at a given position and size.

        Calls `POST /projects/{project_id}/screenshots/{screenshot_id}/markers` (create_screenshot_marker).
        """
        response = create_screenshot_marker.sync_detailed(
            project_id=project_id,
            screenshot_id=screenshot_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ScreenshotMarker", unwrap(response))

    def delete(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a screenshot marker

        Removes the marker from the screenshot.

        Calls `DELETE /projects/{project_id}/screenshots/{screenshot_id}/markers` (delete_screenshot_marker).
        """
        response = delete_screenshot_marker.sync_detailed(
            project_id=project_id,
            screenshot_id=screenshot_id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        body: UpdateScreenshotMarkerBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ScreenshotMarker:
        """Update a screenshot marker

        Changes the key or the position and size of the marker on the screenshot.

        Calls `PATCH /projects/{project_id}/screenshots/{screenshot_id}/markers` (update_screenshot_marker).
        """
        response = update_screenshot_marker.sync_detailed(
            project_id=project_id,
            screenshot_id=screenshot_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ScreenshotMarker", unwrap(response))

    def show(
        self,
        project_id: str,
        screenshot_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ScreenshotMarker:
        """Get one screenshot marker

        Returns the details of a single marker on a screenshot of the project.

        Calls `GET /projects/{project_id}/screenshots/{screenshot_id}/markers/{id}` (show_screenshot_marker).
        """
        response = show_screenshot_marker.sync_detailed(
            project_id=project_id,
            screenshot_id=screenshot_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ScreenshotMarker", unwrap(response))


class AsyncScreenshotMarkersApi(AsyncResource):
    """Awaitable calls to the screenshot_markers resource group."""

    async def list(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[ScreenshotMarker]:
        """List the markers on a screenshot

        Returns a page of the markers placed on the given screenshot of the project.

        Calls `GET /projects/{project_id}/screenshots/{screenshot_id}/markers` (list_screenshot_markers).
        """
        response = await list_screenshot_markers.asyncio_detailed(
            project_id=project_id,
            screenshot_id=screenshot_id,
            page=page,
            per_page=per_page,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[ScreenshotMarker]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[ScreenshotMarker]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_screenshot_markers.asyncio_detailed(
                project_id=project_id,
                screenshot_id=screenshot_id,
                page=page,
                per_page=size,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[ScreenshotMarker]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                screenshot_id,
                per_page=per_page,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        body: CreateScreenshotMarkerBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ScreenshotMarker:
        """Place a key marker on a screenshot

        Adds a marker that highlights a key on the screenshot, optionally at a given position and size.

        Calls `POST /projects/{project_id}/screenshots/{screenshot_id}/markers` (create_screenshot_marker).
        """
        response = await create_screenshot_marker.asyncio_detailed(
            project_id=project_id,
            screenshot_id=screenshot_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ScreenshotMarker", unwrap(response))

    async def delete(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a screenshot marker

        Removes the marker from the screenshot.

        Calls `DELETE /projects/{project_id}/screenshots/{screenshot_id}/markers` (delete_screenshot_marker).
        """
        response = await delete_screenshot_marker.asyncio_detailed(
            project_id=project_id,
            screenshot_id=screenshot_id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        body: UpdateScreenshotMarkerBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ScreenshotMarker:
        """Update a screenshot marker

        Changes the key or the position and size of the marker on the screenshot.

        Calls `PATCH /projects/{project_id}/screenshots/{screenshot_id}/markers` (update_screenshot_marker).
        """
        response = await update_screenshot_marker.asyncio_detailed(
            project_id=project_id,
            screenshot_id=screenshot_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ScreenshotMarker", unwrap(response))

    async def show(
        self,
        project_id: str,
        screenshot_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ScreenshotMarker:
        """Get one screenshot marker

        Returns the details of a single marker on a screenshot of the project.

        Calls `GET /projects/{project_id}/screenshots/{screenshot_id}/markers/{id}` (show_screenshot_marker).
        """
        response = await show_screenshot_marker.asyncio_detailed(
            project_id=project_id,
            screenshot_id=screenshot_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ScreenshotMarker", unwrap(response))
