"""Operations of the distributions resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_distribution_body import CreateDistributionBody
    from ...models.distribution import Distribution
    from ...models.distribution_preview import DistributionPreview
    from ...models.error import Error
    from ...models.update_distribution_body import UpdateDistributionBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_distribution,
    delete_distribution,
    list_distributions,
    show_distribution,
    update_distribution,
)

__all__ = ["AsyncDistributionsApi", "DistributionsApi"]


class DistributionsApi(Resource):
    """Blocking calls to the distributions resource group."""

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[DistributionPreview]:
        """List the distributions of an account

        Returns the account's distributions, one page at a time.

        Calls `GET /accounts/{account_id}/distributions` (list_distributions).
        """
        response = list_distributions.sync_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[DistributionPreview]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[DistributionPreview]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_distributions.sync_detailed(
                account_id=account_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[DistributionPreview]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                account_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        account_id: str,
        *,
        body: CreateDistributionBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Distribution:
        """Add a distribution to an account

        Sets up a new distribution for one project in the account. A name and a project ID are required.

        Calls `POST /accounts/{account_id}/distributions` (create_distribution).
        """
        response = create_distribution.sync_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Distribution", unwrap(response))

    def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Distribution:
        """Get a distribution

        Returns the settings and details of one distribution.

        Calls `GET /accounts/{account_id}/distributions/{id}` (show_distribution).
        """
        response = show_distribution.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Distribution", unwrap(response))

    def delete(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a distribution from an account

        Removes a distribution from the account.

        Calls `DELETE /accounts/{account_id}/distributions/{id}` (delete_distribution).
        """
        response = delete_distribution.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateDistributionBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Distribution:
        """Change a distribution's settings

        Changes the settings you send on an existing distribution.

        Calls `PATCH /accounts/{account_id}/distributions/{id}` (update_distribution).
        """
        response = update_distribution.sync_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Distribution", unwrap(response))


class AsyncDistributionsApi(AsyncResource):
    """Awaitable calls to the distributions resource group."""

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[DistributionPreview]:
        """List the distributions of an account

        Returns the account's distributions, one page at a time.

        Calls `GET /accounts/{account_id}/distributions` (list_distributions).
        """
        response = await list_distributions.asyncio_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[DistributionPreview]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[DistributionPreview]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_distributions.asyncio_detailed(
                account_id=account_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[DistributionPreview]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                account_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        account_id: str,
        *,
        body: CreateDistributionBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Distribution:
        """Add a distribution to an account

        Sets up a new distribution for one project in the account. A name and a project ID are required.

        Calls `POST /accounts/{account_id}/distributions` (create_distribution).
        """
        response = await create_distribution.asyncio_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Distribution", unwrap(response))

    async def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Distribution:
        """Get a distribution

        Returns the settings and details of one distribution.

        Calls `GET /accounts/{account_id}/distributions/{id}` (show_distribution).
        """
        response = await show_distribution.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Distribution", unwrap(response))

    async def delete(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a distribution from an account

        Removes a distribution from the account.

        Calls `DELETE /accounts/{account_id}/distributions/{id}` (delete_distribution).
        """
        response = await delete_distribution.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateDistributionBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Distribution:
        """Change a distribution's settings

        Changes the settings you send on an existing distribution.

        Calls `PATCH /accounts/{account_id}/distributions/{id}` (update_distribution).
        """
        response = await update_distribution.asyncio_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Distribution", unwrap(response))
