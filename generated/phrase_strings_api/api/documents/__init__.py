"""Operations of the documents resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncResource, Resource, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.error import Error
    from ...models.list_documents_response_200_item import ListDocumentsResponse200Item
    from ...types import UNSET, Unset

from . import (
    delete_document,
    list_documents,
)

__all__ = ["AsyncDocumentsApi", "DocumentsApi"]


class DocumentsApi(Resource):
    """Blocking calls to the documents resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[ListDocumentsResponse200Item]:
        """List the documents of a project

        Returns the documents in the project that the authenticated user is allowed to see.

        Calls `GET /projects/{project_id}/documents` (list_documents).
        """
        response = list_documents.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[ListDocumentsResponse200Item]", unwrap(response))

    def delete(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a document

        Removes a document from the project.

        Calls `DELETE /projects/{project_id}/documents/{id}` (delete_document).
        """
        response = delete_document.sync_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)


class AsyncDocumentsApi(AsyncResource):
    """Awaitable calls to the documents resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[ListDocumentsResponse200Item]:
        """List the documents of a project

        Returns the documents in the project that the authenticated user is allowed to see.

        Calls `GET /projects/{project_id}/documents` (list_documents).
        """
        response = await list_documents.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[ListDocumentsResponse200Item]", unwrap(response))

    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a document

        Removes a document from the project.

        Calls `DELETE /projects/{project_id}/documents/{id}` (delete_document).
        """
        response = await delete_document.asyncio_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)
