"""Operations of the users resource group, and the facade classes that call them."""

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

    from ...models.current_user import CurrentUser
    from ...models.error import Error

from . import (
    show_current_user,
)

__all__ = ["AsyncUsersApi", "UsersApi"]


class UsersApi(Resource):
    """The user resource describes the person whose credentials authenticate the request.

    Blocking calls; `AsyncUsersApi` has the same methods, awaitable.
    """

    def show_current(
        self,
    ) -> CurrentUser:
        """Get the current user

        Returns the profile of the user who owns the credentials used for the request.

        Calls `GET /user` (show_current_user).
        """

        try:
            response = show_current_user.sync_detailed(
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /user", exc) from exc
        return cast("CurrentUser", unwrap(response, (200,), "GET /user"))


class AsyncUsersApi(AsyncResource):
    """The user resource describes the person whose credentials authenticate the request.

    Awaitable calls; `UsersApi` has the same methods, blocking.
    """

    async def show_current(
        self,
    ) -> CurrentUser:
        """Get the current user

        Returns the profile of the user who owns the credentials used for the request.

        Calls `GET /user` (show_current_user).
        """

        try:
            response = await show_current_user.asyncio_detailed(
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /user", exc) from exc
        return cast("CurrentUser", unwrap(response, (200,), "GET /user"))
