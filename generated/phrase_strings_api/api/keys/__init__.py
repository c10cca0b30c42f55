"""Operations of the keys resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.affected_resources import AffectedResources
    from ...models.create_key_body import CreateKeyBody
    from ...models.error import Error
    from ...models.exclude_keys_body import ExcludeKeysBody
    from ...models.include_keys_body import IncludeKeysBody
    from ...models.search_keys_body import SearchKeysBody
    from ...models.tag_keys_body import TagKeysBody
    from ...models.translation_key import TranslationKey
    from ...models.translation_key_details import TranslationKeyDetails
    from ...models.untag_keys_body import UntagKeysBody
    from ...models.update_key_body import UpdateKeyBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_key,
    delete_key,
    delete_keys,
    exclude_keys,
    include_keys,
    list_keys,
    search_keys,
    show_key,
    tag_keys,
    untag_keys,
    update_key,
)

__all__ = ["AsyncKeysApi", "KeysApi"]


class KeysApi(Resource):
    """Blocking calls to the keys resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[TranslationKey]:
        """List the keys of a project

        Returns a page of the project's keys, optionally narrowed by a search query and sorted by name
        or timestamp. search_keys accepts the same criteria in a request body.

        Calls `GET /projects/{project_id}/keys` (list_keys).
        """
        response = list_keys.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            sort=sort,
            order=order,
            q=q,
            locale_id=locale_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[TranslationKey]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[TranslationKey]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_keys.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                locale_id=locale_id,
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
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[TranslationKey]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                locale_id=locale_id,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreateKeyBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationKeyDetails:
        """Create a key

        Adds a new key to the project. A translation for the default locale can be created at the same
        time and, if requested, automatically translated into the other locales.

        Calls `POST /projects/{project_id}/keys` (create_key).
        """
        response = create_key.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationKeyDetails", unwrap(response))

    def delete_many(
        self,
        project_id: str,
        *,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedResources:
        """Delete all keys matching a query

        Deletes every key in the project that matches the search query, using the same criteria as
        list_keys. Keep each call to roughly 1,000 keys or fewer, since larger deletions may time out.

        Calls `DELETE /projects/{project_id}/keys` (delete_keys).
        """
        response = delete_keys.sync_detailed(
            project_id=project_id,
            branch=branch,
            q=q,
            locale_id=locale_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedResources", unwrap(response))

    def search(
        self,
        project_id: str,
        *,
        body: SearchKeysBody,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[TranslationKey]:
        """Search the keys of a project

        Returns a page of the project's keys that match a search query given in the request body instead
        of the query string.

        Calls `POST /projects/{project_id}/keys/search` (search_keys).
        """
        response = search_keys.sync_detailed(
            project_id=project_id,
            body=body,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[TranslationKey]", unwrap(response))

    def search_pages(
        self,
        project_id: str,
        *,
        body: SearchKeysBody,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[TranslationKey]]:
        """Every page of `search`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return search_keys.sync_detailed(
                project_id=project_id,
                body=body,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def search_all(
        self,
        project_id: str,
        *,
        body: SearchKeysBody,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[TranslationKey]:
        """Every item of every page of `search` (see `search_pages`)."""
        return items(
            self.search_pages(
                project_id,
                body=body,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationKeyDetails:
        """Get one key

        Returns the details of a single key of the project.

        Calls `GET /projects/{project_id}/keys/{id}` (show_key).
        """
        response = show_key.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationKeyDetails", unwrap(response))

    def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a key

        Removes a key from the project.

        Calls `DELETE /projects/{project_id}/keys/{id}` (delete_key).
        """
        response = delete_key.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateKeyBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationKeyDetails:
        """Update a key

        Changes the name, settings, tags or custom metadata of an existing key.

        Calls `PATCH /projects/{project_id}/keys/{id}` (update_key).
        """
        response = update_key.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationKeyDetails", unwrap(response))

    def tag(
        self,
        project_id: str,
        *,
        body: TagKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedResources:
        """Add tags to all matching keys

        Attaches one or more tags to every key that matches the query, using the same criteria as
        list_keys.

        Calls `PATCH /projects/{project_id}/keys/tag` (tag_keys).
        """
        response = tag_keys.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedResources", unwrap(response))

    def untag(
        self,
        project_id: str,
        *,
        body: UntagKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedResources:
        """Remove tags from all matching keys

        Detaches the given tags from every key that matches the query.

        Calls `PATCH /projects/{project_id}/keys/untag` (untag_keys).
        """
        response = untag_keys.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedResources", unwrap(response))

    def exclude(
        self,
        project_id: str,
        *,
        body: ExcludeKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedResources:
        """Exclude a locale for all matching keys

        Marks the translations in one locale as excluded for every key that matches the query, using the
        same criteria as list_keys.

        Calls `PATCH /projects/{project_id}/keys/exclude` (exclude_keys).
        """
        response = exclude_keys.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedResources", unwrap(response))

    def include(
        self,
        project_id: str,
        *,
        body: IncludeKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedResources:
        """Include a locale for all matching keys

        Lifts the exclusion of one locale's translations for every key that matches the query, using the
        same criteria as list_keys.

        Calls `PATCH /projects/{project_id}/keys/include` (include_keys).
        """
        response = include_keys.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedResources", unwrap(response))


class AsyncKeysApi(AsyncResource):
    """Awaitable calls to the keys resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[TranslationKey]:
        """List the keys of a project

        Returns a page of the project's keys, optionally narrowed by a search query and sorted by name
        or timestamp. search_keys accepts the same criteria in a request body.

        Calls `GET /projects/{project_id}/keys` (list_keys).
        """
        response = await list_keys.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            sort=sort,
            order=order,
            q=q,
            locale_id=locale_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[TranslationKey]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[TranslationKey]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_keys.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                locale_id=locale_id,
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
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[TranslationKey]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                locale_id=locale_id,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreateKeyBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationKeyDetails:
        """Create a key

        Adds a new key to the project. A translation for the default locale can be created at the same
        time and, if requested, automatically translated into the other locales.

        Calls `POST /projects/{project_id}/keys` (create_key).
        """
        response = await create_key.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationKeyDetails", unwrap(response))

    async def delete_many(
        self,
        project_id: str,
        *,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedResources:
        """Delete all keys matching a query

        Deletes every key in the project that matches the search query, using the same criteria as
        list_keys. Keep each call to roughly 1,000 keys or fewer, since larger deletions may time out.

        Calls `DELETE /projects/{project_id}/keys` (delete_keys).
        """
        response = await delete_keys.asyncio_detailed(
            project_id=project_id,
            branch=branch,
            q=q,
            locale_id=locale_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedResources", unwrap(response))

    async def search(
        self,
        project_id: str,
        *,
        body: SearchKeysBody,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[TranslationKey]:
        """Search the keys of a project

        Returns a page of the project's keys that match a search query given in the request body instead
        of the query string.

        Calls `POST /projects/{project_id}/keys/search` (search_keys).
        """
        response = await search_keys.asyncio_detailed(
            project_id=project_id,
            body=body,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[TranslationKey]", unwrap(response))

    def search_pages(
        self,
        project_id: str,
        *,
        body: SearchKeysBody,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[TranslationKey]]:
        """Every page of `search`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await search_keys.asyncio_detailed(
                project_id=project_id,
                body=body,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def search_all(
        self,
        project_id: str,
        *,
        body: SearchKeysBody,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[TranslationKey]:
        """Every item of every page of `search` (see `search_pages`)."""
        return async_items(
            self.search_pages(
                project_id,
                body=body,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationKeyDetails:
        """Get one key

        Returns the details of a single key of the project.

        Calls `GET /projects/{project_id}/keys/{id}` (show_key).
        """
        response = await show_key.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationKeyDetails", unwrap(response))

    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a key

        Removes a key from the project.

        Calls `DELETE /projects/{project_id}/keys/{id}` (delete_key).
        """
        response = await delete_key.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateKeyBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationKeyDetails:
        """Update a key

        Changes the name, settings, tags or custom metadata of an existing key.

        Calls `PATCH /projects/{project_id}/keys/{id}` (update_key).
        """
        response = await update_key.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationKeyDetails", unwrap(response))

    async def tag(
        self,
        project_id: str,
        *,
        body: TagKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedResources:
        """Add tags to all matching keys

        Attaches one or more tags to every key that matches the query, using the same criteria as
        list_keys.

        Calls `PATCH /projects/{project_id}/keys/tag` (tag_keys).
        """
        response = await tag_keys.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedResources", unwrap(response))

    async def untag(
        self,
        project_id: str,
        *,
        body: UntagKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedResources:
        """Remove tags from all matching keys

        Detaches the given tags from every key that matches the query.

        Calls `PATCH /projects/{project_id}/keys/untag` (untag_keys).
        """
        response = await untag_keys.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedResources", unwrap(response))

    async def exclude(
        self,
        project_id: str,
        *,
        body: ExcludeKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedResources:
        """Exclude a locale for all matching keys

        Marks the translations in one locale as excluded for every key that matches the query, using the
        same criteria as list_keys.

        Calls `PATCH /projects/{project_id}/keys/exclude` (exclude_keys).
        """
        response = await exclude_keys.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedResources", unwrap(response))

    async def include(
        self,
        project_id: str,
        *,
        body: IncludeKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedResources:
        """Include a locale for all matching keys

        Lifts the exclusion of one locale's translations for every key that matches the query, using the
        same criteria as list_keys.

        Calls `PATCH /projects/{project_id}/keys/include` (include_keys).
        """
        response = await include_keys.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedResources", unwrap(response))
