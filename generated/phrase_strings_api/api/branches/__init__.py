"""Operations of the branches resource group, and the facade classes that call them."""

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

    from ...models.branch import Branch
    from ...models.branch_comparison import BranchComparison
    from ...models.create_branch_body import CreateBranchBody
    from ...models.create_branch_comparison_body import CreateBranchComparisonBody
    from ...models.error import Error
    from ...models.merge_branch_body import MergeBranchBody
    from ...models.sync_branch_body import SyncBranchBody
    from ...models.update_branch_body import UpdateBranchBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    compare_branch,
    create_branch,
    create_branch_comparison,
    delete_branch,
    list_branches,
    merge_branch,
    show_branch,
    sync_branch,
    update_branch,
)

__all__ = ["AsyncBranchesApi", "BranchesApi"]


class BranchesApi(Resource):
    """Branches are working copies of a project that can be edited separately and later merged back
    into the main branch. These endpoints create, compare, sync, merge and delete them.

    Blocking calls; `AsyncBranchesApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Branch]:
        """List the branches of a project

        Returns a page of the project's branches.

        Calls `GET /projects/{project_id}/branches` (list_branches).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_branches.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/branches", exc) from exc
        return cast(
            "builtins.list[Branch]",
            unwrap(response, (200,), "GET /projects/{project_id}/branches"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[Branch]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_branches.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/branches", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/branches")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Branch]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateBranchBody,
    ) -> Branch:
        """Create a branch

        Starts creating a new branch of the project. Creation runs in the background and can take
        several minutes on large projects; the branch's state shows its progress.

        Calls `POST /projects/{project_id}/branches` (create_branch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_branch: Create a branch.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_branch.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/branches", exc) from exc
        return cast(
            "Branch", unwrap(response, (201,), "POST /projects/{project_id}/branches")
        )

    @overload
    def show(
        self,
        project_id: str,
        name: str,
    ) -> Branch: ...

    @overload
    def show(
        self,
        *,
        name: str,
    ) -> Branch: ...

    def show(
        self,
        project_id: str | None = None,
        name: str | None = None,
    ) -> Branch:
        """Get one branch

        Returns the details of a single branch of the project, looked up by its name.

        Calls `GET /projects/{project_id}/branches/{name}` (show_branch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = show_branch.sync_detailed(
                project_id=project_id,
                name=name,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/branches/{name}", exc
            ) from exc
        return cast(
            "Branch",
            unwrap(response, (200,), "GET /projects/{project_id}/branches/{name}"),
        )

    @overload
    def delete(
        self,
        project_id: str,
        name: str,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        name: str,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        name: str | None = None,
    ) -> None:
        """Delete a branch

        Removes a branch from the project.

        Calls `DELETE /projects/{project_id}/branches/{name}` (delete_branch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = delete_branch.sync_detailed(
                project_id=project_id,
                name=name,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/branches/{name}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/branches/{name}")

    @overload
    def update(
        self,
        project_id: str,
        name: str,
        *,
        body: UpdateBranchBody,
    ) -> Branch: ...

    @overload
    def update(
        self,
        *,
        name: str,
        body: UpdateBranchBody,
    ) -> Branch: ...

    def update(
        self,
        project_id: str | None = None,
        name: str | None = None,
        *,
        body: UpdateBranchBody,
    ) -> Branch:
        """Rename a branch

        Changes an existing branch; its name is the only editable field.

        Calls `PATCH /projects/{project_id}/branches/{name}` (update_branch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
            body: Request body of update_branch: Rename a branch.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = update_branch.sync_detailed(
                project_id=project_id,
                name=name,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/branches/{name}", exc
            ) from exc
        return cast(
            "Branch",
            unwrap(response, (200,), "PATCH /projects/{project_id}/branches/{name}"),
        )

    @overload
    def merge(
        self,
        project_id: str,
        name: str,
        *,
        body: MergeBranchBody,
    ) -> None: ...

    @overload
    def merge(
        self,
        *,
        name: str,
        body: MergeBranchBody,
    ) -> None: ...

    def merge(
        self,
        project_id: str | None = None,
        name: str | None = None,
        *,
        body: MergeBranchBody,
    ) -> None:
        """Merge a branch into main

        Merges the branch's changes into the main branch. Depending on the size of the difference this
        can take several minutes.

        Calls `PATCH /projects/{project_id}/branches/{name}/merge` (merge_branch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
            body: Request body of merge_branch: Merge a branch into main.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = merge_branch.sync_detailed(
                project_id=project_id,
                name=name,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/branches/{name}/merge", exc
            ) from exc
        unwrap(response, (), "PATCH /projects/{project_id}/branches/{name}/merge")

    @overload
    def sync(
        self,
        project_id: str,
        name: str,
        *,
        body: SyncBranchBody,
    ) -> None: ...

    @overload
    def sync(
        self,
        *,
        name: str,
        body: SyncBranchBody,
    ) -> None: ...

    def sync(
        self,
        project_id: str | None = None,
        name: str | None = None,
        *,
        body: SyncBranchBody,
    ) -> None:
        """Sync a branch with main

        Brings changes from the main branch into this branch. Works only for branches made with the
        newer branching feature.

        Calls `PATCH /projects/{project_id}/branches/{name}/sync` (sync_branch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
            body: Request body of sync_branch: Sync a branch with main.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = sync_branch.sync_detailed(
                project_id=project_id,
                name=name,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/branches/{name}/sync", exc
            ) from exc
        unwrap(response, (), "PATCH /projects/{project_id}/branches/{name}/sync")

    @overload
    def compare(
        self,
        project_id: str,
        name_path: str,
        *,
        name_query: str | Unset = UNSET,
    ) -> BranchComparison: ...

    @overload
    def compare(
        self,
        *,
        name_path: str,
        name_query: str | Unset = UNSET,
    ) -> BranchComparison: ...

    def compare(
        self,
        project_id: str | None = None,
        name_path: str | None = None,
        *,
        name_query: str | Unset = UNSET,
    ) -> BranchComparison:
        """Compare a branch with main

        Returns the differences between the branch and the main branch. This can take several minutes on
        large projects; create_branch_comparison runs the comparison in the background instead.

        Calls `GET /projects/{project_id}/branches/{name_path}/compare` (compare_branch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name_path: Name of the resource the path points to, such as a variable or a branch.
            name_query: Name of the branch to compare.
        """
        project_id = project_value(project_id, self._project_id)
        name_path = path_value("name_path", name_path)

        try:
            response = compare_branch.sync_detailed(
                project_id=project_id,
                name_path=name_path,
                name_query=name_query,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/branches/{name_path}/compare", exc
            ) from exc
        return cast(
            "BranchComparison",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/branches/{name_path}/compare",
            ),
        )

    @overload
    def create_comparison(
        self,
        project_id: str,
        name: str,
        *,
        body: CreateBranchComparisonBody,
    ) -> None: ...

    @overload
    def create_comparison(
        self,
        *,
        name: str,
        body: CreateBranchComparisonBody,
    ) -> None: ...

    def create_comparison(
        self,
        project_id: str | None = None,
        name: str | None = None,
        *,
        body: CreateBranchComparisonBody,
    ) -> None:
        """Start a background branch comparison

        Starts comparing the branch with the main branch in the background rather than within the
        request.

        Calls `POST /projects/{project_id}/branches/{name}/compare` (create_branch_comparison).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
            body: Request body of create_branch_comparison: Start a background branch comparison.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = create_branch_comparison.sync_detailed(
                project_id=project_id,
                name=name,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/branches/{name}/compare", exc
            ) from exc
        unwrap(response, (), "POST /projects/{project_id}/branches/{name}/compare")


class AsyncBranchesApi(AsyncResource):
    """Branches are working copies of a project that can be edited separately and later merged back
    into the main branch. These endpoints create, compare, sync, merge and delete them.

    Awaitable calls; `BranchesApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Branch]:
        """List the branches of a project

        Returns a page of the project's branches.

        Calls `GET /projects/{project_id}/branches` (list_branches).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_branches.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/branches", exc) from exc
        return cast(
            "builtins.list[Branch]",
            unwrap(response, (200,), "GET /projects/{project_id}/branches"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Branch]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_branches.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/branches", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/branches")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Branch]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateBranchBody,
    ) -> Branch:
        """Create a branch

        Starts creating a new branch of the project. Creation runs in the background and can take
        several minutes on large projects; the branch's state shows its progress.

        Calls `POST /projects/{project_id}/branches` (create_branch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_branch: Create a branch.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_branch.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/branches", exc) from exc
        return cast(
            "Branch", unwrap(response, (201,), "POST /projects/{project_id}/branches")
        )

    @overload
    async def show(
        self,
        project_id: str,
        name: str,
    ) -> Branch: ...

    @overload
    async def show(
        self,
        *,
        name: str,
    ) -> Branch: ...

    async def show(
        self,
        project_id: str | None = None,
        name: str | None = None,
    ) -> Branch:
        """Get one branch

        Returns the details of a single branch of the project, looked up by its name.

        Calls `GET /projects/{project_id}/branches/{name}` (show_branch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = await show_branch.asyncio_detailed(
                project_id=project_id,
                name=name,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/branches/{name}", exc
            ) from exc
        return cast(
            "Branch",
            unwrap(response, (200,), "GET /projects/{project_id}/branches/{name}"),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        name: str,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        name: str,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        name: str | None = None,
    ) -> None:
        """Delete a branch

        Removes a branch from the project.

        Calls `DELETE /projects/{project_id}/branches/{name}` (delete_branch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = await delete_branch.asyncio_detailed(
                project_id=project_id,
                name=name,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/branches/{name}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/branches/{name}")

    @overload
    async def update(
        self,
        project_id: str,
        name: str,
        *,
        body: UpdateBranchBody,
    ) -> Branch: ...

    @overload
    async def update(
        self,
        *,
        name: str,
        body: UpdateBranchBody,
    ) -> Branch: ...

    async def update(
        self,
        project_id: str | None = None,
        name: str | None = None,
        *,
        body: UpdateBranchBody,
    ) -> Branch:
        """Rename a branch

        Changes an existing branch; its name is the only editable field.

        Calls `PATCH /projects/{project_id}/branches/{name}` (update_branch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
            body: Request body of update_branch: Rename a branch.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = await update_branch.asyncio_detailed(
                project_id=project_id,
                name=name,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/branches/{name}", exc
            ) from exc
        return cast(
            "Branch",
            unwrap(response, (200,), "PATCH /projects/{project_id}/branches/{name}"),
        )

    @overload
    async def merge(
        self,
        project_id: str,
        name: str,
        *,
        body: MergeBranchBody,
    ) -> None: ...

    @overload
    async def merge(
        self,
        *,
        name: str,
        body: MergeBranchBody,
    ) -> None: ...

    async def merge(
        self,
        project_id: str | None = None,
        name: str | None = None,
        *,
        body: MergeBranchBody,
    ) -> None:
        """Merge a branch into main

        Merges the branch's changes into the main branch. Depending on the size of the difference this
        can take several minutes.

        Calls `PATCH /projects/{project_id}/branches/{name}/merge` (merge_branch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
            body: Request body of merge_branch: Merge a branch into main.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = await merge_branch.asyncio_detailed(
                project_id=project_id,
                name=name,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/branches/{name}/merge", exc
            ) from exc
        unwrap(response, (), "PATCH /projects/{project_id}/branches/{name}/merge")

    @overload
    async def sync(
        self,
        project_id: str,
        name: str,
        *,
        body: SyncBranchBody,
    ) -> None: ...

    @overload
    async def sync(
        self,
        *,
        name: str,
        body: SyncBranchBody,
    ) -> None: ...

    async def sync(
        self,
        project_id: str | None = None,
        name: str | None = None,
        *,
        body: SyncBranchBody,
    ) -> None:
        """Sync a branch with main

        Brings changes from the main branch into this branch. Works only for branches made with the
        newer branching feature.

        Calls `PATCH /projects/{project_id}/branches/{name}/sync` (sync_branch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
            body: Request body of sync_branch: Sync a branch with main.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = await sync_branch.asyncio_detailed(
                project_id=project_id,
                name=name,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/branches/{name}/sync", exc
            ) from exc
        unwrap(response, (), "PATCH /projects/{project_id}/branches/{name}/sync")

    @overload
    async def compare(
        self,
        project_id: str,
        name_path: str,
        *,
        name_query: str | Unset = UNSET,
    ) -> BranchComparison: ...

    @overload
    async def compare(
        self,
        *,
        name_path: str,
        name_query: str | Unset = UNSET,
    ) -> BranchComparison: ...

    async def compare(
        self,
        project_id: str | None = None,
        name_path: str | None = None,
        *,
        name_query: str | Unset = UNSET,
    ) -> BranchComparison:
        """Compare a branch with main

        Returns the differences between the branch and the main branch. This can take several minutes on
        large projects; create_branch_comparison runs the comparison in the background instead.

        Calls `GET /projects/{project_id}/branches/{name_path}/compare` (compare_branch).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name_path: Name of the resource the path points to, such as a variable or a branch.
            name_query: Name of the branch to compare.
        """
        project_id = project_value(project_id, self._project_id)
        name_path = path_value("name_path", name_path)

        try:
            response = await compare_branch.asyncio_detailed(
                project_id=project_id,
                name_path=name_path,
                name_query=name_query,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/branches/{name_path}/compare", exc
            ) from exc
        return cast(
            "BranchComparison",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/branches/{name_path}/compare",
            ),
        )

    @overload
    async def create_comparison(
        self,
        project_id: str,
        name: str,
        *,
        body: CreateBranchComparisonBody,
    ) -> None: ...

    @overload
    async def create_comparison(
        self,
        *,
        name: str,
        body: CreateBranchComparisonBody,
    ) -> None: ...

    async def create_comparison(
        self,
        project_id: str | None = None,
        name: str | None = None,
        *,
        body: CreateBranchComparisonBody,
    ) -> None:
        """Start a background branch comparison

        Starts comparing the branch with the main branch in the background rather than within the
        request.

        Calls `POST /projects/{project_id}/branches/{name}/compare` (create_branch_comparison).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            name: Name of the resource the path points to, such as a variable or a branch.
            body: Request body of create_branch_comparison: Start a background branch comparison.
        """
        project_id = project_value(project_id, self._project_id)
        name = path_value("name", name)

        try:
            response = await create_branch_comparison.asyncio_detailed(
                project_id=project_id,
                name=name,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/branches/{name}/compare", exc
            ) from exc
        unwrap(response, (), "POST /projects/{project_id}/branches/{name}/compare")
