"""Operations of the comments resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset
from .. import AsyncResource, Resource, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.comment import Comment
    from ...models.create_comment_body import CreateCommentBody
    from ...models.error import Error
    from ...models.mark_comment_read_body import MarkCommentReadBody
    from ...models.update_comment_body import UpdateCommentBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    check_comment_read,
    create_comment,
    delete_comment,
    list_comments,
    mark_comment_read,
    mark_comment_unread,
    show_comment,
    update_comment,
)

__all__ = ["AsyncCommentsApi", "CommentsApi"]


class CommentsApi(Resource):
    """Blocking calls to the comments resource group."""

    def list(
        self,
        project_id: str,
        key_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Comment]:
        """List comments

        Calls `GET /projects/{project_id}/keys/{key_id}/comments` (list_comments).
        """
        response = list_comments.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            page=page,
            per_page=per_page,
            branch=branch,
            query=query,
            locale_ids=locale_ids,
            filters=filters,
            order=order,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Comment]", unwrap(response))

    def create(
        self,
        project_id: str,
        key_id: str,
        *,
        body: CreateCommentBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Comment:
        """Create comment

        Calls `POST /projects/{project_id}/keys/{key_id}/comments` (create_comment).
        """
        response = create_comment.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Comment", unwrap(response))

    def show(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Comment:
        """Show comment

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{id}` (show_comment).
        """
        response = show_comment.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Comment", unwrap(response))

    def delete(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete comment

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{id}` (delete_comment).
        """
        response = delete_comment.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        body: UpdateCommentBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Comment:
        """Update comment

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{id}` (update_comment).
        """
        response = update_comment.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Comment", unwrap(response))

    def check_read(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Check comment read

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{id}/read` (check_comment_read).
        """
        response = check_comment_read.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def mark_unread(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Mark comment unread

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{id}/read` (mark_comment_unread).
        """
        response = mark_comment_unread.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def mark_read(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        body: MarkCommentReadBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Mark comment read

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{id}/read` (mark_comment_read).
        """
        response = mark_comment_read.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)


class AsyncCommentsApi(AsyncResource):
    """Awaitable calls to the comments resource group."""

    async def list(
        self,
        project_id: str,
        key_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Comment]:
        """List comments

        Calls `GET /projects/{project_id}/keys/{key_id}/comments` (list_comments).
        """
        response = await list_comments.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            page=page,
            per_page=per_page,
            branch=branch,
            query=query,
            locale_ids=locale_ids,
            filters=filters,
            order=order,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Comment]", unwrap(response))

    async def create(
        self,
        project_id: str,
        key_id: str,
        *,
        body: CreateCommentBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Comment:
        """Create comment

        Calls `POST /projects/{project_id}/keys/{key_id}/comments` (create_comment).
        """
        response = await create_comment.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Comment", unwrap(response))

    async def show(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Comment:
        """Show comment

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{id}` (show_comment).
        """
        response = await show_comment.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Comment", unwrap(response))

    async def delete(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete comment

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{id}` (delete_comment).
        """
        response = await delete_comment.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        body: UpdateCommentBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Comment:
        """Update comment

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{id}` (update_comment).
        """
        response = await update_comment.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Comment", unwrap(response))

    async def check_read(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Check comment read

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{id}/read` (check_comment_read).
        """
        response = await check_comment_read.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def mark_unread(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Mark comment unread

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{id}/read` (mark_comment_unread).
        """
        response = await mark_comment_unread.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def mark_read(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        body: MarkCommentReadBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Mark comment read

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{id}/read` (mark_comment_read).
        """
        response = await mark_comment_read.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)
