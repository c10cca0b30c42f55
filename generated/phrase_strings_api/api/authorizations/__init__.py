"""Operations of the authorizations resource group, and the facade classes that call them."""

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
    """Authorizations are personal access tokens, optionally limited by scopes and an expiry date.
    These endpoints accept only Basic authentication with email and password, and the full token is
    returned once, when it is created.

    Blocking calls; `AsyncAuthorizationsApi` has the same methods, awaitable.
    """

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Authorization]:
        """List your authorizations

        Returns the access tokens of the current user, one page at a time. Tokens are shown only by
        their last eight characters and a SHA256 hash.

        Calls `GET /authorizations` (list_authorizations).

        Args:
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        check_per_page(per_page)

        try:
            response = list_authorizations.sync_detailed(
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /authorizations", exc) from exc
        return cast(
            "builtins.list[Authorization]",
            unwrap(response, (200,), "GET /authorizations"),
        )

    def list_pages(
        self,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[Authorization]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_authorizations.sync_detailed(
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /authorizations", exc) from exc
            unwrap(response, (200,), "GET /authorizations")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Authorization]:
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

    def create(
        self,
        *,
        body: CreateAuthorizationBody,
    ) -> AuthorizationWithToken:
        """Create a personal access token

        Creates a new access token with a note and optional scopes and expiry. The full token appears
        only in this response, so store it right away.

        Calls `POST /authorizations` (create_authorization).

        Args:
            body: Request body of create_authorization: Create a personal access token.
        """

        try:
            response = create_authorization.sync_detailed(
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /authorizations", exc) from exc
        return cast(
            "AuthorizationWithToken", unwrap(response, (201,), "POST /authorizations")
        )

    def show(
        self,
        id: str,
    ) -> Authorization:
        """Get an authorization

        Returns one access token's note, scopes and expiry; the token itself is not shown in full.

        Calls `GET /authorizations/{id}` (show_authorization).

        Args:
            id: Identifier of the resource the path points to.
        """
        id = path_value("id", id)

        try:
            response = show_authorization.sync_detailed(
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /authorizations/{id}", exc) from exc
        return cast(
            "Authorization", unwrap(response, (200,), "GET /authorizations/{id}")
        )

    def delete(
        self,
        id: str,
    ) -> None:
        """Revoke an access token

        Revokes an access token. Requests that use it fail from then on.

        Calls `DELETE /authorizations/{id}` (delete_authorization).

        Args:
            id: Identifier of the resource the path points to.
        """
        id = path_value("id", id)

        try:
            response = delete_authorization.sync_detailed(
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("DELETE /authorizations/{id}", exc) from exc
        unwrap(response, (), "DELETE /authorizations/{id}")

    def update(
        self,
        id: str,
        *,
        body: UpdateAuthorizationBody,
    ) -> Authorization:
        """Change an access token's settings

        Changes the note, scopes or expiry of an existing access token.

        Calls `PATCH /authorizations/{id}` (update_authorization).

        Args:
            id: Identifier of the resource the path points to.
            body: Request body of update_authorization: Change an access token's settings.
        """
        id = path_value("id", id)

        try:
            response = update_authorization.sync_detailed(
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("PATCH /authorizations/{id}", exc) from exc
        return cast(
            "Authorization", unwrap(response, (200,), "PATCH /authorizations/{id}")
        )


class AsyncAuthorizationsApi(AsyncResource):
    """Authorizations are personal access tokens, optionally limited by scopes and an expiry date.
    These endpoints accept only Basic authentication with email and password, and the full token is
    returned once, when it is created.

    Awaitable calls; `AuthorizationsApi` has the same methods, blocking.
    """

    async def list(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Authorization]:
        """List your authorizations

        Returns the access tokens of the current user, one page at a time. Tokens are shown only by
        their last eight characters and a SHA256 hash.

        Calls `GET /authorizations` (list_authorizations).

        Args:
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        check_per_page(per_page)

        try:
            response = await list_authorizations.asyncio_detailed(
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /authorizations", exc) from exc
        return cast(
            "builtins.list[Authorization]",
            unwrap(response, (200,), "GET /authorizations"),
        )

    def list_pages(
        self,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Authorization]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_authorizations.asyncio_detailed(
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /authorizations", exc) from exc
            unwrap(response, (200,), "GET /authorizations")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Authorization]:
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

    async def create(
        self,
        *,
        body: CreateAuthorizationBody,
    ) -> AuthorizationWithToken:
        """Create a personal access token

        Creates a new access token with a note and optional scopes and expiry. The full token appears
        only in this response, so store it right away.

        Calls `POST /authorizations` (create_authorization).

        Args:
            body: Request body of create_authorization: Create a personal access token.
        """

        try:
            response = await create_authorization.asyncio_detailed(
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /authorizations", exc) from exc
        return cast(
            "AuthorizationWithToken", unwrap(response, (201,), "POST /authorizations")
        )

    async def show(
        self,
        id: str,
    ) -> Authorization:
        """Get an authorization

        Returns one access token's note, scopes and expiry; the token itself is not shown in full.

        Calls `GET /authorizations/{id}` (show_authorization).

        Args:
            id: Identifier of the resource the path points to.
        """
        id = path_value("id", id)

        try:
            response = await show_authorization.asyncio_detailed(
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /authorizations/{id}", exc) from exc
        return cast(
            "Authorization", unwrap(response, (200,), "GET /authorizations/{id}")
        )

    async def delete(
        self,
        id: str,
    ) -> None:
        """Revoke an access token

        Revokes an access token. Requests that use it fail from then on.

        Calls `DELETE /authorizations/{id}` (delete_authorization).

        Args:
            id: Identifier of the resource the path points to.
        """
        id = path_value("id", id)

        try:
            response = await delete_authorization.asyncio_detailed(
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("DELETE /authorizations/{id}", exc) from exc
        unwrap(response, (), "DELETE /authorizations/{id}")

    async def update(
        self,
        id: str,
        *,
        body: UpdateAuthorizationBody,
    ) -> Authorization:
        """Change an access token's settings

        Changes the note, scopes or expiry of an existing access token.

        Calls `PATCH /authorizations/{id}` (update_authorization).

        Args:
            id: Identifier of the resource the path points to.
            body: Request body of update_authorization: Change an access token's settings.
        """
        id = path_value("id", id)

        try:
            response = await update_authorization.asyncio_detailed(
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("PATCH /authorizations/{id}", exc) from exc
        return cast(
            "Authorization", unwrap(response, (200,), "PATCH /authorizations/{id}")
        )
