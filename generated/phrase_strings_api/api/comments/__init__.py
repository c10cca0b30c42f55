"""Operations of the comments resource group, and the facade classes that call them."""

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
        """List the comments on a key

        Returns the comments on a key, one page at a time. Results can be narrowed by message text,
        locale and read state, and sorted in either direction.

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

    def list_pages(
        self,
        project_id: str,
        key_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
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
            return list_comments.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                page=page,
                per_page=size,
                branch=branch,
                query=query,
                locale_ids=locale_ids,
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
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
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
                per_page=per_page,
                branch=branch,
                query=query,
                locale_ids=locale_ids,
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
        *,
        body: CreateCommentBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Comment:
        """Add a comment to a key

        Posts a new comment on a key, optionally linked to particular locales.

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
        """Get a comment

        Returns one comment on a key.

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
        """Remove a comment from a key

        Removes a comment from a key.

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
        """Edit the text of a comment

        Replaces the text of an existing comment.

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
        """Check whether a comment is read

        Reports the comment's read state through the status code: 204 means it has been read, 404 means
        it has not.

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
        """Clear the read mark on a comment

        Clears the read mark the current user set on the comment.

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
        """Record a comment as read

        Records that the current user has read the comment.

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
        """List the comments on a key

        Returns the comments on a key, one page at a time. Results can be narrowed by message text,
        locale and read state, and sorted in either direction.

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

    def list_pages(
        self,
        project_id: str,
        key_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
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
            return await list_comments.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                page=page,
                per_page=size,
                branch=branch,
                query=query,
                locale_ids=locale_ids,
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
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
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
                per_page=per_page,
                branch=branch,
                query=query,
                locale_ids=locale_ids,
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
        *,
        body: CreateCommentBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Comment:
        """Add a comment to a key

        Posts a new comment on a key, optionally linked to particular locales.

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
        """Get a comment

        Returns one comment on a key.

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
        """Remove a comment from a key

        Removes a comment from a key.

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
        """Edit the text of a comment

        Replaces the text of an existing comment.

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
        """Check whether a comment is read

        Reports the comment's read state through the status code: 204 means it has been read, 404 means
        it has not.

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
        """Clear the read mark on a comment

        Clears the read mark the current user set on the comment.

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
        """Record a comment as read

        Records that the current user has read the comment.

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
