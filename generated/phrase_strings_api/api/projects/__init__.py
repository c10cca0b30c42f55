"""Operations of the projects resource group, and the facade classes that call them."""

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
from ...models.list_projects_sort_by import ListProjectsSortBy
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_project_body import CreateProjectBody
    from ...models.error import Error
    from ...models.list_projects_sort_by import ListProjectsSortBy
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
    """Projects are the top-level containers for locales, keys and translations, together with their
    settings.

    Blocking calls; `AsyncProjectsApi` has the same methods, awaitable.
    """

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        account_id: str | Unset = UNSET,
        sort_by: Literal[
            "name_asc",
            "name_desc",
            "updated_at_asc",
            "updated_at_desc",
            "space_asc",
            "space_desc",
        ]
        | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Project]:
        """List projects

        Returns the projects the authenticated user can access, optionally sorted and filtered.

        Calls `GET /projects` (list_projects).

        Args:
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            account_id: Restrict the results to the account with this ID.
            sort_by: Sort order: name_asc, name_desc, updated_at_asc, updated_at_desc, space_asc or
                space_desc.
            filters: Filters to apply; the only supported value is favorites.
            q: Query on project names in the form name:TEXT (case-insensitive substring); other forms
                are ignored.
        """
        check_per_page(per_page)

        try:
            response = list_projects.sync_detailed(
                page=page,
                per_page=per_page,
                account_id=account_id,
                sort_by=as_enum(ListProjectsSortBy, sort_by),
                filters=filters,
                q=q,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects", exc) from exc
        return cast("builtins.list[Project]", unwrap(response, (200,), "GET /projects"))

    def list_pages(
        self,
        *,
        per_page: int = 100,
        account_id: str | Unset = UNSET,
        sort_by: Literal[
            "name_asc",
            "name_desc",
            "updated_at_asc",
            "updated_at_desc",
            "space_asc",
            "space_desc",
        ]
        | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Project]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            account_id: Restrict the results to the account with this ID.
            sort_by: Sort order: name_asc, name_desc, updated_at_asc, updated_at_desc, space_asc or
                space_desc.
            filters: Filters to apply; the only supported value is favorites.
            q: Query on project names in the form name:TEXT (case-insensitive substring); other forms
                are ignored.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_projects.sync_detailed(
                    page=page,
                    per_page=size,
                    account_id=account_id,
                    sort_by=as_enum(ListProjectsSortBy, sort_by),
                    filters=filters,
                    q=q,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects", exc) from exc
            unwrap(response, (200,), "GET /projects")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        account_id: str | Unset = UNSET,
        sort_by: Literal[
            "name_asc",
            "name_desc",
            "updated_at_asc",
            "updated_at_desc",
            "space_asc",
            "space_desc",
        ]
        | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Project]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            account_id: Restrict the results to the account with this ID.
            sort_by: Sort order: name_asc, name_desc, updated_at_asc, updated_at_desc, space_asc or
                space_desc.
            filters: Filters to apply; the only supported value is favorites.
            q: Query on project names in the form name:TEXT (case-insensitive substring); other forms
                are ignored.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        return items(
            self.list_pages(
                per_page=per_page,
                account_id=account_id,
                sort_by=sort_by,
                filters=filters,
                q=q,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        *,
        body: CreateProjectBody,
    ) -> ProjectDetails:
        """Create a project

        Creates a new project with the given settings. Passing source_project_id creates a copy of an
        existing project instead of an empty one.

        Calls `POST /projects` (create_project).

        Args:
            body: Request body of create_project: Create a project.
        """

        try:
            response = create_project.sync_detailed(
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects", exc) from exc
        return cast("ProjectDetails", unwrap(response, (201,), "POST /projects"))

    def show(
        self,
        id: str,
    ) -> ProjectDetails:
        """Get a project

        Returns the details and settings of one project.

        Calls `GET /projects/{id}` (show_project).

        Args:
            id: Identifier of the resource the path points to.
        """
        id = path_value("id", id)

        try:
            response = show_project.sync_detailed(
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{id}", exc) from exc
        return cast("ProjectDetails", unwrap(response, (200,), "GET /projects/{id}"))

    def delete(
        self,
        id: str,
    ) -> None:
        """Delete a project

        Permanently removes the project.

        Calls `DELETE /projects/{id}` (delete_project).

        Args:
            id: Identifier of the resource the path points to.
        """
        id = path_value("id", id)

        try:
            response = delete_project.sync_detailed(
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("DELETE /projects/{id}", exc) from exc
        unwrap(response, (), "DELETE /projects/{id}")

    def update(
        self,
        id: str,
        *,
        body: UpdateProjectBody,
    ) -> ProjectDetails:
        """Update a project

        Changes the name or settings of an existing project; fields left out keep their current values.

        Calls `PATCH /projects/{id}` (update_project).

        Args:
            id: Identifier of the resource the path points to.
            body: Request body of update_project: Update a project.
        """
        id = path_value("id", id)

        try:
            response = update_project.sync_detailed(
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("PATCH /projects/{id}", exc) from exc
        return cast("ProjectDetails", unwrap(response, (200,), "PATCH /projects/{id}"))


class AsyncProjectsApi(AsyncResource):
    """Projects are the top-level containers for locales, keys and translations, together with their
    settings.

    Awaitable calls; `ProjectsApi` has the same methods, blocking.
    """

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        account_id: str | Unset = UNSET,
        sort_by: Literal[
            "name_asc",
            "name_desc",
            "updated_at_asc",
            "updated_at_desc",
            "space_asc",
            "space_desc",
        ]
        | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Project]:
        """List projects

        Returns the projects the authenticated user can access, optionally sorted and filtered.

        Calls `GET /projects` (list_projects).

        Args:
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            account_id: Restrict the results to the account with this ID.
            sort_by: Sort order: name_asc, name_desc, updated_at_asc, updated_at_desc, space_asc or
                space_desc.
            filters: Filters to apply; the only supported value is favorites.
            q: Query on project names in the form name:TEXT (case-insensitive substring); other forms
                are ignored.
        """
        check_per_page(per_page)

        try:
            response = await list_projects.asyncio_detailed(
                page=page,
                per_page=per_page,
                account_id=account_id,
                sort_by=as_enum(ListProjectsSortBy, sort_by),
                filters=filters,
                q=q,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects", exc) from exc
        return cast("builtins.list[Project]", unwrap(response, (200,), "GET /projects"))

    def list_pages(
        self,
        *,
        per_page: int = 100,
        account_id: str | Unset = UNSET,
        sort_by: Literal[
            "name_asc",
            "name_desc",
            "updated_at_asc",
            "updated_at_desc",
            "space_asc",
            "space_desc",
        ]
        | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Project]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            account_id: Restrict the results to the account with this ID.
            sort_by: Sort order: name_asc, name_desc, updated_at_asc, updated_at_desc, space_asc or
                space_desc.
            filters: Filters to apply; the only supported value is favorites.
            q: Query on project names in the form name:TEXT (case-insensitive substring); other forms
                are ignored.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_projects.asyncio_detailed(
                    page=page,
                    per_page=size,
                    account_id=account_id,
                    sort_by=as_enum(ListProjectsSortBy, sort_by),
                    filters=filters,
                    q=q,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects", exc) from exc
            unwrap(response, (200,), "GET /projects")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        account_id: str | Unset = UNSET,
        sort_by: Literal[
            "name_asc",
            "name_desc",
            "updated_at_asc",
            "updated_at_desc",
            "space_asc",
            "space_desc",
        ]
        | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Project]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            account_id: Restrict the results to the account with this ID.
            sort_by: Sort order: name_asc, name_desc, updated_at_asc, updated_at_desc, space_asc or
                space_desc.
            filters: Filters to apply; the only supported value is favorites.
            q: Query on project names in the form name:TEXT (case-insensitive substring); other forms
                are ignored.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        return async_items(
            self.list_pages(
                per_page=per_page,
                account_id=account_id,
                sort_by=sort_by,
                filters=filters,
                q=q,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        *,
        body: CreateProjectBody,
    ) -> ProjectDetails:
        """Create a project

        Creates a new project with the given settings. Passing source_project_id creates a copy of an
        existing project instead of an empty one.

        Calls `POST /projects` (create_project).

        Args:
            body: Request body of create_project: Create a project.
        """

        try:
            response = await create_project.asyncio_detailed(
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects", exc) from exc
        return cast("ProjectDetails", unwrap(response, (201,), "POST /projects"))

    async def show(
        self,
        id: str,
    ) -> ProjectDetails:
        """Get a project

        Returns the details and settings of one project.

        Calls `GET /projects/{id}` (show_project).

        Args:
            id: Identifier of the resource the path points to.
        """
        id = path_value("id", id)

        try:
            response = await show_project.asyncio_detailed(
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{id}", exc) from exc
        return cast("ProjectDetails", unwrap(response, (200,), "GET /projects/{id}"))

    async def delete(
        self,
        id: str,
    ) -> None:
        """Delete a project

        Permanently removes the project.

        Calls `DELETE /projects/{id}` (delete_project).

        Args:
            id: Identifier of the resource the path points to.
        """
        id = path_value("id", id)

        try:
            response = await delete_project.asyncio_detailed(
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("DELETE /projects/{id}", exc) from exc
        unwrap(response, (), "DELETE /projects/{id}")

    async def update(
        self,
        id: str,
        *,
        body: UpdateProjectBody,
    ) -> ProjectDetails:
        """Update a project

        Changes the name or settings of an existing project; fields left out keep their current values.

        Calls `PATCH /projects/{id}` (update_project).

        Args:
            id: Identifier of the resource the path points to.
            body: Request body of update_project: Update a project.
        """
        id = path_value("id", id)

        try:
            response = await update_project.asyncio_detailed(
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("PATCH /projects/{id}", exc) from exc
        return cast("ProjectDetails", unwrap(response, (200,), "PATCH /projects/{id}"))
