"""Operations of the glossary_terms resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_glossary_term_body import CreateGlossaryTermBody
    from ...models.error import Error
    from ...models.glossary_term import GlossaryTerm
    from ...models.update_glossary_term_body import UpdateGlossaryTermBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_glossary_term,
    delete_glossary_term,
    list_glossary_terms,
    show_glossary_term,
    update_glossary_term,
)

__all__ = ["AsyncGlossaryTermsApi", "GlossaryTermsApi"]


class GlossaryTermsApi(Resource):
    """Blocking calls to the glossary_terms resource group."""

    def list(
        self,
        account_id: str,
        glossary_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[GlossaryTerm]:
        """List the terms of a term base

        Returns the terms of a term base (formerly called glossary) that the authenticated user can
        access.

        Calls `GET /accounts/{account_id}/glossaries/{glossary_id}/terms` (list_glossary_terms).
        """
        response = list_glossary_terms.sync_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[GlossaryTerm]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        glossary_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[GlossaryTerm]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_glossary_terms.sync_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        glossary_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[GlossaryTerm]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                account_id,
                glossary_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        account_id: str,
        glossary_id: str,
        *,
        body: CreateGlossaryTermBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> GlossaryTerm:
        """Add a term to a term base

        Creates a term in a term base (formerly called glossary).

        Calls `POST /accounts/{account_id}/glossaries/{glossary_id}/terms` (create_glossary_term).
        """
        response = create_glossary_term.sync_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("GlossaryTerm", unwrap(response))

    def show(
        self,
        account_id: str,
        glossary_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> GlossaryTerm:
        """Get a term

        Returns one term of a term base (formerly called glossary).

        Calls `GET /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}` (show_glossary_term).
        """
        response = show_glossary_term.sync_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("GlossaryTerm", unwrap(response))

    def delete(
        self,
        account_id: str,
        glossary_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a term

        Removes a term from a term base (formerly called glossary).

        Calls `DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}` (delete_glossary_term).
        """
        response = delete_glossary_term.sync_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        account_id: str,
        glossary_id: str,
        id: str,
        *,
        body: UpdateGlossaryTermBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> GlossaryTerm:
        """Update a term

        Changes an existing term in a term base (formerly called glossary).

        Calls `PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}` (update_glossary_term).
        """
        response = update_glossary_term.sync_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("GlossaryTerm", unwrap(response))


class AsyncGlossaryTermsApi(AsyncResource):
    """Awaitable calls to the glossary_terms resource group."""

    async def list(
        self,
        account_id: str,
        glossary_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[GlossaryTerm]:
        """List the terms of a term base

        Returns the terms of a term base (formerly called glossary) that the authenticated user can
        access.

        Calls `GET /accounts/{account_id}/glossaries/{glossary_id}/terms` (list_glossary_terms).
        """
        response = await list_glossary_terms.asyncio_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[GlossaryTerm]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        glossary_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[GlossaryTerm]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_glossary_terms.asyncio_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        glossary_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[GlossaryTerm]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                account_id,
                glossary_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        account_id: str,
        glossary_id: str,
        *,
        body: CreateGlossaryTermBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> GlossaryTerm:
        """Add a term to a term base

        Creates a term in a term base (formerly called glossary).

        Calls `POST /accounts/{account_id}/glossaries/{glossary_id}/terms` (create_glossary_term).
        """
        response = await create_glossary_term.asyncio_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("GlossaryTerm", unwrap(response))

    async def show(
        self,
        account_id: str,
        glossary_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> GlossaryTerm:
        """Get a term

        Returns one term of a term base (formerly called glossary).

        Calls `GET /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}` (show_glossary_term).
        """
        response = await show_glossary_term.asyncio_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("GlossaryTerm", unwrap(response))

    async def delete(
        self,
        account_id: str,
        glossary_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a term

        Removes a term from a term base (formerly called glossary).

        Calls `DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}` (delete_glossary_term).
        """
        response = await delete_glossary_term.asyncio_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        account_id: str,
        glossary_id: str,
        id: str,
        *,
        body: UpdateGlossaryTermBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> GlossaryTerm:
        """Update a term

        Changes an existing term in a term base (formerly called glossary).

        Calls `PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}` (update_glossary_term).
        """
        response = await update_glossary_term.asyncio_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("GlossaryTerm", unwrap(response))
