"""Operations of the accounts resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

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
    """Blocking calls to the accounts resource group."""

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Account]:
        """List the current user's accounts

        Returns a page of the accounts the current user can access.

        Calls `GET /accounts` (list_accounts).
        """
        response = list_accounts.sync_detailed(
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Account]", unwrap(response))

    def list_pages(
        self,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Account]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_accounts.sync_detailed(
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Account]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def show(
        self,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AccountDetails:
        """Get one account

        Returns the details of a single account.

        Calls `GET /accounts/{id}` (show_account).
        """
        response = show_account.sync_detailed(
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AccountDetails", unwrap(response))


class AsyncAccountsApi(AsyncResource):
    """Awaitable calls to the accounts resource group."""

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Account]:
        """List the current user's accounts

        Returns a page of the accounts the current user can access.

        Calls `GET /accounts` (list_accounts).
        """
        response = await list_accounts.asyncio_detailed(
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Account]", unwrap(response))

    def list_pages(
        self,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Account]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_accounts.asyncio_detailed(
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Account]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def show(
        self,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AccountDetails:
        """Get one account

        Returns the details of a single account.

        Calls `GET /accounts/{id}` (show_account).
        """
        response = await show_account.asyncio_detailed(
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AccountDetails", unwrap(response))
