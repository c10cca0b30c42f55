"""Operations of the members resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

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
    """Blocking calls to the members resource group."""

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Member]:
        """List the members of an account

        Returns the account's active users along with the projects and locales each may access; when
        none are listed, the defaults of the member's role apply. The token needs the team.manage scope.

        Calls `GET /accounts/{account_id}/members` (list_members).
        """
        response = list_members.sync_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Member]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Member]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_members.sync_detailed(
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
    ) -> Iterator[Member]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                account_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Member:
        """Get a member

        Returns one user of the account and their access. The token needs the team.manage scope.

        Calls `GET /accounts/{account_id}/members/{id}` (show_member).
        """
        response = show_member.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Member", unwrap(response))

    def delete(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a user from an account

        Takes the user out of the account; their Phrase user itself is kept. The token needs the
        team.manage scope.

        Calls `DELETE /accounts/{account_id}/members/{id}` (delete_member).
        """
        response = delete_member.sync_detailed(
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
        body: UpdateMemberBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Member:
        """Update a member's access

        Changes a user's role and the spaces, projects and locales they can access in the account;
        developers and translators only reach projects and locales assigned to them. The token needs the
        team.manage scope.

        Calls `PATCH /accounts/{account_id}/members/{id}` (update_member).
        """
        response = update_member.sync_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Member", unwrap(response))

    def update_settings(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateMemberSettingsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> MemberProjectDetail:
        """Change a member's project role and locales

        Changes a user's role and locale access within one project. The token needs the team.manage
        scope.

        Calls `PATCH /projects/{project_id}/members/{id}` (update_member_settings).
        """
        response = update_member_settings.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("MemberProjectDetail", unwrap(response))

    def list_by_project(
        self,
        project_id: str,
        *,
        q: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[ProjectMember]:
        """List the members of a project

        Returns a page of the people active in the project, optionally only those matching a name or
        email, or those assigned to a job.

        Calls `GET /projects/{project_id}/members` (list_project_members).
        """
        response = list_project_members.sync_detailed(
            project_id=project_id,
            q=q,
            job_id=job_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[ProjectMember]", unwrap(response))

    def list_by_project_pages(
        self,
        project_id: str,
        *,
        q: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[ProjectMember]]:
        """Every page of `list_by_project`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_project_members.sync_detailed(
                project_id=project_id,
                q=q,
                job_id=job_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_by_project_all(
        self,
        project_id: str,
        *,
        q: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[ProjectMember]:
        """Every item of every page of `list_by_project` (see `list_by_project_pages`)."""
        return items(
            self.list_by_project_pages(
                project_id,
                q=q,
                job_id=job_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )


class AsyncMembersApi(AsyncResource):
    """Awaitable calls to the members resource group."""

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Member]:
        """List the members of an account

        Returns the account's active users along with the projects and locales each may access; when
        none are listed, the defaults of the member's role apply. The token needs the team.manage scope.

        Calls `GET /accounts/{account_id}/members` (list_members).
        """
        response = await list_members.asyncio_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Member]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Member]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_members.asyncio_detailed(
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
    ) -> AsyncIterator[Member]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                account_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Member:
        """Get a member

        Returns one user of the account and their access. The token needs the team.manage scope.

        Calls `GET /accounts/{account_id}/members/{id}` (show_member).
        """
        response = await show_member.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Member", unwrap(response))

    async def delete(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a user from an account

        Takes the user out of the account; their Phrase user itself is kept. The token needs the
        team.manage scope.

        Calls `DELETE /accounts/{account_id}/members/{id}` (delete_member).
        """
        response = await delete_member.asyncio_detailed(
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
        body: UpdateMemberBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Member:
        """Update a member's access

        Changes a user's role and the spaces, projects and locales they can access in the account;
        developers and translators only reach projects and locales assigned to them. The token needs the
        team.manage scope.

        Calls `PATCH /accounts/{account_id}/members/{id}` (update_member).
        """
        response = await update_member.asyncio_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Member", unwrap(response))

    async def update_settings(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateMemberSettingsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> MemberProjectDetail:
        """Change a member's project role and locales

        Changes a user's role and locale access within one project. The token needs the team.manage
        scope.

        Calls `PATCH /projects/{project_id}/members/{id}` (update_member_settings).
        """
        response = await update_member_settings.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("MemberProjectDetail", unwrap(response))

    async def list_by_project(
        self,
        project_id: str,
        *,
        q: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[ProjectMember]:
        """List the members of a project

        Returns a page of the people active in the project, optionally only those matching a name or
        email, or those assigned to a job.

        Calls `GET /projects/{project_id}/members` (list_project_members).
        """
        response = await list_project_members.asyncio_detailed(
            project_id=project_id,
            q=q,
            job_id=job_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[ProjectMember]", unwrap(response))

    def list_by_project_pages(
        self,
        project_id: str,
        *,
        q: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[ProjectMember]]:
        """Every page of `list_by_project`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_project_members.asyncio_detailed(
                project_id=project_id,
                q=q,
                job_id=job_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_by_project_all(
        self,
        project_id: str,
        *,
        q: str | Unset = UNSET,
        job_id: str | Unset = UNSET,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[ProjectMember]:
        """Every item of every page of `list_by_project` (see `list_by_project_pages`)."""
        return async_items(
            self.list_by_project_pages(
                project_id,
                q=q,
                job_id=job_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )
