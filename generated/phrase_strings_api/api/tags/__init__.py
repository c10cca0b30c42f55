"""Operations of the tags resource group, and the facade classes that call them."""

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

    from ...models.create_tag_body import CreateTagBody
    from ...models.error import Error
    from ...models.tag import Tag
    from ...models.tag_with_stats import TagWithStats
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_tag,
    delete_tag,
    list_tags,
    show_tag,
)

__all__ = ["AsyncTagsApi", "TagsApi"]


class TagsApi(Resource):
    """Tags are labels attached to keys within a project, used to group and filter them.

    Blocking calls; `AsyncTagsApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        exclude_system_tags: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_system_tags: bool | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Tag]:
        """List the tags of a project

        Returns the tags defined in the project, with the option to hide tags the system created itself.

        Calls `GET /projects/{project_id}/tags` (list_tags).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            exclude_system_tags: Leave out tags created by the system, such as job, upload or Figma
                tags.
            branch: Name of the branch to operate on.
            only_system_tags: With true, only tags Phrase made itself (jobs, uploads, Figma) are listed;
                not together with exclude_system_tags.
            q: Only tags whose name matches this query.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_tags.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                exclude_system_tags=exclude_system_tags,
                branch=branch,
                only_system_tags=only_system_tags,
                q=q,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/tags", exc) from exc
        return cast(
            "builtins.list[Tag]",
            unwrap(response, (200,), "GET /projects/{project_id}/tags"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        exclude_system_tags: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_system_tags: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Tag]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            exclude_system_tags: Leave out tags created by the system, such as job, upload or Figma
                tags.
            branch: Name of the branch to operate on.
            only_system_tags: With true, only tags Phrase made itself (jobs, uploads, Figma) are listed;
                not together with exclude_system_tags.
            q: Only tags whose name matches this query.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_tags.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    exclude_system_tags=exclude_system_tags,
                    branch=branch,
                    only_system_tags=only_system_tags,
                    q=q,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects/{project_id}/tags", exc) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/tags")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        exclude_system_tags: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_system_tags: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Tag]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            exclude_system_tags: Leave out tags created by the system, such as job, upload or Figma
                tags.
            branch: Name of the branch to operate on.
            only_system_tags: With true, only tags Phrase made itself (jobs, uploads, Figma) are listed;
                not together with exclude_system_tags.
            q: Only tags whose name matches this query.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                exclude_system_tags=exclude_system_tags,
                branch=branch,
                only_system_tags=only_system_tags,
                q=q,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateTagBody,
    ) -> TagWithStats:
        """Create a tag

        Adds a new tag to the project.

        Calls `POST /projects/{project_id}/tags` (create_tag).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_tag: Create a tag.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_tag.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/tags", exc) from exc
        return cast(
            "TagWithStats", unwrap(response, (201,), "POST /projects/{project_id}/tags")
        )

    @overload
    def show(
        self,
        project_id: str,
        name: str,
        *,
        omit_statistics: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> TagWithStats: ...

    @overload
    def show(
        self,
        *,
        name: str,
        omit_statistics: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> TagWithStats: ...

    def show(
        self,
        project_id: str | None = None,
        name: str | None = None,
        *,
        omit_statistics: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> TagWithStats:
        """Get a tag

        Returns one tag of the project together with translation progress statistics for its keys,
        unless statistics are turned off.

        Calls `GET /projects/{project_id}/tags/{name}` (show_tag).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
            omit_statistics: Leave the statistics out of the response.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = show_tag.sync_detailed(
                project_id=project_id,
                name=name,
                omit_statistics=omit_statistics,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/tags/{name}", exc) from exc
        return cast(
            "TagWithStats",
            unwrap(response, (200,), "GET /projects/{project_id}/tags/{name}"),
        )

    @overload
    def delete(
        self,
        project_id: str,
        name: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        name: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        name: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete a tag

        Removes the tag from the project.

        Calls `DELETE /projects/{project_id}/tags/{name}` (delete_tag).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = delete_tag.sync_detailed(
                project_id=project_id,
                name=name,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/tags/{name}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/tags/{name}")


class AsyncTagsApi(AsyncResource):
    """Tags are labels attached to keys within a project, used to group and filter them.

    Awaitable calls; `TagsApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        exclude_system_tags: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_system_tags: bool | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Tag]:
        """List the tags of a project

        Returns the tags defined in the project, with the option to hide tags the system created itself.

        Calls `GET /projects/{project_id}/tags` (list_tags).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            exclude_system_tags: Leave out tags created by the system, such as job, upload or Figma
                tags.
            branch: Name of the branch to operate on.
            only_system_tags: With true, only tags Phrase made itself (jobs, uploads, Figma) are listed;
                not together with exclude_system_tags.
            q: Only tags whose name matches this query.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_tags.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                exclude_system_tags=exclude_system_tags,
                branch=branch,
                only_system_tags=only_system_tags,
                q=q,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/tags", exc) from exc
        return cast(
            "builtins.list[Tag]",
            unwrap(response, (200,), "GET /projects/{project_id}/tags"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        exclude_system_tags: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_system_tags: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Tag]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            exclude_system_tags: Leave out tags created by the system, such as job, upload or Figma
                tags.
            branch: Name of the branch to operate on.
            only_system_tags: With true, only tags Phrase made itself (jobs, uploads, Figma) are listed;
                not together with exclude_system_tags.
            q: Only tags whose name matches this query.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_tags.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    exclude_system_tags=exclude_system_tags,
                    branch=branch,
                    only_system_tags=only_system_tags,
                    q=q,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects/{project_id}/tags", exc) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/tags")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        exclude_system_tags: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_system_tags: bool | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Tag]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            exclude_system_tags: Leave out tags created by the system, such as job, upload or Figma
                tags.
            branch: Name of the branch to operate on.
            only_system_tags: With true, only tags Phrase made itself (jobs, uploads, Figma) are listed;
                not together with exclude_system_tags.
            q: Only tags whose name matches this query.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                exclude_system_tags=exclude_system_tags,
                branch=branch,
                only_system_tags=only_system_tags,
                q=q,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateTagBody,
    ) -> TagWithStats:
        """Create a tag

        Adds a new tag to the project.

        Calls `POST /projects/{project_id}/tags` (create_tag).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_tag: Create a tag.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_tag.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/tags", exc) from exc
        return cast(
            "TagWithStats", unwrap(response, (201,), "POST /projects/{project_id}/tags")
        )

    @overload
    async def show(
        self,
        project_id: str,
        name: str,
        *,
        omit_statistics: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> TagWithStats: ...

    @overload
    async def show(
        self,
        *,
        name: str,
        omit_statistics: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> TagWithStats: ...

    async def show(
        self,
        project_id: str | None = None,
        name: str | None = None,
        *,
        omit_statistics: bool | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> TagWithStats:
        """Get a tag

        Returns one tag of the project together with translation progress statistics for its keys,
        unless statistics are turned off.

        Calls `GET /projects/{project_id}/tags/{name}` (show_tag).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
            omit_statistics: Leave the statistics out of the response.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = await show_tag.asyncio_detailed(
                project_id=project_id,
                name=name,
                omit_statistics=omit_statistics,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/tags/{name}", exc) from exc
        return cast(
            "TagWithStats",
            unwrap(response, (200,), "GET /projects/{project_id}/tags/{name}"),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        name: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        name: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        name: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete a tag

        Removes the tag from the project.

        Calls `DELETE /projects/{project_id}/tags/{name}` (delete_tag).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = await delete_tag.asyncio_detailed(
                project_id=project_id,
                name=name,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/tags/{name}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/tags/{name}")
