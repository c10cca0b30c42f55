"""Operations of the spaces resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.add_space_project_body import AddSpaceProjectBody
    from ...models.create_space_body import CreateSpaceBody
    from ...models.error import Error
    from ...models.project import Project
    from ...models.space import Space
    from ...models.update_space_body import UpdateSpaceBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    add_space_project,
    create_space,
    delete_space,
    list_space_projects,
    list_spaces,
    remove_space_project,
    show_space,
    update_space,
)

__all__ = ["AsyncSpacesApi", "SpacesApi"]


class SpacesApi(Resource):
    """Blocking calls to the spaces resource group."""

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Space]:
        """List the spaces of an account

        Returns every space in the account.

        Calls `GET /accounts/{account_id}/spaces` (list_spaces).
        """
        response = list_spaces.sync_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Space]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Space]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_spaces.sync_detailed(
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
    ) -> Iterator[Space]:
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
        body: CreateSpaceBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Space:
        """Create a space

        Adds a new space to the account.

        Calls `POST /accounts/{account_id}/spaces` (create_space).
        """
        response = create_space.sync_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Space", unwrap(response))

    def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Space:
        """Get a space

        Returns the details of one space.

        Calls `GET /accounts/{account_id}/spaces/{id}` (show_space).
        """
        response = show_space.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Space", unwrap(response))

    def delete(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a space

        Removes the space from the account.

        Calls `DELETE /accounts/{account_id}/spaces/{id}` (delete_space).
        """
        response = delete_space.sync_detailed(
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
        body: UpdateSpaceBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Space:
        """Rename a space

        Changes the name of an existing space.

        Calls `PATCH /accounts/{account_id}/spaces/{id}` (update_space).
        """
        response = update_space.sync_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Space", unwrap(response))

    def list_projects(
        self,
        account_id: str,
        space_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Project]:
        """List the projects in a space

        Returns the projects that belong to the space.

        Calls `GET /accounts/{account_id}/spaces/{space_id}/projects` (list_space_projects).
        """
        response = list_space_projects.sync_detailed(
            account_id=account_id,
            space_id=space_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Project]", unwrap(response))

    def list_projects_pages(
        self,
        account_id: str,
        space_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Project]]:
        """Every page of `list_projects`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_space_projects.sync_detailed(
                account_id=account_id,
                space_id=space_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_projects_all(
        self,
        account_id: str,
        space_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Project]:
        """Every item of every page of `list_projects` (see `list_projects_pages`)."""
        return items(
            self.list_projects_pages(
                account_id,
                space_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def add_project(
        self,
        account_id: str,
        space_id: str,
        *,
        body: AddSpaceProjectBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Add a project to a space

        Places an existing project into the space.

        Calls `POST /accounts/{account_id}/spaces/{space_id}/projects` (add_space_project).
        """
        response = add_space_project.sync_detailed(
            account_id=account_id,
            space_id=space_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def remove_project(
        self,
        account_id: str,
        space_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a project from a space

        Takes the project out of the space; the project itself is kept.

        Calls `DELETE /accounts/{account_id}/spaces/{space_id}/projects/{id}` (remove_space_project).
        """
        response = remove_space_project.sync_detailed(
            account_id=account_id,
            space_id=space_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)


class AsyncSpacesApi(AsyncResource):
    """Awaitable calls to the spaces resource group."""

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Space]:
        """List the spaces of an account

        Returns every space in the account.

        Calls `GET /accounts/{account_id}/spaces` (list_spaces).
        """
        response = await list_spaces.asyncio_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Space]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Space]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_spaces.asyncio_detailed(
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
    ) -> AsyncIterator[Space]:
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
        body: CreateSpaceBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Space:
        """Create a space

        Adds a new space to the account.

        Calls `POST /accounts/{account_id}/spaces` (create_space).
        """
        response = await create_space.asyncio_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Space", unwrap(response))

    async def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Space:
        """Get a space

        Returns the details of one space.

        Calls `GET /accounts/{account_id}/spaces/{id}` (show_space).
        """
        response = await show_space.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Space", unwrap(response))

    async def delete(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a space

        Removes the space from the account.

        Calls `DELETE /accounts/{account_id}/spaces/{id}` (delete_space).
        """
        response = await delete_space.asyncio_detailed(
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
        body: UpdateSpaceBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Space:
        """Rename a space

        Changes the name of an existing space.

        Calls `PATCH /accounts/{account_id}/spaces/{id}` (update_space).
        """
        response = await update_space.asyncio_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Space", unwrap(response))

    async def list_projects(
        self,
        account_id: str,
        space_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Project]:
        """List the projects in a space

        Returns the projects that belong to the space.

        Calls `GET /accounts/{account_id}/spaces/{space_id}/projects` (list_space_projects).
        """
        response = await list_space_projects.asyncio_detailed(
            account_id=account_id,
            space_id=space_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Project]", unwrap(response))

    def list_projects_pages(
        self,
        account_id: str,
        space_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Project]]:
        """Every page of `list_projects`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_space_projects.asyncio_detailed(
                account_id=account_id,
                space_id=space_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_projects_all(
        self,
        account_id: str,
        space_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Project]:
        """Every item of every page of `list_projects` (see `list_projects_pages`)."""
        return async_items(
            self.list_projects_pages(
                account_id,
                space_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def add_project(
        self,
        account_id: str,
        space_id: str,
        *,
        body: AddSpaceProjectBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Add a project to a space

        Places an existing project into the space.

        Calls `POST /accounts/{account_id}/spaces/{space_id}/projects` (add_space_project).
        """
        response = await add_space_project.asyncio_detailed(
            account_id=account_id,
            space_id=space_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def remove_project(
        self,
        account_id: str,
        space_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a project from a space

        Takes the project out of the space; the project itself is kept.

        Calls `DELETE /accounts/{account_id}/spaces/{space_id}/projects/{id}` (remove_space_project).
        """
        response = await remove_space_project.asyncio_detailed(
            account_id=account_id,
            space_id=space_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)
