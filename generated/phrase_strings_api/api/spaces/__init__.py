"""Operations of the spaces resource group, and the facade classes that call them."""

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
    """Spaces are account-level folders for grouping projects. These endpoints manage spaces and which
    projects they contain.

    Blocking calls; `AsyncSpacesApi` has the same methods, awaitable.
    """

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Space]:
        """List the spaces of an account

        Returns every space in the account.

        Calls `GET /accounts/{account_id}/spaces` (list_spaces).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = list_spaces.sync_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/spaces", exc) from exc
        return cast(
            "builtins.list[Space]",
            unwrap(response, (200,), "GET /accounts/{account_id}/spaces"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[Space]]:
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
                response = list_spaces.sync_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /accounts/{account_id}/spaces", exc) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/spaces")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Space]:
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
        body: CreateSpaceBody,
    ) -> Space:
        """Create a space

        Adds a new space to the account.

        Calls `POST /accounts/{account_id}/spaces` (create_space).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_space: Create a space.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = create_space.sync_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /accounts/{account_id}/spaces", exc) from exc
        return cast(
            "Space", unwrap(response, (201,), "POST /accounts/{account_id}/spaces")
        )

    def show(
        self,
        account_id: str,
        id: str,
    ) -> Space:
        """Get a space

        Returns the details of one space.

        Calls `GET /accounts/{account_id}/spaces/{id}` (show_space).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = show_space.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/spaces/{id}", exc) from exc
        return cast(
            "Space", unwrap(response, (200,), "GET /accounts/{account_id}/spaces/{id}")
        )

    def delete(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Delete a space

        Removes the space from the account.

        Calls `DELETE /accounts/{account_id}/spaces/{id}` (delete_space).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = delete_space.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/spaces/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/spaces/{id}")

    def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateSpaceBody,
    ) -> Space:
        """Rename a space

        Changes the name of an existing space.

        Calls `PATCH /accounts/{account_id}/spaces/{id}` (update_space).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_space: Rename a space.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = update_space.sync_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/spaces/{id}", exc
            ) from exc
        return cast(
            "Space",
            unwrap(response, (200,), "PATCH /accounts/{account_id}/spaces/{id}"),
        )

    def list_projects(
        self,
        account_id: str,
        space_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Project]:
        """List the projects in a space

        Returns the projects that belong to the space.

        Calls `GET /accounts/{account_id}/spaces/{space_id}/projects` (list_space_projects).

        Args:
            account_id: Identifier of the account.
            space_id: Identifier of the space.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        space_id = path_value("space_id", space_id)
        check_per_page(per_page)

        try:
            response = list_space_projects.sync_detailed(
                account_id=account_id,
                space_id=space_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/spaces/{space_id}/projects", exc
            ) from exc
        return cast(
            "builtins.list[Project]",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/spaces/{space_id}/projects",
            ),
        )

    def list_projects_pages(
        self,
        account_id: str,
        space_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[Project]]:
        """Every page of `list_projects`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            space_id: Identifier of the space.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        space_id = path_value("space_id", space_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_space_projects.sync_detailed(
                    account_id=account_id,
                    space_id=space_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/spaces/{space_id}/projects", exc
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/spaces/{space_id}/projects",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_projects_all(
        self,
        account_id: str,
        space_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Project]:
        """Every item of every page of `list_projects` (see `list_projects_pages`).

        Args:
            account_id: Identifier of the account.
            space_id: Identifier of the space.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        space_id = path_value("space_id", space_id)

        return items(
            self.list_projects_pages(
                account_id,
                space_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    def add_project(
        self,
        account_id: str,
        space_id: str,
        *,
        body: AddSpaceProjectBody,
    ) -> None:
        """Add a project to a space

        Places an existing project into the space.

        Calls `POST /accounts/{account_id}/spaces/{space_id}/projects` (add_space_project).

        Args:
            account_id: Identifier of the account.
            space_id: Identifier of the space.
            body: Request body of add_space_project: Add a project to a space.
        """
        account_id = path_value("account_id", account_id)
        space_id = path_value("space_id", space_id)

        try:
            response = add_space_project.sync_detailed(
                account_id=account_id,
                space_id=space_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/spaces/{space_id}/projects", exc
            ) from exc
        unwrap(response, (), "POST /accounts/{account_id}/spaces/{space_id}/projects")

    def remove_project(
        self,
        account_id: str,
        space_id: str,
        id: str,
    ) -> None:
        """Remove a project from a space

        Takes the project out of the space; the project itself is kept.

        Calls `DELETE /accounts/{account_id}/spaces/{space_id}/projects/{id}` (remove_space_project).

        Args:
            account_id: Identifier of the account.
            space_id: Identifier of the space.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        space_id = path_value("space_id", space_id)
        id = path_value("id", id)

        try:
            response = remove_space_project.sync_detailed(
                account_id=account_id,
                space_id=space_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/spaces/{space_id}/projects/{id}", exc
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/spaces/{space_id}/projects/{id}",
        )


class AsyncSpacesApi(AsyncResource):
    """Spaces are account-level folders for grouping projects. These endpoints manage spaces and which
    projects they contain.

    Awaitable calls; `SpacesApi` has the same methods, blocking.
    """

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Space]:
        """List the spaces of an account

        Returns every space in the account.

        Calls `GET /accounts/{account_id}/spaces` (list_spaces).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = await list_spaces.asyncio_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/spaces", exc) from exc
        return cast(
            "builtins.list[Space]",
            unwrap(response, (200,), "GET /accounts/{account_id}/spaces"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Space]]:
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
                response = await list_spaces.asyncio_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /accounts/{account_id}/spaces", exc) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/spaces")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Space]:
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
        body: CreateSpaceBody,
    ) -> Space:
        """Create a space

        Adds a new space to the account.

        Calls `POST /accounts/{account_id}/spaces` (create_space).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_space: Create a space.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await create_space.asyncio_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /accounts/{account_id}/spaces", exc) from exc
        return cast(
            "Space", unwrap(response, (201,), "POST /accounts/{account_id}/spaces")
        )

    async def show(
        self,
        account_id: str,
        id: str,
    ) -> Space:
        """Get a space

        Returns the details of one space.

        Calls `GET /accounts/{account_id}/spaces/{id}` (show_space).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await show_space.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/spaces/{id}", exc) from exc
        return cast(
            "Space", unwrap(response, (200,), "GET /accounts/{account_id}/spaces/{id}")
        )

    async def delete(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Delete a space

        Removes the space from the account.

        Calls `DELETE /accounts/{account_id}/spaces/{id}` (delete_space).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await delete_space.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/spaces/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/spaces/{id}")

    async def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateSpaceBody,
    ) -> Space:
        """Rename a space

        Changes the name of an existing space.

        Calls `PATCH /accounts/{account_id}/spaces/{id}` (update_space).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_space: Rename a space.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await update_space.asyncio_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/spaces/{id}", exc
            ) from exc
        return cast(
            "Space",
            unwrap(response, (200,), "PATCH /accounts/{account_id}/spaces/{id}"),
        )

    async def list_projects(
        self,
        account_id: str,
        space_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Project]:
        """List the projects in a space

        Returns the projects that belong to the space.

        Calls `GET /accounts/{account_id}/spaces/{space_id}/projects` (list_space_projects).

        Args:
            account_id: Identifier of the account.
            space_id: Identifier of the space.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        space_id = path_value("space_id", space_id)
        check_per_page(per_page)

        try:
            response = await list_space_projects.asyncio_detailed(
                account_id=account_id,
                space_id=space_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/spaces/{space_id}/projects", exc
            ) from exc
        return cast(
            "builtins.list[Project]",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/spaces/{space_id}/projects",
            ),
        )

    def list_projects_pages(
        self,
        account_id: str,
        space_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Project]]:
        """Every page of `list_projects`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            space_id: Identifier of the space.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        space_id = path_value("space_id", space_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_space_projects.asyncio_detailed(
                    account_id=account_id,
                    space_id=space_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/spaces/{space_id}/projects", exc
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/spaces/{space_id}/projects",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_projects_all(
        self,
        account_id: str,
        space_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Project]:
        """Every item of every page of `list_projects` (see `list_projects_pages`).

        Args:
            account_id: Identifier of the account.
            space_id: Identifier of the space.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        space_id = path_value("space_id", space_id)

        return async_items(
            self.list_projects_pages(
                account_id,
                space_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    async def add_project(
        self,
        account_id: str,
        space_id: str,
        *,
        body: AddSpaceProjectBody,
    ) -> None:
        """Add a project to a space

        Places an existing project into the space.

        Calls `POST /accounts/{account_id}/spaces/{space_id}/projects` (add_space_project).

        Args:
            account_id: Identifier of the account.
            space_id: Identifier of the space.
            body: Request body of add_space_project: Add a project to a space.
        """
        account_id = path_value("account_id", account_id)
        space_id = path_value("space_id", space_id)

        try:
            response = await add_space_project.asyncio_detailed(
                account_id=account_id,
                space_id=space_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/spaces/{space_id}/projects", exc
            ) from exc
        unwrap(response, (), "POST /accounts/{account_id}/spaces/{space_id}/projects")

    async def remove_project(
        self,
        account_id: str,
        space_id: str,
        id: str,
    ) -> None:
        """Remove a project from a space

        Takes the project out of the space; the project itself is kept.

        Calls `DELETE /accounts/{account_id}/spaces/{space_id}/projects/{id}` (remove_space_project).

        Args:
            account_id: Identifier of the account.
            space_id: Identifier of the space.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        space_id = path_value("space_id", space_id)
        id = path_value("id", id)

        try:
            response = await remove_space_project.asyncio_detailed(
                account_id=account_id,
                space_id=space_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/spaces/{space_id}/projects/{id}", exc
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/spaces/{space_id}/projects/{id}",
        )
