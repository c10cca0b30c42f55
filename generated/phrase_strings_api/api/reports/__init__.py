"""Operations of the reports resource group, and the facade classes that call them."""

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

    from ...models.error import Error
    from ...models.locale_report import LocaleReport
    from ...models.project_report import ProjectReport
    from ...types import UNSET, Unset

from . import (
    list_report_locales,
    show_report,
)

__all__ = ["AsyncReportsApi", "ReportsApi"]


class ReportsApi(Resource):
    """Reports give translation progress statistics for a project as a whole and for each of its
    locales.

    Blocking calls; `AsyncReportsApi` has the same methods, awaitable.
    """

    def show(
        self,
        project_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> ProjectReport:
        """Get a project's translation report

        Returns translation progress statistics for one project.

        Calls `GET /projects/{project_id}/report` (show_report).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = show_report.sync_detailed(
                project_id=project_id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/report", exc) from exc
        return cast(
            "ProjectReport",
            unwrap(response, (200,), "GET /projects/{project_id}/report"),
        )

    def list_locales(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        locale_codes: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[LocaleReport]:
        """List translation reports per locale

        Returns progress statistics for each locale of the project.

        Calls `GET /projects/{project_id}/report/locales` (list_report_locales).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            locale_codes: Locale code to narrow the report to.
            tag: Tag name to narrow the report to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_report_locales.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                locale_codes=locale_codes,
                tag=tag,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/report/locales", exc
            ) from exc
        return cast(
            "builtins.list[LocaleReport]",
            unwrap(response, (200,), "GET /projects/{project_id}/report/locales"),
        )

    def list_locales_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        locale_codes: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[LocaleReport]]:
        """Every page of `list_locales`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            locale_codes: Locale code to narrow the report to.
            tag: Tag name to narrow the report to.
            branch: Name of the branch to operate on.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_report_locales.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    locale_codes=locale_codes,
                    tag=tag,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/report/locales", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/report/locales")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_locales_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        locale_codes: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[LocaleReport]:
        """Every item of every page of `list_locales` (see `list_locales_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            locale_codes: Locale code to narrow the report to.
            tag: Tag name to narrow the report to.
            branch: Name of the branch to operate on.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_locales_pages(
                project_id,
                per_page=per_page,
                locale_codes=locale_codes,
                tag=tag,
                branch=branch,
                concurrent=concurrent,
            )
        )


class AsyncReportsApi(AsyncResource):
    """Reports give translation progress statistics for a project as a whole and for each of its
    locales.

    Awaitable calls; `ReportsApi` has the same methods, blocking.
    """

    async def show(
        self,
        project_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> ProjectReport:
        """Get a project's translation report

        Returns translation progress statistics for one project.

        Calls `GET /projects/{project_id}/report` (show_report).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await show_report.asyncio_detailed(
                project_id=project_id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/report", exc) from exc
        return cast(
            "ProjectReport",
            unwrap(response, (200,), "GET /projects/{project_id}/report"),
        )

    async def list_locales(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        locale_codes: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[LocaleReport]:
        """List translation reports per locale

        Returns progress statistics for each locale of the project.

        Calls `GET /projects/{project_id}/report/locales` (list_report_locales).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            locale_codes: Locale code to narrow the report to.
            tag: Tag name to narrow the report to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_report_locales.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                locale_codes=locale_codes,
                tag=tag,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/report/locales", exc
            ) from exc
        return cast(
            "builtins.list[LocaleReport]",
            unwrap(response, (200,), "GET /projects/{project_id}/report/locales"),
        )

    def list_locales_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        locale_codes: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[LocaleReport]]:
        """Every page of `list_locales`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            locale_codes: Locale code to narrow the report to.
            tag: Tag name to narrow the report to.
            branch: Name of the branch to operate on.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_report_locales.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    locale_codes=locale_codes,
                    tag=tag,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/report/locales", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/report/locales")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_locales_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        locale_codes: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[LocaleReport]:
        """Every item of every page of `list_locales` (see `list_locales_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            locale_codes: Locale code to narrow the report to.
            tag: Tag name to narrow the report to.
            branch: Name of the branch to operate on.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_locales_pages(
                project_id,
                per_page=per_page,
                locale_codes=locale_codes,
                tag=tag,
                branch=branch,
                concurrent=concurrent,
            )
        )
