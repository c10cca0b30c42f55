"""Operations of the blacklisted_keys resource group, and the facade classes that call them."""

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

    from ...models.blacklisted_key import BlacklistedKey
    from ...models.create_blacklisted_key_body import CreateBlacklistedKeyBody
    from ...models.error import Error
    from ...models.update_blacklisted_key_body import UpdateBlacklistedKeyBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_blacklisted_key,
    delete_blacklisted_key,
    list_blacklisted_keys,
    show_blacklisted_key,
    update_blacklisted_key,
)

__all__ = ["AsyncBlacklistedKeysApi", "BlacklistedKeysApi"]


class BlacklistedKeysApi(Resource):
    """Blocked key rules (blacklisted keys in the API paths) define key names that are blocked in a
    project.

    Blocking calls; `AsyncBlacklistedKeysApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[BlacklistedKey]:
        """List the blocked key rules of a project

        Returns a page of the rules that block keys in the project.

        Calls `GET /projects/{project_id}/blacklisted_keys` (list_blacklisted_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_blacklisted_keys.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/blacklisted_keys", exc
            ) from exc
        return cast(
            "builtins.list[BlacklistedKey]",
            unwrap(response, (200,), "GET /projects/{project_id}/blacklisted_keys"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[BlacklistedKey]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_blacklisted_keys.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/blacklisted_keys", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/blacklisted_keys")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[BlacklistedKey]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateBlacklistedKeyBody,
    ) -> BlacklistedKey:
        """Create a blocked key rule

        Adds a rule that blocks keys with the given name in the project.

        Calls `POST /projects/{project_id}/blacklisted_keys` (create_blacklisted_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_blacklisted_key: Create a blocked key rule.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_blacklisted_key.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/blacklisted_keys", exc
            ) from exc
        return cast(
            "BlacklistedKey",
            unwrap(response, (201,), "POST /projects/{project_id}/blacklisted_keys"),
        )

    @overload
    def show(
        self,
        project_id: str,
        id: str,
    ) -> BlacklistedKey: ...

    @overload
    def show(
        self,
        *,
        id: str,
    ) -> BlacklistedKey: ...

    def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> BlacklistedKey:
        """Get one blocked key rule

        Returns the details of a single key-blocking rule of the project.

        Calls `GET /projects/{project_id}/blacklisted_keys/{id}` (show_blacklisted_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = show_blacklisted_key.sync_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/blacklisted_keys/{id}", exc
            ) from exc
        return cast(
            "BlacklistedKey",
            unwrap(
                response, (200,), "GET /projects/{project_id}/blacklisted_keys/{id}"
            ),
        )

    @overload
    def delete(
        self,
        project_id: str,
        id: str,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> None:
        """Delete a blocked key rule

        Removes a key-blocking rule from the project.

        Calls `DELETE /projects/{project_id}/blacklisted_keys/{id}` (delete_blacklisted_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = delete_blacklisted_key.sync_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/blacklisted_keys/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/blacklisted_keys/{id}")

    @overload
    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateBlacklistedKeyBody,
    ) -> BlacklistedKey: ...

    @overload
    def update(
        self,
        *,
        id: str,
        body: UpdateBlacklistedKeyBody,
    ) -> BlacklistedKey: ...

    def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateBlacklistedKeyBody,
    ) -> BlacklistedKey:
        """Update a blocked key rule

        Changes the key name that an existing blocking rule applies to.

        Calls `PATCH /projects/{project_id}/blacklisted_keys/{id}` (update_blacklisted_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_blacklisted_key: Update a blocked key rule.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = update_blacklisted_key.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/blacklisted_keys/{id}", exc
            ) from exc
        return cast(
            "BlacklistedKey",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/blacklisted_keys/{id}"
            ),
        )


class AsyncBlacklistedKeysApi(AsyncResource):
    """Blocked key rules (blacklisted keys in the API paths) define key names that are blocked in a
    project.

    Awaitable calls; `BlacklistedKeysApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[BlacklistedKey]:
        """List the blocked key rules of a project

        Returns a page of the rules that block keys in the project.

        Calls `GET /projects/{project_id}/blacklisted_keys` (list_blacklisted_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_blacklisted_keys.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/blacklisted_keys", exc
            ) from exc
        return cast(
            "builtins.list[BlacklistedKey]",
            unwrap(response, (200,), "GET /projects/{project_id}/blacklisted_keys"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[BlacklistedKey]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_blacklisted_keys.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/blacklisted_keys", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/blacklisted_keys")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[BlacklistedKey]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateBlacklistedKeyBody,
    ) -> BlacklistedKey:
        """Create a blocked key rule

        Adds a rule that blocks keys with the given name in the project.

        Calls `POST /projects/{project_id}/blacklisted_keys` (create_blacklisted_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_blacklisted_key: Create a blocked key rule.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_blacklisted_key.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/blacklisted_keys", exc
            ) from exc
        return cast(
            "BlacklistedKey",
            unwrap(response, (201,), "POST /projects/{project_id}/blacklisted_keys"),
        )

    @overload
    async def show(
        self,
        project_id: str,
        id: str,
    ) -> BlacklistedKey: ...

    @overload
    async def show(
        self,
        *,
        id: str,
    ) -> BlacklistedKey: ...

    async def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> BlacklistedKey:
        """Get one blocked key rule

        Returns the details of a single key-blocking rule of the project.

        Calls `GET /projects/{project_id}/blacklisted_keys/{id}` (show_blacklisted_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await show_blacklisted_key.asyncio_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/blacklisted_keys/{id}", exc
            ) from exc
        return cast(
            "BlacklistedKey",
            unwrap(
                response, (200,), "GET /projects/{project_id}/blacklisted_keys/{id}"
            ),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        id: str,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> None:
        """Delete a blocked key rule

        Removes a key-blocking rule from the project.

        Calls `DELETE /projects/{project_id}/blacklisted_keys/{id}` (delete_blacklisted_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await delete_blacklisted_key.asyncio_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/blacklisted_keys/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/blacklisted_keys/{id}")

    @overload
    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateBlacklistedKeyBody,
    ) -> BlacklistedKey: ...

    @overload
    async def update(
        self,
        *,
        id: str,
        body: UpdateBlacklistedKeyBody,
    ) -> BlacklistedKey: ...

    async def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateBlacklistedKeyBody,
    ) -> BlacklistedKey:
        """Update a blocked key rule

        Changes the key name that an existing blocking rule applies to.

        Calls `PATCH /projects/{project_id}/blacklisted_keys/{id}` (update_blacklisted_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_blacklisted_key: Update a blocked key rule.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await update_blacklisted_key.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/blacklisted_keys/{id}", exc
            ) from exc
        return cast(
            "BlacklistedKey",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/blacklisted_keys/{id}"
            ),
        )
