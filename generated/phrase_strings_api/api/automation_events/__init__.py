"""Operations of the automation_events resource group, and the facade classes that call them."""

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
    """The runs of automations: when each started, what started it, how it ended and which jobs it
    made.

    Blocking calls; `AsyncAutomationEventsApi` has the same methods, awaitable.
    """

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
    ) -> builtins.list[AutomationEvent]:
        """List the automation runs of an account

        Returns a page of the runs of every automation in the account, newest first, narrowed by the
        filters given.

        Calls `GET /accounts/{account_id}/automation_events` (list_account_automation_events).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            automation_id: Only runs of this automation.
            state: Only runs that ended in this state (success, failure, in_progress); other values are
                ignored.
            triggered_by: Only runs started this way (manual, schedule, upload, upload_batch); other
                values are ignored.
            project_id: Only runs in this project, or in any of a comma-separated list of projects.
            project_ids: Only runs in any of these projects.
            created_after: Only runs that started after this time (ISO 8601; anything else is answered
                with 400).
            created_before: Only runs that started before this time (ISO 8601; anything else is answered
                with 400).
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
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
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/automation_events", exc
            ) from exc
        return cast(
            "builtins.list[AutomationEvent]",
            unwrap(response, (200,), "GET /accounts/{account_id}/automation_events"),
        )

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
        concurrent: bool = False,
    ) -> Iterator[Page[AutomationEvent]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            automation_id: Only runs of this automation.
            state: Only runs that ended in this state (success, failure, in_progress); other values are
                ignored.
            triggered_by: Only runs started this way (manual, schedule, upload, upload_batch); other
                values are ignored.
            project_id: Only runs in this project, or in any of a comma-separated list of projects.
            project_ids: Only runs in any of these projects.
            created_after: Only runs that started after this time (ISO 8601; anything else is answered
                with 400).
            created_before: Only runs that started before this time (ISO 8601; anything else is answered
                with 400).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_account_automation_events.sync_detailed(
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
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/automation_events", exc
                ) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/automation_events")
            return response

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
        concurrent: bool = False,
    ) -> Iterator[AutomationEvent]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            automation_id: Only runs of this automation.
            state: Only runs that ended in this state (success, failure, in_progress); other values are
                ignored.
            triggered_by: Only runs started this way (manual, schedule, upload, upload_batch); other
                values are ignored.
            project_id: Only runs in this project, or in any of a comma-separated list of projects.
            project_ids: Only runs in any of these projects.
            created_after: Only runs that started after this time (ISO 8601; anything else is answered
                with 400).
            created_before: Only runs that started before this time (ISO 8601; anything else is answered
                with 400).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

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
    ) -> builtins.list[AutomationEvent]:
        """List the runs of an automation

        Returns a page of the runs of one automation, narrowed by the filters given.

        Calls `GET /accounts/{account_id}/automations/{automation_id}/events` (list_automation_events).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            state: Only runs that ended in this state (success, failure, in_progress); other values are
                ignored.
            triggered_by: Only runs started this way (manual, schedule, upload, upload_batch); other
                values are ignored.
            project_id: Only runs in this project, or in any of a comma-separated list of projects.
            project_ids: Only runs in any of these projects.
            created_after: Only runs that started after this time (ISO 8601; anything else is answered
                with 400).
            created_before: Only runs that started before this time (ISO 8601; anything else is answered
                with 400).
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)
        check_per_page(per_page)

        try:
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
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/automations/{automation_id}/events", exc
            ) from exc
        return cast(
            "builtins.list[AutomationEvent]",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/automations/{automation_id}/events",
            ),
        )

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
        concurrent: bool = False,
    ) -> Iterator[Page[AutomationEvent]]:
        """Every page of `list_by_automation`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
            per_page: Items per page, 1 to 100 (100 when omitted).
            state: Only runs that ended in this state (success, failure, in_progress); other values are
                ignored.
            triggered_by: Only runs started this way (manual, schedule, upload, upload_batch); other
                values are ignored.
            project_id: Only runs in this project, or in any of a comma-separated list of projects.
            project_ids: Only runs in any of these projects.
            created_after: Only runs that started after this time (ISO 8601; anything else is answered
                with 400).
            created_before: Only runs that started before this time (ISO 8601; anything else is answered
                with 400).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_automation_events.sync_detailed(
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
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/automations/{automation_id}/events", exc
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/automations/{automation_id}/events",
            )
            return response

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
        concurrent: bool = False,
    ) -> Iterator[AutomationEvent]:
        """Every item of every page of `list_by_automation` (see `list_by_automation_pages`).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
            per_page: Items per page, 1 to 100 (100 when omitted).
            state: Only runs that ended in this state (success, failure, in_progress); other values are
                ignored.
            triggered_by: Only runs started this way (manual, schedule, upload, upload_batch); other
                values are ignored.
            project_id: Only runs in this project, or in any of a comma-separated list of projects.
            project_ids: Only runs in any of these projects.
            created_after: Only runs that started after this time (ISO 8601; anything else is answered
                with 400).
            created_before: Only runs that started before this time (ISO 8601; anything else is answered
                with 400).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

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
                concurrent=concurrent,
            )
        )


class AsyncAutomationEventsApi(AsyncResource):
    """The runs of automations: when each started, what started it, how it ended and which jobs it
    made.

    Awaitable calls; `AutomationEventsApi` has the same methods, blocking.
    """

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
    ) -> builtins.list[AutomationEvent]:
        """List the automation runs of an account

        Returns a page of the runs of every automation in the account, newest first, narrowed by the
        filters given.

        Calls `GET /accounts/{account_id}/automation_events` (list_account_automation_events).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            automation_id: Only runs of this automation.
            state: Only runs that ended in this state (success, failure, in_progress); other values are
                ignored.
            triggered_by: Only runs started this way (manual, schedule, upload, upload_batch); other
                values are ignored.
            project_id: Only runs in this project, or in any of a comma-separated list of projects.
            project_ids: Only runs in any of these projects.
            created_after: Only runs that started after this time (ISO 8601; anything else is answered
                with 400).
            created_before: Only runs that started before this time (ISO 8601; anything else is answered
                with 400).
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
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
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/automation_events", exc
            ) from exc
        return cast(
            "builtins.list[AutomationEvent]",
            unwrap(response, (200,), "GET /accounts/{account_id}/automation_events"),
        )

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
        concurrent: bool = False,
    ) -> AsyncIterator[Page[AutomationEvent]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            automation_id: Only runs of this automation.
            state: Only runs that ended in this state (success, failure, in_progress); other values are
                ignored.
            triggered_by: Only runs started this way (manual, schedule, upload, upload_batch); other
                values are ignored.
            project_id: Only runs in this project, or in any of a comma-separated list of projects.
            project_ids: Only runs in any of these projects.
            created_after: Only runs that started after this time (ISO 8601; anything else is answered
                with 400).
            created_before: Only runs that started before this time (ISO 8601; anything else is answered
                with 400).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_account_automation_events.asyncio_detailed(
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
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/automation_events", exc
                ) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/automation_events")
            return response

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
        concurrent: bool = False,
    ) -> AsyncIterator[AutomationEvent]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            automation_id: Only runs of this automation.
            state: Only runs that ended in this state (success, failure, in_progress); other values are
                ignored.
            triggered_by: Only runs started this way (manual, schedule, upload, upload_batch); other
                values are ignored.
            project_id: Only runs in this project, or in any of a comma-separated list of projects.
            project_ids: Only runs in any of these projects.
            created_after: Only runs that started after this time (ISO 8601; anything else is answered
                with 400).
            created_before: Only runs that started before this time (ISO 8601; anything else is answered
                with 400).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

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
    ) -> builtins.list[AutomationEvent]:
        """List the runs of an automation

        Returns a page of the runs of one automation, narrowed by the filters given.

        Calls `GET /accounts/{account_id}/automations/{automation_id}/events` (list_automation_events).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            state: Only runs that ended in this state (success, failure, in_progress); other values are
                ignored.
            triggered_by: Only runs started this way (manual, schedule, upload, upload_batch); other
                values are ignored.
            project_id: Only runs in this project, or in any of a comma-separated list of projects.
            project_ids: Only runs in any of these projects.
            created_after: Only runs that started after this time (ISO 8601; anything else is answered
                with 400).
            created_before: Only runs that started before this time (ISO 8601; anything else is answered
                with 400).
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)
        check_per_page(per_page)

        try:
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
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/automations/{automation_id}/events", exc
            ) from exc
        return cast(
            "builtins.list[AutomationEvent]",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/automations/{automation_id}/events",
            ),
        )

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
        concurrent: bool = False,
    ) -> AsyncIterator[Page[AutomationEvent]]:
        """Every page of `list_by_automation`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
            per_page: Items per page, 1 to 100 (100 when omitted).
            state: Only runs that ended in this state (success, failure, in_progress); other values are
                ignored.
            triggered_by: Only runs started this way (manual, schedule, upload, upload_batch); other
                values are ignored.
            project_id: Only runs in this project, or in any of a comma-separated list of projects.
            project_ids: Only runs in any of these projects.
            created_after: Only runs that started after this time (ISO 8601; anything else is answered
                with 400).
            created_before: Only runs that started before this time (ISO 8601; anything else is answered
                with 400).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_automation_events.asyncio_detailed(
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
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/automations/{automation_id}/events", exc
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/automations/{automation_id}/events",
            )
            return response

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
        concurrent: bool = False,
    ) -> AsyncIterator[AutomationEvent]:
        """Every item of every page of `list_by_automation` (see `list_by_automation_pages`).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
            per_page: Items per page, 1 to 100 (100 when omitted).
            state: Only runs that ended in this state (success, failure, in_progress); other values are
                ignored.
            triggered_by: Only runs started this way (manual, schedule, upload, upload_batch); other
                values are ignored.
            project_id: Only runs in this project, or in any of a comma-separated list of projects.
            project_ids: Only runs in any of these projects.
            created_after: Only runs that started after this time (ISO 8601; anything else is answered
                with 400).
            created_before: Only runs that started before this time (ISO 8601; anything else is answered
                with 400).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

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
                concurrent=concurrent,
            )
        )
