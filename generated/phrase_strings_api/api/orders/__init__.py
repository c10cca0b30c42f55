"""Operations of the orders resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.confirm_order_body import ConfirmOrderBody
    from ...models.create_order_body import CreateOrderBody
    from ...models.error import Error
    from ...models.translation_order import TranslationOrder
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    confirm_order,
    create_order,
    delete_order,
    list_orders,
    show_order,
)

__all__ = ["AsyncOrdersApi", "OrdersApi"]


class OrdersApi(Resource):
    """Blocking calls to the orders resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        translation_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[TranslationOrder]:
        """List the orders of a project

        Returns the project's translation orders, one page at a time.

        Calls `GET /projects/{project_id}/orders` (list_orders).
        """
        response = list_orders.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            translation_id=translation_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[TranslationOrder]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        translation_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[TranslationOrder]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_orders.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                branch=branch,
                translation_id=translation_id,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        translation_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[TranslationOrder]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                translation_id=translation_id,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreateOrderBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationOrder:
        """Create a translation order

        Places a translation order with Gengo or TextMaster for the selected locales and keys. The token
        needs the orders.create scope.

        Calls `POST /projects/{project_id}/orders` (create_order).
        """
        response = create_order.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationOrder", unwrap(response))

    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationOrder:
        """Get an order

        Returns the details of one translation order.

        Calls `GET /projects/{project_id}/orders/{id}` (show_order).
        """
        response = show_order.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationOrder", unwrap(response))

    def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Cancel an unconfirmed order

        Cancels a translation order; only orders that have not been confirmed can be cancelled.

        Calls `DELETE /projects/{project_id}/orders/{id}` (delete_order).
        """
        response = delete_order.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def confirm(
        self,
        project_id: str,
        id: str,
        *,
        body: ConfirmOrderBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationOrder:
        """Confirm an order and send it out

        Confirms an order and passes it to the provider for translation. The same requirements as for
        creating an order apply.

        Calls `PATCH /projects/{project_id}/orders/{id}/confirm` (confirm_order).
        """
        response = confirm_order.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationOrder", unwrap(response))


class AsyncOrdersApi(AsyncResource):
    """Awaitable calls to the orders resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        translation_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[TranslationOrder]:
        """List the orders of a project

        Returns the project's translation orders, one page at a time.

        Calls `GET /projects/{project_id}/orders` (list_orders).
        """
        response = await list_orders.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            translation_id=translation_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[TranslationOrder]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        translation_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[TranslationOrder]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_orders.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                branch=branch,
                translation_id=translation_id,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        translation_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[TranslationOrder]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                translation_id=translation_id,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreateOrderBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationOrder:
        """Create a translation order

        Places a translation order with Gengo or TextMaster for the selected locales and keys. The token
        needs the orders.create scope.

        Calls `POST /projects/{project_id}/orders` (create_order).
        """
        response = await create_order.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationOrder", unwrap(response))

    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationOrder:
        """Get an order

        Returns the details of one translation order.

        Calls `GET /projects/{project_id}/orders/{id}` (show_order).
        """
        response = await show_order.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationOrder", unwrap(response))

    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Cancel an unconfirmed order

        Cancels a translation order; only orders that have not been confirmed can be cancelled.

        Calls `DELETE /projects/{project_id}/orders/{id}` (delete_order).
        """
        response = await delete_order.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def confirm(
        self,
        project_id: str,
        id: str,
        *,
        body: ConfirmOrderBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationOrder:
        """Confirm an order and send it out

        Confirms an order and passes it to the provider for translation. The same requirements as for
        creating an order apply.

        Calls `PATCH /projects/{project_id}/orders/{id}/confirm` (confirm_order).
        """
        response = await confirm_order.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationOrder", unwrap(response))
