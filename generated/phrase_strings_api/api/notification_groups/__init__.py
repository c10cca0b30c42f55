"""Operations of the notification_groups resource group, and the facade classes that call them."""

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
    """Blocking calls to the notification_groups resource group."""

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[NotificationGroupDetail]:
        """List the current user's notification groups

        Returns a page of the notification groups that belong to the current user.

        Calls `GET /notification_groups` (list_notification_groups).
        """
        response = list_notification_groups.sync_detailed(
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[NotificationGroupDetail]", unwrap(response))

    def list_pages(
        self,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[NotificationGroupDetail]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_notification_groups.sync_detailed(
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[NotificationGroupDetail]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def mark_all_read(
        self,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[NotificationGroupDetail]:
        """Mark every notification group as read

        Sets all of the current user's notification groups to read in one call.

        Calls `PATCH /notification_groups/mark_all_as_read` (mark_all_notification_groups_read).
        """
        response = mark_all_notification_groups_read.sync_detailed(
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[NotificationGroupDetail]", unwrap(response))

    def mark_read(
        self,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> NotificationGroupDetail:
        """Mark one notification group as read

        Sets one of the current user's notification groups to read.

        Calls `PATCH /notification_groups/{id}/mark_as_read` (mark_notification_group_read).
        """
        response = mark_notification_group_read.sync_detailed(
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("NotificationGroupDetail", unwrap(response))


class AsyncNotificationGroupsApi(AsyncResource):
    """Awaitable calls to the notification_groups resource group."""

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[NotificationGroupDetail]:
        """List the current user's notification groups

        Returns a page of the notification groups that belong to the current user.

        Calls `GET /notification_groups` (list_notification_groups).
        """
        response = await list_notification_groups.asyncio_detailed(
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[NotificationGroupDetail]", unwrap(response))

    def list_pages(
        self,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[NotificationGroupDetail]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_notification_groups.asyncio_detailed(
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[NotificationGroupDetail]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def mark_all_read(
        self,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[NotificationGroupDetail]:
        """Mark every notification group as read

        Sets all of the current user's notification groups to read in one call.

        Calls `PATCH /notification_groups/mark_all_as_read` (mark_all_notification_groups_read).
        """
        response = await mark_all_notification_groups_read.asyncio_detailed(
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[NotificationGroupDetail]", unwrap(response))

    async def mark_read(
        self,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> NotificationGroupDetail:
        """Mark one notification group as read

        Sets one of the current user's notification groups to read.

        Calls `PATCH /notification_groups/{id}/mark_as_read` (mark_notification_group_read).
        """
        response = await mark_notification_group_read.asyncio_detailed(
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("NotificationGroupDetail", unwrap(response))
