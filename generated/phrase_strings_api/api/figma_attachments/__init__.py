"""Operations of the figma_attachments resource group, and the facade classes that call them."""

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

    from ...models.create_figma_attachment_body import CreateFigmaAttachmentBody
    from ...models.error import Error
    from ...models.figma_attachment import FigmaAttachment
    from ...models.update_figma_attachment_body import UpdateFigmaAttachmentBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_figma_attachment,
    delete_figma_attachment,
    list_figma_attachments,
    show_figma_attachment,
    update_figma_attachment,
)

__all__ = ["AsyncFigmaAttachmentsApi", "FigmaAttachmentsApi"]


class FigmaAttachmentsApi(Resource):
    """Figma attachments link a Figma file to a project so its designs can be associated with keys.

    Blocking calls; `AsyncFigmaAttachmentsApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[FigmaAttachment]:
        """List the Figma attachments of a project

        Returns a page of the Figma attachments that belong to the project.

        Calls `GET /projects/{project_id}/figma_attachments` (list_figma_attachments).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_figma_attachments.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/figma_attachments", exc
            ) from exc
        return cast(
            "builtins.list[FigmaAttachment]",
            unwrap(response, (200,), "GET /projects/{project_id}/figma_attachments"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[FigmaAttachment]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_figma_attachments.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/figma_attachments", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/figma_attachments")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[FigmaAttachment]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
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
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateFigmaAttachmentBody,
        branch: str | Unset = UNSET,
    ) -> FigmaAttachment:
        """Attach a Figma file to a project

        Adds a new Figma attachment to the project from the URL of a Figma file.

        Calls `POST /projects/{project_id}/figma_attachments` (create_figma_attachment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_figma_attachment: Attach a Figma file to a project.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_figma_attachment.sync_detailed(
                project_id=project_id,
                body=body,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/figma_attachments", exc
            ) from exc
        return cast(
            "FigmaAttachment",
            unwrap(response, (201,), "POST /projects/{project_id}/figma_attachments"),
        )

    @overload
    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> FigmaAttachment: ...

    @overload
    def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> FigmaAttachment: ...

    def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> FigmaAttachment:
        """Get one Figma attachment

        Returns the details of a single Figma attachment of the project.

        Calls `GET /projects/{project_id}/figma_attachments/{id}` (show_figma_attachment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = show_figma_attachment.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/figma_attachments/{id}", exc
            ) from exc
        return cast(
            "FigmaAttachment",
            unwrap(
                response, (200,), "GET /projects/{project_id}/figma_attachments/{id}"
            ),
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
        """Delete a Figma attachment

        Removes a Figma attachment from the project.

        Calls `DELETE /projects/{project_id}/figma_attachments/{id}` (delete_figma_attachment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = delete_figma_attachment.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/figma_attachments/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/figma_attachments/{id}")

    @overload
    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateFigmaAttachmentBody,
        branch: str | Unset = UNSET,
    ) -> FigmaAttachment: ...

    @overload
    def update(
        self,
        *,
        id: str,
        body: UpdateFigmaAttachmentBody,
        branch: str | Unset = UNSET,
    ) -> FigmaAttachment: ...

    def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateFigmaAttachmentBody,
        branch: str | Unset = UNSET,
    ) -> FigmaAttachment:
        """Update a Figma attachment

        Changes an existing Figma attachment, for example to point it at a different Figma file URL.

        Calls `PATCH /projects/{project_id}/figma_attachments/{id}` (update_figma_attachment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_figma_attachment: Update a Figma attachment.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = update_figma_attachment.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/figma_attachments/{id}", exc
            ) from exc
        return cast(
            "FigmaAttachment",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/figma_attachments/{id}"
            ),
        )


class AsyncFigmaAttachmentsApi(AsyncResource):
    """Figma attachments link a Figma file to a project so its designs can be associated with keys.

    Awaitable calls; `FigmaAttachmentsApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[FigmaAttachment]:
        """List the Figma attachments of a project

        Returns a page of the Figma attachments that belong to the project.

        Calls `GET /projects/{project_id}/figma_attachments` (list_figma_attachments).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_figma_attachments.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/figma_attachments", exc
            ) from exc
        return cast(
            "builtins.list[FigmaAttachment]",
            unwrap(response, (200,), "GET /projects/{project_id}/figma_attachments"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[FigmaAttachment]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_figma_attachments.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/figma_attachments", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/figma_attachments")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[FigmaAttachment]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
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
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateFigmaAttachmentBody,
        branch: str | Unset = UNSET,
    ) -> FigmaAttachment:
        """Attach a Figma file to a project

        Adds a new Figma attachment to the project from the URL of a Figma file.

        Calls `POST /projects/{project_id}/figma_attachments` (create_figma_attachment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_figma_attachment: Attach a Figma file to a project.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_figma_attachment.asyncio_detailed(
                project_id=project_id,
                body=body,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/figma_attachments", exc
            ) from exc
        return cast(
            "FigmaAttachment",
            unwrap(response, (201,), "POST /projects/{project_id}/figma_attachments"),
        )

    @overload
    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> FigmaAttachment: ...

    @overload
    async def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> FigmaAttachment: ...

    async def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> FigmaAttachment:
        """Get one Figma attachment

        Returns the details of a single Figma attachment of the project.

        Calls `GET /projects/{project_id}/figma_attachments/{id}` (show_figma_attachment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await show_figma_attachment.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/figma_attachments/{id}", exc
            ) from exc
        return cast(
            "FigmaAttachment",
            unwrap(
                response, (200,), "GET /projects/{project_id}/figma_attachments/{id}"
            ),
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
        """Delete a Figma attachment

        Removes a Figma attachment from the project.

        Calls `DELETE /projects/{project_id}/figma_attachments/{id}` (delete_figma_attachment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await delete_figma_attachment.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/figma_attachments/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/figma_attachments/{id}")

    @overload
    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateFigmaAttachmentBody,
        branch: str | Unset = UNSET,
    ) -> FigmaAttachment: ...

    @overload
    async def update(
        self,
        *,
        id: str,
        body: UpdateFigmaAttachmentBody,
        branch: str | Unset = UNSET,
    ) -> FigmaAttachment: ...

    async def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateFigmaAttachmentBody,
        branch: str | Unset = UNSET,
    ) -> FigmaAttachment:
        """Update a Figma attachment

        Changes an existing Figma attachment, for example to point it at a different Figma file URL.

        Calls `PATCH /projects/{project_id}/figma_attachments/{id}` (update_figma_attachment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_figma_attachment: Update a Figma attachment.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await update_figma_attachment.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/figma_attachments/{id}", exc
            ) from exc
        return cast(
            "FigmaAttachment",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/figma_attachments/{id}"
            ),
        )
