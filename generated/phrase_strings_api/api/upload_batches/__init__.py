"""Operations of the upload_batches resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_upload_batch_body import CreateUploadBatchBody
    from ...models.create_upload_batch_response_201 import CreateUploadBatchResponse201
    from ...models.error import Error
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_upload_batch,
)

__all__ = ["AsyncUploadBatchesApi", "UploadBatchesApi"]


class UploadBatchesApi(Resource):
    """Blocking calls to the upload_batches resource group."""

    def create(
        self,
        project_id: str,
        *,
        body: CreateUploadBatchBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CreateUploadBatchResponse201:
        """Group uploads into a batch

        Combines several existing uploads of the project into one batch. When delete_unmentioned_keys is
        true, keys that none of the batch's files mention are deleted once every upload in the batch has
        finished.

        Calls `POST /projects/{project_id}/upload_batches` (create_upload_batch).
        """
        response = create_upload_batch.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CreateUploadBatchResponse201", unwrap(response))


class AsyncUploadBatchesApi(AsyncResource):
    """Awaitable calls to the upload_batches resource group."""

    async def create(
        self,
        project_id: str,
        *,
        body: CreateUploadBatchBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CreateUploadBatchResponse201:
        """Group uploads into a batch

        Combines several existing uploads of the project into one batch. When delete_unmentioned_keys is
        true, keys that none of the batch's files mention are deleted once every upload in the batch has
        finished.

        Calls `POST /projects/{project_id}/upload_batches` (create_upload_batch).
        """
        response = await create_upload_batch.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CreateUploadBatchResponse201", unwrap(response))
