"""Operations of the comment_reactions resource group, and the facade classes that call them."""

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

    from ...models.comment_reaction import CommentReaction
    from ...models.error import Error
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_comment_reaction,
    delete_comment_reaction,
    list_comment_reactions,
    show_comment_reaction,
)

__all__ = ["AsyncCommentReactionsApi", "CommentReactionsApi"]


class CommentReactionsApi(Resource):
    """Reactions are emoji responses that users add to a comment on a key.

    Blocking calls; `AsyncCommentReactionsApi` has the same methods, awaitable.
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
    ) -> builtins.list[CommentReaction]: ...

    @overload
    def list(
        self,
        *,
        key_id: str,
        comment_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[CommentReaction]: ...

    def list(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[CommentReaction]:
        """List the reactions on a comment

        Returns the emoji reactions on a comment, one page at a time.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions` (list_comment_reactions).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        check_per_page(per_page)

        try:
            response = list_comment_reactions.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                page=page,
                per_page=per_page,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions",
                exc,
            ) from exc
        return cast(
            "builtins.list[CommentReaction]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions",
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
        concurrent: bool = False,
    ) -> Iterator[Page[CommentReaction]]: ...

    @overload
    def list_pages(
        self,
        *,
        key_id: str,
        comment_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[CommentReaction]]: ...

    def list_pages(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[CommentReaction]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_comment_reactions.sync_detailed(
                    project_id=project_id,
                    key_id=key_id,
                    comment_id=comment_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions",
                    exc,
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions",
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
        concurrent: bool = False,
    ) -> Iterator[CommentReaction]: ...

    @overload
    def list_all(
        self,
        *,
        key_id: str,
        comment_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[CommentReaction]: ...

    def list_all(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[CommentReaction]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
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
        branch: str | Unset = UNSET,
        emoji: str | Unset = UNSET,
    ) -> CommentReaction: ...

    @overload
    def create(
        self,
        *,
        key_id: str,
        comment_id: str,
        branch: str | Unset = UNSET,
        emoji: str | Unset = UNSET,
    ) -> CommentReaction: ...

    def create(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
        emoji: str | Unset = UNSET,
    ) -> CommentReaction:
        """Add a reaction to a comment

        Adds an emoji reaction to a comment.

        Calls `POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions` (create_comment_reaction).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            branch: Name of the branch to work on; omit it to use the main project.
            emoji: Emoji to react with.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)

        try:
            response = create_comment_reaction.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                branch=branch,
                emoji=emoji,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions",
                exc,
            ) from exc
        return cast(
            "CommentReaction",
            unwrap(
                response,
                (201,),
                "POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions",
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
    ) -> CommentReaction: ...

    @overload
    def show(
        self,
        *,
        key_id: str,
        comment_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> CommentReaction: ...

    def show(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> CommentReaction:
        """Get a reaction

        Returns one reaction on a comment.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}` (show_comment_reaction).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        id = path_value("id", id)

        try:
            response = show_comment_reaction.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}",
                exc,
            ) from exc
        return cast(
            "CommentReaction",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}",
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
        """Remove a reaction from a comment

        Removes a reaction from a comment.

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}` (delete_comment_reaction).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        id = path_value("id", id)

        try:
            response = delete_comment_reaction.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}",
        )


class AsyncCommentReactionsApi(AsyncResource):
    """Reactions are emoji responses that users add to a comment on a key.

    Awaitable calls; `CommentReactionsApi` has the same methods, blocking.
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
    ) -> builtins.list[CommentReaction]: ...

    @overload
    async def list(
        self,
        *,
        key_id: str,
        comment_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[CommentReaction]: ...

    async def list(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[CommentReaction]:
        """List the reactions on a comment

        Returns the emoji reactions on a comment, one page at a time.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions` (list_comment_reactions).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        check_per_page(per_page)

        try:
            response = await list_comment_reactions.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                page=page,
                per_page=per_page,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions",
                exc,
            ) from exc
        return cast(
            "builtins.list[CommentReaction]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions",
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
        concurrent: bool = False,
    ) -> AsyncIterator[Page[CommentReaction]]: ...

    @overload
    def list_pages(
        self,
        *,
        key_id: str,
        comment_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[CommentReaction]]: ...

    def list_pages(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[CommentReaction]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_comment_reactions.asyncio_detailed(
                    project_id=project_id,
                    key_id=key_id,
                    comment_id=comment_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions",
                    exc,
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions",
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
        concurrent: bool = False,
    ) -> AsyncIterator[CommentReaction]: ...

    @overload
    def list_all(
        self,
        *,
        key_id: str,
        comment_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[CommentReaction]: ...

    def list_all(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[CommentReaction]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to work on; omit it to use the main project.
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
        branch: str | Unset = UNSET,
        emoji: str | Unset = UNSET,
    ) -> CommentReaction: ...

    @overload
    async def create(
        self,
        *,
        key_id: str,
        comment_id: str,
        branch: str | Unset = UNSET,
        emoji: str | Unset = UNSET,
    ) -> CommentReaction: ...

    async def create(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
        emoji: str | Unset = UNSET,
    ) -> CommentReaction:
        """Add a reaction to a comment

        Adds an emoji reaction to a comment.

        Calls `POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions` (create_comment_reaction).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            branch: Name of the branch to work on; omit it to use the main project.
            emoji: Emoji to react with.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)

        try:
            response = await create_comment_reaction.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                branch=branch,
                emoji=emoji,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions",
                exc,
            ) from exc
        return cast(
            "CommentReaction",
            unwrap(
                response,
                (201,),
                "POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions",
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
    ) -> CommentReaction: ...

    @overload
    async def show(
        self,
        *,
        key_id: str,
        comment_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> CommentReaction: ...

    async def show(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        comment_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> CommentReaction:
        """Get a reaction

        Returns one reaction on a comment.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}` (show_comment_reaction).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        id = path_value("id", id)

        try:
            response = await show_comment_reaction.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}",
                exc,
            ) from exc
        return cast(
            "CommentReaction",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}",
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
        """Remove a reaction from a comment

        Removes a reaction from a comment.

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}` (delete_comment_reaction).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            comment_id: Identifier of the comment.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to work on; omit it to use the main project.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        comment_id = path_value("comment_id", comment_id)
        id = path_value("id", id)

        try:
            response = await delete_comment_reaction.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}",
        )
