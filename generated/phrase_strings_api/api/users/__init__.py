"""Operations of the users resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.current_user import CurrentUser
    from ...models.error import Error
    from ...types import UNSET, Unset

from . import (
    show_current_user,
)

__all__ = ["AsyncUsersApi", "UsersApi"]


class UsersApi(Resource):
    """Blocking calls to the users resource group."""

    def show_current(
        self,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CurrentUser:
        """Get the current user

        Returns the profile of the user who owns the credentials used for the request.

        Calls `GET /user` (show_current_user).
        """
        response = show_current_user.sync_detailed(
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CurrentUser", unwrap(response))


class AsyncUsersApi(AsyncResource):
    """Awaitable calls to the users resource group."""

    async def show_current(
        self,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CurrentUser:
        """Get the current user

        Returns the profile of the user who owns the credentials used for the request.

        Calls `GET /user` (show_current_user).
        """
        response = await show_current_user.asyncio_detailed(
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CurrentUser", unwrap(response))
