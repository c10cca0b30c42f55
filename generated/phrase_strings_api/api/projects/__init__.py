"""Operations of the projects resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_project_body import CreateProjectBody
    from ...models.error import Error
    from ...models.project import Project
    from ...models.project_details import ProjectDetails
    from ...models.update_project_body import UpdateProjectBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_project,
    delete_project,
    list_projects,
    show_project,
    update_project,
)

__all__ = ["AsyncProjectsApi", "ProjectsApi"]


class ProjectsApi(Resource):
    """Blocking calls to the projects resource group."""

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        account_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Project]:
        """List projects

        Returns the projects the authenticated user can access, optionally sorted and filtered.

        Calls `GET /projects` (list_projects).
        """
        response = list_projects.sync_detailed(
            page=page,
            per_page=per_page,
            account_id=account_id,
            sort_by=sort_by,
            filters=filters,
            q=q,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Project]", unwrap(response))

    def list_pages(
        self,
        *,
        per_page: int = 100,
        account_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Project]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_projects.sync_detailed(
                page=page,
                per_page=size,
                account_id=account_id,
                sort_by=sort_by,
                filters=filters,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        account_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Project]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                per_page=per_page,
                account_id=account_id,
                sort_by=sort_by,
                filters=filters,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        *,
        body: CreateProjectBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ProjectDetails:
        """Create a project

        Creates a new project with the given settings. Passing source_project_id creates a copy of an
        existing project instead of an empty one.

        Calls `POST /projects` (create_project).
        """
        response = create_project.sync_detailed(
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ProjectDetails", unwrap(response))

    def show(
        self,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ProjectDetails:
        """Get a project

        Returns the details and settings of one project.

        Calls `GET /projects/{id}` (show_project).
        """
        response = show_project.sync_detailed(
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ProjectDetails", unwrap(response))

    def delete(
        self,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a project

        Permanently removes the project.

        Calls `DELETE /projects/{id}` (delete_project).
        """
        response = delete_project.sync_detailed(
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        id: str,
        *,
        body: UpdateProjectBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ProjectDetails:
        """Update a project

        Changes the name or settings of an existing project; fields left out keep their current values.

        Calls `PATCH /projects/{id}` (update_project).
        """
        response = update_project.sync_detailed(
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ProjectDetails", unwrap(response))


class AsyncProjectsApi(AsyncResource):
    """Awaitable calls to the projects resource group."""

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        account_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Project]:
        """List projects

        Returns the projects the authenticated user can access, optionally sorted and filtered.

        Calls `GET /projects` (list_projects).
        """
        response = await list_projects.asyncio_detailed(
            page=page,
            per_page=per_page,
            account_id=account_id,
            sort_by=sort_by,
            filters=filters,
            q=q,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Project]", unwrap(response))

    def list_pages(
        self,
        *,
        per_page: int = 100,
        account_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Project]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_projects.asyncio_detailed(
                page=page,
                per_page=size,
                account_id=account_id,
                sort_by=sort_by,
                filters=filters,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        account_id: str | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Project]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                per_page=per_page,
                account_id=account_id,
                sort_by=sort_by,
                filters=filters,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        *,
        body: CreateProjectBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ProjectDetails:
        """Create a project

        Creates a new project with the given settings. Passing source_project_id creates a copy of an
        existing project instead of an empty one.

        Calls `POST /projects` (create_project).
        """
        response = await create_project.asyncio_detailed(
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ProjectDetails", unwrap(response))

    async def show(
        self,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ProjectDetails:
        """Get a project

        Returns the details and settings of one project.

        Calls `GET /projects/{id}` (show_project).
        """
        response = await show_project.asyncio_detailed(
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ProjectDetails", unwrap(response))

    async def delete(
        self,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a project

        Permanently removes the project.

        Calls `DELETE /projects/{id}` (delete_project).
        """
        response = await delete_project.asyncio_detailed(
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        id: str,
        *,
        body: UpdateProjectBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ProjectDetails:
        """Update a project

        Changes the name or settings of an existing project; fields left out keep their current values.

        Calls `PATCH /projects/{id}` (update_project).
        """
        response = await update_project.asyncio_detailed(
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ProjectDetails", unwrap(response))
