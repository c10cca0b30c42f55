"""Operations of the checks resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    import datetime
    from typing import cast

    from ...models.check_issue import CheckIssue
    from ...models.error import Error
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    dismiss_check_issue,
    list_check_issues,
)

__all__ = ["AsyncChecksApi", "ChecksApi"]


class ChecksApi(Resource):
    """Blocking calls to the checks resource group."""

    def list_issues(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        state: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        check_names: builtins.list[str] | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[CheckIssue]:
        """List the quality-check issues of a project

        Returns a page of the problems the quality checks found in translations, active ones unless a
        state is given.

        Calls `GET /projects/{project_id}/checks/issues` (list_check_issues).
        """
        response = list_check_issues.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            state=state,
            locale_ids=locale_ids,
            check_names=check_names,
            created_since=created_since,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[CheckIssue]", unwrap(response))

    def list_issues_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        state: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        check_names: builtins.list[str] | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[CheckIssue]]:
        """Every page of `list_issues`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_check_issues.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                state=state,
                locale_ids=locale_ids,
                check_names=check_names,
                created_since=created_since,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_issues_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        state: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        check_names: builtins.list[str] | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[CheckIssue]:
        """Every item of every page of `list_issues` (see `list_issues_pages`)."""
        return items(
            self.list_issues_pages(
                project_id,
                per_page=per_page,
                state=state,
                locale_ids=locale_ids,
                check_names=check_names,
                created_since=created_since,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def dismiss_issue(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CheckIssue:
        """Dismiss a quality-check issue

        Marks an issue as not needing a fix, so it no longer counts as active.

        Calls `PATCH /projects/{project_id}/checks/issues/{id}/dismiss` (dismiss_check_issue).
        """
        response = dismiss_check_issue.sync_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CheckIssue", unwrap(response))


class AsyncChecksApi(AsyncResource):
    """Awaitable calls to the checks resource group."""

    async def list_issues(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        state: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        check_names: builtins.list[str] | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[CheckIssue]:
        """List the quality-check issues of a project

        Returns a page of the problems the quality checks found in translations, active ones unless a
        state is given.

        Calls `GET /projects/{project_id}/checks/issues` (list_check_issues).
        """
        response = await list_check_issues.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            state=state,
            locale_ids=locale_ids,
            check_names=check_names,
            created_since=created_since,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[CheckIssue]", unwrap(response))

    def list_issues_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        state: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        check_names: builtins.list[str] | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[CheckIssue]]:
        """Every page of `list_issues`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_check_issues.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                state=state,
                locale_ids=locale_ids,
                check_names=check_names,
                created_since=created_since,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_issues_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        state: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        check_names: builtins.list[str] | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[CheckIssue]:
        """Every item of every page of `list_issues` (see `list_issues_pages`)."""
        return async_items(
            self.list_issues_pages(
                project_id,
                per_page=per_page,
                state=state,
                locale_ids=locale_ids,
                check_names=check_names,
                created_since=created_since,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def dismiss_issue(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CheckIssue:
        """Dismiss a quality-check issue

        Marks an issue as not needing a fix, so it no longer counts as active.

        Calls `PATCH /projects/{project_id}/checks/issues/{id}/dismiss` (dismiss_check_issue).
        """
        response = await dismiss_check_issue.asyncio_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CheckIssue", unwrap(response))
