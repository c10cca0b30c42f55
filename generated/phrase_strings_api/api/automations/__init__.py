"""Operations of the automations resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.automation import Automation
    from ...models.create_automation_body import CreateAutomationBody
    from ...models.error import Error
    from ...models.update_automation_body import UpdateAutomationBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    activate_automation,
    create_automation,
    deactivate_automation,
    delete_automation,
    list_automations,
    show_automation,
    trigger_automation,
    update_automation,
)

__all__ = ["AsyncAutomationsApi", "AutomationsApi"]


class AutomationsApi(Resource):
    """Blocking calls to the automations resource group."""

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Automation]:
        """List the automations of an account

        Returns the account's automations, one page at a time.

        Calls `GET /accounts/{account_id}/automations` (list_automations).
        """
        response = list_automations.sync_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Automation]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Automation]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_automations.sync_detailed(
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
    ) -> Iterator[Automation]:
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
        body: CreateAutomationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Automation:
        """Add an automation to an account

        Sets up an automation that creates jobs from a job template, either on a cron schedule or after
        uploads.

        Calls `POST /accounts/{account_id}/automations` (create_automation).
        """
        response = create_automation.sync_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Automation", unwrap(response))

    def show(
        self,
        account_id: str,
        automation_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Automation:
        """Get an automation

        Returns the configuration of one automation.

        Calls `GET /accounts/{account_id}/automations/{automation_id}` (show_automation).
        """
        response = show_automation.sync_detailed(
            account_id=account_id,
            automation_id=automation_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Automation", unwrap(response))

    def delete(
        self,
        account_id: str,
        automation_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete an automation

        Removes an automation from the account.

        Calls `DELETE /accounts/{account_id}/automations/{automation_id}` (delete_automation).
        """
        response = delete_automation.sync_detailed(
            account_id=account_id,
            automation_id=automation_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        account_id: str,
        automation_id: str,
        *,
        body: UpdateAutomationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Automation:
        """Change an automation's configuration

        Replaces the configuration of an existing automation; name, trigger, project_ids and
        status_filters must always be sent.

        Calls `PATCH /accounts/{account_id}/automations/{automation_id}` (update_automation).
        """
        response = update_automation.sync_detailed(
            account_id=account_id,
            automation_id=automation_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Automation", unwrap(response))

    def activate(
        self,
        account_id: str,
        automation_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Automation:
        """Switch an automation on

        Switches an automation on.

        Calls `POST /accounts/{account_id}/automations/{automation_id}/activate` (activate_automation).
        """
        response = activate_automation.sync_detailed(
            account_id=account_id,
            automation_id=automation_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Automation", unwrap(response))

    def deactivate(
        self,
        account_id: str,
        automation_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Automation:
        """Switch an automation off

        Switches an automation off.

        Calls `POST /accounts/{account_id}/automations/{automation_id}/deactivate` (deactivate_automation).
        """
        response = deactivate_automation.sync_detailed(
            account_id=account_id,
            automation_id=automation_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Automation", unwrap(response))

    def trigger(
        self,
        account_id: str,
        automation_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Run an automation now

        Runs an automation right away.

        Calls `POST /accounts/{account_id}/automations/{automation_id}/trigger` (trigger_automation).
        """
        response = trigger_automation.sync_detailed(
            account_id=account_id,
            automation_id=automation_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)


class AsyncAutomationsApi(AsyncResource):
    """Awaitable calls to the automations resource group."""

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Automation]:
        """List the automations of an account

        Returns the account's automations, one page at a time.

        Calls `GET /accounts/{account_id}/automations` (list_automations).
        """
        response = await list_automations.asyncio_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Automation]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Automation]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_automations.asyncio_detailed(
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
    ) -> AsyncIterator[Automation]:
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
        body: CreateAutomationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Automation:
        """Add an automation to an account

        Sets up an automation that creates jobs from a job template, either on a cron schedule or after
        uploads.

        Calls `POST /accounts/{account_id}/automations` (create_automation).
        """
        response = await create_automation.asyncio_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Automation", unwrap(response))

    async def show(
        self,
        account_id: str,
        automation_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Automation:
        """Get an automation

        Returns the configuration of one automation.

        Calls `GET /accounts/{account_id}/automations/{automation_id}` (show_automation).
        """
        response = await show_automation.asyncio_detailed(
            account_id=account_id,
            automation_id=automation_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Automation", unwrap(response))

    async def delete(
        self,
        account_id: str,
        automation_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete an automation

        Removes an automation from the account.

        Calls `DELETE /accounts/{account_id}/automations/{automation_id}` (delete_automation).
        """
        response = await delete_automation.asyncio_detailed(
            account_id=account_id,
            automation_id=automation_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        account_id: str,
        automation_id: str,
        *,
        body: UpdateAutomationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Automation:
        """Change an automation's configuration

        Replaces the configuration of an existing automation; name, trigger, project_ids and
        status_filters must always be sent.

        Calls `PATCH /accounts/{account_id}/automations/{automation_id}` (update_automation).
        """
        response = await update_automation.asyncio_detailed(
            account_id=account_id,
            automation_id=automation_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Automation", unwrap(response))

    async def activate(
        self,
        account_id: str,
        automation_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Automation:
        """Switch an automation on

        Switches an automation on.

        Calls `POST /accounts/{account_id}/automations/{automation_id}/activate` (activate_automation).
        """
        response = await activate_automation.asyncio_detailed(
            account_id=account_id,
            automation_id=automation_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Automation", unwrap(response))

    async def deactivate(
        self,
        account_id: str,
        automation_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Automation:
        """Switch an automation off

        Switches an automation off.

        Calls `POST /accounts/{account_id}/automations/{automation_id}/deactivate` (deactivate_automation).
        """
        response = await deactivate_automation.asyncio_detailed(
            account_id=account_id,
            automation_id=automation_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Automation", unwrap(response))

    async def trigger(
        self,
        account_id: str,
        automation_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Run an automation now

        Runs an automation right away.

        Calls `POST /accounts/{account_id}/automations/{automation_id}/trigger` (trigger_automation).
        """
        response = await trigger_automation.asyncio_detailed(
            account_id=account_id,
            automation_id=automation_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)
