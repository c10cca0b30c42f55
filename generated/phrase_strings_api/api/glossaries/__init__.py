"""Operations of the glossaries resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_glossary_body import CreateGlossaryBody
    from ...models.error import Error
    from ...models.glossary import Glossary
    from ...models.update_glossary_body import UpdateGlossaryBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_glossary,
    delete_glossary,
    list_glossaries,
    show_glossary,
    update_glossary,
)

__all__ = ["AsyncGlossariesApi", "GlossariesApi"]


class GlossariesApi(Resource):
    """Blocking calls to the glossaries resource group."""

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Glossary]:
        """List the term bases of an account

        Returns a page of the account's term bases (formerly glossaries) that the current user can
        access.

        Calls `GET /accounts/{account_id}/glossaries` (list_glossaries).
        """
        response = list_glossaries.sync_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Glossary]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Glossary]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_glossaries.sync_detailed(
                account_id=account_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Glossary]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                account_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        account_id: str,
        *,
        body: CreateGlossaryBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Glossary:
        """Create a term base

        Adds a new term base (formerly glossary) to the account, optionally assigned to projects and
        spaces.

        Calls `POST /accounts/{account_id}/glossaries` (create_glossary).
        """
        response = create_glossary.sync_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Glossary", unwrap(response))

    def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Glossary:
        """Get one term base

        Returns the details of a single term base (formerly glossary) of the account.

        Calls `GET /accounts/{account_id}/glossaries/{id}` (show_glossary).
        """
        response = show_glossary.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Glossary", unwrap(response))

    def delete(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a term base

        Removes a term base (formerly glossary) from the account.

        Calls `DELETE /accounts/{account_id}/glossaries/{id}` (delete_glossary).
        """
        response = delete_glossary.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateGlossaryBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Glossary:
        """Update a term base

        Renames a term base (formerly glossary) or changes the projects and spaces it is assigned to.

        Calls `PATCH /accounts/{account_id}/glossaries/{id}` (update_glossary).
        """
        response = update_glossary.sync_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Glossary", unwrap(response))


class AsyncGlossariesApi(AsyncResource):
    """Awaitable calls to the glossaries resource group."""

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Glossary]:
        """List the term bases of an account

        Returns a page of the account's term bases (formerly glossaries) that the current user can
        access.

        Calls `GET /accounts/{account_id}/glossaries` (list_glossaries).
        """
        response = await list_glossaries.asyncio_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Glossary]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Glossary]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_glossaries.asyncio_detailed(
                account_id=account_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Glossary]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                account_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        account_id: str,
        *,
        body: CreateGlossaryBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Glossary:
        """Create a term base

        Adds a new term base (formerly glossary) to the account, optionally assigned to projects and
        spaces.

        Calls `POST /accounts/{account_id}/glossaries` (create_glossary).
        """
        response = await create_glossary.asyncio_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Glossary", unwrap(response))

    async def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Glossary:
        """Get one term base

        Returns the details of a single term base (formerly glossary) of the account.

        Calls `GET /accounts/{account_id}/glossaries/{id}` (show_glossary).
        """
        response = await show_glossary.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Glossary", unwrap(response))

    async def delete(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a term base

        Removes a term base (formerly glossary) from the account.

        Calls `DELETE /accounts/{account_id}/glossaries/{id}` (delete_glossary).
        """
        response = await delete_glossary.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateGlossaryBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Glossary:
        """Update a term base

        Renames a term base (formerly glossary) or changes the projects and spaces it is assigned to.

        Calls `PATCH /accounts/{account_id}/glossaries/{id}` (update_glossary).
        """
        response = await update_glossary.asyncio_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Glossary", unwrap(response))
