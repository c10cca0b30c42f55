"""Operations of the authorizations resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncResource, Resource, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.authorization import Authorization
    from ...models.authorization_with_token import AuthorizationWithToken
    from ...models.create_authorization_body import CreateAuthorizationBody
    from ...models.error import Error
    from ...models.update_authorization_body import UpdateAuthorizationBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_authorization,
    delete_authorization,
    list_authorizations,
    show_authorization,
    update_authorization,
)

__all__ = ["AsyncAuthorizationsApi", "AuthorizationsApi"]


class AuthorizationsApi(Resource):
    """Blocking calls to the authorizations resource group."""

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Authorization]:
        """List authorizations

        Calls `GET /authorizations` (list_authorizations).
        """
        response = list_authorizations.sync_detailed(
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Authorization]", unwrap(response))

    def create(
        self,
        *,
        body: CreateAuthorizationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AuthorizationWithToken:
        """Create authorization

        Calls `POST /authorizations` (create_authorization).
        """
        response = create_authorization.sync_detailed(
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AuthorizationWithToken", unwrap(response))

    def show(
        self,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Authorization:
        """Show authorization

        Calls `GET /authorizations/{id}` (show_authorization).
        """
        response = show_authorization.sync_detailed(
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Authorization", unwrap(response))

    def delete(
        self,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete authorization

        Calls `DELETE /authorizations/{id}` (delete_authorization).
        """
        response = delete_authorization.sync_detailed(
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        id: str,
        *,
        body: UpdateAuthorizationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Authorization:
        """Update authorization

        Calls `PATCH /authorizations/{id}` (update_authorization).
        """
        response = update_authorization.sync_detailed(
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Authorization", unwrap(response))


class AsyncAuthorizationsApi(AsyncResource):
    """Awaitable calls to the authorizations resource group."""

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Authorization]:
        """List authorizations

        Calls `GET /authorizations` (list_authorizations).
        """
        response = await list_authorizations.asyncio_detailed(
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Authorization]", unwrap(response))

    async def create(
        self,
        *,
        body: CreateAuthorizationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AuthorizationWithToken:
        """Create authorization

        Calls `POST /authorizations` (create_authorization).
        """
        response = await create_authorization.asyncio_detailed(
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AuthorizationWithToken", unwrap(response))

    async def show(
        self,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Authorization:
        """Show authorization

        Calls `GET /authorizations/{id}` (show_authorization).
        """
        response = await show_authorization.asyncio_detailed(
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Authorization", unwrap(response))

    async def delete(
        self,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete authorization

        Calls `DELETE /authorizations/{id}` (delete_authorization).
        """
        response = await delete_authorization.asyncio_detailed(
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        id: str,
        *,
        body: UpdateAuthorizationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Authorization:
        """Update authorization

        Calls `PATCH /authorizations/{id}` (update_authorization).
        """
        response = await update_authorization.asyncio_detailed(
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Authorization", unwrap(response))
