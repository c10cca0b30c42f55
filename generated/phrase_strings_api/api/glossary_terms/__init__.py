"""Operations of the glossary_terms resource group, and the facade classes that call them."""

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
    """Terms are the entries of a term base (formerly called glossary), used to keep terminology
    consistent across translations.

    Blocking calls; `AsyncGlossaryTermsApi` has the same methods, awaitable.
    """

    def list(
        self,
        account_id: str,
        glossary_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[GlossaryTerm]:
        """List the terms of a term base

        Returns the terms of a term base (formerly called glossary) that the authenticated user can
        access.

        Calls `GET /accounts/{account_id}/glossaries/{glossary_id}/terms` (list_glossary_terms).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)
        check_per_page(per_page)

        try:
            response = list_glossary_terms.sync_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/glossaries/{glossary_id}/terms", exc
            ) from exc
        return cast(
            "builtins.list[GlossaryTerm]",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/glossaries/{glossary_id}/terms",
            ),
        )

    def list_pages(
        self,
        account_id: str,
        glossary_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[GlossaryTerm]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_glossary_terms.sync_detailed(
                    account_id=account_id,
                    glossary_id=glossary_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/glossaries/{glossary_id}/terms", exc
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/glossaries/{glossary_id}/terms",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        glossary_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[GlossaryTerm]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)

        return items(
            self.list_pages(
                account_id,
                glossary_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        account_id: str,
        glossary_id: str,
        *,
        body: CreateGlossaryTermBody,
    ) -> GlossaryTerm:
        """Add a term to a term base

        Creates a term in a term base (formerly called glossary).

        Calls `POST /accounts/{account_id}/glossaries/{glossary_id}/terms` (create_glossary_term).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            body: Request body of create_glossary_term: Add a term to a term base.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)

        try:
            response = create_glossary_term.sync_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/glossaries/{glossary_id}/terms", exc
            ) from exc
        return cast(
            "GlossaryTerm",
            unwrap(
                response,
                (201,),
                "POST /accounts/{account_id}/glossaries/{glossary_id}/terms",
            ),
        )

    def show(
        self,
        account_id: str,
        glossary_id: str,
        id: str,
    ) -> GlossaryTerm:
        """Get a term

        Returns one term of a term base (formerly called glossary).

        Calls `GET /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}` (show_glossary_term).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)
        id = path_value("id", id)

        try:
            response = show_glossary_term.sync_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}", exc
            ) from exc
        return cast(
            "GlossaryTerm",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}",
            ),
        )

    def delete(
        self,
        account_id: str,
        glossary_id: str,
        id: str,
    ) -> None:
        """Delete a term

        Removes a term from a term base (formerly called glossary).

        Calls `DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}` (delete_glossary_term).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)
        id = path_value("id", id)

        try:
            response = delete_glossary_term.sync_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}", exc
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}",
        )

    def update(
        self,
        account_id: str,
        glossary_id: str,
        id: str,
        *,
        body: UpdateGlossaryTermBody,
    ) -> GlossaryTerm:
        """Update a term

        Changes an existing term in a term base (formerly called glossary).

        Calls `PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}` (update_glossary_term).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            id: Identifier of the resource the path points to.
            body: Request body of update_glossary_term: Update a term.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)
        id = path_value("id", id)

        try:
            response = update_glossary_term.sync_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}", exc
            ) from exc
        return cast(
            "GlossaryTerm",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}",
            ),
        )


class AsyncGlossaryTermsApi(AsyncResource):
    """Terms are the entries of a term base (formerly called glossary), used to keep terminology
    consistent across translations.

    Awaitable calls; `GlossaryTermsApi` has the same methods, blocking.
    """

    async def list(
        self,
        account_id: str,
        glossary_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[GlossaryTerm]:
        """List the terms of a term base

        Returns the terms of a term base (formerly called glossary) that the authenticated user can
        access.

        Calls `GET /accounts/{account_id}/glossaries/{glossary_id}/terms` (list_glossary_terms).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)
        check_per_page(per_page)

        try:
            response = await list_glossary_terms.asyncio_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/glossaries/{glossary_id}/terms", exc
            ) from exc
        return cast(
            "builtins.list[GlossaryTerm]",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/glossaries/{glossary_id}/terms",
            ),
        )

    def list_pages(
        self,
        account_id: str,
        glossary_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[GlossaryTerm]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_glossary_terms.asyncio_detailed(
                    account_id=account_id,
                    glossary_id=glossary_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/glossaries/{glossary_id}/terms", exc
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/glossaries/{glossary_id}/terms",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        glossary_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[GlossaryTerm]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)

        return async_items(
            self.list_pages(
                account_id,
                glossary_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        account_id: str,
        glossary_id: str,
        *,
        body: CreateGlossaryTermBody,
    ) -> GlossaryTerm:
        """Add a term to a term base

        Creates a term in a term base (formerly called glossary).

        Calls `POST /accounts/{account_id}/glossaries/{glossary_id}/terms` (create_glossary_term).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            body: Request body of create_glossary_term: Add a term to a term base.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)

        try:
            response = await create_glossary_term.asyncio_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/glossaries/{glossary_id}/terms", exc
            ) from exc
        return cast(
            "GlossaryTerm",
            unwrap(
                response,
                (201,),
                "POST /accounts/{account_id}/glossaries/{glossary_id}/terms",
            ),
        )

    async def show(
        self,
        account_id: str,
        glossary_id: str,
        id: str,
    ) -> GlossaryTerm:
        """Get a term

        Returns one term of a term base (formerly called glossary).

        Calls `GET /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}` (show_glossary_term).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)
        id = path_value("id", id)

        try:
            response = await show_glossary_term.asyncio_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}", exc
            ) from exc
        return cast(
            "GlossaryTerm",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}",
            ),
        )

    async def delete(
        self,
        account_id: str,
        glossary_id: str,
        id: str,
    ) -> None:
        """Delete a term

        Removes a term from a term base (formerly called glossary).

        Calls `DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}` (delete_glossary_term).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)
        id = path_value("id", id)

        try:
            response = await delete_glossary_term.asyncio_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}", exc
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}",
        )

    async def update(
        self,
        account_id: str,
        glossary_id: str,
        id: str,
        *,
        body: UpdateGlossaryTermBody,
    ) -> GlossaryTerm:
        """Update a term

        Changes an existing term in a term base (formerly called glossary).

        Calls `PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}` (update_glossary_term).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            id: Identifier of the resource the path points to.
            body: Request body of update_glossary_term: Update a term.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)
        id = path_value("id", id)

        try:
            response = await update_glossary_term.asyncio_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}", exc
            ) from exc
        return cast(
            "GlossaryTerm",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{id}",
            ),
        )
