"""Operations of the authorizations resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

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
        """List your authorizations

        Returns the access tokens of the current user, one page at a time. Tokens are shown only by
        their last eight characters and a SHA256 hash.

        Calls `GET /authorizations` (list_authorizations).
        """
        response = list_authorizations.sync_detailed(
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Authorization]", unwrap(response))

    def list_pages(
        self,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Authorization]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_authorizations.sync_detailed(
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
    ) -> Iterator[Authorization]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        *,
        body: CreateAuthorizationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AuthorizationWithToken:
        """Create a personal access token

        Creates a new access token with a note and optional scopes and expiry. The full token appears
        only in this response, so store it right away.

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
        """Get an authorization

        Returns one access token's note, scopes and expiry; the token itself is not shown in full.

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
        """Revoke an access token

        Revokes an access token. Requests that use it fail from then on.

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
        """Change an access token's settings

        Changes the note, scopes or expiry of an existing access token.

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
        """List your authorizations

        Returns the access tokens of the current user, one page at a time. Tokens are shown only by
        their last eight characters and a SHA256 hash.

        Calls `GET /authorizations` (list_authorizations).
        """
        response = await list_authorizations.asyncio_detailed(
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Authorization]", unwrap(response))

    def list_pages(
        self,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Authorization]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_authorizations.asyncio_detailed(
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
    ) -> AsyncIterator[Authorization]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        *,
        body: CreateAuthorizationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AuthorizationWithToken:
        """Create a personal access token

        Creates a new access token with a note and optional scopes and expiry. The full token appears
        only in this response, so store it right away.

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
        """Get an authorization

        Returns one access token's note, scopes and expiry; the token itself is not shown in full.

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
        """Revoke an access token

        Revokes an access token. Requests that use it fail from then on.

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
        """Change an access token's settings

        Changes the note, scopes or expiry of an existing access token.

        Calls `PATCH /authorizations/{id}` (update_authorization).
        """
        response = await update_authorization.asyncio_detailed(
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Authorization", unwrap(response))
