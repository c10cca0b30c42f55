"""Operations of the variables resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

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
    """Blocking calls to the variables resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Variable]:
        """List the variables of a project

        Returns a page of the variables defined in the project.

        Calls `GET /projects/{project_id}/variables` (list_variables).
        """
        response = list_variables.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Variable]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Variable]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_variables.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Variable]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreateVariableBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Variable:
        """Create a project variable

        Defines a new named variable in the project.

        Calls `POST /projects/{project_id}/variables` (create_variable).
        """
        response = create_variable.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Variable", unwrap(response))

    def show(
        self,
        project_id: str,
        name: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Variable:
        """Get one project variable

        Returns a single variable of the project, looked up by its name.

        Calls `GET /projects/{project_id}/variables/{name}` (show_variable).
        """
        response = show_variable.sync_detailed(
            project_id=project_id,
            name=name,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Variable", unwrap(response))

    def delete(
        self,
        project_id: str,
        name: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a project variable

        Removes a variable, identified by name, from the project.

        Calls `DELETE /projects/{project_id}/variables/{name}` (delete_variable).
        """
        response = delete_variable.sync_detailed(
            project_id=project_id,
            name=name,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        project_id: str,
        name: str,
        *,
        body: UpdateVariableBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Variable:
        """Update a project variable

        Changes the name or value of an existing variable.

        Calls `PATCH /projects/{project_id}/variables/{name}` (update_variable).
        """
        response = update_variable.sync_detailed(
            project_id=project_id,
            name=name,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Variable", unwrap(response))


class AsyncVariablesApi(AsyncResource):
    """Awaitable calls to the variables resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Variable]:
        """List the variables of a project

        Returns a page of the variables defined in the project.

        Calls `GET /projects/{project_id}/variables` (list_variables).
        """
        response = await list_variables.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Variable]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Variable]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_variables.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Variable]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreateVariableBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Variable:
        """Create a project variable

        Defines a new named variable in the project.

        Calls `POST /projects/{project_id}/variables` (create_variable).
        """
        response = await create_variable.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Variable", unwrap(response))

    async def show(
        self,
        project_id: str,
        name: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Variable:
        """Get one project variable

        Returns a single variable of the project, looked up by its name.

        Calls `GET /projects/{project_id}/variables/{name}` (show_variable).
        """
        response = await show_variable.asyncio_detailed(
            project_id=project_id,
            name=name,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Variable", unwrap(response))

    async def delete(
        self,
        project_id: str,
        name: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a project variable

        Removes a variable, identified by name, from the project.

        Calls `DELETE /projects/{project_id}/variables/{name}` (delete_variable).
        """
        response = await delete_variable.asyncio_detailed(
            project_id=project_id,
            name=name,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        project_id: str,
        name: str,
        *,
        body: UpdateVariableBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Variable:
        """Update a project variable

        Changes the name or value of an existing variable.

        Calls `PATCH /projects/{project_id}/variables/{name}` (update_variable).
        """
        response = await update_variable.asyncio_detailed(
            project_id=project_id,
            name=name,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Variable", unwrap(response))
