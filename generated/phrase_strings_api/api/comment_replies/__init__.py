"""Operations of the comment_replies resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.comment import Comment
    from ...models.create_comment_reply_body import CreateCommentReplyBody
    from ...models.error import Error
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_comment_reply,
    delete_comment_reply,
    list_comment_replies,
    mark_comment_reply_read,
    mark_comment_reply_unread,
    show_comment_reply,
)

__all__ = ["AsyncCommentRepliesApi", "CommentRepliesApi"]


class CommentRepliesApi(Resource):
    """Blocking calls to the comment_replies resource group."""

    def list(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Comment]:
        """List the replies to a comment

        Returns a page of the replies posted under a comment on a key, optionally filtered by text or
        read state and sorted by direction.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies` (list_comment_replies).
        """
        response = list_comment_replies.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            page=page,
            per_page=per_page,
            branch=branch,
            query=query,
            filters=filters,
            order=order,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Comment]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Comment]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_comment_replies.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                page=page,
                per_page=size,
                branch=branch,
                query=query,
                filters=filters,
                order=order,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Comment]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                key_id,
                comment_id,
                per_page=per_page,
                branch=branch,
                query=query,
                filters=filters,
                order=order,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        *,
        body: CreateCommentReplyBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Comment:
        """Reply to a comment

        Posts a new reply under a comment on a key.

        Calls `POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies` (create_comment_reply).
        """
        response = create_comment_reply.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Comment", unwrap(response))

    def show(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Comment:
        """Get one comment reply

        Returns the details of a single reply to a comment.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}` (show_comment_reply).
        """
        response = show_comment_reply.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
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
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a comment reply

        Removes a reply from a comment.

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}` (delete_comment_reply).
        """
        response = delete_comment_reply.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
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
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Mark a comment reply as read

        Sets the state of the reply to read.

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_read` (mark_comment_reply_read).
        """
        response = mark_comment_reply_read.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
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
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Mark a comment reply as unread

        Sets the state of the reply back to unread.

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_unread` (mark_comment_reply_unread).
        """
        response = mark_comment_reply_unread.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)


class AsyncCommentRepliesApi(AsyncResource):
    """Awaitable calls to the comment_replies resource group."""

    async def list(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Comment]:
        """List the replies to a comment

        Returns a page of the replies posted under a comment on a key, optionally filtered by text or
        read state and sorted by direction.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies` (list_comment_replies).
        """
        response = await list_comment_replies.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            page=page,
            per_page=per_page,
            branch=branch,
            query=query,
            filters=filters,
            order=order,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Comment]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Comment]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_comment_replies.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                page=page,
                per_page=size,
                branch=branch,
                query=query,
                filters=filters,
                order=order,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Comment]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                key_id,
                comment_id,
                per_page=per_page,
                branch=branch,
                query=query,
                filters=filters,
                order=order,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        *,
        body: CreateCommentReplyBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Comment:
        """Reply to a comment

        Posts a new reply under a comment on a key.

        Calls `POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies` (create_comment_reply).
        """
        response = await create_comment_reply.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Comment", unwrap(response))

    async def show(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Comment:
        """Get one comment reply

        Returns the details of a single reply to a comment.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}` (show_comment_reply).
        """
        response = await show_comment_reply.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
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
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a comment reply

        Removes a reply from a comment.

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}` (delete_comment_reply).
        """
        response = await delete_comment_reply.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
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
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Mark a comment reply as read

        Sets the state of the reply to read.

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_read` (mark_comment_reply_read).
        """
        response = await mark_comment_reply_read.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
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
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Mark a comment reply as unread

        Sets the state of the reply back to unread.

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_unread` (mark_comment_reply_unread).
        """
        response = await mark_comment_reply_unread.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)
