"""Operations of the reports resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

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
    """Blocking calls to the reports resource group."""

    def show(
        self,
        project_id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ProjectReport:
        """Get a project's translation report

        Returns translation progress statistics for one project.

        Calls `GET /projects/{project_id}/report` (show_report).
        """
        response = show_report.sync_detailed(
            project_id=project_id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ProjectReport", unwrap(response))

    def list_locales(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        locale_codes: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[LocaleReport]:
        """List translation reports per locale

        Returns progress statistics for each locale of the project.

        Calls `GET /projects/{project_id}/report/locales` (list_report_locales).
        """
        response = list_report_locales.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            locale_codes=locale_codes,
            tag=tag,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[LocaleReport]", unwrap(response))

    def list_locales_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        locale_codes: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[LocaleReport]]:
        """Every page of `list_locales`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_report_locales.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                locale_codes=locale_codes,
                tag=tag,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_locales_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        locale_codes: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[LocaleReport]:
        """Every item of every page of `list_locales` (see `list_locales_pages`)."""
        return items(
            self.list_locales_pages(
                project_id,
                per_page=per_page,
                locale_codes=locale_codes,
                tag=tag,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )


class AsyncReportsApi(AsyncResource):
    """Awaitable calls to the reports resource group."""

    async def show(
        self,
        project_id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> ProjectReport:
        """Get a project's translation report

        Returns translation progress statistics for one project.

        Calls `GET /projects/{project_id}/report` (show_report).
        """
        response = await show_report.asyncio_detailed(
            project_id=project_id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("ProjectReport", unwrap(response))

    async def list_locales(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        locale_codes: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[LocaleReport]:
        """List translation reports per locale

        Returns progress statistics for each locale of the project.

        Calls `GET /projects/{project_id}/report/locales` (list_report_locales).
        """
        response = await list_report_locales.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            locale_codes=locale_codes,
            tag=tag,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[LocaleReport]", unwrap(response))

    def list_locales_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        locale_codes: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[LocaleReport]]:
        """Every page of `list_locales`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_report_locales.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                locale_codes=locale_codes,
                tag=tag,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_locales_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        locale_codes: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[LocaleReport]:
        """Every item of every page of `list_locales` (see `list_locales_pages`)."""
        return async_items(
            self.list_locales_pages(
                project_id,
                per_page=per_page,
                locale_codes=locale_codes,
                tag=tag,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )
