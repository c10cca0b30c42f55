"""Operations of the repo_syncs resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_repo_sync_body import CreateRepoSyncBody
    from ...models.error import Error
    from ...models.export_repo_sync_body import ExportRepoSyncBody
    from ...models.import_repo_sync_body import ImportRepoSyncBody
    from ...models.repo_sync import RepoSync
    from ...models.repo_sync_event import RepoSyncEvent
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    activate_repo_sync,
    create_repo_sync,
    deactivate_repo_sync,
    export_repo_sync,
    import_repo_sync,
    list_repo_syncs,
    show_repo_sync,
)

__all__ = ["AsyncRepoSyncsApi", "RepoSyncsApi"]


class RepoSyncsApi(Resource):
    """Blocking calls to the repo_syncs resource group."""

    def list(
        self,
        account_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[RepoSync]:
        """List the repo syncs of an account

        Returns every repo sync configured in the account.

        Calls `GET /accounts/{account_id}/repo_syncs` (list_repo_syncs).
        """
        response = list_repo_syncs.sync_detailed(
            account_id=account_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[RepoSync]", unwrap(response))

    def create(
        self,
        account_id: str,
        *,
        body: CreateRepoSyncBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> RepoSync:
        """Connect a repository to a project

        Sets up a repo sync, which imports localization files from a Git repository into a project and
        exports translations back. Needs the write scope and an account with the repo sync feature.

        Calls `POST /accounts/{account_id}/repo_syncs` (create_repo_sync).
        """
        response = create_repo_sync.sync_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("RepoSync", unwrap(response))

    def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> RepoSync:
        """Get a repo sync

        Returns the settings of one repo sync.

        Calls `GET /accounts/{account_id}/repo_syncs/{id}` (show_repo_sync).
        """
        response = show_repo_sync.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("RepoSync", unwrap(response))

    def export(
        self,
        account_id: str,
        id: str,
        *,
        body: ExportRepoSyncBody | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> RepoSyncEvent:
        """Export translations to the code repository

        Pushes translations from Strings to the connected repository, following the .phrase.yml file in
        that repository. The export runs in the background and can take a few seconds on large projects.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/export` (export_repo_sync).
        """
        response = export_repo_sync.sync_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("RepoSyncEvent", unwrap(response))

    def import_(
        self,
        account_id: str,
        id: str,
        *,
        body: ImportRepoSyncBody | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> RepoSyncEvent:
        """Import translations from the code repository

        Pulls translations from the connected repository into Strings, following the .phrase.yml file in
        that repository. The import runs in the background and can take a few seconds on large projects.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/import` (import_repo_sync).
        """
        response = import_repo_sync.sync_detailed(
            account_id=account_id,
            id=id,
            body=body,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("RepoSyncEvent", unwrap(response))

    def deactivate(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> RepoSync:
        """Deactivate a repo sync

        Turns off an active repo sync. While deactivated, imports and exports are refused and pushes to
        the repository no longer start an import.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/deactivate` (deactivate_repo_sync).
        """
        response = deactivate_repo_sync.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("RepoSync", unwrap(response))

    def activate(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> RepoSync:
        """Activate a repo sync

        Turns a deactivated repo sync back on, so it can import and export again and, where configured,
        repository pushes start imports automatically.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/activate` (activate_repo_sync).
        """
        response = activate_repo_sync.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("RepoSync", unwrap(response))


class AsyncRepoSyncsApi(AsyncResource):
    """Awaitable calls to the repo_syncs resource group."""

    async def list(
        self,
        account_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[RepoSync]:
        """List the repo syncs of an account

        Returns every repo sync configured in the account.

        Calls `GET /accounts/{account_id}/repo_syncs` (list_repo_syncs).
        """
        response = await list_repo_syncs.asyncio_detailed(
            account_id=account_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[RepoSync]", unwrap(response))

    async def create(
        self,
        account_id: str,
        *,
        body: CreateRepoSyncBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> RepoSync:
        """Connect a repository to a project

        Sets up a repo sync, which imports localization files from a Git repository into a project and
        exports translations back. Needs the write scope and an account with the repo sync feature.

        Calls `POST /accounts/{account_id}/repo_syncs` (create_repo_sync).
        """
        response = await create_repo_sync.asyncio_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("RepoSync", unwrap(response))

    async def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> RepoSync:
        """Get a repo sync

        Returns the settings of one repo sync.

        Calls `GET /accounts/{account_id}/repo_syncs/{id}` (show_repo_sync).
        """
        response = await show_repo_sync.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("RepoSync", unwrap(response))

    async def export(
        self,
        account_id: str,
        id: str,
        *,
        body: ExportRepoSyncBody | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> RepoSyncEvent:
        """Export translations to the code repository

        Pushes translations from Strings to the connected repository, following the .phrase.yml file in
        that repository. The export runs in the background and can take a few seconds on large projects.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/export` (export_repo_sync).
        """
        response = await export_repo_sync.asyncio_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("RepoSyncEvent", unwrap(response))

    async def import_(
        self,
        account_id: str,
        id: str,
        *,
        body: ImportRepoSyncBody | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> RepoSyncEvent:
        """Import translations from the code repository

        Pulls translations from the connected repository into Strings, following the .phrase.yml file in
        that repository. The import runs in the background and can take a few seconds on large projects.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/import` (import_repo_sync).
        """
        response = await import_repo_sync.asyncio_detailed(
            account_id=account_id,
            id=id,
            body=body,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("RepoSyncEvent", unwrap(response))

    async def deactivate(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> RepoSync:
        """Deactivate a repo sync

        Turns off an active repo sync. While deactivated, imports and exports are refused and pushes to
        the repository no longer start an import.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/deactivate` (deactivate_repo_sync).
        """
        response = await deactivate_repo_sync.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("RepoSync", unwrap(response))

    async def activate(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> RepoSync:
        """Activate a repo sync

        Turns a deactivated repo sync back on, so it can import and export again and, where configured,
        repository pushes start imports automatically.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/activate` (activate_repo_sync).
        """
        response = await activate_repo_sync.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("RepoSync", unwrap(response))
