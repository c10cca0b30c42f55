"""Operations of the repo_syncs resource group, and the facade classes that call them."""

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
    """Repo Syncs connect Strings projects with a code repository so translations can be imported from
    it and exported to it.

    Blocking calls; `AsyncRepoSyncsApi` has the same methods, awaitable.
    """

    def list(
        self,
        account_id: str,
    ) -> builtins.list[RepoSync]:
        """List the repo syncs of an account

        Returns every repo sync configured in the account.

        Calls `GET /accounts/{account_id}/repo_syncs` (list_repo_syncs).

        Args:
            account_id: Identifier of the account.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = list_repo_syncs.sync_detailed(
                account_id=account_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/repo_syncs", exc) from exc
        return cast(
            "builtins.list[RepoSync]",
            unwrap(response, (200,), "GET /accounts/{account_id}/repo_syncs"),
        )

    def create(
        self,
        account_id: str,
        *,
        body: CreateRepoSyncBody,
    ) -> RepoSync:
        """Connect a repository to a project

        Sets up a repo sync, which imports localization files from a Git repository into a project and
        exports translations back. Needs the write scope and an account with the repo sync feature.

        Calls `POST /accounts/{account_id}/repo_syncs` (create_repo_sync).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_repo_sync: Connect a repository to a project.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = create_repo_sync.sync_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /accounts/{account_id}/repo_syncs", exc) from exc
        return cast(
            "RepoSync",
            unwrap(response, (201,), "POST /accounts/{account_id}/repo_syncs"),
        )

    def show(
        self,
        account_id: str,
        id: str,
    ) -> RepoSync:
        """Get a repo sync

        Returns the settings of one repo sync.

        Calls `GET /accounts/{account_id}/repo_syncs/{id}` (show_repo_sync).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = show_repo_sync.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/repo_syncs/{id}", exc
            ) from exc
        return cast(
            "RepoSync",
            unwrap(response, (200,), "GET /accounts/{account_id}/repo_syncs/{id}"),
        )

    def export(
        self,
        account_id: str,
        id: str,
        *,
        body: ExportRepoSyncBody | Unset = UNSET,
    ) -> RepoSyncEvent:
        """Export translations to the code repository

        Pushes translations from Strings to the connected repository, following the .phrase.yml file in
        that repository. The export runs in the background and can take a few seconds on large projects.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/export` (export_repo_sync).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of export_repo_sync: Export translations to the code repository.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = export_repo_sync.sync_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/repo_syncs/{id}/export", exc
            ) from exc
        return cast(
            "RepoSyncEvent",
            unwrap(
                response, (200,), "POST /accounts/{account_id}/repo_syncs/{id}/export"
            ),
        )

    def import_(
        self,
        account_id: str,
        id: str,
        *,
        body: ImportRepoSyncBody | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> RepoSyncEvent:
        """Import translations from the code repository

        Pulls translations from the connected repository into Strings, following the .phrase.yml file in
        that repository. The import runs in the background and can take a few seconds on large projects.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/import` (import_repo_sync).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of import_repo_sync: Import translations from the code repository.
            branch: Phrase branch to import into; send it in the body instead (the published document no
                longer lists this parameter).
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = import_repo_sync.sync_detailed(
                account_id=account_id,
                id=id,
                body=body,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/repo_syncs/{id}/import", exc
            ) from exc
        return cast(
            "RepoSyncEvent",
            unwrap(
                response, (200,), "POST /accounts/{account_id}/repo_syncs/{id}/import"
            ),
        )

    def deactivate(
        self,
        account_id: str,
        id: str,
    ) -> RepoSync:
        """Deactivate a repo sync

        Turns off an active repo sync. While deactivated, imports and exports are refused and pushes to
        the repository no longer start an import.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/deactivate` (deactivate_repo_sync).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = deactivate_repo_sync.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/repo_syncs/{id}/deactivate", exc
            ) from exc
        return cast(
            "RepoSync",
            unwrap(
                response,
                (200,),
                "POST /accounts/{account_id}/repo_syncs/{id}/deactivate",
            ),
        )

    def activate(
        self,
        account_id: str,
        id: str,
    ) -> RepoSync:
        """Activate a repo sync

        Turns a deactivated repo sync back on, so it can import and export again and, where configured,
        repository pushes start imports automatically.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/activate` (activate_repo_sync).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = activate_repo_sync.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/repo_syncs/{id}/activate", exc
            ) from exc
        return cast(
            "RepoSync",
            unwrap(
                response, (200,), "POST /accounts/{account_id}/repo_syncs/{id}/activate"
            ),
        )


class AsyncRepoSyncsApi(AsyncResource):
    """Repo Syncs connect Strings projects with a code repository so translations can be imported from
    it and exported to it.

    Awaitable calls; `RepoSyncsApi` has the same methods, blocking.
    """

    async def list(
        self,
        account_id: str,
    ) -> builtins.list[RepoSync]:
        """List the repo syncs of an account

        Returns every repo sync configured in the account.

        Calls `GET /accounts/{account_id}/repo_syncs` (list_repo_syncs).

        Args:
            account_id: Identifier of the account.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await list_repo_syncs.asyncio_detailed(
                account_id=account_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/repo_syncs", exc) from exc
        return cast(
            "builtins.list[RepoSync]",
            unwrap(response, (200,), "GET /accounts/{account_id}/repo_syncs"),
        )

    async def create(
        self,
        account_id: str,
        *,
        body: CreateRepoSyncBody,
    ) -> RepoSync:
        """Connect a repository to a project

        Sets up a repo sync, which imports localization files from a Git repository into a project and
        exports translations back. Needs the write scope and an account with the repo sync feature.

        Calls `POST /accounts/{account_id}/repo_syncs` (create_repo_sync).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_repo_sync: Connect a repository to a project.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await create_repo_sync.asyncio_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /accounts/{account_id}/repo_syncs", exc) from exc
        return cast(
            "RepoSync",
            unwrap(response, (201,), "POST /accounts/{account_id}/repo_syncs"),
        )

    async def show(
        self,
        account_id: str,
        id: str,
    ) -> RepoSync:
        """Get a repo sync

        Returns the settings of one repo sync.

        Calls `GET /accounts/{account_id}/repo_syncs/{id}` (show_repo_sync).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await show_repo_sync.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/repo_syncs/{id}", exc
            ) from exc
        return cast(
            "RepoSync",
            unwrap(response, (200,), "GET /accounts/{account_id}/repo_syncs/{id}"),
        )

    async def export(
        self,
        account_id: str,
        id: str,
        *,
        body: ExportRepoSyncBody | Unset = UNSET,
    ) -> RepoSyncEvent:
        """Export translations to the code repository

        Pushes translations from Strings to the connected repository, following the .phrase.yml file in
        that repository. The export runs in the background and can take a few seconds on large projects.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/export` (export_repo_sync).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of export_repo_sync: Export translations to the code repository.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await export_repo_sync.asyncio_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/repo_syncs/{id}/export", exc
            ) from exc
        return cast(
            "RepoSyncEvent",
            unwrap(
                response, (200,), "POST /accounts/{account_id}/repo_syncs/{id}/export"
            ),
        )

    async def import_(
        self,
        account_id: str,
        id: str,
        *,
        body: ImportRepoSyncBody | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> RepoSyncEvent:
        """Import translations from the code repository

        Pulls translations from the connected repository into Strings, following the .phrase.yml file in
        that repository. The import runs in the background and can take a few seconds on large projects.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/import` (import_repo_sync).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of import_repo_sync: Import translations from the code repository.
            branch: Phrase branch to import into; send it in the body instead (the published document no
                longer lists this parameter).
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await import_repo_sync.asyncio_detailed(
                account_id=account_id,
                id=id,
                body=body,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/repo_syncs/{id}/import", exc
            ) from exc
        return cast(
            "RepoSyncEvent",
            unwrap(
                response, (200,), "POST /accounts/{account_id}/repo_syncs/{id}/import"
            ),
        )

    async def deactivate(
        self,
        account_id: str,
        id: str,
    ) -> RepoSync:
        """Deactivate a repo sync

        Turns off an active repo sync. While deactivated, imports and exports are refused and pushes to
        the repository no longer start an import.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/deactivate` (deactivate_repo_sync).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await deactivate_repo_sync.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/repo_syncs/{id}/deactivate", exc
            ) from exc
        return cast(
            "RepoSync",
            unwrap(
                response,
                (200,),
                "POST /accounts/{account_id}/repo_syncs/{id}/deactivate",
            ),
        )

    async def activate(
        self,
        account_id: str,
        id: str,
    ) -> RepoSync:
        """Activate a repo sync

        Turns a deactivated repo sync back on, so it can import and export again and, where configured,
        repository pushes start imports automatically.

        Calls `POST /accounts/{account_id}/repo_syncs/{id}/activate` (activate_repo_sync).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await activate_repo_sync.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/repo_syncs/{id}/activate", exc
            ) from exc
        return cast(
            "RepoSync",
            unwrap(
                response, (200,), "POST /accounts/{account_id}/repo_syncs/{id}/activate"
            ),
        )
