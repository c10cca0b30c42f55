"""Operations of the job_template_locales resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_job_template_locale_body import CreateJobTemplateLocaleBody
    from ...models.error import Error
    from ...models.job_template_locales import JobTemplateLocales
    from ...models.update_job_template_locale_body import UpdateJobTemplateLocaleBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_job_template_locale,
    delete_job_template_locale,
    list_job_template_locales,
    show_job_template_locale,
    update_job_template_locale,
)

__all__ = ["AsyncJobTemplateLocalesApi", "JobTemplateLocalesApi"]


class JobTemplateLocalesApi(Resource):
    """Blocking calls to the job_template_locales resource group."""

    def list(
        self,
        project_id: str,
        job_template_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[JobTemplateLocales]:
        """List the locales of a job template

        Returns the target locales defined in a job template.

        Calls `GET /projects/{project_id}/job_templates/{job_template_id}/locales` (list_job_template_locales).
        """
        response = list_job_template_locales.sync_detailed(
            project_id=project_id,
            job_template_id=job_template_id,
            page=page,
            per_page=per_page,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[JobTemplateLocales]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        job_template_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[JobTemplateLocales]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_job_template_locales.sync_detailed(
                project_id=project_id,
                job_template_id=job_template_id,
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
        job_template_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[JobTemplateLocales]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                job_template_id,
                per_page=per_page,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        job_template_id: str,
        *,
        body: CreateJobTemplateLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateLocales:
        """Add a locale to a job template

        Adds a target locale to the job template, optionally with translators and reviewers given as
        users or teams.

        Calls `POST /projects/{project_id}/job_templates/{job_template_id}/locales` (create_job_template_locale).
        """
        response = create_job_template_locale.sync_detailed(
            project_id=project_id,
            job_template_id=job_template_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateLocales", unwrap(response))

    def show(
        self,
        project_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateLocales:
        """Get a job template locale

        Returns one target locale of a job template.

        Calls `GET /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (show_job_template_locale).
        """
        response = show_job_template_locale.sync_detailed(
            project_id=project_id,
            job_template_id=job_template_id,
            job_template_locale_id=job_template_locale_id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateLocales", unwrap(response))

    def delete(
        self,
        project_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a locale from a job template

        Deletes one target locale from a job template.

        Calls `DELETE /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (delete_job_template_locale).
        """
        response = delete_job_template_locale.sync_detailed(
            project_id=project_id,
            job_template_id=job_template_id,
            job_template_locale_id=job_template_locale_id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        project_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        body: UpdateJobTemplateLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateLocales:
        """Update a job template locale

        Changes the locale or the assigned translators and reviewers of a job template's target locale.

        Calls `PATCH /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (update_job_template_locale).
        """
        response = update_job_template_locale.sync_detailed(
            project_id=project_id,
            job_template_id=job_template_id,
            job_template_locale_id=job_template_locale_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateLocales", unwrap(response))


class AsyncJobTemplateLocalesApi(AsyncResource):
    """Awaitable calls to the job_template_locales resource group."""

    async def list(
        self,
        project_id: str,
        job_template_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[JobTemplateLocales]:
        """List the locales of a job template

        Returns the target locales defined in a job template.

        Calls `GET /projects/{project_id}/job_templates/{job_template_id}/locales` (list_job_template_locales).
        """
        response = await list_job_template_locales.asyncio_detailed(
            project_id=project_id,
            job_template_id=job_template_id,
            page=page,
            per_page=per_page,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[JobTemplateLocales]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        job_template_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[JobTemplateLocales]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_job_template_locales.asyncio_detailed(
                project_id=project_id,
                job_template_id=job_template_id,
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
        job_template_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[JobTemplateLocales]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                job_template_id,
                per_page=per_page,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        job_template_id: str,
        *,
        body: CreateJobTemplateLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateLocales:
        """Add a locale to a job template

        Adds a target locale to the job template, optionally with translators and reviewers given as
        users or teams.

        Calls `POST /projects/{project_id}/job_templates/{job_template_id}/locales` (create_job_template_locale).
        """
        response = await create_job_template_locale.asyncio_detailed(
            project_id=project_id,
            job_template_id=job_template_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateLocales", unwrap(response))

    async def show(
        self,
        project_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateLocales:
        """Get a job template locale

        Returns one target locale of a job template.

        Calls `GET /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (show_job_template_locale).
        """
        response = await show_job_template_locale.asyncio_detailed(
            project_id=project_id,
            job_template_id=job_template_id,
            job_template_locale_id=job_template_locale_id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateLocales", unwrap(response))

    async def delete(
        self,
        project_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a locale from a job template

        Deletes one target locale from a job template.

        Calls `DELETE /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (delete_job_template_locale).
        """
        response = await delete_job_template_locale.asyncio_detailed(
            project_id=project_id,
            job_template_id=job_template_id,
            job_template_locale_id=job_template_locale_id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        project_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        body: UpdateJobTemplateLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateLocales:
        """Update a job template locale

        Changes the locale or the assigned translators and reviewers of a job template's target locale.

        Calls `PATCH /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (update_job_template_locale).
        """
        response = await update_job_template_locale.asyncio_detailed(
            project_id=project_id,
            job_template_id=job_template_id,
            job_template_locale_id=job_template_locale_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateLocales", unwrap(response))
