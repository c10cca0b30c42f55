"""Operations of the screenshots resource group, and the facade classes that call them."""

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
    """Screenshots are images attached to a project that show where keys appear in the user interface.

    Blocking calls; `AsyncScreenshotsApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
    ) -> builtins.list[Screenshot]:
        """List the screenshots of a project

        Returns the screenshots stored in the project, optionally only those linked to one key.

        Calls `GET /projects/{project_id}/screenshots` (list_screenshots).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
            key_id: Only return screenshots linked to this key ID.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_screenshots.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                key_id=key_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/screenshots", exc) from exc
        return cast(
            "builtins.list[Screenshot]",
            unwrap(response, (200,), "GET /projects/{project_id}/screenshots"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Screenshot]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            key_id: Only return screenshots linked to this key ID.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_screenshots.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    key_id=key_id,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/screenshots", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/screenshots")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Screenshot]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            key_id: Only return screenshots linked to this key ID.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                key_id=key_id,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateScreenshotBody,
    ) -> Screenshot:
        """Upload a screenshot

        Uploads an image file and stores it as a new screenshot in the project.

        Calls `POST /projects/{project_id}/screenshots` (create_screenshot).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_screenshot: Upload a screenshot.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_screenshot.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/screenshots", exc
            ) from exc
        return cast(
            "Screenshot",
            unwrap(response, (201,), "POST /projects/{project_id}/screenshots"),
        )

    @overload
    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> Screenshot: ...

    @overload
    def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> Screenshot: ...

    def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> Screenshot:
        """Get a screenshot

        Returns the details of one screenshot in the project.

        Calls `GET /projects/{project_id}/screenshots/{id}` (show_screenshot).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = show_screenshot.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/screenshots/{id}", exc
            ) from exc
        return cast(
            "Screenshot",
            unwrap(response, (200,), "GET /projects/{project_id}/screenshots/{id}"),
        )

    @overload
    def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete a screenshot

        Removes a screenshot from the project.

        Calls `DELETE /projects/{project_id}/screenshots/{id}` (delete_screenshot).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = delete_screenshot.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/screenshots/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/screenshots/{id}")

    @overload
    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateScreenshotBody,
    ) -> Screenshot: ...

    @overload
    def update(
        self,
        *,
        id: str,
        body: UpdateScreenshotBody,
    ) -> Screenshot: ...

    def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateScreenshotBody,
    ) -> Screenshot:
        """Update a screenshot

        Changes the name, description or image of an existing screenshot.

        Calls `PATCH /projects/{project_id}/screenshots/{id}` (update_screenshot).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_screenshot: Update a screenshot.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = update_screenshot.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/screenshots/{id}", exc
            ) from exc
        return cast(
            "Screenshot",
            unwrap(response, (200,), "PATCH /projects/{project_id}/screenshots/{id}"),
        )


class AsyncScreenshotsApi(AsyncResource):
    """Screenshots are images attached to a project that show where keys appear in the user interface.

    Awaitable calls; `ScreenshotsApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
    ) -> builtins.list[Screenshot]:
        """List the screenshots of a project

        Returns the screenshots stored in the project, optionally only those linked to one key.

        Calls `GET /projects/{project_id}/screenshots` (list_screenshots).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
            key_id: Only return screenshots linked to this key ID.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_screenshots.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                key_id=key_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/screenshots", exc) from exc
        return cast(
            "builtins.list[Screenshot]",
            unwrap(response, (200,), "GET /projects/{project_id}/screenshots"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Screenshot]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            key_id: Only return screenshots linked to this key ID.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_screenshots.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    key_id=key_id,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/screenshots", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/screenshots")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Screenshot]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            key_id: Only return screenshots linked to this key ID.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                key_id=key_id,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateScreenshotBody,
    ) -> Screenshot:
        """Upload a screenshot

        Uploads an image file and stores it as a new screenshot in the project.

        Calls `POST /projects/{project_id}/screenshots` (create_screenshot).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_screenshot: Upload a screenshot.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_screenshot.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/screenshots", exc
            ) from exc
        return cast(
            "Screenshot",
            unwrap(response, (201,), "POST /projects/{project_id}/screenshots"),
        )

    @overload
    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> Screenshot: ...

    @overload
    async def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> Screenshot: ...

    async def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> Screenshot:
        """Get a screenshot

        Returns the details of one screenshot in the project.

        Calls `GET /projects/{project_id}/screenshots/{id}` (show_screenshot).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await show_screenshot.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/screenshots/{id}", exc
            ) from exc
        return cast(
            "Screenshot",
            unwrap(response, (200,), "GET /projects/{project_id}/screenshots/{id}"),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete a screenshot

        Removes a screenshot from the project.

        Calls `DELETE /projects/{project_id}/screenshots/{id}` (delete_screenshot).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await delete_screenshot.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/screenshots/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/screenshots/{id}")

    @overload
    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateScreenshotBody,
    ) -> Screenshot: ...

    @overload
    async def update(
        self,
        *,
        id: str,
        body: UpdateScreenshotBody,
    ) -> Screenshot: ...

    async def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateScreenshotBody,
    ) -> Screenshot:
        """Update a screenshot

        Changes the name, description or image of an existing screenshot.

        Calls `PATCH /projects/{project_id}/screenshots/{id}` (update_screenshot).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_screenshot: Update a screenshot.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await update_screenshot.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/screenshots/{id}", exc
            ) from exc
        return cast(
            "Screenshot",
            unwrap(response, (200,), "PATCH /projects/{project_id}/screenshots/{id}"),
        )
