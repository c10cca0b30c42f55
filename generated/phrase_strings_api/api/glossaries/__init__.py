"""Operations of the glossaries resource group, and the facade classes that call them."""

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
    """Term bases (formerly called glossaries) are account-level collections of terms that can be
    assigned to projects and spaces.

    Blocking calls; `AsyncGlossariesApi` has the same methods, awaitable.
    """

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Glossary]:
        """List the term bases of an account

        Returns a page of the account's term bases (formerly glossaries) that the current user can
        access.

        Calls `GET /accounts/{account_id}/glossaries` (list_glossaries).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = list_glossaries.sync_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/glossaries", exc) from exc
        return cast(
            "builtins.list[Glossary]",
            unwrap(response, (200,), "GET /accounts/{account_id}/glossaries"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[Glossary]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_glossaries.sync_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/glossaries", exc
                ) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/glossaries")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Glossary]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        return items(
            self.list_pages(
                account_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        account_id: str,
        *,
        body: CreateGlossaryBody,
    ) -> Glossary:
        """Create a term base

        Adds a new term base (formerly glossary) to the account, optionally assigned to projects and
        spaces.

        Calls `POST /accounts/{account_id}/glossaries` (create_glossary).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_glossary: Create a term base.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = create_glossary.sync_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /accounts/{account_id}/glossaries", exc) from exc
        return cast(
            "Glossary",
            unwrap(response, (201,), "POST /accounts/{account_id}/glossaries"),
        )

    def show(
        self,
        account_id: str,
        id: str,
    ) -> Glossary:
        """Get one term base

        Returns the details of a single term base (formerly glossary) of the account.

        Calls `GET /accounts/{account_id}/glossaries/{id}` (show_glossary).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = show_glossary.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/glossaries/{id}", exc
            ) from exc
        return cast(
            "Glossary",
            unwrap(response, (200,), "GET /accounts/{account_id}/glossaries/{id}"),
        )

    def delete(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Delete a term base

        Removes a term base (formerly glossary) from the account.

        Calls `DELETE /accounts/{account_id}/glossaries/{id}` (delete_glossary).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = delete_glossary.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/glossaries/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/glossaries/{id}")

    def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateGlossaryBody,
    ) -> Glossary:
        """Update a term base

        Renames a term base (formerly glossary) or changes the projects and spaces it is assigned to.

        Calls `PATCH /accounts/{account_id}/glossaries/{id}` (update_glossary).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_glossary: Update a term base.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = update_glossary.sync_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/glossaries/{id}", exc
            ) from exc
        return cast(
            "Glossary",
            unwrap(response, (200,), "PATCH /accounts/{account_id}/glossaries/{id}"),
        )


class AsyncGlossariesApi(AsyncResource):
    """Term bases (formerly called glossaries) are account-level collections of terms that can be
    assigned to projects and spaces.

    Awaitable calls; `GlossariesApi` has the same methods, blocking.
    """

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Glossary]:
        """List the term bases of an account

        Returns a page of the account's term bases (formerly glossaries) that the current user can
        access.

        Calls `GET /accounts/{account_id}/glossaries` (list_glossaries).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = await list_glossaries.asyncio_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/glossaries", exc) from exc
        return cast(
            "builtins.list[Glossary]",
            unwrap(response, (200,), "GET /accounts/{account_id}/glossaries"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Glossary]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_glossaries.asyncio_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/glossaries", exc
                ) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/glossaries")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Glossary]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        return async_items(
            self.list_pages(
                account_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        account_id: str,
        *,
        body: CreateGlossaryBody,
    ) -> Glossary:
        """Create a term base

        Adds a new term base (formerly glossary) to the account, optionally assigned to projects and
        spaces.

        Calls `POST /accounts/{account_id}/glossaries` (create_glossary).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_glossary: Create a term base.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await create_glossary.asyncio_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /accounts/{account_id}/glossaries", exc) from exc
        return cast(
            "Glossary",
            unwrap(response, (201,), "POST /accounts/{account_id}/glossaries"),
        )

    async def show(
        self,
        account_id: str,
        id: str,
    ) -> Glossary:
        """Get one term base

        Returns the details of a single term base (formerly glossary) of the account.

        Calls `GET /accounts/{account_id}/glossaries/{id}` (show_glossary).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await show_glossary.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/glossaries/{id}", exc
            ) from exc
        return cast(
            "Glossary",
            unwrap(response, (200,), "GET /accounts/{account_id}/glossaries/{id}"),
        )

    async def delete(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Delete a term base

        Removes a term base (formerly glossary) from the account.

        Calls `DELETE /accounts/{account_id}/glossaries/{id}` (delete_glossary).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await delete_glossary.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/glossaries/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/glossaries/{id}")

    async def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateGlossaryBody,
    ) -> Glossary:
        """Update a term base

        Renames a term base (formerly glossary) or changes the projects and spaces it is assigned to.

        Calls `PATCH /accounts/{account_id}/glossaries/{id}` (update_glossary).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_glossary: Update a term base.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await update_glossary.asyncio_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/glossaries/{id}", exc
            ) from exc
        return cast(
            "Glossary",
            unwrap(response, (200,), "PATCH /accounts/{account_id}/glossaries/{id}"),
        )
