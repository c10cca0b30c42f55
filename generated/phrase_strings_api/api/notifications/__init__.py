"""Operations of the notifications resource group, and the facade classes that call them."""

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
    from ...models.notification import Notification
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    list_notifications,
    mark_all_notifications_read,
    show_notification,
)

__all__ = ["AsyncNotificationsApi", "NotificationsApi"]


class NotificationsApi(Resource):
    """Notifications are the messages addressed to the authenticated user. These endpoints list them,
    fetch one and mark them as read.

    Blocking calls; `AsyncNotificationsApi` has the same methods, awaitable.
    """

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        unseen: bool | Unset = UNSET,
        last_days: int | Unset = UNSET,
    ) -> builtins.list[Notification]:
        """List your notifications

        Returns the notifications addressed to the authenticated user, optionally only those not yet
        seen.

        Calls `GET /notifications` (list_notifications).

        Args:
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            unseen: When true, return only notifications that have not been seen.
            last_days: Only notifications from the last this many days.
        """
        check_per_page(per_page)

        try:
            response = list_notifications.sync_detailed(
                page=page,
                per_page=per_page,
                unseen=unseen,
                last_days=last_days,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /notifications", exc) from exc
        return cast(
            "builtins.list[Notification]",
            unwrap(response, (200,), "GET /notifications"),
        )

    def list_pages(
        self,
        *,
        per_page: int = 100,
        unseen: bool | Unset = UNSET,
        last_days: int | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Notification]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            unseen: When true, return only notifications that have not been seen.
            last_days: Only notifications from the last this many days.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_notifications.sync_detailed(
                    page=page,
                    per_page=size,
                    unseen=unseen,
                    last_days=last_days,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /notifications", exc) from exc
            unwrap(response, (200,), "GET /notifications")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        unseen: bool | Unset = UNSET,
        last_days: int | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Notification]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            unseen: When true, return only notifications that have not been seen.
            last_days: Only notifications from the last this many days.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        return items(
            self.list_pages(
                per_page=per_page,
                unseen=unseen,
                last_days=last_days,
                concurrent=concurrent,
            )
        )

    def mark_all_read(
        self,
    ) -> builtins.list[Notification]:
        """Mark all your notifications as read

        Flags every notification of the authenticated user as read.

        Calls `POST /notifications/mark_all_as_read` (mark_all_notifications_read).
        """

        try:
            response = mark_all_notifications_read.sync_detailed(
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /notifications/mark_all_as_read", exc) from exc
        return cast(
            "builtins.list[Notification]",
            unwrap(response, (200,), "POST /notifications/mark_all_as_read"),
        )

    def show(
        self,
        id: str,
    ) -> Notification:
        """Get a notification

        Returns one notification of the authenticated user.

        Calls `GET /notifications/{id}` (show_notification).

        Args:
            id: Identifier of the resource the path points to.
        """
        id = path_value("id", id)

        try:
            response = show_notification.sync_detailed(
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /notifications/{id}", exc) from exc
        return cast("Notification", unwrap(response, (200,), "GET /notifications/{id}"))


class AsyncNotificationsApi(AsyncResource):
    """Notifications are the messages addressed to the authenticated user. These endpoints list them,
    fetch one and mark them as read.

    Awaitable calls; `NotificationsApi` has the same methods, blocking.
    """

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        unseen: bool | Unset = UNSET,
        last_days: int | Unset = UNSET,
    ) -> builtins.list[Notification]:
        """List your notifications

        Returns the notifications addressed to the authenticated user, optionally only those not yet
        seen.

        Calls `GET /notifications` (list_notifications).

        Args:
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            unseen: When true, return only notifications that have not been seen.
            last_days: Only notifications from the last this many days.
        """
        check_per_page(per_page)

        try:
            response = await list_notifications.asyncio_detailed(
                page=page,
                per_page=per_page,
                unseen=unseen,
                last_days=last_days,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /notifications", exc) from exc
        return cast(
            "builtins.list[Notification]",
            unwrap(response, (200,), "GET /notifications"),
        )

    def list_pages(
        self,
        *,
        per_page: int = 100,
        unseen: bool | Unset = UNSET,
        last_days: int | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Notification]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            unseen: When true, return only notifications that have not been seen.
            last_days: Only notifications from the last this many days.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_notifications.asyncio_detailed(
                    page=page,
                    per_page=size,
                    unseen=unseen,
                    last_days=last_days,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /notifications", exc) from exc
            unwrap(response, (200,), "GET /notifications")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        unseen: bool | Unset = UNSET,
        last_days: int | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Notification]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            unseen: When true, return only notifications that have not been seen.
            last_days: Only notifications from the last this many days.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        return async_items(
            self.list_pages(
                per_page=per_page,
                unseen=unseen,
                last_days=last_days,
                concurrent=concurrent,
            )
        )

    async def mark_all_read(
        self,
    ) -> builtins.list[Notification]:
        """Mark all your notifications as read

        Flags every notification of the authenticated user as read.

        Calls `POST /notifications/mark_all_as_read` (mark_all_notifications_read).
        """

        try:
            response = await mark_all_notifications_read.asyncio_detailed(
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /notifications/mark_all_as_read", exc) from exc
        return cast(
            "builtins.list[Notification]",
            unwrap(response, (200,), "POST /notifications/mark_all_as_read"),
        )

    async def show(
        self,
        id: str,
    ) -> Notification:
        """Get a notification

        Returns one notification of the authenticated user.

        Calls `GET /notifications/{id}` (show_notification).

        Args:
            id: Identifier of the resource the path points to.
        """
        id = path_value("id", id)

        try:
            response = await show_notification.asyncio_detailed(
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /notifications/{id}", exc) from exc
        return cast("Notification", unwrap(response, (200,), "GET /notifications/{id}"))
