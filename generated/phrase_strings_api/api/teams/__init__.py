"""Operations of the teams resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.add_team_project_body import AddTeamProjectBody
    from ...models.add_team_space_body import AddTeamSpaceBody
    from ...models.add_team_user_body import AddTeamUserBody
    from ...models.create_team_body import CreateTeamBody
    from ...models.error import Error
    from ...models.team import Team
    from ...models.team_detail import TeamDetail
    from ...models.update_team_body import UpdateTeamBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    add_team_project,
    add_team_space,
    add_team_user,
    create_team,
    delete_team,
    list_teams,
    remove_team_project,
    remove_team_space,
    remove_team_user,
    show_team,
    update_team,
)

__all__ = ["AsyncTeamsApi", "TeamsApi"]


class TeamsApi(Resource):
    """Blocking calls to the teams resource group."""

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Team]:
        """List the teams of an account

        Returns the account's teams, one page at a time.

        Calls `GET /accounts/{account_id}/teams` (list_teams).
        """
        response = list_teams.sync_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Team]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Team]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_teams.sync_detailed(
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
    ) -> Iterator[Team]:
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
        body: CreateTeamBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TeamDetail:
        """Add a team to an account

        Adds a new team to the account.

        Calls `POST /accounts/{account_id}/teams` (create_team).
        """
        response = create_team.sync_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TeamDetail", unwrap(response))

    def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TeamDetail:
        """Get a team

        Returns one team of the account.

        Calls `GET /accounts/{account_id}/teams/{id}` (show_team).
        """
        response = show_team.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TeamDetail", unwrap(response))

    def delete(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a team

        Removes a team from the account.

        Calls `DELETE /accounts/{account_id}/teams/{id}` (delete_team).
        """
        response = delete_team.sync_detailed(
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
        body: UpdateTeamBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TeamDetail:
        """Rename a team

        Changes the name of an existing team.

        Calls `PATCH /accounts/{account_id}/teams/{id}` (update_team).
        """
        response = update_team.sync_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TeamDetail", unwrap(response))

    def add_project(
        self,
        account_id: str,
        team_id: str,
        *,
        body: AddTeamProjectBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Add a project to a team

        Gives a team access to an existing project.

        Calls `POST /accounts/{account_id}/teams/{team_id}/projects` (add_team_project).
        """
        response = add_team_project.sync_detailed(
            account_id=account_id,
            team_id=team_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def remove_project(
        self,
        account_id: str,
        team_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a project from a team

        Takes a project away from a team.

        Calls `DELETE /accounts/{account_id}/teams/{team_id}/projects/{id}` (remove_team_project).
        """
        response = remove_team_project.sync_detailed(
            account_id=account_id,
            team_id=team_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def add_space(
        self,
        account_id: str,
        team_id: str,
        *,
        body: AddTeamSpaceBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Add a space to a team

        Gives a team access to an existing space.

        Calls `POST /accounts/{account_id}/teams/{team_id}/spaces` (add_team_space).
        """
        response = add_team_space.sync_detailed(
            account_id=account_id,
            team_id=team_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def remove_space(
        self,
        account_id: str,
        team_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a space from a team

        Takes a space away from a team.

        Calls `DELETE /accounts/{account_id}/teams/{team_id}/spaces/{id}` (remove_team_space).
        """
        response = remove_team_space.sync_detailed(
            account_id=account_id,
            team_id=team_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def add_user(
        self,
        account_id: str,
        team_id: str,
        *,
        body: AddTeamUserBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Add a user to a team

        Makes an existing user a member of the team.

        Calls `POST /accounts/{account_id}/teams/{team_id}/users` (add_team_user).
        """
        response = add_team_user.sync_detailed(
            account_id=account_id,
            team_id=team_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def remove_user(
        self,
        account_id: str,
        team_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a user from a team

        Takes a user out of the team.

        Calls `DELETE /accounts/{account_id}/teams/{team_id}/users/{id}` (remove_team_user).
        """
        response = remove_team_user.sync_detailed(
            account_id=account_id,
            team_id=team_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)


class AsyncTeamsApi(AsyncResource):
    """Awaitable calls to the teams resource group."""

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Team]:
        """List the teams of an account

        Returns the account's teams, one page at a time.

        Calls `GET /accounts/{account_id}/teams` (list_teams).
        """
        response = await list_teams.asyncio_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Team]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Team]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_teams.asyncio_detailed(
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
    ) -> AsyncIterator[Team]:
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
        body: CreateTeamBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TeamDetail:
        """Add a team to an account

        Adds a new team to the account.

        Calls `POST /accounts/{account_id}/teams` (create_team).
        """
        response = await create_team.asyncio_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TeamDetail", unwrap(response))

    async def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TeamDetail:
        """Get a team

        Returns one team of the account.

        Calls `GET /accounts/{account_id}/teams/{id}` (show_team).
        """
        response = await show_team.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TeamDetail", unwrap(response))

    async def delete(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a team

        Removes a team from the account.

        Calls `DELETE /accounts/{account_id}/teams/{id}` (delete_team).
        """
        response = await delete_team.asyncio_detailed(
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
        body: UpdateTeamBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TeamDetail:
        """Rename a team

        Changes the name of an existing team.

        Calls `PATCH /accounts/{account_id}/teams/{id}` (update_team).
        """
        response = await update_team.asyncio_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TeamDetail", unwrap(response))

    async def add_project(
        self,
        account_id: str,
        team_id: str,
        *,
        body: AddTeamProjectBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Add a project to a team

        Gives a team access to an existing project.

        Calls `POST /accounts/{account_id}/teams/{team_id}/projects` (add_team_project).
        """
        response = await add_team_project.asyncio_detailed(
            account_id=account_id,
            team_id=team_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def remove_project(
        self,
        account_id: str,
        team_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a project from a team

        Takes a project away from a team.

        Calls `DELETE /accounts/{account_id}/teams/{team_id}/projects/{id}` (remove_team_project).
        """
        response = await remove_team_project.asyncio_detailed(
            account_id=account_id,
            team_id=team_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def add_space(
        self,
        account_id: str,
        team_id: str,
        *,
        body: AddTeamSpaceBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Add a space to a team

        Gives a team access to an existing space.

        Calls `POST /accounts/{account_id}/teams/{team_id}/spaces` (add_team_space).
        """
        response = await add_team_space.asyncio_detailed(
            account_id=account_id,
            team_id=team_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def remove_space(
        self,
        account_id: str,
        team_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a space from a team

        Takes a space away from a team.

        Calls `DELETE /accounts/{account_id}/teams/{team_id}/spaces/{id}` (remove_team_space).
        """
        response = await remove_team_space.asyncio_detailed(
            account_id=account_id,
            team_id=team_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def add_user(
        self,
        account_id: str,
        team_id: str,
        *,
        body: AddTeamUserBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Add a user to a team

        Makes an existing user a member of the team.

        Calls `POST /accounts/{account_id}/teams/{team_id}/users` (add_team_user).
        """
        response = await add_team_user.asyncio_detailed(
            account_id=account_id,
            team_id=team_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def remove_user(
        self,
        account_id: str,
        team_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a user from a team

        Takes a user out of the team.

        Calls `DELETE /accounts/{account_id}/teams/{team_id}/users/{id}` (remove_team_user).
        """
        response = await remove_team_user.asyncio_detailed(
            account_id=account_id,
            team_id=team_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)
