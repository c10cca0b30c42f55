"""Operations of the search resource group, and the facade classes that call them."""

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
    from ...models.search_account_body import SearchAccountBody
    from ...models.search_account_response_200 import SearchAccountResponse200
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    search_account,
)

__all__ = ["AsyncSearchApi", "SearchApi"]


class SearchApi(Resource):
    """Blocking calls to the search resource group."""

    def search_account(
        self,
        account_id: str,
        *,
        body: SearchAccountBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> SearchAccountResponse200:
        """Search keys and translations in an account

        Looks for keys and translations across every project of the account. At most 10,000 results are
        returned, and very recent changes may not be found yet, depending on project size.

        Calls `POST /accounts/{account_id}/search` (search_account).
        """
        response = search_account.sync_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("SearchAccountResponse200", unwrap(response))


class AsyncSearchApi(AsyncResource):
    """Awaitable calls to the search resource group."""

    async def search_account(
        self,
        account_id: str,
        *,
        body: SearchAccountBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> SearchAccountResponse200:
        """Search keys and translations in an account

        Looks for keys and translations across every project of the account. At most 10,000 results are
        returned, and very recent changes may not be found yet, depending on project size.

        Calls `POST /accounts/{account_id}/search` (search_account).
        """
        response = await search_account.asyncio_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("SearchAccountResponse200", unwrap(response))
