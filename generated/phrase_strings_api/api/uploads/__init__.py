"""Operations of the uploads resource group, and the facade classes that call them."""

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

    from ...models.create_upload_body import CreateUploadBody
    from ...models.error import Error
    from ...models.upload import Upload
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_upload,
    list_uploads,
    show_upload,
)

__all__ = ["AsyncUploadsApi", "UploadsApi"]


class UploadsApi(Resource):
    """Uploads import localization files into a project. Processing runs in the background, so check
    the returned state (initialized, waiting_for_preview, waiting, processing, success or error) to
    follow progress.

    Blocking calls; `AsyncUploadsApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[Upload]:
        """List the uploads of a project

        Returns the project's uploads, one page at a time.

        Calls `GET /projects/{project_id}/uploads` (list_uploads).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_uploads.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/uploads", exc) from exc
        return cast(
            "builtins.list[Upload]",
            unwrap(response, (200,), "GET /projects/{project_id}/uploads"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Upload]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_uploads.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects/{project_id}/uploads", exc) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/uploads")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Upload]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateUploadBody,
    ) -> Upload:
        """Upload a localization file

        Imports a language file into the project and creates the keys and translations it needs.
        Processing continues after the response, so poll the upload's state to see when the import is
        done; file size limits apply.

        Calls `POST /projects/{project_id}/uploads` (create_upload).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_upload: Upload a localization file.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_upload.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/uploads", exc) from exc
        return cast(
            "Upload", unwrap(response, (201,), "POST /projects/{project_id}/uploads")
        )

    @overload
    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> Upload: ...

    @overload
    def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> Upload: ...

    def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> Upload:
        """Get an upload

        Returns one upload with its state and a summary of what it changed.

        Calls `GET /projects/{project_id}/uploads/{id}` (show_upload).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = show_upload.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/uploads/{id}", exc
            ) from exc
        return cast(
            "Upload",
            unwrap(response, (200,), "GET /projects/{project_id}/uploads/{id}"),
        )


class AsyncUploadsApi(AsyncResource):
    """Uploads import localization files into a project. Processing runs in the background, so check
    the returned state (initialized, waiting_for_preview, waiting, processing, success or error) to
    follow progress.

    Awaitable calls; `UploadsApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[Upload]:
        """List the uploads of a project

        Returns the project's uploads, one page at a time.

        Calls `GET /projects/{project_id}/uploads` (list_uploads).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_uploads.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/uploads", exc) from exc
        return cast(
            "builtins.list[Upload]",
            unwrap(response, (200,), "GET /projects/{project_id}/uploads"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Upload]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_uploads.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects/{project_id}/uploads", exc) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/uploads")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Upload]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateUploadBody,
    ) -> Upload:
        """Upload a localization file

        Imports a language file into the project and creates the keys and translations it needs.
        Processing continues after the response, so poll the upload's state to see when the import is
        done; file size limits apply.

        Calls `POST /projects/{project_id}/uploads` (create_upload).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_upload: Upload a localization file.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_upload.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/uploads", exc) from exc
        return cast(
            "Upload", unwrap(response, (201,), "POST /projects/{project_id}/uploads")
        )

    @overload
    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> Upload: ...

    @overload
    async def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> Upload: ...

    async def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> Upload:
        """Get an upload

        Returns one upload with its state and a summary of what it changed.

        Calls `GET /projects/{project_id}/uploads/{id}` (show_upload).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await show_upload.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/uploads/{id}", exc
            ) from exc
        return cast(
            "Upload",
            unwrap(response, (200,), "GET /projects/{project_id}/uploads/{id}"),
        )
