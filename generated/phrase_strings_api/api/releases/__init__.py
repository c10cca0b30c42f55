"""Operations of the releases resource group, and the facade classes that call them."""

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

    from ...models.create_release_body import CreateReleaseBody
    from ...models.error import Error
    from ...models.release import Release
    from ...models.release_preview import ReleasePreview
    from ...models.update_release_body import UpdateReleaseBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_release,
    delete_release,
    list_releases,
    publish_release,
    show_release,
    update_release,
)

__all__ = ["AsyncReleasesApi", "ReleasesApi"]


class ReleasesApi(Resource):
    """A release is a published snapshot of translations served through an over-the-air distribution to
    mobile or web apps.

    Blocking calls; `AsyncReleasesApi` has the same methods, awaitable.
    """

    def list(
        self,
        account_id: str,
        distribution_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[ReleasePreview]:
        """List the releases of a distribution

        Returns every release that belongs to the given distribution.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/releases` (list_releases).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        check_per_page(per_page)

        try:
            response = list_releases.sync_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/distributions/{distribution_id}/releases",
                exc,
            ) from exc
        return cast(
            "builtins.list[ReleasePreview]",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/distributions/{distribution_id}/releases",
            ),
        )

    def list_pages(
        self,
        account_id: str,
        distribution_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[ReleasePreview]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_releases.sync_detailed(
                    account_id=account_id,
                    distribution_id=distribution_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/distributions/{distribution_id}/releases",
                    exc,
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/distributions/{distribution_id}/releases",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        distribution_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[ReleasePreview]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)

        return items(
            self.list_pages(
                account_id,
                distribution_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        account_id: str,
        distribution_id: str,
        *,
        body: CreateReleaseBody,
    ) -> Release:
        """Create a release

        Adds a new release to the distribution. The release is not served to apps until it is published.

        Calls `POST /accounts/{account_id}/distributions/{distribution_id}/releases` (create_release).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            body: Request body of create_release: Create a release.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)

        try:
            response = create_release.sync_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/distributions/{distribution_id}/releases",
                exc,
            ) from exc
        return cast(
            "Release",
            unwrap(
                response,
                (201,),
                "POST /accounts/{account_id}/distributions/{distribution_id}/releases",
            ),
        )

    def show(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
    ) -> Release:
        """Get a release

        Returns the details of one release of the distribution.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/releases/{id}` (show_release).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        id = path_value("id", id)

        try:
            response = show_release.sync_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/distributions/{distribution_id}/releases/{id}",
                exc,
            ) from exc
        return cast(
            "Release",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/distributions/{distribution_id}/releases/{id}",
            ),
        )

    def delete(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
    ) -> None:
        """Delete a release

        Removes a release from the distribution.

        Calls `DELETE /accounts/{account_id}/distributions/{distribution_id}/releases/{id}` (delete_release).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        id = path_value("id", id)

        try:
            response = delete_release.sync_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/distributions/{distribution_id}/releases/{id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/distributions/{distribution_id}/releases/{id}",
        )

    def update(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        body: UpdateReleaseBody,
    ) -> Release:
        """Update a release

        Changes the settings of an existing release.

        Calls `PATCH /accounts/{account_id}/distributions/{distribution_id}/releases/{id}` (update_release).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            id: Identifier of the resource the path points to.
            body: Request body of update_release: Update a release.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        id = path_value("id", id)

        try:
            response = update_release.sync_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/distributions/{distribution_id}/releases/{id}",
                exc,
            ) from exc
        return cast(
            "Release",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/distributions/{distribution_id}/releases/{id}",
            ),
        )

    def publish(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
    ) -> Release:
        """Publish a release

        Makes the release live so it is delivered to apps in production.

        Calls `POST /accounts/{account_id}/distributions/{distribution_id}/releases/{id}/publish` (publish_release).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        id = path_value("id", id)

        try:
            response = publish_release.sync_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/distributions/{distribution_id}/releases/{id}/publish",
                exc,
            ) from exc
        return cast(
            "Release",
            unwrap(
                response,
                (200,),
                "POST /accounts/{account_id}/distributions/{distribution_id}/releases/{id}/publish",
            ),
        )


class AsyncReleasesApi(AsyncResource):
    """A release is a published snapshot of translations served through an over-the-air distribution to
    mobile or web apps.

    Awaitable calls; `ReleasesApi` has the same methods, blocking.
    """

    async def list(
        self,
        account_id: str,
        distribution_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[ReleasePreview]:
        """List the releases of a distribution

        Returns every release that belongs to the given distribution.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/releases` (list_releases).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        check_per_page(per_page)

        try:
            response = await list_releases.asyncio_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/distributions/{distribution_id}/releases",
                exc,
            ) from exc
        return cast(
            "builtins.list[ReleasePreview]",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/distributions/{distribution_id}/releases",
            ),
        )

    def list_pages(
        self,
        account_id: str,
        distribution_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[ReleasePreview]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_releases.asyncio_detailed(
                    account_id=account_id,
                    distribution_id=distribution_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/distributions/{distribution_id}/releases",
                    exc,
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/distributions/{distribution_id}/releases",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        distribution_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[ReleasePreview]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)

        return async_items(
            self.list_pages(
                account_id,
                distribution_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        account_id: str,
        distribution_id: str,
        *,
        body: CreateReleaseBody,
    ) -> Release:
        """Create a release

        Adds a new release to the distribution. The release is not served to apps until it is published.

        Calls `POST /accounts/{account_id}/distributions/{distribution_id}/releases` (create_release).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            body: Request body of create_release: Create a release.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)

        try:
            response = await create_release.asyncio_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/distributions/{distribution_id}/releases",
                exc,
            ) from exc
        return cast(
            "Release",
            unwrap(
                response,
                (201,),
                "POST /accounts/{account_id}/distributions/{distribution_id}/releases",
            ),
        )

    async def show(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
    ) -> Release:
        """Get a release

        Returns the details of one release of the distribution.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/releases/{id}` (show_release).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        id = path_value("id", id)

        try:
            response = await show_release.asyncio_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/distributions/{distribution_id}/releases/{id}",
                exc,
            ) from exc
        return cast(
            "Release",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/distributions/{distribution_id}/releases/{id}",
            ),
        )

    async def delete(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
    ) -> None:
        """Delete a release

        Removes a release from the distribution.

        Calls `DELETE /accounts/{account_id}/distributions/{distribution_id}/releases/{id}` (delete_release).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        id = path_value("id", id)

        try:
            response = await delete_release.asyncio_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/distributions/{distribution_id}/releases/{id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/distributions/{distribution_id}/releases/{id}",
        )

    async def update(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        body: UpdateReleaseBody,
    ) -> Release:
        """Update a release

        Changes the settings of an existing release.

        Calls `PATCH /accounts/{account_id}/distributions/{distribution_id}/releases/{id}` (update_release).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            id: Identifier of the resource the path points to.
            body: Request body of update_release: Update a release.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        id = path_value("id", id)

        try:
            response = await update_release.asyncio_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/distributions/{distribution_id}/releases/{id}",
                exc,
            ) from exc
        return cast(
            "Release",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/distributions/{distribution_id}/releases/{id}",
            ),
        )

    async def publish(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
    ) -> Release:
        """Publish a release

        Makes the release live so it is delivered to apps in production.

        Calls `POST /accounts/{account_id}/distributions/{distribution_id}/releases/{id}/publish` (publish_release).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        id = path_value("id", id)

        try:
            response = await publish_release.asyncio_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/distributions/{distribution_id}/releases/{id}/publish",
                exc,
            ) from exc
        return cast(
            "Release",
            unwrap(
                response,
                (200,),
                "POST /accounts/{account_id}/distributions/{distribution_id}/releases/{id}/publish",
            ),
        )
