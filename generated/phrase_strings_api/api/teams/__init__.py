"""Operations of the teams resource group, and the facade classes that call them."""

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
    """Teams are named groups of users within an account, to which projects and spaces can be assigned.

    Blocking calls; `AsyncTeamsApi` has the same methods, awaitable.
    """

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Team]:
        """List the teams of an account

        Returns the account's teams, one page at a time.

        Calls `GET /accounts/{account_id}/teams` (list_teams).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = list_teams.sync_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/teams", exc) from exc
        return cast(
            "builtins.list[Team]",
            unwrap(response, (200,), "GET /accounts/{account_id}/teams"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[Team]]:
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
                response = list_teams.sync_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /accounts/{account_id}/teams", exc) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/teams")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Team]:
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
        body: CreateTeamBody,
    ) -> TeamDetail:
        """Add a team to an account

        Adds a new team to the account.

        Calls `POST /accounts/{account_id}/teams` (create_team).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_team: Add a team to an account.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = create_team.sync_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /accounts/{account_id}/teams", exc) from exc
        return cast(
            "TeamDetail", unwrap(response, (201,), "POST /accounts/{account_id}/teams")
        )

    def show(
        self,
        account_id: str,
        id: str,
    ) -> TeamDetail:
        """Get a team

        Returns one team of the account.

        Calls `GET /accounts/{account_id}/teams/{id}` (show_team).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = show_team.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/teams/{id}", exc) from exc
        return cast(
            "TeamDetail",
            unwrap(response, (200,), "GET /accounts/{account_id}/teams/{id}"),
        )

    def delete(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Delete a team

        Removes a team from the account.

        Calls `DELETE /accounts/{account_id}/teams/{id}` (delete_team).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = delete_team.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/teams/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/teams/{id}")

    def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateTeamBody,
    ) -> TeamDetail:
        """Rename a team

        Changes the name of an existing team.

        Calls `PATCH /accounts/{account_id}/teams/{id}` (update_team).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_team: Rename a team.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = update_team.sync_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/teams/{id}", exc
            ) from exc
        return cast(
            "TeamDetail",
            unwrap(response, (200,), "PATCH /accounts/{account_id}/teams/{id}"),
        )

    def add_project(
        self,
        account_id: str,
        team_id: str,
        *,
        body: AddTeamProjectBody,
    ) -> None:
        """Add a project to a team

        Gives a team access to an existing project.

        Calls `POST /accounts/{account_id}/teams/{team_id}/projects` (add_team_project).

        Args:
            account_id: Identifier of the account.
            team_id: Identifier of the team.
            body: Request body of add_team_project: Add a project to a team.
        """
        account_id = path_value("account_id", account_id)
        team_id = path_value("team_id", team_id)

        try:
            response = add_team_project.sync_detailed(
                account_id=account_id,
                team_id=team_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/teams/{team_id}/projects", exc
            ) from exc
        unwrap(response, (), "POST /accounts/{account_id}/teams/{team_id}/projects")

    def remove_project(
        self,
        account_id: str,
        team_id: str,
        id: str,
    ) -> None:
        """Remove a project from a team

        Takes a project away from a team.

        Calls `DELETE /accounts/{account_id}/teams/{team_id}/projects/{id}` (remove_team_project).

        Args:
            account_id: Identifier of the account.
            team_id: Identifier of the team.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        team_id = path_value("team_id", team_id)
        id = path_value("id", id)

        try:
            response = remove_team_project.sync_detailed(
                account_id=account_id,
                team_id=team_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/teams/{team_id}/projects/{id}", exc
            ) from exc
        unwrap(
            response, (), "DELETE /accounts/{account_id}/teams/{team_id}/projects/{id}"
        )

    def add_space(
        self,
        account_id: str,
        team_id: str,
        *,
        body: AddTeamSpaceBody,
    ) -> None:
        """Add a space to a team

        Gives a team access to an existing space.

        Calls `POST /accounts/{account_id}/teams/{team_id}/spaces` (add_team_space).

        Args:
            account_id: Identifier of the account.
            team_id: Identifier of the team.
            body: Request body of add_team_space: Add a space to a team.
        """
        account_id = path_value("account_id", account_id)
        team_id = path_value("team_id", team_id)

        try:
            response = add_team_space.sync_detailed(
                account_id=account_id,
                team_id=team_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/teams/{team_id}/spaces", exc
            ) from exc
        unwrap(response, (), "POST /accounts/{account_id}/teams/{team_id}/spaces")

    def remove_space(
        self,
        account_id: str,
        team_id: str,
        id: str,
    ) -> None:
        """Remove a space from a team

        Takes a space away from a team.

        Calls `DELETE /accounts/{account_id}/teams/{team_id}/spaces/{id}` (remove_team_space).

        Args:
            account_id: Identifier of the account.
            team_id: Identifier of the team.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        team_id = path_value("team_id", team_id)
        id = path_value("id", id)

        try:
            response = remove_team_space.sync_detailed(
                account_id=account_id,
                team_id=team_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/teams/{team_id}/spaces/{id}", exc
            ) from exc
        unwrap(
            response, (), "DELETE /accounts/{account_id}/teams/{team_id}/spaces/{id}"
        )

    def add_user(
        self,
        account_id: str,
        team_id: str,
        *,
        body: AddTeamUserBody,
    ) -> None:
        """Add a user to a team

        Makes an existing user a member of the team.

        Calls `POST /accounts/{account_id}/teams/{team_id}/users` (add_team_user).

        Args:
            account_id: Identifier of the account.
            team_id: Identifier of the team.
            body: Request body of add_team_user: Add a user to a team.
        """
        account_id = path_value("account_id", account_id)
        team_id = path_value("team_id", team_id)

        try:
            response = add_team_user.sync_detailed(
                account_id=account_id,
                team_id=team_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/teams/{team_id}/users", exc
            ) from exc
        unwrap(response, (), "POST /accounts/{account_id}/teams/{team_id}/users")

    def remove_user(
        self,
        account_id: str,
        team_id: str,
        id: str,
    ) -> None:
        """Remove a user from a team

        Takes a user out of the team.

        Calls `DELETE /accounts/{account_id}/teams/{team_id}/users/{id}` (remove_team_user).

        Args:
            account_id: Identifier of the account.
            team_id: Identifier of the team.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        team_id = path_value("team_id", team_id)
        id = path_value("id", id)

        try:
            response = remove_team_user.sync_detailed(
                account_id=account_id,
                team_id=team_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/teams/{team_id}/users/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/teams/{team_id}/users/{id}")


class AsyncTeamsApi(AsyncResource):
    """Teams are named groups of users within an account, to which projects and spaces can be assigned.

    Awaitable calls; `TeamsApi` has the same methods, blocking.
    """

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Team]:
        """List the teams of an account

        Returns the account's teams, one page at a time.

        Calls `GET /accounts/{account_id}/teams` (list_teams).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = await list_teams.asyncio_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/teams", exc) from exc
        return cast(
            "builtins.list[Team]",
            unwrap(response, (200,), "GET /accounts/{account_id}/teams"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Team]]:
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
                response = await list_teams.asyncio_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /accounts/{account_id}/teams", exc) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/teams")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Team]:
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
        body: CreateTeamBody,
    ) -> TeamDetail:
        """Add a team to an account

        Adds a new team to the account.

        Calls `POST /accounts/{account_id}/teams` (create_team).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_team: Add a team to an account.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await create_team.asyncio_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /accounts/{account_id}/teams", exc) from exc
        return cast(
            "TeamDetail", unwrap(response, (201,), "POST /accounts/{account_id}/teams")
        )

    async def show(
        self,
        account_id: str,
        id: str,
    ) -> TeamDetail:
        """Get a team

        Returns one team of the account.

        Calls `GET /accounts/{account_id}/teams/{id}` (show_team).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await show_team.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/teams/{id}", exc) from exc
        return cast(
            "TeamDetail",
            unwrap(response, (200,), "GET /accounts/{account_id}/teams/{id}"),
        )

    async def delete(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Delete a team

        Removes a team from the account.

        Calls `DELETE /accounts/{account_id}/teams/{id}` (delete_team).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await delete_team.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/teams/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/teams/{id}")

    async def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateTeamBody,
    ) -> TeamDetail:
        """Rename a team

        Changes the name of an existing team.

        Calls `PATCH /accounts/{account_id}/teams/{id}` (update_team).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_team: Rename a team.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await update_team.asyncio_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/teams/{id}", exc
            ) from exc
        return cast(
            "TeamDetail",
            unwrap(response, (200,), "PATCH /accounts/{account_id}/teams/{id}"),
        )

    async def add_project(
        self,
        account_id: str,
        team_id: str,
        *,
        body: AddTeamProjectBody,
    ) -> None:
        """Add a project to a team

        Gives a team access to an existing project.

        Calls `POST /accounts/{account_id}/teams/{team_id}/projects` (add_team_project).

        Args:
            account_id: Identifier of the account.
            team_id: Identifier of the team.
            body: Request body of add_team_project: Add a project to a team.
        """
        account_id = path_value("account_id", account_id)
        team_id = path_value("team_id", team_id)

        try:
            response = await add_team_project.asyncio_detailed(
                account_id=account_id,
                team_id=team_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/teams/{team_id}/projects", exc
            ) from exc
        unwrap(response, (), "POST /accounts/{account_id}/teams/{team_id}/projects")

    async def remove_project(
        self,
        account_id: str,
        team_id: str,
        id: str,
    ) -> None:
        """Remove a project from a team

        Takes a project away from a team.

        Calls `DELETE /accounts/{account_id}/teams/{team_id}/projects/{id}` (remove_team_project).

        Args:
            account_id: Identifier of the account.
            team_id: Identifier of the team.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        team_id = path_value("team_id", team_id)
        id = path_value("id", id)

        try:
            response = await remove_team_project.asyncio_detailed(
                account_id=account_id,
                team_id=team_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/teams/{team_id}/projects/{id}", exc
            ) from exc
        unwrap(
            response, (), "DELETE /accounts/{account_id}/teams/{team_id}/projects/{id}"
        )

    async def add_space(
        self,
        account_id: str,
        team_id: str,
        *,
        body: AddTeamSpaceBody,
    ) -> None:
        """Add a space to a team

        Gives a team access to an existing space.

        Calls `POST /accounts/{account_id}/teams/{team_id}/spaces` (add_team_space).

        Args:
            account_id: Identifier of the account.
            team_id: Identifier of the team.
            body: Request body of add_team_space: Add a space to a team.
        """
        account_id = path_value("account_id", account_id)
        team_id = path_value("team_id", team_id)

        try:
            response = await add_team_space.asyncio_detailed(
                account_id=account_id,
                team_id=team_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/teams/{team_id}/spaces", exc
            ) from exc
        unwrap(response, (), "POST /accounts/{account_id}/teams/{team_id}/spaces")

    async def remove_space(
        self,
        account_id: str,
        team_id: str,
        id: str,
    ) -> None:
        """Remove a space from a team

        Takes a space away from a team.

        Calls `DELETE /accounts/{account_id}/teams/{team_id}/spaces/{id}` (remove_team_space).

        Args:
            account_id: Identifier of the account.
            team_id: Identifier of the team.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        team_id = path_value("team_id", team_id)
        id = path_value("id", id)

        try:
            response = await remove_team_space.asyncio_detailed(
                account_id=account_id,
                team_id=team_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/teams/{team_id}/spaces/{id}", exc
            ) from exc
        unwrap(
            response, (), "DELETE /accounts/{account_id}/teams/{team_id}/spaces/{id}"
        )

    async def add_user(
        self,
        account_id: str,
        team_id: str,
        *,
        body: AddTeamUserBody,
    ) -> None:
        """Add a user to a team

        Makes an existing user a member of the team.

        Calls `POST /accounts/{account_id}/teams/{team_id}/users` (add_team_user).

        Args:
            account_id: Identifier of the account.
            team_id: Identifier of the team.
            body: Request body of add_team_user: Add a user to a team.
        """
        account_id = path_value("account_id", account_id)
        team_id = path_value("team_id", team_id)

        try:
            response = await add_team_user.asyncio_detailed(
                account_id=account_id,
                team_id=team_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/teams/{team_id}/users", exc
            ) from exc
        unwrap(response, (), "POST /accounts/{account_id}/teams/{team_id}/users")

    async def remove_user(
        self,
        account_id: str,
        team_id: str,
        id: str,
    ) -> None:
        """Remove a user from a team

        Takes a user out of the team.

        Calls `DELETE /accounts/{account_id}/teams/{team_id}/users/{id}` (remove_team_user).

        Args:
            account_id: Identifier of the account.
            team_id: Identifier of the team.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        team_id = path_value("team_id", team_id)
        id = path_value("id", id)

        try:
            response = await remove_team_user.asyncio_detailed(
                account_id=account_id,
                team_id=team_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/teams/{team_id}/users/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/teams/{team_id}/users/{id}")
