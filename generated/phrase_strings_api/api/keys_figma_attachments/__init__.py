"""Operations of the keys_figma_attachments resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.error import Error
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    attach_figma_attachment_to_key,
    detach_figma_attachment_from_key,
)

__all__ = ["AsyncKeysFigmaAttachmentsApi", "KeysFigmaAttachmentsApi"]


class KeysFigmaAttachmentsApi(Resource):
    """Blocking calls to the keys_figma_attachments resource group."""

    def attach_figma_attachment_to_key(
        self,
        project_id: str,
        figma_attachment_id: str,
        *,
        id: str,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Link a Figma attachment to a key

        Associates an existing Figma attachment of the project with a key.

        Calls `POST /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys` (attach_figma_attachment_to_key).
        """
        response = attach_figma_attachment_to_key.sync_detailed(
            project_id=project_id,
            figma_attachment_id=figma_attachment_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def detach_figma_attachment_from_key(
        self,
        project_id: str,
        figma_attachment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Unlink a Figma attachment from a key

        Removes the association between a Figma attachment and a key; the attachment itself stays in the
        project.

        Calls `DELETE /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys/{id}` (detach_figma_attachment_from_key).
        """
        response = detach_figma_attachment_from_key.sync_detailed(
            project_id=project_id,
            figma_attachment_id=figma_attachment_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)


class AsyncKeysFigmaAttachmentsApi(AsyncResource):
    """Awaitable calls to the keys_figma_attachments resource group."""

    async def attach_figma_attachment_to_key(
        self,
        project_id: str,
        figma_attachment_id: str,
        *,
        id: str,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Link a Figma attachment to a key

        Associates an existing Figma attachment of the project with a key.

        Calls `POST /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys` (attach_figma_attachment_to_key).
        """
        response = await attach_figma_attachment_to_key.asyncio_detailed(
            project_id=project_id,
            figma_attachment_id=figma_attachment_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def detach_figma_attachment_from_key(
        self,
        project_id: str,
        figma_attachment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Unlink a Figma attachment from a key

        Removes the association between a Figma attachment and a key; the attachment itself stays in the
        project.

        Calls `DELETE /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys/{id}` (detach_figma_attachment_from_key).
        """
        response = await detach_figma_attachment_from_key.asyncio_detailed(
            project_id=project_id,
            figma_attachment_id=figma_attachment_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)
