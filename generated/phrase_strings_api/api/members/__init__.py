"""Operations of the members resource group, and the facade classes that call them."""

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

    from ...models.error import Error
    from ...models.member import Member
    from ...models.member_project_detail import MemberProjectDetail
    from ...models.project_member import ProjectMember
    from ...models.update_member_body import UpdateMemberBody
    from ...models.update_member_settings_body import UpdateMemberSettingsBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    delete_member,
    list_members,
    list_project_members,
    show_member,
    update_member,
    update_member_settings,
)

__all__ = ["AsyncMembersApi", "MembersApi"]


class MembersApi(Resource):
    """Members are the users of an account, each with a role that decides what they may access;
    developers and translators only see the projects and locales assigned to them.

    Blocking calls; `AsyncMembersApi` has the same methods, awaitable.
    """

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Member]:
        """List the members of an account

        Returns the account's active users along with the projects and locales each may access; when
        none are listed, the defaults of the member's role apply. The token needs the team.manage scope.

        Calls `GET /accounts/{account_id}/members` (list_members).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = list_members.sync_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/members", exc) from exc
        return cast(
            "builtins.list[Member]",
            unwrap(response, (200,), "GET /accounts/{account_id}/members"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[Member]]:
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
                response = list_members.sync_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /accounts/{account_id}/members", exc) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/members")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Member]:
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

    def show(
        self,
        account_id: str,
        id: str,
    ) -> Member:
        """Get a member

        Returns one user of the account and their access. The token needs the team.manage scope.

        Calls `GET /accounts/{account_id}/members/{id}` (show_member).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = show_member.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/members/{id}", exc
            ) from exc
        return cast(
            "Member",
            unwrap(response, (200,), "GET /accounts/{account_id}/members/{id}"),
        )

    def delete(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Remove a user from an account

        Takes the user out of the account; their Phrase user itself is kept. The token needs the
        team.manage scope.

        Calls `DELETE /accounts/{account_id}/members/{id}` (delete_member).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = delete_member.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/members/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/members/{id}")

    def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateMemberBody,
    ) -> Member:
        """Update a member's access

        Changes a user's role and the spaces, projects and locales they can access in the account;
        developers and translators only reach projects and locales assigned to them. The token needs the
        team.manage scope.

        Calls `PATCH /accounts/{account_id}/members/{id}` (update_member).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_member: Update a member's access.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = update_member.sync_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/members/{id}", exc
            ) from exc
        return cast(
            "Member",
            unwrap(response, (200,), "PATCH /accounts/{account_id}/members/{id}"),
        )

    @overload
    def update_settings(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateMemberSettingsBody,
    ) -> MemberProjectDetail: ...

    @overload
    def update_settings(
        self,
        *,
        id: str,
        body: UpdateMemberSettingsBody,
    ) -> MemberProjectDetail: ...

    def update_settings(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateMemberSettingsBody,
    ) -> MemberProjectDetail:
        """Change a member's project role and locales

        Changes a user's role and locale access within one project. The token needs the team.manage
        scope.

        Calls `PATCH /projects/{project_id}/members/{id}` (update_member_settings).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_member_settings: Change a member's project role and locales.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = update_member_settings.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/members/{id}", exc
            ) from exc
        return cast(
            "MemberProjectDetail",
            unwrap(response, (200,), "PATCH /projects/{project_id}/members/{id}"),
        )

    def list_by_project(
        self,
        project_id: str | None = None,
        *,
        q: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[ProjectMember]:
        """List the members of a project

        Returns a page of the people active in the project, optionally only those matching a name or
        email, or those assigned to a job.

        Calls `GET /projects/{project_id}/members` (list_project_members).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            q: Only members whose name or email matches (wildcards allowed).
            job_id: Only members assigned to this job.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_project_members.sync_detailed(
                project_id=project_id,
                q=q,
                job_id=job_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/members", exc) from exc
        return cast(
            "builtins.list[ProjectMember]",
            unwrap(response, (200,), "GET /projects/{project_id}/members"),
        )

    def list_by_project_pages(
        self,
        project_id: str | None = None,
        *,
        q: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[ProjectMember]]:
        """Every page of `list_by_project`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            q: Only members whose name or email matches (wildcards allowed).
            job_id: Only members assigned to this job.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_project_members.sync_detailed(
                    project_id=project_id,
                    q=q,
                    job_id=job_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects/{project_id}/members", exc) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/members")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_by_project_all(
        self,
        project_id: str | None = None,
        *,
        q: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[ProjectMember]:
        """Every item of every page of `list_by_project` (see `list_by_project_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            q: Only members whose name or email matches (wildcards allowed).
            job_id: Only members assigned to this job.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_by_project_pages(
                project_id,
                q=q,
                job_id=job_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )


class AsyncMembersApi(AsyncResource):
    """Members are the users of an account, each with a role that decides what they may access;
    developers and translators only see the projects and locales assigned to them.

    Awaitable calls; `MembersApi` has the same methods, blocking.
    """

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Member]:
        """List the members of an account

        Returns the account's active users along with the projects and locales each may access; when
        none are listed, the defaults of the member's role apply. The token needs the team.manage scope.

        Calls `GET /accounts/{account_id}/members` (list_members).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = await list_members.asyncio_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/members", exc) from exc
        return cast(
            "builtins.list[Member]",
            unwrap(response, (200,), "GET /accounts/{account_id}/members"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Member]]:
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
                response = await list_members.asyncio_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /accounts/{account_id}/members", exc) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/members")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Member]:
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

    async def show(
        self,
        account_id: str,
        id: str,
    ) -> Member:
        """Get a member

        Returns one user of the account and their access. The token needs the team.manage scope.

        Calls `GET /accounts/{account_id}/members/{id}` (show_member).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await show_member.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/members/{id}", exc
            ) from exc
        return cast(
            "Member",
            unwrap(response, (200,), "GET /accounts/{account_id}/members/{id}"),
        )

    async def delete(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Remove a user from an account

        Takes the user out of the account; their Phrase user itself is kept. The token needs the
        team.manage scope.

        Calls `DELETE /accounts/{account_id}/members/{id}` (delete_member).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await delete_member.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/members/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/members/{id}")

    async def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateMemberBody,
    ) -> Member:
        """Update a member's access

        Changes a user's role and the spaces, projects and locales they can access in the account;
        developers and translators only reach projects and locales assigned to them. The token needs the
        team.manage scope.

        Calls `PATCH /accounts/{account_id}/members/{id}` (update_member).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_member: Update a member's access.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await update_member.asyncio_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/members/{id}", exc
            ) from exc
        return cast(
            "Member",
            unwrap(response, (200,), "PATCH /accounts/{account_id}/members/{id}"),
        )

    @overload
    async def update_settings(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateMemberSettingsBody,
    ) -> MemberProjectDetail: ...

    @overload
    async def update_settings(
        self,
        *,
        id: str,
        body: UpdateMemberSettingsBody,
    ) -> MemberProjectDetail: ...

    async def update_settings(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateMemberSettingsBody,
    ) -> MemberProjectDetail:
        """Change a member's project role and locales

        Changes a user's role and locale access within one project. The token needs the team.manage
        scope.

        Calls `PATCH /projects/{project_id}/members/{id}` (update_member_settings).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_member_settings: Change a member's project role and locales.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await update_member_settings.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/members/{id}", exc
            ) from exc
        return cast(
            "MemberProjectDetail",
            unwrap(response, (200,), "PATCH /projects/{project_id}/members/{id}"),
        )

    async def list_by_project(
        self,
        project_id: str | None = None,
        *,
        q: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[ProjectMember]:
        """List the members of a project

        Returns a page of the people active in the project, optionally only those matching a name or
        email, or those assigned to a job.

        Calls `GET /projects/{project_id}/members` (list_project_members).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            q: Only members whose name or email matches (wildcards allowed).
            job_id: Only members assigned to this job.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_project_members.asyncio_detailed(
                project_id=project_id,
                q=q,
                job_id=job_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/members", exc) from exc
        return cast(
            "builtins.list[ProjectMember]",
            unwrap(response, (200,), "GET /projects/{project_id}/members"),
        )

    def list_by_project_pages(
        self,
        project_id: str | None = None,
        *,
        q: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[ProjectMember]]:
        """Every page of `list_by_project`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            q: Only members whose name or email matches (wildcards allowed).
            job_id: Only members assigned to this job.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_project_members.asyncio_detailed(
                    project_id=project_id,
                    q=q,
                    job_id=job_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects/{project_id}/members", exc) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/members")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_by_project_all(
        self,
        project_id: str | None = None,
        *,
        q: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[ProjectMember]:
        """Every item of every page of `list_by_project` (see `list_by_project_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            q: Only members whose name or email matches (wildcards allowed).
            job_id: Only members assigned to this job.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_by_project_pages(
                project_id,
                q=q,
                job_id=job_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )
