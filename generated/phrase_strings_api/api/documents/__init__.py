"""Operations of the documents resource group, and the facade classes that call them."""

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

    from ...models.error import Error
    from ...models.list_documents_response_200_item import ListDocumentsResponse200Item
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    delete_document,
    list_documents,
)

__all__ = ["AsyncDocumentsApi", "DocumentsApi"]


class DocumentsApi(Resource):
    """Documents are files stored in a project.

    Blocking calls; `AsyncDocumentsApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[ListDocumentsResponse200Item]:
        """List the documents of a project

        Returns the documents in the project that the authenticated user is allowed to see.

        Calls `GET /projects/{project_id}/documents` (list_documents).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            q: Only documents whose name begins with this text (case does not matter).
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_documents.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                q=q,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/documents", exc) from exc
        return cast(
            "builtins.list[ListDocumentsResponse200Item]",
            unwrap(response, (200,), "GET /projects/{project_id}/documents"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[ListDocumentsResponse200Item]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            q: Only documents whose name begins with this text (case does not matter).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_documents.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    q=q,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/documents", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/documents")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[ListDocumentsResponse200Item]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            q: Only documents whose name begins with this text (case does not matter).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                q=q,
                concurrent=concurrent,
            )
        )

    @overload
    def delete(
        self,
        project_id: str,
        id: str,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> None:
        """Delete a document

        Removes a document from the project.

        Calls `DELETE /projects/{project_id}/documents/{id}` (delete_document).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = delete_document.sync_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/documents/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/documents/{id}")


class AsyncDocumentsApi(AsyncResource):
    """Documents are files stored in a project.

    Awaitable calls; `DocumentsApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[ListDocumentsResponse200Item]:
        """List the documents of a project

        Returns the documents in the project that the authenticated user is allowed to see.

        Calls `GET /projects/{project_id}/documents` (list_documents).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            q: Only documents whose name begins with this text (case does not matter).
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_documents.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                q=q,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/documents", exc) from exc
        return cast(
            "builtins.list[ListDocumentsResponse200Item]",
            unwrap(response, (200,), "GET /projects/{project_id}/documents"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[ListDocumentsResponse200Item]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            q: Only documents whose name begins with this text (case does not matter).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_documents.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    q=q,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/documents", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/documents")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[ListDocumentsResponse200Item]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            q: Only documents whose name begins with this text (case does not matter).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                q=q,
                concurrent=concurrent,
            )
        )

    @overload
    async def delete(
        self,
        project_id: str,
        id: str,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> None:
        """Delete a document

        Removes a document from the project.

        Calls `DELETE /projects/{project_id}/documents/{id}` (delete_document).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await delete_document.asyncio_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/documents/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/documents/{id}")
