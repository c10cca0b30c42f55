"""Operations of the figma_attachments resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

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
    """Blocking calls to the figma_attachments resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[FigmaAttachment]:
        """List the Figma attachments of a project

        Returns a page of the Figma attachments that belong to the project.

        Calls `GET /projects/{project_id}/figma_attachments` (list_figma_attachments).
        """
        response = list_figma_attachments.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[FigmaAttachment]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[FigmaAttachment]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_figma_attachments.sync_detailed(
                project_id=project_id,
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
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[FigmaAttachment]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreateFigmaAttachmentBody,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> FigmaAttachment:
        """Attach a Figma file to a project

        Adds a new Figma attachment to the project from the URL of a Figma file.

        Calls `POST /projects/{project_id}/figma_attachments` (create_figma_attachment).
        """
        response = create_figma_attachment.sync_detailed(
            project_id=project_id,
            body=body,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("FigmaAttachment", unwrap(response))

    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> FigmaAttachment:
        """Get one Figma attachment

        Returns the details of a single Figma attachment of the project.

        Calls `GET /projects/{project_id}/figma_attachments/{id}` (show_figma_attachment).
        """
        response = show_figma_attachment.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("FigmaAttachment", unwrap(response))

    def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a Figma attachment

        Removes a Figma attachment from the project.

        Calls `DELETE /projects/{project_id}/figma_attachments/{id}` (delete_figma_attachment).
        """
        response = delete_figma_attachment.sync_detailed(
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
        body: UpdateFigmaAttachmentBody,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> FigmaAttachment:
        """Update a Figma attachment

        Changes an existing Figma attachment, for example to point it at a different Figma file URL.

        Calls `PATCH /projects/{project_id}/figma_attachments/{id}` (update_figma_attachment).
        """
        response = update_figma_attachment.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("FigmaAttachment", unwrap(response))


class AsyncFigmaAttachmentsApi(AsyncResource):
    """Awaitable calls to the figma_attachments resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[FigmaAttachment]:
        """List the Figma attachments of a project

        Returns a page of the Figma attachments that belong to the project.

        Calls `GET /projects/{project_id}/figma_attachments` (list_figma_attachments).
        """
        response = await list_figma_attachments.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[FigmaAttachment]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[FigmaAttachment]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_figma_attachments.asyncio_detailed(
                project_id=project_id,
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
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[FigmaAttachment]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreateFigmaAttachmentBody,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> FigmaAttachment:
        """Attach a Figma file to a project

        Adds a new Figma attachment to the project from the URL of a Figma file.

        Calls `POST /projects/{project_id}/figma_attachments` (create_figma_attachment).
        """
        response = await create_figma_attachment.asyncio_detailed(
            project_id=project_id,
            body=body,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("FigmaAttachment", unwrap(response))

    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> FigmaAttachment:
        """Get one Figma attachment

        Returns the details of a single Figma attachment of the project.

        Calls `GET /projects/{project_id}/figma_attachments/{id}` (show_figma_attachment).
        """
        response = await show_figma_attachment.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("FigmaAttachment", unwrap(response))

    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a Figma attachment

        Removes a Figma attachment from the project.

        Calls `DELETE /projects/{project_id}/figma_attachments/{id}` (delete_figma_attachment).
        """
        response = await delete_figma_attachment.asyncio_detailed(
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
        body: UpdateFigmaAttachmentBody,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> FigmaAttachment:
        """Update a Figma attachment

        Changes an existing Figma attachment, for example to point it at a different Figma file URL.

        Calls `PATCH /projects/{project_id}/figma_attachments/{id}` (update_figma_attachment).
        """
        response = await update_figma_attachment.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("FigmaAttachment", unwrap(response))
