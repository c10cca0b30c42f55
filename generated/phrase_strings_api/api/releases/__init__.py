"""Operations of the releases resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

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
    """Blocking calls to the releases resource group."""

    def list(
        self,
        account_id: str,
        distribution_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[ReleasePreview]:
        """List the releases of a distribution

        Returns every release that belongs to the given distribution.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/releases` (list_releases).
        """
        response = list_releases.sync_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[ReleasePreview]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        distribution_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[ReleasePreview]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_releases.sync_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        distribution_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[ReleasePreview]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                account_id,
                distribution_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        account_id: str,
        distribution_id: str,
        *,
        body: CreateReleaseBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Release:
        """Create a release

        Adds a new release to the distribution. The release is not served to apps until it is published.

        Calls `POST /accounts/{account_id}/distributions/{distribution_id}/releases` (create_release).
        """
        response = create_release.sync_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Release", unwrap(response))

    def show(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Release:
        """Get a release

        Returns the details of one release of the distribution.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/releases/{id}` (show_release).
        """
        response = show_release.sync_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Release", unwrap(response))

    def delete(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a release

        Removes a release from the distribution.

        Calls `DELETE /accounts/{account_id}/distributions/{distribution_id}/releases/{id}` (delete_release).
        """
        response = delete_release.sync_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        body: UpdateReleaseBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Release:
        """Update a release

        Changes the settings of an existing release.

        Calls `PATCH /accounts/{account_id}/distributions/{distribution_id}/releases/{id}` (update_release).
        """
        response = update_release.sync_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Release", unwrap(response))

    def publish(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Release:
        """Publish a release

        Makes the release live so it is delivered to apps in production.

        Calls `POST /accounts/{account_id}/distributions/{distribution_id}/releases/{id}/publish` (publish_release).
        """
        response = publish_release.sync_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Release", unwrap(response))


class AsyncReleasesApi(AsyncResource):
    """Awaitable calls to the releases resource group."""

    async def list(
        self,
        account_id: str,
        distribution_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[ReleasePreview]:
        """List the releases of a distribution

        Returns every release that belongs to the given distribution.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/releases` (list_releases).
        """
        response = await list_releases.asyncio_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[ReleasePreview]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        distribution_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[ReleasePreview]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_releases.asyncio_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        distribution_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[ReleasePreview]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                account_id,
                distribution_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        account_id: str,
        distribution_id: str,
        *,
        body: CreateReleaseBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Release:
        """Create a release

        Adds a new release to the distribution. The release is not served to apps until it is published.

        Calls `POST /accounts/{account_id}/distributions/{distribution_id}/releases` (create_release).
        """
        response = await create_release.asyncio_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Release", unwrap(response))

    async def show(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Release:
        """Get a release

        Returns the details of one release of the distribution.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/releases/{id}` (show_release).
        """
        response = await show_release.asyncio_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Release", unwrap(response))

    async def delete(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a release

        Removes a release from the distribution.

        Calls `DELETE /accounts/{account_id}/distributions/{distribution_id}/releases/{id}` (delete_release).
        """
        response = await delete_release.asyncio_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        body: UpdateReleaseBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Release:
        """Update a release

        Changes the settings of an existing release.

        Calls `PATCH /accounts/{account_id}/distributions/{distribution_id}/releases/{id}` (update_release).
        """
        response = await update_release.asyncio_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Release", unwrap(response))

    async def publish(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Release:
        """Publish a release

        Makes the release live so it is delivered to apps in production.

        Calls `POST /accounts/{account_id}/distributions/{distribution_id}/releases/{id}/publish` (publish_release).
        """
        response = await publish_release.asyncio_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Release", unwrap(response))
