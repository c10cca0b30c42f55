"""Operations of the branches resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

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
    """Blocking calls to the branches resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Branch]:
        """List the branches of a project

        Returns a page of the project's branches.

        Calls `GET /projects/{project_id}/branches` (list_branches).
        """
        response = list_branches.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Branch]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Branch]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_branches.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Branch]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreateBranchBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Branch:
        """Create a branch

        Starts creating a new branch of the project. Creation runs in the background and can take
        several minutes on large projects; the branch's state shows its progress.

        Calls `POST /projects/{project_id}/branches` (create_branch).
        """
        response = create_branch.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Branch", unwrap(response))

    def show(
        self,
        project_id: str,
        name: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Branch:
        """Get one branch

        Returns the details of a single branch of the project, looked up by its name.

        Calls `GET /projects/{project_id}/branches/{name}` (show_branch).
        """
        response = show_branch.sync_detailed(
            project_id=project_id,
            name=name,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Branch", unwrap(response))

    def delete(
        self,
        project_id: str,
        name: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a branch

        Removes a branch from the project.

        Calls `DELETE /projects/{project_id}/branches/{name}` (delete_branch).
        """
        response = delete_branch.sync_detailed(
            project_id=project_id,
            name=name,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        project_id: str,
        name: str,
        *,
        body: UpdateBranchBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Branch:
        """Rename a branch

        Changes an existing branch; its name is the only editable field.

        Calls `PATCH /projects/{project_id}/branches/{name}` (update_branch).
        """
        response = update_branch.sync_detailed(
            project_id=project_id,
            name=name,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Branch", unwrap(response))

    def merge(
        self,
        project_id: str,
        name: str,
        *,
        body: MergeBranchBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Merge a branch into main

        Merges the branch's changes into the main branch. Depending on the size of the difference this
        can take several minutes.

        Calls `PATCH /projects/{project_id}/branches/{name}/merge` (merge_branch).
        """
        response = merge_branch.sync_detailed(
            project_id=project_id,
            name=name,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def sync(
        self,
        project_id: str,
        name: str,
        *,
        body: SyncBranchBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Sync a branch with main

        Brings changes from the main branch into this branch. Works only for branches made with the
        newer branching feature.

        Calls `PATCH /projects/{project_id}/branches/{name}/sync` (sync_branch).
        """
        response = sync_branch.sync_detailed(
            project_id=project_id,
            name=name,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def compare(
        self,
        project_id: str,
        name_path: str,
        *,
        name_query: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> BranchComparison:
        """Compare a branch with main

        Returns the differences between the branch and the main branch. This can take several minutes on
        large projects; create_branch_comparison runs the comparison in the background instead.

        Calls `GET /projects/{project_id}/branches/{name_path}/compare` (compare_branch).
        """
        response = compare_branch.sync_detailed(
            project_id=project_id,
            name_path=name_path,
            name_query=name_query,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("BranchComparison", unwrap(response))

    def create_comparison(
        self,
        project_id: str,
        name: str,
        *,
        body: CreateBranchComparisonBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Start a background branch comparison

        Starts comparing the branch with the main branch in the background rather than within the
        request.

        Calls `POST /projects/{project_id}/branches/{name}/compare` (create_branch_comparison).
        """
        response = create_branch_comparison.sync_detailed(
            project_id=project_id,
            name=name,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)


class AsyncBranchesApi(AsyncResource):
    """Awaitable calls to the branches resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Branch]:
        """List the branches of a project

        Returns a page of the project's branches.

        Calls `GET /projects/{project_id}/branches` (list_branches).
        """
        response = await list_branches.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Branch]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Branch]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_branches.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Branch]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreateBranchBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Branch:
        """Create a branch

        Starts creating a new branch of the project. Creation runs in the background and can take
        several minutes on large projects; the branch's state shows its progress.

        Calls `POST /projects/{project_id}/branches` (create_branch).
        """
        response = await create_branch.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Branch", unwrap(response))

    async def show(
        self,
        project_id: str,
        name: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Branch:
        """Get one branch

        Returns the details of a single branch of the project, looked up by its name.

        Calls `GET /projects/{project_id}/branches/{name}` (show_branch).
        """
        response = await show_branch.asyncio_detailed(
            project_id=project_id,
            name=name,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Branch", unwrap(response))

    async def delete(
        self,
        project_id: str,
        name: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a branch

        Removes a branch from the project.

        Calls `DELETE /projects/{project_id}/branches/{name}` (delete_branch).
        """
        response = await delete_branch.asyncio_detailed(
            project_id=project_id,
            name=name,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        project_id: str,
        name: str,
        *,
        body: UpdateBranchBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Branch:
        """Rename a branch

        Changes an existing branch; its name is the only editable field.

        Calls `PATCH /projects/{project_id}/branches/{name}` (update_branch).
        """
        response = await update_branch.asyncio_detailed(
            project_id=project_id,
            name=name,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Branch", unwrap(response))

    async def merge(
        self,
        project_id: str,
        name: str,
        *,
        body: MergeBranchBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Merge a branch into main

        Merges the branch's changes into the main branch. Depending on the size of the difference this
        can take several minutes.

        Calls `PATCH /projects/{project_id}/branches/{name}/merge` (merge_branch).
        """
        response = await merge_branch.asyncio_detailed(
            project_id=project_id,
            name=name,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def sync(
        self,
        project_id: str,
        name: str,
        *,
        body: SyncBranchBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Sync a branch with main

        Brings changes from the main branch into this branch. Works only for branches made with the
        newer branching feature.

        Calls `PATCH /projects/{project_id}/branches/{name}/sync` (sync_branch).
        """
        response = await sync_branch.asyncio_detailed(
            project_id=project_id,
            name=name,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def compare(
        self,
        project_id: str,
        name_path: str,
        *,
        name_query: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> BranchComparison:
        """Compare a branch with main

        Returns the differences between the branch and the main branch. This can take several minutes on
        large projects; create_branch_comparison runs the comparison in the background instead.

        Calls `GET /projects/{project_id}/branches/{name_path}/compare` (compare_branch).
        """
        response = await compare_branch.asyncio_detailed(
            project_id=project_id,
            name_path=name_path,
            name_query=name_query,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("BranchComparison", unwrap(response))

    async def create_comparison(
        self,
        project_id: str,
        name: str,
        *,
        body: CreateBranchComparisonBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Start a background branch comparison

        Starts comparing the branch with the main branch in the background rather than within the
        request.

        Calls `POST /projects/{project_id}/branches/{name}/compare` (create_branch_comparison).
        """
        response = await create_branch_comparison.asyncio_detailed(
            project_id=project_id,
            name=name,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)
