"""Operations of the distributions resource group, and the facade classes that call them."""

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
    """Distributions publish a project's translations for over-the-air delivery to mobile and web apps
    on supported platforms.

    Blocking calls; `AsyncDistributionsApi` has the same methods, awaitable.
    """

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[DistributionPreview]:
        """List the distributions of an account

        Returns the account's distributions, one page at a time.

        Calls `GET /accounts/{account_id}/distributions` (list_distributions).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = list_distributions.sync_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/distributions", exc
            ) from exc
        return cast(
            "builtins.list[DistributionPreview]",
            unwrap(response, (200,), "GET /accounts/{account_id}/distributions"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[DistributionPreview]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_distributions.sync_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/distributions", exc
                ) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/distributions")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[DistributionPreview]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        return items(
            self.list_pages(
                account_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        account_id: str,
        *,
        body: CreateDistributionBody,
    ) -> Distribution:
        """Add a distribution to an account

        Sets up a new distribution for one project in the account. A name and a project ID are required.

        Calls `POST /accounts/{account_id}/distributions` (create_distribution).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_distribution: Add a distribution to an account.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = create_distribution.sync_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/distributions", exc
            ) from exc
        return cast(
            "Distribution",
            unwrap(response, (201,), "POST /accounts/{account_id}/distributions"),
        )

    def show(
        self,
        account_id: str,
        id: str,
    ) -> Distribution:
        """Get a distribution

        Returns the settings and details of one distribution.

        Calls `GET /accounts/{account_id}/distributions/{id}` (show_distribution).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = show_distribution.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/distributions/{id}", exc
            ) from exc
        return cast(
            "Distribution",
            unwrap(response, (200,), "GET /accounts/{account_id}/distributions/{id}"),
        )

    def delete(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Remove a distribution from an account

        Removes a distribution from the account.

        Calls `DELETE /accounts/{account_id}/distributions/{id}` (delete_distribution).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = delete_distribution.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/distributions/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/distributions/{id}")

    def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateDistributionBody,
    ) -> Distribution:
        """Change a distribution's settings

        Changes the settings you send on an existing distribution.

        Calls `PATCH /accounts/{account_id}/distributions/{id}` (update_distribution).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_distribution: Change a distribution's settings.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = update_distribution.sync_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/distributions/{id}", exc
            ) from exc
        return cast(
            "Distribution",
            unwrap(response, (200,), "PATCH /accounts/{account_id}/distributions/{id}"),
        )


class AsyncDistributionsApi(AsyncResource):
    """Distributions publish a project's translations for over-the-air delivery to mobile and web apps
    on supported platforms.

    Awaitable calls; `DistributionsApi` has the same methods, blocking.
    """

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[DistributionPreview]:
        """List the distributions of an account

        Returns the account's distributions, one page at a time.

        Calls `GET /accounts/{account_id}/distributions` (list_distributions).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = await list_distributions.asyncio_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/distributions", exc
            ) from exc
        return cast(
            "builtins.list[DistributionPreview]",
            unwrap(response, (200,), "GET /accounts/{account_id}/distributions"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[DistributionPreview]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_distributions.asyncio_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/distributions", exc
                ) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/distributions")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[DistributionPreview]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        return async_items(
            self.list_pages(
                account_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        account_id: str,
        *,
        body: CreateDistributionBody,
    ) -> Distribution:
        """Add a distribution to an account

        Sets up a new distribution for one project in the account. A name and a project ID are required.

        Calls `POST /accounts/{account_id}/distributions` (create_distribution).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_distribution: Add a distribution to an account.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await create_distribution.asyncio_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/distributions", exc
            ) from exc
        return cast(
            "Distribution",
            unwrap(response, (201,), "POST /accounts/{account_id}/distributions"),
        )

    async def show(
        self,
        account_id: str,
        id: str,
    ) -> Distribution:
        """Get a distribution

        Returns the settings and details of one distribution.

        Calls `GET /accounts/{account_id}/distributions/{id}` (show_distribution).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await show_distribution.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/distributions/{id}", exc
            ) from exc
        return cast(
            "Distribution",
            unwrap(response, (200,), "GET /accounts/{account_id}/distributions/{id}"),
        )

    async def delete(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Remove a distribution from an account

        Removes a distribution from the account.

        Calls `DELETE /accounts/{account_id}/distributions/{id}` (delete_distribution).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await delete_distribution.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/distributions/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/distributions/{id}")

    async def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateDistributionBody,
    ) -> Distribution:
        """Change a distribution's settings

        Changes the settings you send on an existing distribution.

        Calls `PATCH /accounts/{account_id}/distributions/{id}` (update_distribution).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_distribution: Change a distribution's settings.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await update_distribution.asyncio_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/distributions/{id}", exc
            ) from exc
        return cast(
            "Distribution",
            unwrap(response, (200,), "PATCH /accounts/{account_id}/distributions/{id}"),
        )
