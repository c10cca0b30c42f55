"""Operations of the variables resource group, and the facade classes that call them."""

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

    from ...models.create_variable_body import CreateVariableBody
    from ...models.error import Error
    from ...models.update_variable_body import UpdateVariableBody
    from ...models.validation_error import ValidationError
    from ...models.variable import Variable
    from ...types import UNSET, Unset

from . import (
    create_variable,
    delete_variable,
    list_variables,
    show_variable,
    update_variable,
)

__all__ = ["AsyncVariablesApi", "VariablesApi"]


class VariablesApi(Resource):
    """Variables are named values stored in a project, each identified by its name.

    Blocking calls; `AsyncVariablesApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Variable]:
        """List the variables of a project

        Returns a page of the variables defined in the project.

        Calls `GET /projects/{project_id}/variables` (list_variables).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_variables.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/variables", exc) from exc
        return cast(
            "builtins.list[Variable]",
            unwrap(response, (200,), "GET /projects/{project_id}/variables"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[Variable]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_variables.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/variables", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/variables")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Variable]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateVariableBody,
    ) -> Variable:
        """Create a project variable

        Defines a new named variable in the project.

        Calls `POST /projects/{project_id}/variables` (create_variable).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_variable: Create a project variable.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_variable.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/variables", exc) from exc
        return cast(
            "Variable",
            unwrap(response, (201,), "POST /projects/{project_id}/variables"),
        )

    @overload
    def show(
        self,
        project_id: str,
        name: str,
    ) -> Variable: ...

    @overload
    def show(
        self,
        *,
        name: str,
    ) -> Variable: ...

    def show(
        self,
        project_id: str | None = None,
        name: str | None = None,
    ) -> Variable:
        """Get one project variable

        Returns a single variable of the project, looked up by its name.

        Calls `GET /projects/{project_id}/variables/{name}` (show_variable).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = show_variable.sync_detailed(
                project_id=project_id,
                name=name,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/variables/{name}", exc
            ) from exc
        return cast(
            "Variable",
            unwrap(response, (200,), "GET /projects/{project_id}/variables/{name}"),
        )

    @overload
    def delete(
        self,
        project_id: str,
        name: str,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        name: str,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        name: str | None = None,
    ) -> None:
        """Delete a project variable

        Removes a variable, identified by name, from the project.

        Calls `DELETE /projects/{project_id}/variables/{name}` (delete_variable).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = delete_variable.sync_detailed(
                project_id=project_id,
                name=name,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/variables/{name}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/variables/{name}")

    @overload
    def update(
        self,
        project_id: str,
        name: str,
        *,
        body: UpdateVariableBody,
    ) -> Variable: ...

    @overload
    def update(
        self,
        *,
        name: str,
        body: UpdateVariableBody,
    ) -> Variable: ...

    def update(
        self,
        project_id: str | None = None,
        name: str | None = None,
        *,
        body: UpdateVariableBody,
    ) -> Variable:
        """Update a project variable

        Changes the name or value of an existing variable.

        Calls `PATCH /projects/{project_id}/variables/{name}` (update_variable).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
            body: Request body of update_variable: Update a project variable.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = update_variable.sync_detailed(
                project_id=project_id,
                name=name,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/variables/{name}", exc
            ) from exc
        return cast(
            "Variable",
            unwrap(response, (200,), "PATCH /projects/{project_id}/variables/{name}"),
        )


class AsyncVariablesApi(AsyncResource):
    """Variables are named values stored in a project, each identified by its name.

    Awaitable calls; `VariablesApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Variable]:
        """List the variables of a project

        Returns a page of the variables defined in the project.

        Calls `GET /projects/{project_id}/variables` (list_variables).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_variables.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/variables", exc) from exc
        return cast(
            "builtins.list[Variable]",
            unwrap(response, (200,), "GET /projects/{project_id}/variables"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Variable]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_variables.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/variables", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/variables")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Variable]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateVariableBody,
    ) -> Variable:
        """Create a project variable

        Defines a new named variable in the project.

        Calls `POST /projects/{project_id}/variables` (create_variable).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_variable: Create a project variable.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_variable.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/variables", exc) from exc
        return cast(
            "Variable",
            unwrap(response, (201,), "POST /projects/{project_id}/variables"),
        )

    @overload
    async def show(
        self,
        project_id: str,
        name: str,
    ) -> Variable: ...

    @overload
    async def show(
        self,
        *,
        name: str,
    ) -> Variable: ...

    async def show(
        self,
        project_id: str | None = None,
        name: str | None = None,
    ) -> Variable:
        """Get one project variable

        Returns a single variable of the project, looked up by its name.

        Calls `GET /projects/{project_id}/variables/{name}` (show_variable).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = await show_variable.asyncio_detailed(
                project_id=project_id,
                name=name,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/variables/{name}", exc
            ) from exc
        return cast(
            "Variable",
            unwrap(response, (200,), "GET /projects/{project_id}/variables/{name}"),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        name: str,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        name: str,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        name: str | None = None,
    ) -> None:
        """Delete a project variable

        Removes a variable, identified by name, from the project.

        Calls `DELETE /projects/{project_id}/variables/{name}` (delete_variable).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = await delete_variable.asyncio_detailed(
                project_id=project_id,
                name=name,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/variables/{name}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/variables/{name}")

    @overload
    async def update(
        self,
        project_id: str,
        name: str,
        *,
        body: UpdateVariableBody,
    ) -> Variable: ...

    @overload
    async def update(
        self,
        *,
        name: str,
        body: UpdateVariableBody,
    ) -> Variable: ...

    async def update(
        self,
        project_id: str | None = None,
        name: str | None = None,
        *,
        body: UpdateVariableBody,
    ) -> Variable:
        """Update a project variable

        Changes the name or value of an existing variable.

        Calls `PATCH /projects/{project_id}/variables/{name}` (update_variable).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
            body: Request body of update_variable: Update a project variable.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = await update_variable.asyncio_detailed(
                project_id=project_id,
                name=name,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/variables/{name}", exc
            ) from exc
        return cast(
            "Variable",
            unwrap(response, (200,), "PATCH /projects/{project_id}/variables/{name}"),
        )
