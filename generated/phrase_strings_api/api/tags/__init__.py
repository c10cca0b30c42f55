"""Operations of the tags resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_tag_body import CreateTagBody
    from ...models.error import Error
    from ...models.tag import Tag
    from ...models.tag_with_stats import TagWithStats
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_tag,
    delete_tag,
    list_tags,
    show_tag,
)

__all__ = ["AsyncTagsApi", "TagsApi"]


class TagsApi(Resource):
    """Blocking calls to the tags resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        exclude_system_tags: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_system_tags: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Tag]:
        """List the tags of a project

        Returns the tags defined in the project, with the option to hide tags the system created itself.

        Calls `GET /projects/{project_id}/tags` (list_tags).
        """
        response = list_tags.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            exclude_system_tags=exclude_system_tags,
            branch=branch,
            only_system_tags=only_system_tags,
            q=q,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Tag]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        exclude_system_tags: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_system_tags: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Tag]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_tags.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                exclude_system_tags=exclude_system_tags,
                branch=branch,
                only_system_tags=only_system_tags,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        exclude_system_tags: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_system_tags: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Tag]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                exclude_system_tags=exclude_system_tags,
                branch=branch,
                only_system_tags=only_system_tags,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreateTagBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TagWithStats:
        """Create a tag

        Adds a new tag to the project.

        Calls `POST /projects/{project_id}/tags` (create_tag).
        """
        response = create_tag.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TagWithStats", unwrap(response))

    def show(
        self,
        project_id: str,
        name: str,
        *,
        omit_statistics: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TagWithStats:
        """Get a tag

        Returns one tag of the project together with translation progress statistics for its keys,
        unless statistics are turned off.

        Calls `GET /projects/{project_id}/tags/{name}` (show_tag).
        """
        response = show_tag.sync_detailed(
            project_id=project_id,
            name=name,
            omit_statistics=omit_statistics,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TagWithStats", unwrap(response))

    def delete(
        self,
        project_id: str,
        name: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a tag

        Removes the tag from the project.

        Calls `DELETE /projects/{project_id}/tags/{name}` (delete_tag).
        """
        response = delete_tag.sync_detailed(
            project_id=project_id,
            name=name,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)


class AsyncTagsApi(AsyncResource):
    """Awaitable calls to the tags resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        exclude_system_tags: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_system_tags: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Tag]:
        """List the tags of a project

        Returns the tags defined in the project, with the option to hide tags the system created itself.

        Calls `GET /projects/{project_id}/tags` (list_tags).
        """
        response = await list_tags.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            exclude_system_tags=exclude_system_tags,
            branch=branch,
            only_system_tags=only_system_tags,
            q=q,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Tag]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        exclude_system_tags: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_system_tags: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Tag]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_tags.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                exclude_system_tags=exclude_system_tags,
                branch=branch,
                only_system_tags=only_system_tags,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        exclude_system_tags: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_system_tags: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Tag]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                exclude_system_tags=exclude_system_tags,
                branch=branch,
                only_system_tags=only_system_tags,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreateTagBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TagWithStats:
        """Create a tag

        Adds a new tag to the project.

        Calls `POST /projects/{project_id}/tags` (create_tag).
        """
        response = await create_tag.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TagWithStats", unwrap(response))

    async def show(
        self,
        project_id: str,
        name: str,
        *,
        omit_statistics: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TagWithStats:
        """Get a tag

        Returns one tag of the project together with translation progress statistics for its keys,
        unless statistics are turned off.

        Calls `GET /projects/{project_id}/tags/{name}` (show_tag).
        """
        response = await show_tag.asyncio_detailed(
            project_id=project_id,
            name=name,
            omit_statistics=omit_statistics,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TagWithStats", unwrap(response))

    async def delete(
        self,
        project_id: str,
        name: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a tag

        Removes the tag from the project.

        Calls `DELETE /projects/{project_id}/tags/{name}` (delete_tag).
        """
        response = await delete_tag.asyncio_detailed(
            project_id=project_id,
            name=name,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)
