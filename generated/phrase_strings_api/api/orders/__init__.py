"""Operations of the orders resource group, and the facade classes that call them."""

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
    """Orders buy professional translations for a project from a language service provider such as
    Gengo or TextMaster.

    Blocking calls; `AsyncOrdersApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        translation_id: str | Unset = UNSET,
    ) -> builtins.list[TranslationOrder]:
        """List the orders of a project

        Returns the project's translation orders, one page at a time.

        Calls `GET /projects/{project_id}/orders` (list_orders).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to work on; omit it to use the main project.
            translation_id: Only orders covering this translation (an unknown one gives an empty list).
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_orders.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                translation_id=translation_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/orders", exc) from exc
        return cast(
            "builtins.list[TranslationOrder]",
            unwrap(response, (200,), "GET /projects/{project_id}/orders"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        translation_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[TranslationOrder]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
            translation_id: Only orders covering this translation (an unknown one gives an empty list).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_orders.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    translation_id=translation_id,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects/{project_id}/orders", exc) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/orders")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        translation_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[TranslationOrder]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
            translation_id: Only orders covering this translation (an unknown one gives an empty list).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                translation_id=translation_id,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateOrderBody,
    ) -> TranslationOrder:
        """Create a translation order

        Places a translation order with Gengo or TextMaster for the selected locales and keys. The token
        needs the orders.create scope.

        Calls `POST /projects/{project_id}/orders` (create_order).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_order: Create a translation order.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_order.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/orders", exc) from exc
        return cast(
            "TranslationOrder",
            unwrap(response, (201,), "POST /projects/{project_id}/orders"),
        )

    @overload
    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> TranslationOrder: ...

    @overload
    def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> TranslationOrder: ...

    def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> TranslationOrder:
        """Get an order

        Returns the details of one translation order.

        Calls `GET /projects/{project_id}/orders/{id}` (show_order).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = show_order.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/orders/{id}", exc) from exc
        return cast(
            "TranslationOrder",
            unwrap(response, (200,), "GET /projects/{project_id}/orders/{id}"),
        )

    @overload
    def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Cancel an unconfirmed order

        Cancels a translation order; only orders that have not been confirmed can be cancelled.

        Calls `DELETE /projects/{project_id}/orders/{id}` (delete_order).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = delete_order.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/orders/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/orders/{id}")

    @overload
    def confirm(
        self,
        project_id: str,
        id: str,
        *,
        body: ConfirmOrderBody,
    ) -> TranslationOrder: ...

    @overload
    def confirm(
        self,
        *,
        id: str,
        body: ConfirmOrderBody,
    ) -> TranslationOrder: ...

    def confirm(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: ConfirmOrderBody,
    ) -> TranslationOrder:
        """Confirm an order and send it out

        Confirms an order and passes it to the provider for translation. The same requirements as for
        creating an order apply.

        Calls `PATCH /projects/{project_id}/orders/{id}/confirm` (confirm_order).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of confirm_order: Confirm an order and send it out.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = confirm_order.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/orders/{id}/confirm", exc
            ) from exc
        return cast(
            "TranslationOrder",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/orders/{id}/confirm"
            ),
        )


class AsyncOrdersApi(AsyncResource):
    """Orders buy professional translations for a project from a language service provider such as
    Gengo or TextMaster.

    Awaitable calls; `OrdersApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        translation_id: str | Unset = UNSET,
    ) -> builtins.list[TranslationOrder]:
        """List the orders of a project

        Returns the project's translation orders, one page at a time.

        Calls `GET /projects/{project_id}/orders` (list_orders).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to work on; omit it to use the main project.
            translation_id: Only orders covering this translation (an unknown one gives an empty list).
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_orders.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                translation_id=translation_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/orders", exc) from exc
        return cast(
            "builtins.list[TranslationOrder]",
            unwrap(response, (200,), "GET /projects/{project_id}/orders"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        translation_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[TranslationOrder]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
            translation_id: Only orders covering this translation (an unknown one gives an empty list).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_orders.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    translation_id=translation_id,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects/{project_id}/orders", exc) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/orders")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        translation_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[TranslationOrder]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
            translation_id: Only orders covering this translation (an unknown one gives an empty list).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                translation_id=translation_id,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateOrderBody,
    ) -> TranslationOrder:
        """Create a translation order

        Places a translation order with Gengo or TextMaster for the selected locales and keys. The token
        needs the orders.create scope.

        Calls `POST /projects/{project_id}/orders` (create_order).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_order: Create a translation order.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_order.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/orders", exc) from exc
        return cast(
            "TranslationOrder",
            unwrap(response, (201,), "POST /projects/{project_id}/orders"),
        )

    @overload
    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> TranslationOrder: ...

    @overload
    async def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> TranslationOrder: ...

    async def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> TranslationOrder:
        """Get an order

        Returns the details of one translation order.

        Calls `GET /projects/{project_id}/orders/{id}` (show_order).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await show_order.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/orders/{id}", exc) from exc
        return cast(
            "TranslationOrder",
            unwrap(response, (200,), "GET /projects/{project_id}/orders/{id}"),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Cancel an unconfirmed order

        Cancels a translation order; only orders that have not been confirmed can be cancelled.

        Calls `DELETE /projects/{project_id}/orders/{id}` (delete_order).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await delete_order.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/orders/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/orders/{id}")

    @overload
    async def confirm(
        self,
        project_id: str,
        id: str,
        *,
        body: ConfirmOrderBody,
    ) -> TranslationOrder: ...

    @overload
    async def confirm(
        self,
        *,
        id: str,
        body: ConfirmOrderBody,
    ) -> TranslationOrder: ...

    async def confirm(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: ConfirmOrderBody,
    ) -> TranslationOrder:
        """Confirm an order and send it out

        Confirms an order and passes it to the provider for translation. The same requirements as for
        creating an order apply.

        Calls `PATCH /projects/{project_id}/orders/{id}/confirm` (confirm_order).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of confirm_order: Confirm an order and send it out.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await confirm_order.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/orders/{id}/confirm", exc
            ) from exc
        return cast(
            "TranslationOrder",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/orders/{id}/confirm"
            ),
        )
