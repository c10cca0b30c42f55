"""Operations of the formats resource group, and the facade classes that call them."""

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
    from ...models.format_ import Format

from . import (
    list_formats,
)

__all__ = ["AsyncFormatsApi", "FormatsApi"]


class FormatsApi(Resource):
    """Blocking calls to the formats resource group."""

    def list(
        self,
    ) -> builtins.list[Format]:
        """List supported file formats

        Returns every localization file format that the service can read and write.

        Calls `GET /formats` (list_formats).
        """
        response = list_formats.sync_detailed(
            client=self._client,
        )
        return cast("builtins.list[Format]", unwrap(response))


class AsyncFormatsApi(AsyncResource):
    """Awaitable calls to the formats resource group."""

    async def list(
        self,
    ) -> builtins.list[Format]:
        """List supported file formats

        Returns every localization file format that the service can read and write.

        Calls `GET /formats` (list_formats).
        """
        response = await list_formats.asyncio_detailed(
            client=self._client,
        )
        return cast("builtins.list[Format]", unwrap(response))
