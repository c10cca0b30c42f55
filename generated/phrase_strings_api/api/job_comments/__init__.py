"""Operations of the job_comments resource group, and the facade classes that call them."""

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
from ...models.list_job_comments_order import ListJobCommentsOrder
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_job_comment_body import CreateJobCommentBody
    from ...models.error import Error
    from ...models.job_comment import JobComment
    from ...models.list_job_comments_order import ListJobCommentsOrder
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
    """Comments posted on a translation job, used for discussion among the people working on it.

    Blocking calls; `AsyncJobCommentsApi` has the same methods, awaitable.
    """

    @overload
    def show(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> JobComment: ...

    @overload
    def show(
        self,
        *,
        job_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> JobComment: ...

    def show(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> JobComment:
        """Get a job comment

        Returns one comment posted on a job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/comments/{id}` (show_job_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = show_job_comment.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/jobs/{job_id}/comments/{id}", exc
            ) from exc
        return cast(
            "JobComment",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/jobs/{job_id}/comments/{id}",
            ),
        )

    @overload
    def delete(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        job_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete a job comment

        Removes a comment from a job.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/comments/{id}` (delete_job_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = delete_job_comment.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/jobs/{job_id}/comments/{id}", exc
            ) from exc
        unwrap(
            response, (), "DELETE /projects/{project_id}/jobs/{job_id}/comments/{id}"
        )

    @overload
    def update(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: UpdateJobCommentBody,
    ) -> JobComment: ...

    @overload
    def update(
        self,
        *,
        job_id: str,
        id: str,
        body: UpdateJobCommentBody,
    ) -> JobComment: ...

    def update(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateJobCommentBody,
    ) -> JobComment:
        """Edit a job comment

        Replaces the text of an existing comment on a job.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/comments/{id}` (update_job_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            body: Request body of update_job_comment: Edit a job comment.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = update_job_comment.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/jobs/{job_id}/comments/{id}", exc
            ) from exc
        return cast(
            "JobComment",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/jobs/{job_id}/comments/{id}",
            ),
        )

    @overload
    def list(
        self,
        project_id: str,
        job_id: str,
        *,
        branch: str | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[JobComment]: ...

    @overload
    def list(
        self,
        *,
        job_id: str,
        branch: str | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[JobComment]: ...

    def list(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[JobComment]:
        """List the comments on a job

        Returns every comment posted on the job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/comments` (list_job_comments).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            branch: Name of the branch to operate on.
            order: Sort direction: asc or desc.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)

        try:
            response = list_job_comments.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                branch=branch,
                order=as_enum(ListJobCommentsOrder, order),
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/jobs/{job_id}/comments", exc
            ) from exc
        return cast(
            "builtins.list[JobComment]",
            unwrap(
                response, (200,), "GET /projects/{project_id}/jobs/{job_id}/comments"
            ),
        )

    @overload
    def create(
        self,
        project_id: str,
        job_id: str,
        *,
        body: CreateJobCommentBody,
    ) -> JobComment: ...

    @overload
    def create(
        self,
        *,
        job_id: str,
        body: CreateJobCommentBody,
    ) -> JobComment: ...

    def create(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        *,
        body: CreateJobCommentBody,
    ) -> JobComment:
        """Comment on a job

        Posts a new comment on the job.

        Calls `POST /projects/{project_id}/jobs/{job_id}/comments` (create_job_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            body: Request body of create_job_comment: Comment on a job.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)

        try:
            response = create_job_comment.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{job_id}/comments", exc
            ) from exc
        return cast(
            "JobComment",
            unwrap(
                response, (201,), "POST /projects/{project_id}/jobs/{job_id}/comments"
            ),
        )


class AsyncJobCommentsApi(AsyncResource):
    """Comments posted on a translation job, used for discussion among the people working on it.

    Awaitable calls; `JobCommentsApi` has the same methods, blocking.
    """

    @overload
    async def show(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> JobComment: ...

    @overload
    async def show(
        self,
        *,
        job_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> JobComment: ...

    async def show(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> JobComment:
        """Get a job comment

        Returns one comment posted on a job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/comments/{id}` (show_job_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = await show_job_comment.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/jobs/{job_id}/comments/{id}", exc
            ) from exc
        return cast(
            "JobComment",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/jobs/{job_id}/comments/{id}",
            ),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        job_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete a job comment

        Removes a comment from a job.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/comments/{id}` (delete_job_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = await delete_job_comment.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/jobs/{job_id}/comments/{id}", exc
            ) from exc
        unwrap(
            response, (), "DELETE /projects/{project_id}/jobs/{job_id}/comments/{id}"
        )

    @overload
    async def update(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: UpdateJobCommentBody,
    ) -> JobComment: ...

    @overload
    async def update(
        self,
        *,
        job_id: str,
        id: str,
        body: UpdateJobCommentBody,
    ) -> JobComment: ...

    async def update(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateJobCommentBody,
    ) -> JobComment:
        """Edit a job comment

        Replaces the text of an existing comment on a job.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/comments/{id}` (update_job_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            body: Request body of update_job_comment: Edit a job comment.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = await update_job_comment.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/jobs/{job_id}/comments/{id}", exc
            ) from exc
        return cast(
            "JobComment",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/jobs/{job_id}/comments/{id}",
            ),
        )

    @overload
    async def list(
        self,
        project_id: str,
        job_id: str,
        *,
        branch: str | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[JobComment]: ...

    @overload
    async def list(
        self,
        *,
        job_id: str,
        branch: str | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[JobComment]: ...

    async def list(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[JobComment]:
        """List the comments on a job

        Returns every comment posted on the job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/comments` (list_job_comments).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            branch: Name of the branch to operate on.
            order: Sort direction: asc or desc.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)

        try:
            response = await list_job_comments.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                branch=branch,
                order=as_enum(ListJobCommentsOrder, order),
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/jobs/{job_id}/comments", exc
            ) from exc
        return cast(
            "builtins.list[JobComment]",
            unwrap(
                response, (200,), "GET /projects/{project_id}/jobs/{job_id}/comments"
            ),
        )

    @overload
    async def create(
        self,
        project_id: str,
        job_id: str,
        *,
        body: CreateJobCommentBody,
    ) -> JobComment: ...

    @overload
    async def create(
        self,
        *,
        job_id: str,
        body: CreateJobCommentBody,
    ) -> JobComment: ...

    async def create(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        *,
        body: CreateJobCommentBody,
    ) -> JobComment:
        """Comment on a job

        Posts a new comment on the job.

        Calls `POST /projects/{project_id}/jobs/{job_id}/comments` (create_job_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            body: Request body of create_job_comment: Comment on a job.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)

        try:
            response = await create_job_comment.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{job_id}/comments", exc
            ) from exc
        return cast(
            "JobComment",
            unwrap(
                response, (201,), "POST /projects/{project_id}/jobs/{job_id}/comments"
            ),
        )
