"""Operations of the keys_figma_attachments resource group, and the facade classes that call them."""

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

    from ...models.error import Error
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    attach_figma_attachment_to_key,
    detach_figma_attachment_from_key,
)

__all__ = ["AsyncKeysFigmaAttachmentsApi", "KeysFigmaAttachmentsApi"]


class KeysFigmaAttachmentsApi(Resource):
    """Links between a project's Figma attachments and individual keys.

    Blocking calls; `AsyncKeysFigmaAttachmentsApi` has the same methods, awaitable.
    """

    @overload
    def attach_figma_attachment_to_key(
        self,
        project_id: str,
        figma_attachment_id: str,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def attach_figma_attachment_to_key(
        self,
        *,
        figma_attachment_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def attach_figma_attachment_to_key(
        self,
        project_id: str | None = None,
        figma_attachment_id: str | None = None,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None:
        """Link a Figma attachment to a key

        Associates an existing Figma attachment of the project with a key.

        Calls `POST /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys` (attach_figma_attachment_to_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            figma_attachment_id: Identifier of the Figma attachment.
            id: ID of the key to attach the Figma attachment to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        figma_attachment_id = path_value("figma_attachment_id", figma_attachment_id)

        try:
            response = attach_figma_attachment_to_key.sync_detailed(
                project_id=project_id,
                figma_attachment_id=figma_attachment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "POST /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys",
        )

    @overload
    def detach_figma_attachment_from_key(
        self,
        project_id: str,
        figma_attachment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def detach_figma_attachment_from_key(
        self,
        *,
        figma_attachment_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def detach_figma_attachment_from_key(
        self,
        project_id: str | None = None,
        figma_attachment_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Unlink a Figma attachment from a key

        Removes the association between a Figma attachment and a key; the attachment itself stays in the
        project.

        Calls `DELETE /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys/{id}` (detach_figma_attachment_from_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            figma_attachment_id: Identifier of the Figma attachment.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        figma_attachment_id = path_value("figma_attachment_id", figma_attachment_id)
        id = path_value("id", id)

        try:
            response = detach_figma_attachment_from_key.sync_detailed(
                project_id=project_id,
                figma_attachment_id=figma_attachment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys/{id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys/{id}",
        )


class AsyncKeysFigmaAttachmentsApi(AsyncResource):
    """Links between a project's Figma attachments and individual keys.

    Awaitable calls; `KeysFigmaAttachmentsApi` has the same methods, blocking.
    """

    @overload
    async def attach_figma_attachment_to_key(
        self,
        project_id: str,
        figma_attachment_id: str,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def attach_figma_attachment_to_key(
        self,
        *,
        figma_attachment_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def attach_figma_attachment_to_key(
        self,
        project_id: str | None = None,
        figma_attachment_id: str | None = None,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None:
        """Link a Figma attachment to a key

        Associates an existing Figma attachment of the project with a key.

        Calls `POST /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys` (attach_figma_attachment_to_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            figma_attachment_id: Identifier of the Figma attachment.
            id: ID of the key to attach the Figma attachment to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        figma_attachment_id = path_value("figma_attachment_id", figma_attachment_id)

        try:
            response = await attach_figma_attachment_to_key.asyncio_detailed(
                project_id=project_id,
                figma_attachment_id=figma_attachment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "POST /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys",
        )

    @overload
    async def detach_figma_attachment_from_key(
        self,
        project_id: str,
        figma_attachment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def detach_figma_attachment_from_key(
        self,
        *,
        figma_attachment_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def detach_figma_attachment_from_key(
        self,
        project_id: str | None = None,
        figma_attachment_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Unlink a Figma attachment from a key

        Removes the association between a Figma attachment and a key; the attachment itself stays in the
        project.

        Calls `DELETE /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys/{id}` (detach_figma_attachment_from_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            figma_attachment_id: Identifier of the Figma attachment.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        figma_attachment_id = path_value("figma_attachment_id", figma_attachment_id)
        id = path_value("id", id)

        try:
            response = await detach_figma_attachment_from_key.asyncio_detailed(
                project_id=project_id,
                figma_attachment_id=figma_attachment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys/{id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/figma_attachments/{figma_attachment_id}/keys/{id}",
        )
