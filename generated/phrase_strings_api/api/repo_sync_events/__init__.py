"""Operations of the repo_sync_events resource group, and the facade classes that call them."""

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

    from ...models.error import Error
    from ...models.repo_sync_event import RepoSyncEvent

from . import (
    list_repo_sync_events,
    show_repo_sync_event,
)

__all__ = ["AsyncRepoSyncEventsApi", "RepoSyncEventsApi"]


class RepoSyncEventsApi(Resource):
    """Repo sync events are the history entries of a repository sync, one for each import or export it
    ran.

    Blocking calls; `AsyncRepoSyncEventsApi` has the same methods, awaitable.
    """

    def list(
        self,
        account_id: str,
        id: str,
    ) -> builtins.list[RepoSyncEvent]:
        """List the events of a repo sync

        Returns the history of one repository sync, with an entry for every import and export it
        performed.

        Calls `GET /accounts/{account_id}/repo_syncs/{id}/events` (list_repo_sync_events).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = list_repo_sync_events.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/repo_syncs/{id}/events", exc
            ) from exc
        return cast(
            "builtins.list[RepoSyncEvent]",
            unwrap(
                response, (200,), "GET /accounts/{account_id}/repo_syncs/{id}/events"
            ),
        )

    def show(
        self,
        account_id: str,
        repo_sync_id: str,
        id: str,
    ) -> RepoSyncEvent:
        """Get a repo sync event

        Returns one event from the history of a repository sync.

        Calls `GET /accounts/{account_id}/repo_syncs/{repo_sync_id}/events/{id}` (show_repo_sync_event).

        Args:
            account_id: Identifier of the account.
            repo_sync_id: Identifier of the repository sync.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        repo_sync_id = path_value("repo_sync_id", repo_sync_id)
        id = path_value("id", id)

        try:
            response = show_repo_sync_event.sync_detailed(
                account_id=account_id,
                repo_sync_id=repo_sync_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/repo_syncs/{repo_sync_id}/events/{id}", exc
            ) from exc
        return cast(
            "RepoSyncEvent",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/repo_syncs/{repo_sync_id}/events/{id}",
            ),
        )


class AsyncRepoSyncEventsApi(AsyncResource):
    """Repo sync events are the history entries of a repository sync, one for each import or export it
    ran.

    Awaitable calls; `RepoSyncEventsApi` has the same methods, blocking.
    """

    async def list(
        self,
        account_id: str,
        id: str,
    ) -> builtins.list[RepoSyncEvent]:
        """List the events of a repo sync

        Returns the history of one repository sync, with an entry for every import and export it
        performed.

        Calls `GET /accounts/{account_id}/repo_syncs/{id}/events` (list_repo_sync_events).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await list_repo_sync_events.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/repo_syncs/{id}/events", exc
            ) from exc
        return cast(
            "builtins.list[RepoSyncEvent]",
            unwrap(
                response, (200,), "GET /accounts/{account_id}/repo_syncs/{id}/events"
            ),
        )

    async def show(
        self,
        account_id: str,
        repo_sync_id: str,
        id: str,
    ) -> RepoSyncEvent:
        """Get a repo sync event

        Returns one event from the history of a repository sync.

        Calls `GET /accounts/{account_id}/repo_syncs/{repo_sync_id}/events/{id}` (show_repo_sync_event).

        Args:
            account_id: Identifier of the account.
            repo_sync_id: Identifier of the repository sync.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        repo_sync_id = path_value("repo_sync_id", repo_sync_id)
        id = path_value("id", id)

        try:
            response = await show_repo_sync_event.asyncio_detailed(
                account_id=account_id,
                repo_sync_id=repo_sync_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/repo_syncs/{repo_sync_id}/events/{id}", exc
            ) from exc
        return cast(
            "RepoSyncEvent",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/repo_syncs/{repo_sync_id}/events/{id}",
            ),
        )
