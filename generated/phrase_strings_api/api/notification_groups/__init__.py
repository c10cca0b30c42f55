"""Operations of the notification_groups resource group, and the facade classes that call them."""

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
    from ...models.notification_group_detail import NotificationGroupDetail
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    list_notification_groups,
    mark_all_notification_groups_read,
    mark_notification_group_read,
)

__all__ = ["AsyncNotificationGroupsApi", "NotificationGroupsApi"]


class NotificationGroupsApi(Resource):
    """Notification groups bundle related notifications of the current user and can be marked as read
    together.

    Blocking calls; `AsyncNotificationGroupsApi` has the same methods, awaitable.
    """

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[NotificationGroupDetail]:
        """List the current user's notification groups

        Returns a page of the notification groups that belong to the current user.

        Calls `GET /notification_groups` (list_notification_groups).

        Args:
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        check_per_page(per_page)

        try:
            response = list_notification_groups.sync_detailed(
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /notification_groups", exc) from exc
        return cast(
            "builtins.list[NotificationGroupDetail]",
            unwrap(response, (200,), "GET /notification_groups"),
        )

    def list_pages(
        self,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[NotificationGroupDetail]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_notification_groups.sync_detailed(
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /notification_groups", exc) from exc
            unwrap(response, (200,), "GET /notification_groups")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[NotificationGroupDetail]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        return items(
            self.list_pages(
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    def mark_all_read(
        self,
    ) -> builtins.list[NotificationGroupDetail]:
        """Mark every notification group as read

        Sets all of the current user's notification groups to read in one call.

        Calls `PATCH /notification_groups/mark_all_as_read` (mark_all_notification_groups_read).
        """

        try:
            response = mark_all_notification_groups_read.sync_detailed(
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /notification_groups/mark_all_as_read", exc
            ) from exc
        return cast(
            "builtins.list[NotificationGroupDetail]",
            unwrap(response, (200,), "PATCH /notification_groups/mark_all_as_read"),
        )

    def mark_read(
        self,
        id: str,
    ) -> NotificationGroupDetail:
        """Mark one notification group as read

        Sets one of the current user's notification groups to read.

        Calls `PATCH /notification_groups/{id}/mark_as_read` (mark_notification_group_read).

        Args:
            id: Identifier of the resource the path points to.
        """
        id = path_value("id", id)

        try:
            response = mark_notification_group_read.sync_detailed(
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /notification_groups/{id}/mark_as_read", exc
            ) from exc
        return cast(
            "NotificationGroupDetail",
            unwrap(response, (200,), "PATCH /notification_groups/{id}/mark_as_read"),
        )


class AsyncNotificationGroupsApi(AsyncResource):
    """Notification groups bundle related notifications of the current user and can be marked as read
    together.

    Awaitable calls; `NotificationGroupsApi` has the same methods, blocking.
    """

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[NotificationGroupDetail]:
        """List the current user's notification groups

        Returns a page of the notification groups that belong to the current user.

        Calls `GET /notification_groups` (list_notification_groups).

        Args:
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        check_per_page(per_page)

        try:
            response = await list_notification_groups.asyncio_detailed(
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /notification_groups", exc) from exc
        return cast(
            "builtins.list[NotificationGroupDetail]",
            unwrap(response, (200,), "GET /notification_groups"),
        )

    def list_pages(
        self,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[NotificationGroupDetail]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_notification_groups.asyncio_detailed(
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /notification_groups", exc) from exc
            unwrap(response, (200,), "GET /notification_groups")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[NotificationGroupDetail]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        return async_items(
            self.list_pages(
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    async def mark_all_read(
        self,
    ) -> builtins.list[NotificationGroupDetail]:
        """Mark every notification group as read

        Sets all of the current user's notification groups to read in one call.

        Calls `PATCH /notification_groups/mark_all_as_read` (mark_all_notification_groups_read).
        """

        try:
            response = await mark_all_notification_groups_read.asyncio_detailed(
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /notification_groups/mark_all_as_read", exc
            ) from exc
        return cast(
            "builtins.list[NotificationGroupDetail]",
            unwrap(response, (200,), "PATCH /notification_groups/mark_all_as_read"),
        )

    async def mark_read(
        self,
        id: str,
    ) -> NotificationGroupDetail:
        """Mark one notification group as read

        Sets one of the current user's notification groups to read.

        Calls `PATCH /notification_groups/{id}/mark_as_read` (mark_notification_group_read).

        Args:
            id: Identifier of the resource the path points to.
        """
        id = path_value("id", id)

        try:
            response = await mark_notification_group_read.asyncio_detailed(
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /notification_groups/{id}/mark_as_read", exc
            ) from exc
        return cast(
            "NotificationGroupDetail",
            unwrap(response, (200,), "PATCH /notification_groups/{id}/mark_as_read"),
        )
