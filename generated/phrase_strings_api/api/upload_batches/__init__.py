"""Operations of the upload_batches resource group, and the facade classes that call them."""

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

    from ...models.create_upload_batch_body import CreateUploadBatchBody
    from ...models.create_upload_batch_response_201 import CreateUploadBatchResponse201
    from ...models.error import Error
    from ...models.validation_error import ValidationError

from . import (
    create_upload_batch,
)

__all__ = ["AsyncUploadBatchesApi", "UploadBatchesApi"]


class UploadBatchesApi(Resource):
    """Upload batches group several file uploads of a project so they can be treated as one unit.

    Blocking calls; `AsyncUploadBatchesApi` has the same methods, awaitable.
    """

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateUploadBatchBody,
    ) -> CreateUploadBatchResponse201:
        """Group uploads into a batch

        Combines several existing uploads of the project into one batch. When delete_unmentioned_keys is
        true, keys that none of the batch's files mention are deleted once every upload in the batch has
        finished.

        Calls `POST /projects/{project_id}/upload_batches` (create_upload_batch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_upload_batch: Group uploads into a batch.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_upload_batch.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/upload_batches", exc
            ) from exc
        return cast(
            "CreateUploadBatchResponse201",
            unwrap(response, (201,), "POST /projects/{project_id}/upload_batches"),
        )


class AsyncUploadBatchesApi(AsyncResource):
    """Upload batches group several file uploads of a project so they can be treated as one unit.

    Awaitable calls; `UploadBatchesApi` has the same methods, blocking.
    """

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateUploadBatchBody,
    ) -> CreateUploadBatchResponse201:
        """Group uploads into a batch

        Combines several existing uploads of the project into one batch. When delete_unmentioned_keys is
        true, keys that none of the batch's files mention are deleted once every upload in the batch has
        finished.

        Calls `POST /projects/{project_id}/upload_batches` (create_upload_batch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_upload_batch: Group uploads into a batch.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_upload_batch.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/upload_batches", exc
            ) from exc
        return cast(
            "CreateUploadBatchResponse201",
            unwrap(response, (201,), "POST /projects/{project_id}/upload_batches"),
        )
