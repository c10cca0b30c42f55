"""Operations of the repo_sync_events resource group, and the facade classes that call them."""

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
    from ...models.repo_sync_event import RepoSyncEvent
    from ...types import UNSET, Unset

from . import (
    list_repo_sync_events,
    show_repo_sync_event,
)

__all__ = ["AsyncRepoSyncEventsApi", "RepoSyncEventsApi"]


class RepoSyncEventsApi(Resource):
    """Blocking calls to the repo_sync_events resource group."""

    def list(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[RepoSyncEvent]:
        """List the events of a repo sync

        Returns the history of one repository sync, with an entry for every import and export it
        performed.

        Calls `GET /accounts/{account_id}/repo_syncs/{id}/events` (list_repo_sync_events).
        """
        response = list_repo_sync_events.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[RepoSyncEvent]", unwrap(response))

    def show(
        self,
        account_id: str,
        repo_sync_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> RepoSyncEvent:
        """Get a repo sync event

        Returns one event from the history of a repository sync.

        Calls `GET /accounts/{account_id}/repo_syncs/{repo_sync_id}/events/{id}` (show_repo_sync_event).
        """
        response = show_repo_sync_event.sync_detailed(
            account_id=account_id,
            repo_sync_id=repo_sync_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("RepoSyncEvent", unwrap(response))


class AsyncRepoSyncEventsApi(AsyncResource):
    """Awaitable calls to the repo_sync_events resource group."""

    async def list(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[RepoSyncEvent]:
        """List the events of a repo sync

        Returns the history of one repository sync, with an entry for every import and export it
        performed.

        Calls `GET /accounts/{account_id}/repo_syncs/{id}/events` (list_repo_sync_events).
        """
        response = await list_repo_sync_events.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[RepoSyncEvent]", unwrap(response))

    async def show(
        self,
        account_id: str,
        repo_sync_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> RepoSyncEvent:
        """Get a repo sync event

        Returns one event from the history of a repository sync.

        Calls `GET /accounts/{account_id}/repo_syncs/{repo_sync_id}/events/{id}` (show_repo_sync_event).
        """
        response = await show_repo_sync_event.asyncio_detailed(
            account_id=account_id,
            repo_sync_id=repo_sync_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("RepoSyncEvent", unwrap(response))
