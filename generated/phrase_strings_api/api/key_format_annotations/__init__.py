"""Operations of the key_format_annotations resource group, and the facade classes that call them."""

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
    from ...models.key_format_annotation import KeyFormatAnnotation
    from ...types import UNSET, Unset

from . import (
    list_key_format_annotations,
)

__all__ = ["AsyncKeyFormatAnnotationsApi", "KeyFormatAnnotationsApi"]


class KeyFormatAnnotationsApi(Resource):
    """Blocking calls to the key_format_annotations resource group."""

    def list(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[KeyFormatAnnotation]:
        """List the format annotations of a key

        Returns, per file format, how the key was written in the files it was imported from.

        Calls `GET /projects/{project_id}/keys/{id}/format_annotations` (list_key_format_annotations).
        """
        response = list_key_format_annotations.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[KeyFormatAnnotation]", unwrap(response))


class AsyncKeyFormatAnnotationsApi(AsyncResource):
    """Awaitable calls to the key_format_annotations resource group."""

    async def list(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[KeyFormatAnnotation]:
        """List the format annotations of a key

        Returns, per file format, how the key was written in the files it was imported from.

        Calls `GET /projects/{project_id}/keys/{id}/format_annotations` (list_key_format_annotations).
        """
        response = await list_key_format_annotations.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[KeyFormatAnnotation]", unwrap(response))
