"""Operations of the screenshot_markers resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
import json
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from ..._facade import (
    AsyncResource,
    NotModified,
    Page,
    Resource,
    as_enum,
    async_items,
    check_per_page,
    deep_object,
    items,
    join_tags,
    malformed_json,
    path_value,
    project_value,
    unwrap,
    unwrap_conditional,
)
from ...types import UNSET, Response, Unset

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
    """Screenshot markers highlight where a key appears on a screenshot, as a labeled rectangle at a
    given position and size.

    Blocking calls; `AsyncScreenshotMarkersApi` has the same methods, awaitable.
    """

    @overload
    def list(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[ScreenshotMarker]: ...

    @overload
    def list(
        self,
        *,
        screenshot_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[ScreenshotMarker]: ...

    def list(
        self,
        project_id: str | None = None,
        screenshot_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[ScreenshotMarker]:
        """List the markers on a screenshot

        Returns a page of the markers placed on the given screenshot of the project.

        Calls `GET /projects/{project_id}/screenshots/{screenshot_id}/markers` (list_screenshot_markers).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            screenshot_id: Identifier of the screenshot.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        screenshot_id = path_value("screenshot_id", screenshot_id)
        check_per_page(per_page)

        try:
            response = list_screenshot_markers.sync_detailed(
                project_id=project_id,
                screenshot_id=screenshot_id,
                page=page,
                per_page=per_page,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/screenshots/{screenshot_id}/markers", exc
            ) from exc
        return cast(
            "builtins.list[ScreenshotMarker]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/screenshots/{screenshot_id}/markers",
            ),
        )

    @overload
    def list_pages(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[ScreenshotMarker]]: ...

    @overload
    def list_pages(
        self,
        *,
        screenshot_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[ScreenshotMarker]]: ...

    def list_pages(
        self,
        project_id: str | None = None,
        screenshot_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[ScreenshotMarker]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            screenshot_id: Identifier of the screenshot.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        screenshot_id = path_value("screenshot_id", screenshot_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_screenshot_markers.sync_detailed(
                    project_id=project_id,
                    screenshot_id=screenshot_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/screenshots/{screenshot_id}/markers",
                    exc,
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/screenshots/{screenshot_id}/markers",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
    def list_all(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[ScreenshotMarker]: ...

    @overload
    def list_all(
        self,
        *,
        screenshot_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[ScreenshotMarker]: ...

    def list_all(
        self,
        project_id: str | None = None,
        screenshot_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[ScreenshotMarker]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            screenshot_id: Identifier of the screenshot.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        screenshot_id = path_value("screenshot_id", screenshot_id)

        return items(
            self.list_pages(
                project_id,
                screenshot_id,
                per_page=per_page,
                branch=branch,
                concurrent=concurrent,
            )
        )

    @overload
    def create(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        body: CreateScreenshotMarkerBody,
    ) -> ScreenshotMarker: ...

    @overload
    def create(
        self,
        *,
        screenshot_id: str,
        body: CreateScreenshotMarkerBody,
    ) -> ScreenshotMarker: ...

    def create(
        self,
        project_id: str | None = None,
        screenshot_id: str | None = None,
        *,
        body: CreateScreenshotMarkerBody,
    ) -> ScreenshotMarker:
        """Place a key marker on a screenshot

        Adds a marker that highlights a key on the screenshot, optionally at a given position and size.

        Calls `POST /projects/{project_id}/screenshots/{screenshot_id}/markers` (create_screenshot_marker).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            screenshot_id: Identifier of the screenshot.
            body: Request body of create_screenshot_marker: Place a key marker on a screenshot.
        """
        project_id = project_value(project_id, self._project_id)
        screenshot_id = path_value("screenshot_id", screenshot_id)

        try:
            response = create_screenshot_marker.sync_detailed(
                project_id=project_id,
                screenshot_id=screenshot_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/screenshots/{screenshot_id}/markers", exc
            ) from exc
        return cast(
            "ScreenshotMarker",
            unwrap(
                response,
                (201,),
                "POST /projects/{project_id}/screenshots/{screenshot_id}/markers",
            ),
        )

    @overload
    def delete(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        screenshot_id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        screenshot_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete a screenshot marker

        Removes the marker from the screenshot.

        Calls `DELETE /projects/{project_id}/screenshots/{screenshot_id}/markers` (delete_screenshot_marker).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            screenshot_id: Identifier of the screenshot.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        screenshot_id = path_value("screenshot_id", screenshot_id)

        try:
            response = delete_screenshot_marker.sync_detailed(
                project_id=project_id,
                screenshot_id=screenshot_id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/screenshots/{screenshot_id}/markers", exc
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/screenshots/{screenshot_id}/markers",
        )

    @overload
    def update(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        body: UpdateScreenshotMarkerBody,
    ) -> ScreenshotMarker: ...

    @overload
    def update(
        self,
        *,
        screenshot_id: str,
        body: UpdateScreenshotMarkerBody,
    ) -> ScreenshotMarker: ...

    def update(
        self,
        project_id: str | None = None,
        screenshot_id: str | None = None,
        *,
        body: UpdateScreenshotMarkerBody,
    ) -> ScreenshotMarker:
        """Update a screenshot marker

        Changes the key or the position and size of the marker on the screenshot.

        Calls `PATCH /projects/{project_id}/screenshots/{screenshot_id}/markers` (update_screenshot_marker).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            screenshot_id: Identifier of the screenshot.
            body: Request body of update_screenshot_marker: Update a screenshot marker.
        """
        project_id = project_value(project_id, self._project_id)
        screenshot_id = path_value("screenshot_id", screenshot_id)

        try:
            response = update_screenshot_marker.sync_detailed(
                project_id=project_id,
                screenshot_id=screenshot_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/screenshots/{screenshot_id}/markers", exc
            ) from exc
        return cast(
            "ScreenshotMarker",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/screenshots/{screenshot_id}/markers",
            ),
        )

    @overload
    def show(
        self,
        project_id: str,
        screenshot_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> ScreenshotMarker: ...

    @overload
    def show(
        self,
        *,
        screenshot_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> ScreenshotMarker: ...

    def show(
        self,
        project_id: str | None = None,
        screenshot_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> ScreenshotMarker:
        """Get one screenshot marker

        Returns the details of a single marker on a screenshot of the project.

        Calls `GET /projects/{project_id}/screenshots/{screenshot_id}/markers/{id}` (show_screenshot_marker).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            screenshot_id: Identifier of the screenshot.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        screenshot_id = path_value("screenshot_id", screenshot_id)
        id = path_value("id", id)

        try:
            response = show_screenshot_marker.sync_detailed(
                project_id=project_id,
                screenshot_id=screenshot_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/screenshots/{screenshot_id}/markers/{id}",
                exc,
            ) from exc
        return cast(
            "ScreenshotMarker",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/screenshots/{screenshot_id}/markers/{id}",
            ),
        )


class AsyncScreenshotMarkersApi(AsyncResource):
    """Screenshot markers highlight where a key appears on a screenshot, as a labeled rectangle at a
    given position and size.

    Awaitable calls; `ScreenshotMarkersApi` has the same methods, blocking.
    """

    @overload
    async def list(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[ScreenshotMarker]: ...

    @overload
    async def list(
        self,
        *,
        screenshot_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[ScreenshotMarker]: ...

    async def list(
        self,
        project_id: str | None = None,
        screenshot_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[ScreenshotMarker]:
        """List the markers on a screenshot

        Returns a page of the markers placed on the given screenshot of the project.

        Calls `GET /projects/{project_id}/screenshots/{screenshot_id}/markers` (list_screenshot_markers).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            screenshot_id: Identifier of the screenshot.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        screenshot_id = path_value("screenshot_id", screenshot_id)
        check_per_page(per_page)

        try:
            response = await list_screenshot_markers.asyncio_detailed(
                project_id=project_id,
                screenshot_id=screenshot_id,
                page=page,
                per_page=per_page,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/screenshots/{screenshot_id}/markers", exc
            ) from exc
        return cast(
            "builtins.list[ScreenshotMarker]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/screenshots/{screenshot_id}/markers",
            ),
        )

    @overload
    def list_pages(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[ScreenshotMarker]]: ...

    @overload
    def list_pages(
        self,
        *,
        screenshot_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[ScreenshotMarker]]: ...

    def list_pages(
        self,
        project_id: str | None = None,
        screenshot_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[ScreenshotMarker]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            screenshot_id: Identifier of the screenshot.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        screenshot_id = path_value("screenshot_id", screenshot_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_screenshot_markers.asyncio_detailed(
                    project_id=project_id,
                    screenshot_id=screenshot_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/screenshots/{screenshot_id}/markers",
                    exc,
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/screenshots/{screenshot_id}/markers",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
    def list_all(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[ScreenshotMarker]: ...

    @overload
    def list_all(
        self,
        *,
        screenshot_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[ScreenshotMarker]: ...

    def list_all(
        self,
        project_id: str | None = None,
        screenshot_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[ScreenshotMarker]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            screenshot_id: Identifier of the screenshot.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        screenshot_id = path_value("screenshot_id", screenshot_id)

        return async_items(
            self.list_pages(
                project_id,
                screenshot_id,
                per_page=per_page,
                branch=branch,
                concurrent=concurrent,
            )
        )

    @overload
    async def create(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        body: CreateScreenshotMarkerBody,
    ) -> ScreenshotMarker: ...

    @overload
    async def create(
        self,
        *,
        screenshot_id: str,
        body: CreateScreenshotMarkerBody,
    ) -> ScreenshotMarker: ...

    async def create(
        self,
        project_id: str | None = None,
        screenshot_id: str | None = None,
        *,
        body: CreateScreenshotMarkerBody,
    ) -> ScreenshotMarker:
        """Place a key marker on a screenshot

        Adds a marker that highlights a key on the screenshot, optionally at a given position and size.

        Calls `POST /projects/{project_id}/screenshots/{screenshot_id}/markers` (create_screenshot_marker).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            screenshot_id: Identifier of the screenshot.
            body: Request body of create_screenshot_marker: Place a key marker on a screenshot.
        """
        project_id = project_value(project_id, self._project_id)
        screenshot_id = path_value("screenshot_id", screenshot_id)

        try:
            response = await create_screenshot_marker.asyncio_detailed(
                project_id=project_id,
                screenshot_id=screenshot_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/screenshots/{screenshot_id}/markers", exc
            ) from exc
        return cast(
            "ScreenshotMarker",
            unwrap(
                response,
                (201,),
                "POST /projects/{project_id}/screenshots/{screenshot_id}/markers",
            ),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        screenshot_id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        screenshot_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete a screenshot marker

        Removes the marker from the screenshot.

        Calls `DELETE /projects/{project_id}/screenshots/{screenshot_id}/markers` (delete_screenshot_marker).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            screenshot_id: Identifier of the screenshot.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        screenshot_id = path_value("screenshot_id", screenshot_id)

        try:
            response = await delete_screenshot_marker.asyncio_detailed(
                project_id=project_id,
                screenshot_id=screenshot_id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/screenshots/{screenshot_id}/markers", exc
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/screenshots/{screenshot_id}/markers",
        )

    @overload
    async def update(
        self,
        project_id: str,
        screenshot_id: str,
        *,
        body: UpdateScreenshotMarkerBody,
    ) -> ScreenshotMarker: ...

    @overload
    async def update(
        self,
        *,
        screenshot_id: str,
        body: UpdateScreenshotMarkerBody,
    ) -> ScreenshotMarker: ...

    async def update(
        self,
        project_id: str | None = None,
        screenshot_id: str | None = None,
        *,
        body: UpdateScreenshotMarkerBody,
    ) -> ScreenshotMarker:
        """Update a screenshot marker

        Changes the key or the position and size of the marker on the screenshot.

        Calls `PATCH /projects/{project_id}/screenshots/{screenshot_id}/markers` (update_screenshot_marker).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            screenshot_id: Identifier of the screenshot.
            body: Request body of update_screenshot_marker: Update a screenshot marker.
        """
        project_id = project_value(project_id, self._project_id)
        screenshot_id = path_value("screenshot_id", screenshot_id)

        try:
            response = await update_screenshot_marker.asyncio_detailed(
                project_id=project_id,
                screenshot_id=screenshot_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/screenshots/{screenshot_id}/markers", exc
            ) from exc
        return cast(
            "ScreenshotMarker",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/screenshots/{screenshot_id}/markers",
            ),
        )

    @overload
    async def show(
        self,
        project_id: str,
        screenshot_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> ScreenshotMarker: ...

    @overload
    async def show(
        self,
        *,
        screenshot_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> ScreenshotMarker: ...

    async def show(
        self,
        project_id: str | None = None,
        screenshot_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> ScreenshotMarker:
        """Get one screenshot marker

        Returns the details of a single marker on a screenshot of the project.

        Calls `GET /projects/{project_id}/screenshots/{screenshot_id}/markers/{id}` (show_screenshot_marker).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            screenshot_id: Identifier of the screenshot.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        screenshot_id = path_value("screenshot_id", screenshot_id)
        id = path_value("id", id)

        try:
            response = await show_screenshot_marker.asyncio_detailed(
                project_id=project_id,
                screenshot_id=screenshot_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/screenshots/{screenshot_id}/markers/{id}",
                exc,
            ) from exc
        return cast(
            "ScreenshotMarker",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/screenshots/{screenshot_id}/markers/{id}",
            ),
        )
