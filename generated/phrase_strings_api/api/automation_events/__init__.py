"""Operations of the automation_events resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    import datetime
    from typing import cast

    from ...models.automation_event import AutomationEvent
    from ...models.error import Error
    from ...types import UNSET, Unset

from . import (
    list_account_automation_events,
    list_automation_events,
)

__all__ = ["AsyncAutomationEventsApi", "AutomationEventsApi"]


class AutomationEventsApi(Resource):
    """Blocking calls to the automation_events resource group."""

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        automation_id: str | Unset = UNSET,
        state: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        project_ids: builtins.list[str] | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[AutomationEvent]:
        """List the automation runs of an account

        Returns a page of the runs of every automation in the account, newest first, narrowed by the
        filters given.

        Calls `GET /accounts/{account_id}/automation_events` (list_account_automation_events).
        """
        response = list_account_automation_events.sync_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            automation_id=automation_id,
            state=state,
            triggered_by=triggered_by,
            project_id=project_id,
            project_ids=project_ids,
            created_after=created_after,
            created_before=created_before,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[AutomationEvent]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        automation_id: str | Unset = UNSET,
        state: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        project_ids: builtins.list[str] | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[AutomationEvent]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_account_automation_events.sync_detailed(
                account_id=account_id,
                page=page,
                per_page=size,
                automation_id=automation_id,
                state=state,
                triggered_by=triggered_by,
                project_id=project_id,
                project_ids=project_ids,
                created_after=created_after,
                created_before=created_before,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        automation_id: str | Unset = UNSET,
        state: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        project_ids: builtins.list[str] | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[AutomationEvent]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                account_id,
                per_page=per_page,
                automation_id=automation_id,
                state=state,
                triggered_by=triggered_by,
                project_id=project_id,
                project_ids=project_ids,
                created_after=created_after,
                created_before=created_before,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def list_by_automation(
        self,
        account_id: str,
        automation_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        state: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        project_ids: builtins.list[str] | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[AutomationEvent]:
        """List the runs of an automation

        Returns a page of the runs of one automation, narrowed by the filters given.

        Calls `GET /accounts/{account_id}/automations/{automation_id}/events` (list_automation_events).
        """
        response = list_automation_events.sync_detailed(
            account_id=account_id,
            automation_id=automation_id,
            page=page,
            per_page=per_page,
            state=state,
            triggered_by=triggered_by,
            project_id=project_id,
            project_ids=project_ids,
            created_after=created_after,
            created_before=created_before,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[AutomationEvent]", unwrap(response))

    def list_by_automation_pages(
        self,
        account_id: str,
        automation_id: str,
        *,
        per_page: int = 100,
        state: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        project_ids: builtins.list[str] | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[AutomationEvent]]:
        """Every page of `list_by_automation`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_automation_events.sync_detailed(
                account_id=account_id,
                automation_id=automation_id,
                page=page,
                per_page=size,
                state=state,
                triggered_by=triggered_by,
                project_id=project_id,
                project_ids=project_ids,
                created_after=created_after,
                created_before=created_before,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_by_automation_all(
        self,
        account_id: str,
        automation_id: str,
        *,
        per_page: int = 100,
        state: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        project_ids: builtins.list[str] | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[AutomationEvent]:
        """Every item of every page of `list_by_automation` (see `list_by_automation_pages`)."""
        return items(
            self.list_by_automation_pages(
                account_id,
                automation_id,
                per_page=per_page,
                state=state,
                triggered_by=triggered_by,
                project_id=project_id,
                project_ids=project_ids,
                created_after=created_after,
                created_before=created_before,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )


class AsyncAutomationEventsApi(AsyncResource):
    """Awaitable calls to the automation_events resource group."""

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        automation_id: str | Unset = UNSET,
        state: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        project_ids: builtins.list[str] | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[AutomationEvent]:
        """List the automation runs of an account

        Returns a page of the runs of every automation in the account, newest first, narrowed by the
        filters given.

        Calls `GET /accounts/{account_id}/automation_events` (list_account_automation_events).
        """
        response = await list_account_automation_events.asyncio_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            automation_id=automation_id,
            state=state,
            triggered_by=triggered_by,
            project_id=project_id,
            project_ids=project_ids,
            created_after=created_after,
            created_before=created_before,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[AutomationEvent]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        automation_id: str | Unset = UNSET,
        state: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        project_ids: builtins.list[str] | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[AutomationEvent]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_account_automation_events.asyncio_detailed(
                account_id=account_id,
                page=page,
                per_page=size,
                automation_id=automation_id,
                state=state,
                triggered_by=triggered_by,
                project_id=project_id,
                project_ids=project_ids,
                created_after=created_after,
                created_before=created_before,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        automation_id: str | Unset = UNSET,
        state: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        project_ids: builtins.list[str] | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[AutomationEvent]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                account_id,
                per_page=per_page,
                automation_id=automation_id,
                state=state,
                triggered_by=triggered_by,
                project_id=project_id,
                project_ids=project_ids,
                created_after=created_after,
                created_before=created_before,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def list_by_automation(
        self,
        account_id: str,
        automation_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        state: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        project_ids: builtins.list[str] | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[AutomationEvent]:
        """List the runs of an automation

        Returns a page of the runs of one automation, narrowed by the filters given.

        Calls `GET /accounts/{account_id}/automations/{automation_id}/events` (list_automation_events).
        """
        response = await list_automation_events.asyncio_detailed(
            account_id=account_id,
            automation_id=automation_id,
            page=page,
            per_page=per_page,
            state=state,
            triggered_by=triggered_by,
            project_id=project_id,
            project_ids=project_ids,
            created_after=created_after,
            created_before=created_before,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[AutomationEvent]", unwrap(response))

    def list_by_automation_pages(
        self,
        account_id: str,
        automation_id: str,
        *,
        per_page: int = 100,
        state: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        project_ids: builtins.list[str] | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[AutomationEvent]]:
        """Every page of `list_by_automation`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_automation_events.asyncio_detailed(
                account_id=account_id,
                automation_id=automation_id,
                page=page,
                per_page=size,
                state=state,
                triggered_by=triggered_by,
                project_id=project_id,
                project_ids=project_ids,
                created_after=created_after,
                created_before=created_before,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_by_automation_all(
        self,
        account_id: str,
        automation_id: str,
        *,
        per_page: int = 100,
        state: str | Unset = UNSET,
        triggered_by: str | Unset = UNSET,
        project_id: str | Unset = UNSET,
        project_ids: builtins.list[str] | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_before: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[AutomationEvent]:
        """Every item of every page of `list_by_automation` (see `list_by_automation_pages`)."""
        return async_items(
            self.list_by_automation_pages(
                account_id,
                automation_id,
                per_page=per_page,
                state=state,
                triggered_by=triggered_by,
                project_id=project_id,
                project_ids=project_ids,
                created_after=created_after,
                created_before=created_before,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )
