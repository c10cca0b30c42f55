"""Operations of the automations resource group, and the facade classes that call them."""

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
    """Automations create jobs for an account on a schedule or after file uploads, selecting keys by
    translation state and tags.

    Blocking calls; `AsyncAutomationsApi` has the same methods, awaitable.
    """

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Automation]:
        """List the automations of an account

        Returns the account's automations, one page at a time.

        Calls `GET /accounts/{account_id}/automations` (list_automations).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = list_automations.sync_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/automations", exc) from exc
        return cast(
            "builtins.list[Automation]",
            unwrap(response, (200,), "GET /accounts/{account_id}/automations"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[Automation]]:
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
                response = list_automations.sync_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/automations", exc
                ) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/automations")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Automation]:
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
        body: CreateAutomationBody,
    ) -> Automation:
        """Add an automation to an account

        Sets up an automation that creates jobs from a job template, either on a cron schedule or after
        uploads.

        Calls `POST /accounts/{account_id}/automations` (create_automation).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_automation: Add an automation to an account.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = create_automation.sync_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/automations", exc
            ) from exc
        return cast(
            "Automation",
            unwrap(response, (201,), "POST /accounts/{account_id}/automations"),
        )

    def show(
        self,
        account_id: str,
        automation_id: str,
    ) -> Automation:
        """Get an automation

        Returns the configuration of one automation.

        Calls `GET /accounts/{account_id}/automations/{automation_id}` (show_automation).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

        try:
            response = show_automation.sync_detailed(
                account_id=account_id,
                automation_id=automation_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/automations/{automation_id}", exc
            ) from exc
        return cast(
            "Automation",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/automations/{automation_id}",
            ),
        )

    def delete(
        self,
        account_id: str,
        automation_id: str,
    ) -> None:
        """Delete an automation

        Removes an automation from the account.

        Calls `DELETE /accounts/{account_id}/automations/{automation_id}` (delete_automation).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

        try:
            response = delete_automation.sync_detailed(
                account_id=account_id,
                automation_id=automation_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/automations/{automation_id}", exc
            ) from exc
        unwrap(
            response, (), "DELETE /accounts/{account_id}/automations/{automation_id}"
        )

    def update(
        self,
        account_id: str,
        automation_id: str,
        *,
        body: UpdateAutomationBody,
    ) -> Automation:
        """Change an automation's configuration

        Replaces the configuration of an existing automation; name, trigger, project_ids and
        status_filters must always be sent.

        Calls `PATCH /accounts/{account_id}/automations/{automation_id}` (update_automation).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
            body: Request body of update_automation: Change an automation's configuration.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

        try:
            response = update_automation.sync_detailed(
                account_id=account_id,
                automation_id=automation_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/automations/{automation_id}", exc
            ) from exc
        return cast(
            "Automation",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/automations/{automation_id}",
            ),
        )

    def activate(
        self,
        account_id: str,
        automation_id: str,
    ) -> Automation:
        """Switch an automation on

        Switches an automation on.

        Calls `POST /accounts/{account_id}/automations/{automation_id}/activate` (activate_automation).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

        try:
            response = activate_automation.sync_detailed(
                account_id=account_id,
                automation_id=automation_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/automations/{automation_id}/activate", exc
            ) from exc
        return cast(
            "Automation",
            unwrap(
                response,
                (200,),
                "POST /accounts/{account_id}/automations/{automation_id}/activate",
            ),
        )

    def deactivate(
        self,
        account_id: str,
        automation_id: str,
    ) -> Automation:
        """Switch an automation off

        Switches an automation off.

        Calls `POST /accounts/{account_id}/automations/{automation_id}/deactivate` (deactivate_automation).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

        try:
            response = deactivate_automation.sync_detailed(
                account_id=account_id,
                automation_id=automation_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/automations/{automation_id}/deactivate",
                exc,
            ) from exc
        return cast(
            "Automation",
            unwrap(
                response,
                (200,),
                "POST /accounts/{account_id}/automations/{automation_id}/deactivate",
            ),
        )

    def trigger(
        self,
        account_id: str,
        automation_id: str,
    ) -> None:
        """Run an automation now

        Runs an automation right away.

        Calls `POST /accounts/{account_id}/automations/{automation_id}/trigger` (trigger_automation).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

        try:
            response = trigger_automation.sync_detailed(
                account_id=account_id,
                automation_id=automation_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/automations/{automation_id}/trigger", exc
            ) from exc
        unwrap(
            response,
            (),
            "POST /accounts/{account_id}/automations/{automation_id}/trigger",
        )


class AsyncAutomationsApi(AsyncResource):
    """Automations create jobs for an account on a schedule or after file uploads, selecting keys by
    translation state and tags.

    Awaitable calls; `AutomationsApi` has the same methods, blocking.
    """

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Automation]:
        """List the automations of an account

        Returns the account's automations, one page at a time.

        Calls `GET /accounts/{account_id}/automations` (list_automations).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = await list_automations.asyncio_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/automations", exc) from exc
        return cast(
            "builtins.list[Automation]",
            unwrap(response, (200,), "GET /accounts/{account_id}/automations"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Automation]]:
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
                response = await list_automations.asyncio_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/automations", exc
                ) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/automations")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Automation]:
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
        body: CreateAutomationBody,
    ) -> Automation:
        """Add an automation to an account

        Sets up an automation that creates jobs from a job template, either on a cron schedule or after
        uploads.

        Calls `POST /accounts/{account_id}/automations` (create_automation).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_automation: Add an automation to an account.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await create_automation.asyncio_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/automations", exc
            ) from exc
        return cast(
            "Automation",
            unwrap(response, (201,), "POST /accounts/{account_id}/automations"),
        )

    async def show(
        self,
        account_id: str,
        automation_id: str,
    ) -> Automation:
        """Get an automation

        Returns the configuration of one automation.

        Calls `GET /accounts/{account_id}/automations/{automation_id}` (show_automation).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

        try:
            response = await show_automation.asyncio_detailed(
                account_id=account_id,
                automation_id=automation_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/automations/{automation_id}", exc
            ) from exc
        return cast(
            "Automation",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/automations/{automation_id}",
            ),
        )

    async def delete(
        self,
        account_id: str,
        automation_id: str,
    ) -> None:
        """Delete an automation

        Removes an automation from the account.

        Calls `DELETE /accounts/{account_id}/automations/{automation_id}` (delete_automation).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

        try:
            response = await delete_automation.asyncio_detailed(
                account_id=account_id,
                automation_id=automation_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/automations/{automation_id}", exc
            ) from exc
        unwrap(
            response, (), "DELETE /accounts/{account_id}/automations/{automation_id}"
        )

    async def update(
        self,
        account_id: str,
        automation_id: str,
        *,
        body: UpdateAutomationBody,
    ) -> Automation:
        """Change an automation's configuration

        Replaces the configuration of an existing automation; name, trigger, project_ids and
        status_filters must always be sent.

        Calls `PATCH /accounts/{account_id}/automations/{automation_id}` (update_automation).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
            body: Request body of update_automation: Change an automation's configuration.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

        try:
            response = await update_automation.asyncio_detailed(
                account_id=account_id,
                automation_id=automation_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/automations/{automation_id}", exc
            ) from exc
        return cast(
            "Automation",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/automations/{automation_id}",
            ),
        )

    async def activate(
        self,
        account_id: str,
        automation_id: str,
    ) -> Automation:
        """Switch an automation on

        Switches an automation on.

        Calls `POST /accounts/{account_id}/automations/{automation_id}/activate` (activate_automation).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

        try:
            response = await activate_automation.asyncio_detailed(
                account_id=account_id,
                automation_id=automation_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/automations/{automation_id}/activate", exc
            ) from exc
        return cast(
            "Automation",
            unwrap(
                response,
                (200,),
                "POST /accounts/{account_id}/automations/{automation_id}/activate",
            ),
        )

    async def deactivate(
        self,
        account_id: str,
        automation_id: str,
    ) -> Automation:
        """Switch an automation off

        Switches an automation off.

        Calls `POST /accounts/{account_id}/automations/{automation_id}/deactivate` (deactivate_automation).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

        try:
            response = await deactivate_automation.asyncio_detailed(
                account_id=account_id,
                automation_id=automation_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/automations/{automation_id}/deactivate",
                exc,
            ) from exc
        return cast(
            "Automation",
            unwrap(
                response,
                (200,),
                "POST /accounts/{account_id}/automations/{automation_id}/deactivate",
            ),
        )

    async def trigger(
        self,
        account_id: str,
        automation_id: str,
    ) -> None:
        """Run an automation now

        Runs an automation right away.

        Calls `POST /accounts/{account_id}/automations/{automation_id}/trigger` (trigger_automation).

        Args:
            account_id: Identifier of the account.
            automation_id: ID of the automation.
        """
        account_id = path_value("account_id", account_id)
        automation_id = path_value("automation_id", automation_id)

        try:
            response = await trigger_automation.asyncio_detailed(
                account_id=account_id,
                automation_id=automation_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/automations/{automation_id}/trigger", exc
            ) from exc
        unwrap(
            response,
            (),
            "POST /accounts/{account_id}/automations/{automation_id}/trigger",
        )
