"""Operations of the comment_replies resource group, and the facade classes that call them."""

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
from ...models.list_comment_replies_order import ListCommentRepliesOrder
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.comment import Comment
    from ...models.create_comment_reply_body import CreateCommentReplyBody
    from ...models.error import Error
    from ...models.list_comment_replies_order import ListCommentRepliesOrder
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
    """Replies are answers posted under a comment on a key. These endpoints list, create, read and
    delete them and set their read state.

    Blocking calls; `AsyncCommentRepliesApi` has the same methods, awaitable.
    """

    @overload
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
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[Comment]: ...

    @overload
    def list(
        self,
        *,
        key_id: str,
        comment_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[Comment]: ...

    def list(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[Comment]:
        """List the replies to a comment

        Returns a page of the replies posted under a comment on a key, optionally filtered by text or
        read state and sorted by direction.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies` (list_comment_replies).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to use.
            query: Text to look for in reply messages.
            filters: Read-state filters to apply, such as read or unread.
            order: Sort direction: asc or desc.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        check_per_page(per_page)

        try:
            response = list_comment_replies.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                page=page,
                per_page=per_page,
                branch=branch,
                query=query,
                filters=filters,
                order=as_enum(ListCommentRepliesOrder, order),
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies",
                exc,
            ) from exc
        return cast(
            "builtins.list[Comment]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies",
            ),
        )

    @overload
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
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Comment]]: ...

    @overload
    def list_pages(
        self,
        *,
        key_id: str,
        comment_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Comment]]: ...

    def list_pages(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Comment]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            query: Text to look for in reply messages.
            filters: Read-state filters to apply, such as read or unread.
            order: Sort direction: asc or desc.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_comment_replies.sync_detailed(
                    project_id=project_id,
                    key_id=key_id,
                    comment_id=comment_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    query=query,
                    filters=filters,
                    order=as_enum(ListCommentRepliesOrder, order),
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies",
                    exc,
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
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
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Comment]: ...

    @overload
    def list_all(
        self,
        *,
        key_id: str,
        comment_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Comment]: ...

    def list_all(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Comment]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            query: Text to look for in reply messages.
            filters: Read-state filters to apply, such as read or unread.
            order: Sort direction: asc or desc.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)

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
                concurrent=concurrent,
            )
        )

    @overload
    def create(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        *,
        body: CreateCommentReplyBody,
    ) -> Comment: ...

    @overload
    def create(
        self,
        *,
        key_id: str,
        comment_id: str,
        body: CreateCommentReplyBody,
    ) -> Comment: ...

    def create(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        body: CreateCommentReplyBody,
    ) -> Comment:
        """Reply to a comment

        Posts a new reply under a comment on a key.

        Calls `POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies` (create_comment_reply).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            body: Request body of create_comment_reply: Reply to a comment.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)

        try:
            response = create_comment_reply.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies",
                exc,
            ) from exc
        return cast(
            "Comment",
            unwrap(
                response,
                (201,),
                "POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies",
            ),
        )

    @overload
    def show(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> Comment: ...

    @overload
    def show(
        self,
        *,
        key_id: str,
        comment_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> Comment: ...

    def show(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> Comment:
        """Get one comment reply

        Returns the details of a single reply to a comment.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}` (show_comment_reply).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        id = path_value("id", id)

        try:
            response = show_comment_reply.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}",
                exc,
            ) from exc
        return cast(
            "Comment",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}",
            ),
        )

    @overload
    def delete(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        key_id: str,
        comment_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete a comment reply

        Removes a reply from a comment.

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}` (delete_comment_reply).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        id = path_value("id", id)

        try:
            response = delete_comment_reply.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}",
        )

    @overload
    def mark_read(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def mark_read(
        self,
        *,
        key_id: str,
        comment_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def mark_read(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Mark a comment reply as read

        Sets the state of the reply to read.

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_read` (mark_comment_reply_read).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        id = path_value("id", id)

        try:
            response = mark_comment_reply_read.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_read",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_read",
        )

    @overload
    def mark_unread(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def mark_unread(
        self,
        *,
        key_id: str,
        comment_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def mark_unread(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Mark a comment reply as unread

        Sets the state of the reply back to unread.

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_unread` (mark_comment_reply_unread).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        id = path_value("id", id)

        try:
            response = mark_comment_reply_unread.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_unread",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_unread",
        )


class AsyncCommentRepliesApi(AsyncResource):
    """Replies are answers posted under a comment on a key. These endpoints list, create, read and
    delete them and set their read state.

    Awaitable calls; `CommentRepliesApi` has the same methods, blocking.
    """

    @overload
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
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[Comment]: ...

    @overload
    async def list(
        self,
        *,
        key_id: str,
        comment_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[Comment]: ...

    async def list(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[Comment]:
        """List the replies to a comment

        Returns a page of the replies posted under a comment on a key, optionally filtered by text or
        read state and sorted by direction.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies` (list_comment_replies).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to use.
            query: Text to look for in reply messages.
            filters: Read-state filters to apply, such as read or unread.
            order: Sort direction: asc or desc.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        check_per_page(per_page)

        try:
            response = await list_comment_replies.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                page=page,
                per_page=per_page,
                branch=branch,
                query=query,
                filters=filters,
                order=as_enum(ListCommentRepliesOrder, order),
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies",
                exc,
            ) from exc
        return cast(
            "builtins.list[Comment]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies",
            ),
        )

    @overload
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
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Comment]]: ...

    @overload
    def list_pages(
        self,
        *,
        key_id: str,
        comment_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Comment]]: ...

    def list_pages(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Comment]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            query: Text to look for in reply messages.
            filters: Read-state filters to apply, such as read or unread.
            order: Sort direction: asc or desc.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_comment_replies.asyncio_detailed(
                    project_id=project_id,
                    key_id=key_id,
                    comment_id=comment_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    query=query,
                    filters=filters,
                    order=as_enum(ListCommentRepliesOrder, order),
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies",
                    exc,
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
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
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Comment]: ...

    @overload
    def list_all(
        self,
        *,
        key_id: str,
        comment_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Comment]: ...

    def list_all(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Comment]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            query: Text to look for in reply messages.
            filters: Read-state filters to apply, such as read or unread.
            order: Sort direction: asc or desc.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)

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
                concurrent=concurrent,
            )
        )

    @overload
    async def create(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        *,
        body: CreateCommentReplyBody,
    ) -> Comment: ...

    @overload
    async def create(
        self,
        *,
        key_id: str,
        comment_id: str,
        body: CreateCommentReplyBody,
    ) -> Comment: ...

    async def create(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        body: CreateCommentReplyBody,
    ) -> Comment:
        """Reply to a comment

        Posts a new reply under a comment on a key.

        Calls `POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies` (create_comment_reply).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            body: Request body of create_comment_reply: Reply to a comment.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)

        try:
            response = await create_comment_reply.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies",
                exc,
            ) from exc
        return cast(
            "Comment",
            unwrap(
                response,
                (201,),
                "POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies",
            ),
        )

    @overload
    async def show(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> Comment: ...

    @overload
    async def show(
        self,
        *,
        key_id: str,
        comment_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> Comment: ...

    async def show(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> Comment:
        """Get one comment reply

        Returns the details of a single reply to a comment.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}` (show_comment_reply).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        id = path_value("id", id)

        try:
            response = await show_comment_reply.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}",
                exc,
            ) from exc
        return cast(
            "Comment",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}",
            ),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        key_id: str,
        comment_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete a comment reply

        Removes a reply from a comment.

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}` (delete_comment_reply).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        id = path_value("id", id)

        try:
            response = await delete_comment_reply.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}",
        )

    @overload
    async def mark_read(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def mark_read(
        self,
        *,
        key_id: str,
        comment_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def mark_read(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Mark a comment reply as read

        Sets the state of the reply to read.

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_read` (mark_comment_reply_read).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        id = path_value("id", id)

        try:
            response = await mark_comment_reply_read.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_read",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_read",
        )

    @overload
    async def mark_unread(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def mark_unread(
        self,
        *,
        key_id: str,
        comment_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def mark_unread(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Mark a comment reply as unread

        Sets the state of the reply back to unread.

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_unread` (mark_comment_reply_unread).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        id = path_value("id", id)

        try:
            response = await mark_comment_reply_unread.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_unread",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "PATCH /projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies/{id}/mark_as_unread",
        )
