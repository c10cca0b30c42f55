"""Operations of the invitations resource group, and the facade classes that call them."""

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
    """Invitations bring new people into an account with a Manager, Developer or Translator role.
    Developers and translators only reach the projects and locales assigned to them.

    Blocking calls; `AsyncInvitationsApi` has the same methods, awaitable.
    """

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Invitation]:
        """List the invitations of an account

        Returns a page of the account's invitations, including the projects, locales and other resources
        each invitee was granted; when none are listed, the role's default access applies. The access
        token needs the team.manage scope.

        Calls `GET /accounts/{account_id}/invitations` (list_invitations).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = list_invitations.sync_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/invitations", exc) from exc
        return cast(
            "builtins.list[Invitation]",
            unwrap(response, (200,), "GET /accounts/{account_id}/invitations"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[Invitation]]:
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
                response = list_invitations.sync_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/invitations", exc
                ) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/invitations")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Invitation]:
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
        body: CreateInvitationBody,
    ) -> Invitation:
        """Invite someone to join an account

        Sends an invitation to an email address with the chosen role. Developers and translators only
        see the projects and locales passed in project_ids and locale_ids. The access token needs the
        team.manage scope.

        Calls `POST /accounts/{account_id}/invitations` (create_invitation).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_invitation: Invite someone to join an account.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = create_invitation.sync_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/invitations", exc
            ) from exc
        return cast(
            "Invitation",
            unwrap(response, (201,), "POST /accounts/{account_id}/invitations"),
        )

    def show(
        self,
        account_id: str,
        id: str,
    ) -> Invitation:
        """Get one invitation

        Returns the details of a single invitation of the account. The access token needs the
        team.manage scope.

        Calls `GET /accounts/{account_id}/invitations/{id}` (show_invitation).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = show_invitation.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/invitations/{id}", exc
            ) from exc
        return cast(
            "Invitation",
            unwrap(response, (200,), "GET /accounts/{account_id}/invitations/{id}"),
        )

    def delete(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Delete a pending invitation

        Withdraws an invitation that has not been accepted yet. The access token needs the team.manage
        scope.

        Calls `DELETE /accounts/{account_id}/invitations/{id}` (delete_invitation).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = delete_invitation.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/invitations/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/invitations/{id}")

    def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateInvitationBody,
    ) -> Invitation:
        """Update a pending invitation

        Changes the role or granted resources of an invitation that has not been accepted yet; the email
        address cannot be changed. The access token needs the team.manage scope.

        Calls `PATCH /accounts/{account_id}/invitations/{id}` (update_invitation).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_invitation: Update a pending invitation.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = update_invitation.sync_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/invitations/{id}", exc
            ) from exc
        return cast(
            "Invitation",
            unwrap(response, (200,), "PATCH /accounts/{account_id}/invitations/{id}"),
        )

    def resend(
        self,
        account_id: str,
        id: str,
    ) -> Invitation:
        """Send an invitation email again

        Sends the invitation email once more for an invitation that has not been accepted yet. The
        access token needs the team.manage scope.

        Calls `POST /accounts/{account_id}/invitations/{id}/resend` (resend_invitation).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = resend_invitation.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/invitations/{id}/resend", exc
            ) from exc
        return cast(
            "Invitation",
            unwrap(
                response, (200,), "POST /accounts/{account_id}/invitations/{id}/resend"
            ),
        )

    @overload
    def update_settings(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateInvitationSettingsBody,
    ) -> Invitation: ...

    @overload
    def update_settings(
        self,
        *,
        id: str,
        body: UpdateInvitationSettingsBody,
    ) -> Invitation: ...

    def update_settings(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateInvitationSettingsBody,
    ) -> Invitation:
        """Change an invitee's project access

        Updates the project role and locale access of an invited member within this project. The access
        token needs the team.manage scope.

        Calls `PATCH /projects/{project_id}/invitations/{id}` (update_invitation_settings).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_invitation_settings: Change an invitee's project access.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = update_invitation_settings.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/invitations/{id}", exc
            ) from exc
        return cast(
            "Invitation",
            unwrap(response, (200,), "PATCH /projects/{project_id}/invitations/{id}"),
        )


class AsyncInvitationsApi(AsyncResource):
    """Invitations bring new people into an account with a Manager, Developer or Translator role.
    Developers and translators only reach the projects and locales assigned to them.

    Awaitable calls; `InvitationsApi` has the same methods, blocking.
    """

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Invitation]:
        """List the invitations of an account

        Returns a page of the account's invitations, including the projects, locales and other resources
        each invitee was granted; when none are listed, the role's default access applies. The access
        token needs the team.manage scope.

        Calls `GET /accounts/{account_id}/invitations` (list_invitations).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = await list_invitations.asyncio_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/invitations", exc) from exc
        return cast(
            "builtins.list[Invitation]",
            unwrap(response, (200,), "GET /accounts/{account_id}/invitations"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Invitation]]:
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
                response = await list_invitations.asyncio_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/invitations", exc
                ) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/invitations")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Invitation]:
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
        body: CreateInvitationBody,
    ) -> Invitation:
        """Invite someone to join an account

        Sends an invitation to an email address with the chosen role. Developers and translators only
        see the projects and locales passed in project_ids and locale_ids. The access token needs the
        team.manage scope.

        Calls `POST /accounts/{account_id}/invitations` (create_invitation).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_invitation: Invite someone to join an account.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await create_invitation.asyncio_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/invitations", exc
            ) from exc
        return cast(
            "Invitation",
            unwrap(response, (201,), "POST /accounts/{account_id}/invitations"),
        )

    async def show(
        self,
        account_id: str,
        id: str,
    ) -> Invitation:
        """Get one invitation

        Returns the details of a single invitation of the account. The access token needs the
        team.manage scope.

        Calls `GET /accounts/{account_id}/invitations/{id}` (show_invitation).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await show_invitation.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/invitations/{id}", exc
            ) from exc
        return cast(
            "Invitation",
            unwrap(response, (200,), "GET /accounts/{account_id}/invitations/{id}"),
        )

    async def delete(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Delete a pending invitation

        Withdraws an invitation that has not been accepted yet. The access token needs the team.manage
        scope.

        Calls `DELETE /accounts/{account_id}/invitations/{id}` (delete_invitation).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await delete_invitation.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/invitations/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/invitations/{id}")

    async def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateInvitationBody,
    ) -> Invitation:
        """Update a pending invitation

        Changes the role or granted resources of an invitation that has not been accepted yet; the email
        address cannot be changed. The access token needs the team.manage scope.

        Calls `PATCH /accounts/{account_id}/invitations/{id}` (update_invitation).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_invitation: Update a pending invitation.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await update_invitation.asyncio_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/invitations/{id}", exc
            ) from exc
        return cast(
            "Invitation",
            unwrap(response, (200,), "PATCH /accounts/{account_id}/invitations/{id}"),
        )

    async def resend(
        self,
        account_id: str,
        id: str,
    ) -> Invitation:
        """Send an invitation email again

        Sends the invitation email once more for an invitation that has not been accepted yet. The
        access token needs the team.manage scope.

        Calls `POST /accounts/{account_id}/invitations/{id}/resend` (resend_invitation).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await resend_invitation.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/invitations/{id}/resend", exc
            ) from exc
        return cast(
            "Invitation",
            unwrap(
                response, (200,), "POST /accounts/{account_id}/invitations/{id}/resend"
            ),
        )

    @overload
    async def update_settings(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateInvitationSettingsBody,
    ) -> Invitation: ...

    @overload
    async def update_settings(
        self,
        *,
        id: str,
        body: UpdateInvitationSettingsBody,
    ) -> Invitation: ...

    async def update_settings(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateInvitationSettingsBody,
    ) -> Invitation:
        """Change an invitee's project access

        Updates the project role and locale access of an invited member within this project. The access
        token needs the team.manage scope.

        Calls `PATCH /projects/{project_id}/invitations/{id}` (update_invitation_settings).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_invitation_settings: Change an invitee's project access.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await update_invitation_settings.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/invitations/{id}", exc
            ) from exc
        return cast(
            "Invitation",
            unwrap(response, (200,), "PATCH /projects/{project_id}/invitations/{id}"),
        )
