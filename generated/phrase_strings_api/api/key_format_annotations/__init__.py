"""Operations of the key_format_annotations resource group, and the facade classes that call them."""

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
    from ...models.key_format_annotation import KeyFormatAnnotation
    from ...types import UNSET, Unset

from . import (
    list_key_format_annotations,
)

__all__ = ["AsyncKeyFormatAnnotationsApi", "KeyFormatAnnotationsApi"]


class KeyFormatAnnotationsApi(Resource):
    """Format-specific details of a key, recorded on import so that exports can reproduce the original
    file.

    Blocking calls; `AsyncKeyFormatAnnotationsApi` has the same methods, awaitable.
    """

    @overload
    def list(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> builtins.list[KeyFormatAnnotation]: ...

    @overload
    def list(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> builtins.list[KeyFormatAnnotation]: ...

    def list(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> builtins.list[KeyFormatAnnotation]:
        """List the format annotations of a key

        Returns, per file format, how the key was written in the files it was imported from.

        Calls `GET /projects/{project_id}/keys/{id}/format_annotations` (list_key_format_annotations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Branch to read from.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = list_key_format_annotations.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{id}/format_annotations", exc
            ) from exc
        return cast(
            "builtins.list[KeyFormatAnnotation]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{id}/format_annotations",
            ),
        )


class AsyncKeyFormatAnnotationsApi(AsyncResource):
    """Format-specific details of a key, recorded on import so that exports can reproduce the original
    file.

    Awaitable calls; `KeyFormatAnnotationsApi` has the same methods, blocking.
    """

    @overload
    async def list(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> builtins.list[KeyFormatAnnotation]: ...

    @overload
    async def list(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> builtins.list[KeyFormatAnnotation]: ...

    async def list(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> builtins.list[KeyFormatAnnotation]:
        """List the format annotations of a key

        Returns, per file format, how the key was written in the files it was imported from.

        Calls `GET /projects/{project_id}/keys/{id}/format_annotations` (list_key_format_annotations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Branch to read from.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await list_key_format_annotations.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{id}/format_annotations", exc
            ) from exc
        return cast(
            "builtins.list[KeyFormatAnnotation]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{id}/format_annotations",
            ),
        )
