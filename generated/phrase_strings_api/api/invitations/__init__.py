"""Operations of the invitations resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_invitation_body import CreateInvitationBody
    from ...models.error import Error
    from ...models.invitation import Invitation
    from ...models.update_invitation_body import UpdateInvitationBody
    from ...models.update_invitation_settings_body import UpdateInvitationSettingsBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_invitation,
    delete_invitation,
    list_invitations,
    resend_invitation,
    show_invitation,
    update_invitation,
    update_invitation_settings,
)

__all__ = ["AsyncInvitationsApi", "InvitationsApi"]


class InvitationsApi(Resource):
    """Blocking calls to the invitations resource group."""

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Invitation]:
        """List the invitations of an account

        Returns a page of the account's invitations, including the projects, locales and other resources
        each invitee was granted; when none are listed, the role's default access applies. The access
        token needs the team.manage scope.

        Calls `GET /accounts/{account_id}/invitations` (list_invitations).
        """
        response = list_invitations.sync_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Invitation]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Invitation]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_invitations.sync_detailed(
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
    ) -> Iterator[Invitation]:
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
        body: CreateInvitationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Invitation:
        """Invite someone to join an account

        Sends an invitation to an email address with the chosen role. Developers and translators only
        see the projects and locales passed in project_ids and locale_ids. The access token needs the
        team.manage scope.

        Calls `POST /accounts/{account_id}/invitations` (create_invitation).
        """
        response = create_invitation.sync_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Invitation", unwrap(response))

    def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Invitation:
        """Get one invitation

        Returns the details of a single invitation of the account. The access token needs the
        team.manage scope.

        Calls `GET /accounts/{account_id}/invitations/{id}` (show_invitation).
        """
        response = show_invitation.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Invitation", unwrap(response))

    def delete(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a pending invitation

        Withdraws an invitation that has not been accepted yet. The access token needs the team.manage
        scope.

        Calls `DELETE /accounts/{account_id}/invitations/{id}` (delete_invitation).
        """
        response = delete_invitation.sync_detailed(
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
        body: UpdateInvitationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Invitation:
        """Update a pending invitation

        Changes the role or granted resources of an invitation that has not been accepted yet; the email
        address cannot be changed. The access token needs the team.manage scope.

        Calls `PATCH /accounts/{account_id}/invitations/{id}` (update_invitation).
        """
        response = update_invitation.sync_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Invitation", unwrap(response))

    def resend(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Invitation:
        """Send an invitation email again

        Sends the invitation email once more for an invitation that has not been accepted yet. The
        access token needs the team.manage scope.

        Calls `POST /accounts/{account_id}/invitations/{id}/resend` (resend_invitation).
        """
        response = resend_invitation.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Invitation", unwrap(response))

    def update_settings(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateInvitationSettingsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Invitation:
        """Change an invitee's project access

        Updates the project role and locale access of an invited member within this project. The access
        token needs the team.manage scope.

        Calls `PATCH /projects/{project_id}/invitations/{id}` (update_invitation_settings).
        """
        response = update_invitation_settings.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Invitation", unwrap(response))


class AsyncInvitationsApi(AsyncResource):
    """Awaitable calls to the invitations resource group."""

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Invitation]:
        """List the invitations of an account

        Returns a page of the account's invitations, including the projects, locales and other resources
        each invitee was granted; when none are listed, the role's default access applies. The access
        token needs the team.manage scope.

        Calls `GET /accounts/{account_id}/invitations` (list_invitations).
        """
        response = await list_invitations.asyncio_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Invitation]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Invitation]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_invitations.asyncio_detailed(
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
    ) -> AsyncIterator[Invitation]:
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
        body: CreateInvitationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Invitation:
        """Invite someone to join an account

        Sends an invitation to an email address with the chosen role. Developers and translators only
        see the projects and locales passed in project_ids and locale_ids. The access token needs the
        team.manage scope.

        Calls `POST /accounts/{account_id}/invitations` (create_invitation).
        """
        response = await create_invitation.asyncio_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Invitation", unwrap(response))

    async def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Invitation:
        """Get one invitation

        Returns the details of a single invitation of the account. The access token needs the
        team.manage scope.

        Calls `GET /accounts/{account_id}/invitations/{id}` (show_invitation).
        """
        response = await show_invitation.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Invitation", unwrap(response))

    async def delete(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a pending invitation

        Withdraws an invitation that has not been accepted yet. The access token needs the team.manage
        scope.

        Calls `DELETE /accounts/{account_id}/invitations/{id}` (delete_invitation).
        """
        response = await delete_invitation.asyncio_detailed(
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
        body: UpdateInvitationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Invitation:
        """Update a pending invitation

        Changes the role or granted resources of an invitation that has not been accepted yet; the email
        address cannot be changed. The access token needs the team.manage scope.

        Calls `PATCH /accounts/{account_id}/invitations/{id}` (update_invitation).
        """
        response = await update_invitation.asyncio_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Invitation", unwrap(response))

    async def resend(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Invitation:
        """Send an invitation email again

        Sends the invitation email once more for an invitation that has not been accepted yet. The
        access token needs the team.manage scope.

        Calls `POST /accounts/{account_id}/invitations/{id}/resend` (resend_invitation).
        """
        response = await resend_invitation.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Invitation", unwrap(response))

    async def update_settings(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateInvitationSettingsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Invitation:
        """Change an invitee's project access

        Updates the project role and locale access of an invited member within this project. The access
        token needs the team.manage scope.

        Calls `PATCH /projects/{project_id}/invitations/{id}` (update_invitation_settings).
        """
        response = await update_invitation_settings.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Invitation", unwrap(response))
