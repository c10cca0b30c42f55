"""Operations of the search resource group, and the facade classes that call them."""

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
    from ...models.search_account_body import SearchAccountBody
    from ...models.search_account_response_200 import SearchAccountResponse200
    from ...models.validation_error import ValidationError

from . import (
    search_account,
)

__all__ = ["AsyncSearchApi", "SearchApi"]


class SearchApi(Resource):
    """Search finds keys and translations across all projects of an account.

    Blocking calls; `AsyncSearchApi` has the same methods, awaitable.
    """

    def search_account(
        self,
        account_id: str,
        *,
        body: SearchAccountBody,
    ) -> SearchAccountResponse200:
        """Search keys and translations in an account

        Looks for keys and translations across every project of the account. At most 10,000 results are
        returned, and very recent changes may not be found yet, depending on project size.

        Calls `POST /accounts/{account_id}/search` (search_account).

        Args:
            account_id: Identifier of the account.
            body: Request body of search_account: Search keys and translations in an account.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = search_account.sync_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /accounts/{account_id}/search", exc) from exc
        return cast(
            "SearchAccountResponse200",
            unwrap(response, (200,), "POST /accounts/{account_id}/search"),
        )


class AsyncSearchApi(AsyncResource):
    """Search finds keys and translations across all projects of an account.

    Awaitable calls; `SearchApi` has the same methods, blocking.
    """

    async def search_account(
        self,
        account_id: str,
        *,
        body: SearchAccountBody,
    ) -> SearchAccountResponse200:
        """Search keys and translations in an account

        Looks for keys and translations across every project of the account. At most 10,000 results are
        returned, and very recent changes may not be found yet, depending on project size.

        Calls `POST /accounts/{account_id}/search` (search_account).

        Args:
            account_id: Identifier of the account.
            body: Request body of search_account: Search keys and translations in an account.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await search_account.asyncio_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /accounts/{account_id}/search", exc) from exc
        return cast(
            "SearchAccountResponse200",
            unwrap(response, (200,), "POST /accounts/{account_id}/search"),
        )
