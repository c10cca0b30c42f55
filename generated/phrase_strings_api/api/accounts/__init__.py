"""Operations of the accounts resource group, and the facade classes that call them."""

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

    from ...models.account import Account
    from ...models.account_details import AccountDetails
    from ...models.error import Error
    from ...types import UNSET, Unset

from . import (
    list_accounts,
    show_account,
)

__all__ = ["AccountsApi", "AsyncAccountsApi"]


class AccountsApi(Resource):
    """Accounts are the organizations a user belongs to; projects, teams and term bases live inside an
    account.

    Blocking calls; `AsyncAccountsApi` has the same methods, awaitable.
    """

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Account]:
        """List the current user's accounts

        Returns a page of the accounts the current user can access.

        Calls `GET /accounts` (list_accounts).

        Args:
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        check_per_page(per_page)

        try:
            response = list_accounts.sync_detailed(
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts", exc) from exc
        return cast("builtins.list[Account]", unwrap(response, (200,), "GET /accounts"))

    def list_pages(
        self,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[Account]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_accounts.sync_detailed(
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /accounts", exc) from exc
            unwrap(response, (200,), "GET /accounts")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Account]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        return items(
            self.list_pages(
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    def show(
        self,
        id: str,
    ) -> AccountDetails:
        """Get one account

        Returns the details of a single account.

        Calls `GET /accounts/{id}` (show_account).

        Args:
            id: Identifier of the resource the path points to.
        """
        id = path_value("id", id)

        try:
            response = show_account.sync_detailed(
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{id}", exc) from exc
        return cast("AccountDetails", unwrap(response, (200,), "GET /accounts/{id}"))


class AsyncAccountsApi(AsyncResource):
    """Accounts are the organizations a user belongs to; projects, teams and term bases live inside an
    account.

    Awaitable calls; `AccountsApi` has the same methods, blocking.
    """

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Account]:
        """List the current user's accounts

        Returns a page of the accounts the current user can access.

        Calls `GET /accounts` (list_accounts).

        Args:
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        check_per_page(per_page)

        try:
            response = await list_accounts.asyncio_detailed(
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts", exc) from exc
        return cast("builtins.list[Account]", unwrap(response, (200,), "GET /accounts"))

    def list_pages(
        self,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Account]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_accounts.asyncio_detailed(
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /accounts", exc) from exc
            unwrap(response, (200,), "GET /accounts")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Account]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        return async_items(
            self.list_pages(
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    async def show(
        self,
        id: str,
    ) -> AccountDetails:
        """Get one account

        Returns the details of a single account.

        Calls `GET /accounts/{id}` (show_account).

        Args:
            id: Identifier of the resource the path points to.
        """
        id = path_value("id", id)

        try:
            response = await show_account.asyncio_detailed(
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{id}", exc) from exc
        return cast("AccountDetails", unwrap(response, (200,), "GET /accounts/{id}"))
