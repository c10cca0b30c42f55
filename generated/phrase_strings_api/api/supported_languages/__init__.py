"""Operations of the supported_languages resource group, and the facade classes that call them."""

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
    from ...models.list_languages_response_200 import ListLanguagesResponse200

from . import (
    list_languages,
)

__all__ = ["AsyncSupportedLanguagesApi", "SupportedLanguagesApi"]


class SupportedLanguagesApi(Resource):
    """Blocking calls to the supported_languages resource group."""

    def list(
        self,
    ) -> ListLanguagesResponse200:
        """List the languages Phrase supports

        Returns every language code Phrase knows, with the name of its language.

        Calls `GET /languages` (list_languages).
        """
        response = list_languages.sync_detailed(
            client=self._client,
        )
        return cast("ListLanguagesResponse200", unwrap(response))


class AsyncSupportedLanguagesApi(AsyncResource):
    """Awaitable calls to the supported_languages resource group."""

    async def list(
        self,
    ) -> ListLanguagesResponse200:
        """List the languages Phrase supports

        Returns every language code Phrase knows, with the name of its language.

        Calls `GET /languages` (list_languages).
        """
        response = await list_languages.asyncio_detailed(
            client=self._client,
        )
        return cast("ListLanguagesResponse200", unwrap(response))
