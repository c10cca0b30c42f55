"""Operations of the release_triggers resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_release_trigger_body import CreateReleaseTriggerBody
    from ...models.error import Error
    from ...models.release_trigger import ReleaseTrigger
    from ...models.update_release_trigger_body import UpdateReleaseTriggerBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_release_trigger,
    delete_release_trigger,
    list_release_triggers,
    show_release_trigger,
    update_release_trigger,
)

__all__ = ["AsyncReleaseTriggersApi", "ReleaseTriggersApi"]


class ReleaseTriggersApi(Resource):
    """Blocking calls to the release_triggers resource group."""

    def list(
        self,
        account_id: str,
        distribution_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[ReleaseTrigger]:
        """List the release triggers of a distribution

        Returns the release triggers configured for the distribution. A distribution holds at most one
        trigger, so the list has zero or one entries.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers` (list_release_triggers).
        """
        response = list_release_triggers.sync_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[ReleaseTrigger]", unwrap(response))

    def create(
        self,
        account_id: str,
        distribution_id: str,
        *,
        body: CreateReleaseTriggerBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ReleaseTrigger:
        """Create a release trigger

        Sets up recurring releases: on each tick of the cron schedule a new release is created and
        published automatically. Only one trigger is allowed per distribution.

        Calls `POST /accounts/{account_id}/distributions/{distribution_id}/release_triggers` (create_release_trigger).
        """
        response = create_release_trigger.sync_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ReleaseTrigger", unwrap(response))

    def show(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ReleaseTrigger:
        """Get a release trigger

        Returns the configuration of one release trigger.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}` (show_release_trigger).
        """
        response = show_release_trigger.sync_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ReleaseTrigger", unwrap(response))

    def delete(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a release trigger

        Removes the release trigger, which stops its scheduled releases.

        Calls `DELETE /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}` (delete_release_trigger).
        """
        response = delete_release_trigger.sync_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        body: UpdateReleaseTriggerBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ReleaseTrigger:
        """Update a release trigger

        Changes the schedule or the release settings of an existing release trigger.

        Calls `PATCH /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}` (update_release_trigger).
        """
        response = update_release_trigger.sync_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ReleaseTrigger", unwrap(response))


class AsyncReleaseTriggersApi(AsyncResource):
    """Awaitable calls to the release_triggers resource group."""

    async def list(
        self,
        account_id: str,
        distribution_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[ReleaseTrigger]:
        """List the release triggers of a distribution

        Returns the release triggers configured for the distribution. A distribution holds at most one
        trigger, so the list has zero or one entries.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers` (list_release_triggers).
        """
        response = await list_release_triggers.asyncio_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[ReleaseTrigger]", unwrap(response))

    async def create(
        self,
        account_id: str,
        distribution_id: str,
        *,
        body: CreateReleaseTriggerBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ReleaseTrigger:
        """Create a release trigger

        Sets up recurring releases: on each tick of the cron schedule a new release is created and
        published automatically. Only one trigger is allowed per distribution.

        Calls `POST /accounts/{account_id}/distributions/{distribution_id}/release_triggers` (create_release_trigger).
        """
        response = await create_release_trigger.asyncio_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ReleaseTrigger", unwrap(response))

    async def show(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ReleaseTrigger:
        """Get a release trigger

        Returns the configuration of one release trigger.

        Calls `GET /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}` (show_release_trigger).
        """
        response = await show_release_trigger.asyncio_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ReleaseTrigger", unwrap(response))

    async def delete(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a release trigger

        Removes the release trigger, which stops its scheduled releases.

        Calls `DELETE /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}` (delete_release_trigger).
        """
        response = await delete_release_trigger.asyncio_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        account_id: str,
        distribution_id: str,
        id: str,
        *,
        body: UpdateReleaseTriggerBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ReleaseTrigger:
        """Update a release trigger

        Changes the schedule or the release settings of an existing release trigger.

        Calls `PATCH /accounts/{account_id}/distributions/{distribution_id}/release_triggers/{id}` (update_release_trigger).
        """
        response = await update_release_trigger.asyncio_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ReleaseTrigger", unwrap(response))
