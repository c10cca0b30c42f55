"""Operations of the notifications resource group, and the facade classes that call them."""

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
    """Blocking calls to the notifications resource group."""

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        unseen: bool | Unset = UNSET,
        last_days: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Notification]:
        """List your notifications

        Returns the notifications addressed to the authenticated user, optionally only those not yet
        seen.

        Calls `GET /notifications` (list_notifications).
        """
        response = list_notifications.sync_detailed(
            page=page,
            per_page=per_page,
            unseen=unseen,
            last_days=last_days,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Notification]", unwrap(response))

    def list_pages(
        self,
        *,
        per_page: int = 100,
        unseen: bool | Unset = UNSET,
        last_days: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Notification]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_notifications.sync_detailed(
                page=page,
                per_page=size,
                unseen=unseen,
                last_days=last_days,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        unseen: bool | Unset = UNSET,
        last_days: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Notification]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                per_page=per_page,
                unseen=unseen,
                last_days=last_days,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def mark_all_read(
        self,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Notification]:
        """Mark all your notifications as read

        Flags every notification of the authenticated user as read.

        Calls `POST /notifications/mark_all_as_read` (mark_all_notifications_read).
        """
        response = mark_all_notifications_read.sync_detailed(
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Notification]", unwrap(response))

    def show(
        self,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Notification:
        """Get a notification

        Returns one notification of the authenticated user.

        Calls `GET /notifications/{id}` (show_notification).
        """
        response = show_notification.sync_detailed(
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Notification", unwrap(response))


class AsyncNotificationsApi(AsyncResource):
    """Awaitable calls to the notifications resource group."""

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        unseen: bool | Unset = UNSET,
        last_days: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Notification]:
        """List your notifications

        Returns the notifications addressed to the authenticated user, optionally only those not yet
        seen.

        Calls `GET /notifications` (list_notifications).
        """
        response = await list_notifications.asyncio_detailed(
            page=page,
            per_page=per_page,
            unseen=unseen,
            last_days=last_days,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Notification]", unwrap(response))

    def list_pages(
        self,
        *,
        per_page: int = 100,
        unseen: bool | Unset = UNSET,
        last_days: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Notification]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_notifications.asyncio_detailed(
                page=page,
                per_page=size,
                unseen=unseen,
                last_days=last_days,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        unseen: bool | Unset = UNSET,
        last_days: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Notification]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                per_page=per_page,
                unseen=unseen,
                last_days=last_days,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def mark_all_read(
        self,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Notification]:
        """Mark all your notifications as read

        Flags every notification of the authenticated user as read.

        Calls `POST /notifications/mark_all_as_read` (mark_all_notifications_read).
        """
        response = await mark_all_notifications_read.asyncio_detailed(
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Notification]", unwrap(response))

    async def show(
        self,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Notification:
        """Get a notification

        Returns one notification of the authenticated user.

        Calls `GET /notifications/{id}` (show_notification).
        """
        response = await show_notification.asyncio_detailed(
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Notification", unwrap(response))
