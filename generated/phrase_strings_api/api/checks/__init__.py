"""Operations of the checks resource group, and the facade classes that call them."""

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
    """Quality checks look for problems in translations, such as missing placeholders, text over the
    length limit or terms used against the term base.

    Blocking calls; `AsyncChecksApi` has the same methods, awaitable.
    """

    def list_issues(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        state: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        check_names: builtins.list[str] | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
    ) -> builtins.list[CheckIssue]:
        """List the quality-check issues of a project

        Returns a page of the problems the quality checks found in translations, active ones unless a
        state is given.

        Calls `GET /projects/{project_id}/checks/issues` (list_check_issues).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            state: Only issues in this state: active (default), solved, dismissed or all.
            locale_ids: Only issues in translations into these locales.
            check_names: Only issues found by these checks: translation_content_length,
                translation_placeholder_usage, translation_glossary_usage.
            created_since: Only issues found at or after this time (ISO 8601; anything else is answered
                with 400).
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_check_issues.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                state=state,
                locale_ids=locale_ids,
                check_names=check_names,
                created_since=created_since,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/checks/issues", exc
            ) from exc
        return cast(
            "builtins.list[CheckIssue]",
            unwrap(response, (200,), "GET /projects/{project_id}/checks/issues"),
        )

    def list_issues_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        state: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        check_names: builtins.list[str] | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[CheckIssue]]:
        """Every page of `list_issues`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            state: Only issues in this state: active (default), solved, dismissed or all.
            locale_ids: Only issues in translations into these locales.
            check_names: Only issues found by these checks: translation_content_length,
                translation_placeholder_usage, translation_glossary_usage.
            created_since: Only issues found at or after this time (ISO 8601; anything else is answered
                with 400).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_check_issues.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    state=state,
                    locale_ids=locale_ids,
                    check_names=check_names,
                    created_since=created_since,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/checks/issues", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/checks/issues")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_issues_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        state: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        check_names: builtins.list[str] | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[CheckIssue]:
        """Every item of every page of `list_issues` (see `list_issues_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            state: Only issues in this state: active (default), solved, dismissed or all.
            locale_ids: Only issues in translations into these locales.
            check_names: Only issues found by these checks: translation_content_length,
                translation_placeholder_usage, translation_glossary_usage.
            created_since: Only issues found at or after this time (ISO 8601; anything else is answered
                with 400).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_issues_pages(
                project_id,
                per_page=per_page,
                state=state,
                locale_ids=locale_ids,
                check_names=check_names,
                created_since=created_since,
                concurrent=concurrent,
            )
        )

    @overload
    def dismiss_issue(
        self,
        project_id: str,
        id: str,
    ) -> CheckIssue: ...

    @overload
    def dismiss_issue(
        self,
        *,
        id: str,
    ) -> CheckIssue: ...

    def dismiss_issue(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> CheckIssue:
        """Dismiss a quality-check issue

        Marks an issue as not needing a fix, so it no longer counts as active.

        Calls `PATCH /projects/{project_id}/checks/issues/{id}/dismiss` (dismiss_check_issue).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = dismiss_check_issue.sync_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/checks/issues/{id}/dismiss", exc
            ) from exc
        return cast(
            "CheckIssue",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/checks/issues/{id}/dismiss",
            ),
        )


class AsyncChecksApi(AsyncResource):
    """Quality checks look for problems in translations, such as missing placeholders, text over the
    length limit or terms used against the term base.

    Awaitable calls; `ChecksApi` has the same methods, blocking.
    """

    async def list_issues(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        state: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        check_names: builtins.list[str] | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
    ) -> builtins.list[CheckIssue]:
        """List the quality-check issues of a project

        Returns a page of the problems the quality checks found in translations, active ones unless a
        state is given.

        Calls `GET /projects/{project_id}/checks/issues` (list_check_issues).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            state: Only issues in this state: active (default), solved, dismissed or all.
            locale_ids: Only issues in translations into these locales.
            check_names: Only issues found by these checks: translation_content_length,
                translation_placeholder_usage, translation_glossary_usage.
            created_since: Only issues found at or after this time (ISO 8601; anything else is answered
                with 400).
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_check_issues.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                state=state,
                locale_ids=locale_ids,
                check_names=check_names,
                created_since=created_since,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/checks/issues", exc
            ) from exc
        return cast(
            "builtins.list[CheckIssue]",
            unwrap(response, (200,), "GET /projects/{project_id}/checks/issues"),
        )

    def list_issues_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        state: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        check_names: builtins.list[str] | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[CheckIssue]]:
        """Every page of `list_issues`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            state: Only issues in this state: active (default), solved, dismissed or all.
            locale_ids: Only issues in translations into these locales.
            check_names: Only issues found by these checks: translation_content_length,
                translation_placeholder_usage, translation_glossary_usage.
            created_since: Only issues found at or after this time (ISO 8601; anything else is answered
                with 400).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_check_issues.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    state=state,
                    locale_ids=locale_ids,
                    check_names=check_names,
                    created_since=created_since,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/checks/issues", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/checks/issues")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_issues_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        state: str | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        check_names: builtins.list[str] | Unset = UNSET,
        created_since: datetime.datetime | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[CheckIssue]:
        """Every item of every page of `list_issues` (see `list_issues_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            state: Only issues in this state: active (default), solved, dismissed or all.
            locale_ids: Only issues in translations into these locales.
            check_names: Only issues found by these checks: translation_content_length,
                translation_placeholder_usage, translation_glossary_usage.
            created_since: Only issues found at or after this time (ISO 8601; anything else is answered
                with 400).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_issues_pages(
                project_id,
                per_page=per_page,
                state=state,
                locale_ids=locale_ids,
                check_names=check_names,
                created_since=created_since,
                concurrent=concurrent,
            )
        )

    @overload
    async def dismiss_issue(
        self,
        project_id: str,
        id: str,
    ) -> CheckIssue: ...

    @overload
    async def dismiss_issue(
        self,
        *,
        id: str,
    ) -> CheckIssue: ...

    async def dismiss_issue(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> CheckIssue:
        """Dismiss a quality-check issue

        Marks an issue as not needing a fix, so it no longer counts as active.

        Calls `PATCH /projects/{project_id}/checks/issues/{id}/dismiss` (dismiss_check_issue).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await dismiss_check_issue.asyncio_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/checks/issues/{id}/dismiss", exc
            ) from exc
        return cast(
            "CheckIssue",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/checks/issues/{id}/dismiss",
            ),
        )
