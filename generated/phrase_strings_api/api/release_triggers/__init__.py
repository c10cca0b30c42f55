"""Operations of the release_triggers resource group, and the facade classes that call them."""

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

    from ...models.create_release_trigger_body import CreateReleaseTriggerBody
    from ...models.error import Error
    from ...models.release_trigger import ReleaseTrigger
    from ...models.update_release_trigger_body import UpdateReleaseTriggerBody
    from ...models.validation_error import ValidationError

from . import (
    create_release_trigger,
    delete_release_trigger,
    list_release_triggers,
    show_release_trigger,
    update_release_trigger,
)

__all__ = ["AsyncReleaseTriggersApi", "ReleaseTriggersApi"]


class ReleaseTriggersApi(Resource):
    """A release trigger publishes new releases of a distribution automatically on a cron schedule. A
    distribution can have only one trigger.

    Blocking calls; `AsyncReleaseTriggersApi` has the same methods, awaitable.
    """

    def list(
        self,
        account_id: str,
        distribution_id: str,
    ) -> builtins.list[ReleaseTrigger]:
        """List the release triggers of a distribution

        Returns the release triggers configured for the distribution. A distribution holds at most one
        trigger, so the list has zero or one entries.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers` (list_release_triggers).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)

        try:
            response = list_release_triggers.sync_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers",
                exc,
            ) from exc
        return cast(
            "builtins.list[ReleaseTrigger]",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers",
            ),
        )

    def create(
        self,
        account_id: str,
        distribution_id: str,
        *,
        body: CreateReleaseTriggerBody,
    ) -> ReleaseTrigger:
        """Create a release trigger

        Sets up recurring releases: on each tick of the cron schedule a new release is created and
        published automatically. Only one trigger is allowed per distribution.

        Calls `POST /accounts/{account_id}/distributions/{distribution_id}/release_triggers` (create_release_trigger).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            body: Request body of create_release_trigger: Create a release trigger.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)

        try:
            response = create_release_trigger.sync_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/distributions/{distribution_id}/release_triggers",
                exc,
            ) from exc
        return cast(
            "ReleaseTrigger",
            unwrap(
                response,
                (201,),
                "POST /accounts/{account_id}/distributions/{distribution_id}/release_triggers",
            ),
        )

    def show(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
    ) -> ReleaseTrigger:
        """Get a release trigger

        Returns the configuration of one release trigger.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}` (show_release_trigger).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        id = path_value("id", id)

        try:
            response = show_release_trigger.sync_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}",
                exc,
            ) from exc
        return cast(
            "ReleaseTrigger",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}",
            ),
        )

    def delete(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
    ) -> None:
        """Delete a release trigger

        Removes the release trigger, which stops its scheduled releases.

        Calls `DELETE /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}` (delete_release_trigger).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        id = path_value("id", id)

        try:
            response = delete_release_trigger.sync_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}",
        )

    def update(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        body: UpdateReleaseTriggerBody,
    ) -> ReleaseTrigger:
        """Update a release trigger

        Changes the schedule or the release settings of an existing release trigger.

        Calls `PATCH /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}` (update_release_trigger).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            id: Identifier of the resource the path points to.
            body: Request body of update_release_trigger: Update a release trigger.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        id = path_value("id", id)

        try:
            response = update_release_trigger.sync_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}",
                exc,
            ) from exc
        return cast(
            "ReleaseTrigger",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}",
            ),
        )


class AsyncReleaseTriggersApi(AsyncResource):
    """A release trigger publishes new releases of a distribution automatically on a cron schedule. A
    distribution can have only one trigger.

    Awaitable calls; `ReleaseTriggersApi` has the same methods, blocking.
    """

    async def list(
        self,
        account_id: str,
        distribution_id: str,
    ) -> builtins.list[ReleaseTrigger]:
        """List the release triggers of a distribution

        Returns the release triggers configured for the distribution. A distribution holds at most one
        trigger, so the list has zero or one entries.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers` (list_release_triggers).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)

        try:
            response = await list_release_triggers.asyncio_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers",
                exc,
            ) from exc
        return cast(
            "builtins.list[ReleaseTrigger]",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers",
            ),
        )

    async def create(
        self,
        account_id: str,
        distribution_id: str,
        *,
        body: CreateReleaseTriggerBody,
    ) -> ReleaseTrigger:
        """Create a release trigger

        Sets up recurring releases: on each tick of the cron schedule a new release is created and
        published automatically. Only one trigger is allowed per distribution.

        Calls `POST /accounts/{account_id}/distributions/{distribution_id}/release_triggers` (create_release_trigger).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            body: Request body of create_release_trigger: Create a release trigger.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)

        try:
            response = await create_release_trigger.asyncio_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/distributions/{distribution_id}/release_triggers",
                exc,
            ) from exc
        return cast(
            "ReleaseTrigger",
            unwrap(
                response,
                (201,),
                "POST /accounts/{account_id}/distributions/{distribution_id}/release_triggers",
            ),
        )

    async def show(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
    ) -> ReleaseTrigger:
        """Get a release trigger

        Returns the configuration of one release trigger.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}` (show_release_trigger).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        id = path_value("id", id)

        try:
            response = await show_release_trigger.asyncio_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}",
                exc,
            ) from exc
        return cast(
            "ReleaseTrigger",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}",
            ),
        )

    async def delete(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
    ) -> None:
        """Delete a release trigger

        Removes the release trigger, which stops its scheduled releases.

        Calls `DELETE /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}` (delete_release_trigger).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        id = path_value("id", id)

        try:
            response = await delete_release_trigger.asyncio_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}",
        )

    async def update(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        body: UpdateReleaseTriggerBody,
    ) -> ReleaseTrigger:
        """Update a release trigger

        Changes the schedule or the release settings of an existing release trigger.

        Calls `PATCH /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}` (update_release_trigger).

        Args:
            account_id: Identifier of the account.
            distribution_id: Identifier of the distribution.
            id: Identifier of the resource the path points to.
            body: Request body of update_release_trigger: Update a release trigger.
        """
        account_id = path_value("account_id", account_id)
        distribution_id = path_value("distribution_id", distribution_id)
        id = path_value("id", id)

        try:
            response = await update_release_trigger.asyncio_detailed(
                account_id=account_id,
                distribution_id=distribution_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}",
                exc,
            ) from exc
        return cast(
            "ReleaseTrigger",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}",
            ),
        )
