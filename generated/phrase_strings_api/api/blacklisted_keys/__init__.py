"""Operations of the blacklisted_keys resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.blacklisted_key import BlacklistedKey
    from ...models.create_blacklisted_key_body import CreateBlacklistedKeyBody
    from ...models.error import Error
    from ...models.update_blacklisted_key_body import UpdateBlacklistedKeyBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_blacklisted_key,
    delete_blacklisted_key,
    list_blacklisted_keys,
    show_blacklisted_key,
    update_blacklisted_key,
)

__all__ = ["AsyncBlacklistedKeysApi", "BlacklistedKeysApi"]


class BlacklistedKeysApi(Resource):
    """Blocking calls to the blacklisted_keys resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[BlacklistedKey]:
        """List the blocked key rules of a project

        Returns a page of the rules that block keys in the project.

        Calls `GET /projects/{project_id}/blacklisted_keys` (list_blacklisted_keys).
        """
        response = list_blacklisted_keys.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[BlacklistedKey]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[BlacklistedKey]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_blacklisted_keys.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                branch=branch,
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
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[BlacklistedKey]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreateBlacklistedKeyBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> BlacklistedKey:
        """Create a blocked key rule

        Adds a rule that blocks keys with the given name in the project.

        Calls `POST /projects/{project_id}/blacklisted_keys` (create_blacklisted_key).
        """
        response = create_blacklisted_key.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("BlacklistedKey", unwrap(response))

    def show(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> BlacklistedKey:
        """Get one blocked key rule

        Returns the details of a single key-blocking rule of the project.

        Calls `GET /projects/{project_id}/blacklisted_keys/{id}` (show_blacklisted_key).
        """
        response = show_blacklisted_key.sync_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("BlacklistedKey", unwrap(response))

    def delete(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a blocked key rule

        Removes a key-blocking rule from the project.

        Calls `DELETE /projects/{project_id}/blacklisted_keys/{id}` (delete_blacklisted_key).
        """
        response = delete_blacklisted_key.sync_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateBlacklistedKeyBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> BlacklistedKey:
        """Update a blocked key rule

        Changes the key name that an existing blocking rule applies to.

        Calls `PATCH /projects/{project_id}/blacklisted_keys/{id}` (update_blacklisted_key).
        """
        response = update_blacklisted_key.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("BlacklistedKey", unwrap(response))


class AsyncBlacklistedKeysApi(AsyncResource):
    """Awaitable calls to the blacklisted_keys resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[BlacklistedKey]:
        """List the blocked key rules of a project

        Returns a page of the rules that block keys in the project.

        Calls `GET /projects/{project_id}/blacklisted_keys` (list_blacklisted_keys).
        """
        response = await list_blacklisted_keys.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[BlacklistedKey]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[BlacklistedKey]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_blacklisted_keys.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                branch=branch,
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
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[BlacklistedKey]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreateBlacklistedKeyBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> BlacklistedKey:
        """Create a blocked key rule

        Adds a rule that blocks keys with the given name in the project.

        Calls `POST /projects/{project_id}/blacklisted_keys` (create_blacklisted_key).
        """
        response = await create_blacklisted_key.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("BlacklistedKey", unwrap(response))

    async def show(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> BlacklistedKey:
        """Get one blocked key rule

        Returns the details of a single key-blocking rule of the project.

        Calls `GET /projects/{project_id}/blacklisted_keys/{id}` (show_blacklisted_key).
        """
        response = await show_blacklisted_key.asyncio_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("BlacklistedKey", unwrap(response))

    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a blocked key rule

        Removes a key-blocking rule from the project.

        Calls `DELETE /projects/{project_id}/blacklisted_keys/{id}` (delete_blacklisted_key).
        """
        response = await delete_blacklisted_key.asyncio_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateBlacklistedKeyBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> BlacklistedKey:
        """Update a blocked key rule

        Changes the key name that an existing blocking rule applies to.

        Calls `PATCH /projects/{project_id}/blacklisted_keys/{id}` (update_blacklisted_key).
        """
        response = await update_blacklisted_key.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("BlacklistedKey", unwrap(response))
