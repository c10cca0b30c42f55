"""Operations of the uploads resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

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
    """Blocking calls to the uploads resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Upload]:
        """List the uploads of a project

        Returns the project's uploads, one page at a time.

        Calls `GET /projects/{project_id}/uploads` (list_uploads).
        """
        response = list_uploads.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Upload]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Upload]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_uploads.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Upload]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreateUploadBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Upload:
        """Upload a localization file

        Imports a language file into the project and creates the keys and translations it needs.
        Processing continues after the response, so poll the upload's state to see when the import is
        done; file size limits apply.

        Calls `POST /projects/{project_id}/uploads` (create_upload).
        """
        response = create_upload.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Upload", unwrap(response))

    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Upload:
        """Get an upload

        Returns one upload with its state and a summary of what it changed.

        Calls `GET /projects/{project_id}/uploads/{id}` (show_upload).
        """
        response = show_upload.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Upload", unwrap(response))


class AsyncUploadsApi(AsyncResource):
    """Awaitable calls to the uploads resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Upload]:
        """List the uploads of a project

        Returns the project's uploads, one page at a time.

        Calls `GET /projects/{project_id}/uploads` (list_uploads).
        """
        response = await list_uploads.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Upload]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Upload]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_uploads.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Upload]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreateUploadBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Upload:
        """Upload a localization file

        Imports a language file into the project and creates the keys and translations it needs.
        Processing continues after the response, so poll the upload's state to see when the import is
        done; file size limits apply.

        Calls `POST /projects/{project_id}/uploads` (create_upload).
        """
        response = await create_upload.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Upload", unwrap(response))

    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Upload:
        """Get an upload

        Returns one upload with its state and a summary of what it changed.

        Calls `GET /projects/{project_id}/uploads/{id}` (show_upload).
        """
        response = await show_upload.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Upload", unwrap(response))
