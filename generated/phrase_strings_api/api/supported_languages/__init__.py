"""Operations of the supported_languages resource group, and the facade classes that call them."""

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
    from ...models.list_languages_response_200 import ListLanguagesResponse200

from . import (
    list_languages,
)

__all__ = ["AsyncSupportedLanguagesApi", "SupportedLanguagesApi"]


class SupportedLanguagesApi(Resource):
    """The languages Phrase supports, by code.

    Blocking calls; `AsyncSupportedLanguagesApi` has the same methods, awaitable.
    """

    def list(
        self,
    ) -> ListLanguagesResponse200:
        """List the languages Phrase supports

        Returns every language code Phrase knows, with the name of its language.

        Calls `GET /languages` (list_languages).
        """

        try:
            response = list_languages.sync_detailed(
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /languages", exc) from exc
        return cast(
            "ListLanguagesResponse200", unwrap(response, (200,), "GET /languages")
        )


class AsyncSupportedLanguagesApi(AsyncResource):
    """The languages Phrase supports, by code.

    Awaitable calls; `SupportedLanguagesApi` has the same methods, blocking.
    """

    async def list(
        self,
    ) -> ListLanguagesResponse200:
        """List the languages Phrase supports

        Returns every language code Phrase knows, with the name of its language.

        Calls `GET /languages` (list_languages).
        """

        try:
            response = await list_languages.asyncio_detailed(
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /languages", exc) from exc
        return cast(
            "ListLanguagesResponse200", unwrap(response, (200,), "GET /languages")
        )
