"""Operations of the comment_reactions resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

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
    """Blocking calls to the comment_reactions resource group."""

    def list(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[CommentReaction]:
        """List the reactions on a comment

        Returns the emoji reactions on a comment, one page at a time.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions` (list_comment_reactions).
        """
        response = list_comment_reactions.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            page=page,
            per_page=per_page,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[CommentReaction]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[CommentReaction]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_comment_reactions.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                page=page,
                per_page=size,
                branch=branch,
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
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[CommentReaction]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                key_id,
                comment_id,
                per_page=per_page,
                branch=branch,
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
        branch: str | Unset = UNSET,
        emoji: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CommentReaction:
        """Add a reaction to a comment

        Adds an emoji reaction to a comment.

        Calls `POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions` (create_comment_reaction).
        """
        response = create_comment_reaction.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            branch=branch,
            emoji=emoji,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CommentReaction", unwrap(response))

    def show(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CommentReaction:
        """Get a reaction

        Returns one reaction on a comment.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}` (show_comment_reaction).
        """
        response = show_comment_reaction.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CommentReaction", unwrap(response))

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
        """Remove a reaction from a comment

        Removes a reaction from a comment.

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}` (delete_comment_reaction).
        """
        response = delete_comment_reaction.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)


class AsyncCommentReactionsApi(AsyncResource):
    """Awaitable calls to the comment_reactions resource group."""

    async def list(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[CommentReaction]:
        """List the reactions on a comment

        Returns the emoji reactions on a comment, one page at a time.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions` (list_comment_reactions).
        """
        response = await list_comment_reactions.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            page=page,
            per_page=per_page,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[CommentReaction]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[CommentReaction]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_comment_reactions.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                comment_id=comment_id,
                page=page,
                per_page=size,
                branch=branch,
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
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[CommentReaction]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                key_id,
                comment_id,
                per_page=per_page,
                branch=branch,
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
        branch: str | Unset = UNSET,
        emoji: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CommentReaction:
        """Add a reaction to a comment

        Adds an emoji reaction to a comment.

        Calls `POST /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions` (create_comment_reaction).
        """
        response = await create_comment_reaction.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            branch=branch,
            emoji=emoji,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CommentReaction", unwrap(response))

    async def show(
        self,
        project_id: str,
        key_id: str,
        comment_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CommentReaction:
        """Get a reaction

        Returns one reaction on a comment.

        Calls `GET /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}` (show_comment_reaction).
        """
        response = await show_comment_reaction.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CommentReaction", unwrap(response))

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
        """Remove a reaction from a comment

        Removes a reaction from a comment.

        Calls `DELETE /projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions/{id}` (delete_comment_reaction).
        """
        response = await delete_comment_reaction.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)
