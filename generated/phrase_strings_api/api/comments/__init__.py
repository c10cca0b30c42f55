"""Operations of the comments resource group, and the facade classes that call them."""

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
from ...models.list_comments_order import ListCommentsOrder
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.comment import Comment
    from ...models.create_comment_body import CreateCommentBody
    from ...models.error import Error
    from ...models.list_comments_order import ListCommentsOrder
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
    """Comments are discussion messages attached to a translation key, optionally tied to specific
    locales and tracked as read or unread per user.

    Blocking calls; `AsyncCommentsApi` has the same methods, awaitable.
    """

    @overload
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
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[Comment]: ...

    @overload
    def list(
        self,
        *,
        key_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[Comment]: ...

    def list(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[Comment]:
        """List the comments on a key

        Returns the comments on a key, one page at a time. Results can be narrowed by message text,
        locale and read state, and sorted in either direction.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments` (list_comments).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to work on; omit it to use the main project.
            query: Text to search for in comment messages.
            locale_ids: Only return comments assigned to these locale IDs.
            filters: Filters to apply to the comments, such as read or unread.
            order: Sort direction; one of asc, desc.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        check_per_page(per_page)

        try:
            response = list_comments.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                page=page,
                per_page=per_page,
                branch=branch,
                query=query,
                locale_ids=locale_ids,
                filters=filters,
                order=as_enum(ListCommentsOrder, order),
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/comments", exc
            ) from exc
        return cast(
            "builtins.list[Comment]",
            unwrap(
                response, (200,), "GET /projects/{project_id}/keys/{key_id}/comments"
            ),
        )

    @overload
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
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Comment]]: ...

    @overload
    def list_pages(
        self,
        *,
        key_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Comment]]: ...

    def list_pages(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Comment]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
            query: Text to search for in comment messages.
            locale_ids: Only return comments assigned to these locale IDs.
            filters: Filters to apply to the comments, such as read or unread.
            order: Sort direction; one of asc, desc.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_comments.sync_detailed(
                    project_id=project_id,
                    key_id=key_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    query=query,
                    locale_ids=locale_ids,
                    filters=filters,
                    order=as_enum(ListCommentsOrder, order),
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/keys/{key_id}/comments", exc
                ) from exc
            unwrap(
                response, (200,), "GET /projects/{project_id}/keys/{key_id}/comments"
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
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
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Comment]: ...

    @overload
    def list_all(
        self,
        *,
        key_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Comment]: ...

    def list_all(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Comment]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
            query: Text to search for in comment messages.
            locale_ids: Only return comments assigned to these locale IDs.
            filters: Filters to apply to the comments, such as read or unread.
            order: Sort direction; one of asc, desc.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)

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
                concurrent=concurrent,
            )
        )

    @overload
    def create(
        self,
        project_id: str,
        key_id: str,
        *,
        body: CreateCommentBody,
    ) -> Comment: ...

    @overload
    def create(
        self,
        *,
        key_id: str,
        body: CreateCommentBody,
    ) -> Comment: ...

    def create(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        *,
        body: CreateCommentBody,
    ) -> Comment:
        """Add a comment to a key

        Posts a new comment on a key, optionally linked to particular locales.

        Calls `POST /projects/{project_id}/keys/{key_id}/comments` (create_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            body: Request body of create_comment: Add a comment to a key.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)

        try:
            response = create_comment.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/keys/{key_id}/comments", exc
            ) from exc
        return cast(
            "Comment",
            unwrap(
                response, (201,), "POST /projects/{project_id}/keys/{key_id}/comments"
            ),
        )

    @overload
    def show(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> Comment: ...

    @overload
    def show(
        self,
        *,
        key_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> Comment: ...

    def show(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> Comment:
        """Get a comment

        Returns one comment on a key.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{id}` (show_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        id = path_value("id", id)

        try:
            response = show_comment.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/comments/{id}", exc
            ) from exc
        return cast(
            "Comment",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/comments/{id}",
            ),
        )

    @overload
    def delete(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        key_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Remove a comment from a key

        Removes a comment from a key.

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{id}` (delete_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        id = path_value("id", id)

        try:
            response = delete_comment.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/keys/{key_id}/comments/{id}", exc
            ) from exc
        unwrap(
            response, (), "DELETE /projects/{project_id}/keys/{key_id}/comments/{id}"
        )

    @overload
    def update(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        body: UpdateCommentBody,
    ) -> Comment: ...

    @overload
    def update(
        self,
        *,
        key_id: str,
        id: str,
        body: UpdateCommentBody,
    ) -> Comment: ...

    def update(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateCommentBody,
    ) -> Comment:
        """Edit the text of a comment

        Replaces the text of an existing comment.

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{id}` (update_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            id: Identifier of the resource the path points to.
            body: Request body of update_comment: Edit the text of a comment.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        id = path_value("id", id)

        try:
            response = update_comment.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/keys/{key_id}/comments/{id}", exc
            ) from exc
        return cast(
            "Comment",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/keys/{key_id}/comments/{id}",
            ),
        )

    @overload
    def check_read(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def check_read(
        self,
        *,
        key_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def check_read(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Check whether a comment is read

        Reports the comment's read state through the status code: 204 means it has been read, 404 means
        it has not.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{id}/read` (check_comment_read).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        id = path_value("id", id)

        try:
            response = check_comment_read.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/comments/{id}/read", exc
            ) from exc
        unwrap(
            response, (), "GET /projects/{project_id}/keys/{key_id}/comments/{id}/read"
        )

    @overload
    def mark_unread(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def mark_unread(
        self,
        *,
        key_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def mark_unread(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Clear the read mark on a comment

        Clears the read mark the current user set on the comment.

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{id}/read` (mark_comment_unread).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        id = path_value("id", id)

        try:
            response = mark_comment_unread.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/keys/{key_id}/comments/{id}/read", exc
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/keys/{key_id}/comments/{id}/read",
        )

    @overload
    def mark_read(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        body: MarkCommentReadBody,
    ) -> None: ...

    @overload
    def mark_read(
        self,
        *,
        key_id: str,
        id: str,
        body: MarkCommentReadBody,
    ) -> None: ...

    def mark_read(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        id: str | None = None,
        *,
        body: MarkCommentReadBody,
    ) -> None:
        """Record a comment as read

        Records that the current user has read the comment.

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{id}/read` (mark_comment_read).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            id: Identifier of the resource the path points to.
            body: Request body of mark_comment_read: Record a comment as read.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        id = path_value("id", id)

        try:
            response = mark_comment_read.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/keys/{key_id}/comments/{id}/read", exc
            ) from exc
        unwrap(
            response,
            (),
            "PATCH /projects/{project_id}/keys/{key_id}/comments/{id}/read",
        )


class AsyncCommentsApi(AsyncResource):
    """Comments are discussion messages attached to a translation key, optionally tied to specific
    locales and tracked as read or unread per user.

    Awaitable calls; `CommentsApi` has the same methods, blocking.
    """

    @overload
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
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[Comment]: ...

    @overload
    async def list(
        self,
        *,
        key_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[Comment]: ...

    async def list(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[Comment]:
        """List the comments on a key

        Returns the comments on a key, one page at a time. Results can be narrowed by message text,
        locale and read state, and sorted in either direction.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments` (list_comments).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to work on; omit it to use the main project.
            query: Text to search for in comment messages.
            locale_ids: Only return comments assigned to these locale IDs.
            filters: Filters to apply to the comments, such as read or unread.
            order: Sort direction; one of asc, desc.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        check_per_page(per_page)

        try:
            response = await list_comments.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                page=page,
                per_page=per_page,
                branch=branch,
                query=query,
                locale_ids=locale_ids,
                filters=filters,
                order=as_enum(ListCommentsOrder, order),
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/comments", exc
            ) from exc
        return cast(
            "builtins.list[Comment]",
            unwrap(
                response, (200,), "GET /projects/{project_id}/keys/{key_id}/comments"
            ),
        )

    @overload
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
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Comment]]: ...

    @overload
    def list_pages(
        self,
        *,
        key_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Comment]]: ...

    def list_pages(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Comment]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
            query: Text to search for in comment messages.
            locale_ids: Only return comments assigned to these locale IDs.
            filters: Filters to apply to the comments, such as read or unread.
            order: Sort direction; one of asc, desc.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_comments.asyncio_detailed(
                    project_id=project_id,
                    key_id=key_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    query=query,
                    locale_ids=locale_ids,
                    filters=filters,
                    order=as_enum(ListCommentsOrder, order),
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/keys/{key_id}/comments", exc
                ) from exc
            unwrap(
                response, (200,), "GET /projects/{project_id}/keys/{key_id}/comments"
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
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
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Comment]: ...

    @overload
    def list_all(
        self,
        *,
        key_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Comment]: ...

    def list_all(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        query: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        filters: builtins.list[str] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Comment]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
            query: Text to search for in comment messages.
            locale_ids: Only return comments assigned to these locale IDs.
            filters: Filters to apply to the comments, such as read or unread.
            order: Sort direction; one of asc, desc.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)

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
                concurrent=concurrent,
            )
        )

    @overload
    async def create(
        self,
        project_id: str,
        key_id: str,
        *,
        body: CreateCommentBody,
    ) -> Comment: ...

    @overload
    async def create(
        self,
        *,
        key_id: str,
        body: CreateCommentBody,
    ) -> Comment: ...

    async def create(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        *,
        body: CreateCommentBody,
    ) -> Comment:
        """Add a comment to a key

        Posts a new comment on a key, optionally linked to particular locales.

        Calls `POST /projects/{project_id}/keys/{key_id}/comments` (create_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            body: Request body of create_comment: Add a comment to a key.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)

        try:
            response = await create_comment.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/keys/{key_id}/comments", exc
            ) from exc
        return cast(
            "Comment",
            unwrap(
                response, (201,), "POST /projects/{project_id}/keys/{key_id}/comments"
            ),
        )

    @overload
    async def show(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> Comment: ...

    @overload
    async def show(
        self,
        *,
        key_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> Comment: ...

    async def show(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> Comment:
        """Get a comment

        Returns one comment on a key.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{id}` (show_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        id = path_value("id", id)

        try:
            response = await show_comment.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/comments/{id}", exc
            ) from exc
        return cast(
            "Comment",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/comments/{id}",
            ),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        key_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Remove a comment from a key

        Removes a comment from a key.

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{id}` (delete_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        id = path_value("id", id)

        try:
            response = await delete_comment.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/keys/{key_id}/comments/{id}", exc
            ) from exc
        unwrap(
            response, (), "DELETE /projects/{project_id}/keys/{key_id}/comments/{id}"
        )

    @overload
    async def update(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        body: UpdateCommentBody,
    ) -> Comment: ...

    @overload
    async def update(
        self,
        *,
        key_id: str,
        id: str,
        body: UpdateCommentBody,
    ) -> Comment: ...

    async def update(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateCommentBody,
    ) -> Comment:
        """Edit the text of a comment

        Replaces the text of an existing comment.

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{id}` (update_comment).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            id: Identifier of the resource the path points to.
            body: Request body of update_comment: Edit the text of a comment.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        id = path_value("id", id)

        try:
            response = await update_comment.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/keys/{key_id}/comments/{id}", exc
            ) from exc
        return cast(
            "Comment",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/keys/{key_id}/comments/{id}",
            ),
        )

    @overload
    async def check_read(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def check_read(
        self,
        *,
        key_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def check_read(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Check whether a comment is read

        Reports the comment's read state through the status code: 204 means it has been read, 404 means
        it has not.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{id}/read` (check_comment_read).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        id = path_value("id", id)

        try:
            response = await check_comment_read.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/comments/{id}/read", exc
            ) from exc
        unwrap(
            response, (), "GET /projects/{project_id}/keys/{key_id}/comments/{id}/read"
        )

    @overload
    async def mark_unread(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def mark_unread(
        self,
        *,
        key_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def mark_unread(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Clear the read mark on a comment

        Clears the read mark the current user set on the comment.

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{id}/read` (mark_comment_unread).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        id = path_value("id", id)

        try:
            response = await mark_comment_unread.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/keys/{key_id}/comments/{id}/read", exc
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/keys/{key_id}/comments/{id}/read",
        )

    @overload
    async def mark_read(
        self,
        project_id: str,
        key_id: str,
        id: str,
        *,
        body: MarkCommentReadBody,
    ) -> None: ...

    @overload
    async def mark_read(
        self,
        *,
        key_id: str,
        id: str,
        body: MarkCommentReadBody,
    ) -> None: ...

    async def mark_read(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        id: str | None = None,
        *,
        body: MarkCommentReadBody,
    ) -> None:
        """Record a comment as read

        Records that the current user has read the comment.

        Calls `PATCH /projects/{project_id}/keys/{key_id}/comments/{id}/read` (mark_comment_read).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            id: Identifier of the resource the path points to.
            body: Request body of mark_comment_read: Record a comment as read.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        id = path_value("id", id)

        try:
            response = await mark_comment_read.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/keys/{key_id}/comments/{id}/read", exc
            ) from exc
        unwrap(
            response,
            (),
            "PATCH /projects/{project_id}/keys/{key_id}/comments/{id}/read",
        )
