"""Operations of the formats resource group, and the facade classes that call them."""

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
    from ...models.format_ import Format

from . import (
    list_formats,
)

__all__ = ["AsyncFormatsApi", "FormatsApi"]


class FormatsApi(Resource):
    """Formats are the localization file formats that can be used for uploads and downloads.

    Blocking calls; `AsyncFormatsApi` has the same methods, awaitable.
    """

    def list(
        self,
    ) -> builtins.list[Format]:
        """List supported file formats

        Returns every localization file format that the service can read and write.

        Calls `GET /formats` (list_formats).
        """

        try:
            response = list_formats.sync_detailed(
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /formats", exc) from exc
        return cast("builtins.list[Format]", unwrap(response, (200,), "GET /formats"))


class AsyncFormatsApi(AsyncResource):
    """Formats are the localization file formats that can be used for uploads and downloads.

    Awaitable calls; `FormatsApi` has the same methods, blocking.
    """

    async def list(
        self,
    ) -> builtins.list[Format]:
        """List supported file formats

        Returns every localization file format that the service can read and write.

        Calls `GET /formats` (list_formats).
        """

        try:
            response = await list_formats.asyncio_detailed(
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /formats", exc) from exc
        return cast("builtins.list[Format]", unwrap(response, (200,), "GET /formats"))
