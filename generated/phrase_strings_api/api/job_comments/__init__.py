"""Operations of the job_comments resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_job_comment_body import CreateJobCommentBody
    from ...models.error import Error
    from ...models.job_comment import JobComment
    from ...models.update_job_comment_body import UpdateJobCommentBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_job_comment,
    delete_job_comment,
    list_job_comments,
    show_job_comment,
    update_job_comment,
)

__all__ = ["AsyncJobCommentsApi", "JobCommentsApi"]


class JobCommentsApi(Resource):
    """Blocking calls to the job_comments resource group."""

    def show(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobComment:
        """Get a job comment

        Returns one comment posted on a job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/comments/{id}` (show_job_comment).
        """
        response = show_job_comment.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobComment", unwrap(response))

    def delete(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a job comment

        Removes a comment from a job.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/comments/{id}` (delete_job_comment).
        """
        response = delete_job_comment.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: UpdateJobCommentBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobComment:
        """Edit a job comment

        Replaces the text of an existing comment on a job.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/comments/{id}` (update_job_comment).
        """
        response = update_job_comment.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobComment", unwrap(response))

    def list(
        self,
        project_id: str,
        job_id: str,
        *,
        branch: str | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[JobComment]:
        """List the comments on a job

        Returns every comment posted on the job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/comments` (list_job_comments).
        """
        response = list_job_comments.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            branch=branch,
            order=order,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[JobComment]", unwrap(response))

    def create(
        self,
        project_id: str,
        job_id: str,
        *,
        body: CreateJobCommentBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobComment:
        """Comment on a job

        Posts a new comment on the job.

        Calls `POST /projects/{project_id}/jobs/{job_id}/comments` (create_job_comment).
        """
        response = create_job_comment.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobComment", unwrap(response))


class AsyncJobCommentsApi(AsyncResource):
    """Awaitable calls to the job_comments resource group."""

    async def show(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobComment:
        """Get a job comment

        Returns one comment posted on a job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/comments/{id}` (show_job_comment).
        """
        response = await show_job_comment.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobComment", unwrap(response))

    async def delete(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a job comment

        Removes a comment from a job.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/comments/{id}` (delete_job_comment).
        """
        response = await delete_job_comment.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: UpdateJobCommentBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobComment:
        """Edit a job comment

        Replaces the text of an existing comment on a job.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/comments/{id}` (update_job_comment).
        """
        response = await update_job_comment.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobComment", unwrap(response))

    async def list(
        self,
        project_id: str,
        job_id: str,
        *,
        branch: str | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[JobComment]:
        """List the comments on a job

        Returns every comment posted on the job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/comments` (list_job_comments).
        """
        response = await list_job_comments.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            branch=branch,
            order=order,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[JobComment]", unwrap(response))

    async def create(
        self,
        project_id: str,
        job_id: str,
        *,
        body: CreateJobCommentBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobComment:
        """Comment on a job

        Posts a new comment on the job.

        Calls `POST /projects/{project_id}/jobs/{job_id}/comments` (create_job_comment).
        """
        response = await create_job_comment.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobComment", unwrap(response))
