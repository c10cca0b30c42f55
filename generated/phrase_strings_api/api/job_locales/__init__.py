"""Operations of the job_locales resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.complete_job_locale_body import CompleteJobLocaleBody
    from ...models.complete_job_locale_review_body import CompleteJobLocaleReviewBody
    from ...models.create_job_locale_body import CreateJobLocaleBody
    from ...models.error import Error
    from ...models.job_locale import JobLocale
    from ...models.reopen_job_locale_body import ReopenJobLocaleBody
    from ...models.update_job_locale_body import UpdateJobLocaleBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    complete_job_locale,
    complete_job_locale_review,
    create_job_locale,
    delete_job_locale,
    list_job_locales,
    reopen_job_locale,
    show_job_locale,
    update_job_locale,
)

__all__ = ["AsyncJobLocalesApi", "JobLocalesApi"]


class JobLocalesApi(Resource):
    """Blocking calls to the job_locales resource group."""

    def list(
        self,
        project_id: str,
        job_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[JobLocale]:
        """List the target locales of a job

        Returns every target locale of the job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/locales` (list_job_locales).
        """
        response = list_job_locales.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            page=page,
            per_page=per_page,
            branch=branch,
            include_annotations=include_annotations,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[JobLocale]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        job_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[JobLocale]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_job_locales.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                page=page,
                per_page=size,
                branch=branch,
                include_annotations=include_annotations,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        job_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[JobLocale]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                job_id,
                per_page=per_page,
                branch=branch,
                include_annotations=include_annotations,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        job_id: str,
        *,
        body: CreateJobLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobLocale:
        """Add a target locale to a job

        Adds a locale to the job's targets and optionally assigns translators and reviewers, as users or
        teams.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales` (create_job_locale).
        """
        response = create_job_locale.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobLocale", unwrap(response))

    def show(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobLocale:
        """Get a job target locale

        Returns one target locale of the job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/locales/{id}` (show_job_locale).
        """
        response = show_job_locale.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            branch=branch,
            include_annotations=include_annotations,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobLocale", unwrap(response))

    def delete(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a target locale from a job

        Drops a locale from the job's targets.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/locales/{id}` (delete_job_locale).
        """
        response = delete_job_locale.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: UpdateJobLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobLocale:
        """Update a job target locale

        Changes the locale or the assigned translators and reviewers of a job's target locale.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/locales/{id}` (update_job_locale).
        """
        response = update_job_locale.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobLocale", unwrap(response))

    def complete(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: CompleteJobLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobLocale:
        """Mark a job locale as completed

        Sets the translation work for one target locale of the job as completed.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete` (complete_job_locale).
        """
        response = complete_job_locale.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobLocale", unwrap(response))

    def complete_review(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: CompleteJobLocaleReviewBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobLocale:
        """Mark a job locale as reviewed

        Records that the review of one target locale of the job is finished.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete_review` (complete_job_locale_review).
        """
        response = complete_job_locale_review.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobLocale", unwrap(response))

    def reopen(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: ReopenJobLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobLocale:
        """Reopen a job locale

        Takes a completed target locale of the job back to an uncompleted state.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales/{id}/reopen` (reopen_job_locale).
        """
        response = reopen_job_locale.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobLocale", unwrap(response))


class AsyncJobLocalesApi(AsyncResource):
    """Awaitable calls to the job_locales resource group."""

    async def list(
        self,
        project_id: str,
        job_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[JobLocale]:
        """List the target locales of a job

        Returns every target locale of the job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/locales` (list_job_locales).
        """
        response = await list_job_locales.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            page=page,
            per_page=per_page,
            branch=branch,
            include_annotations=include_annotations,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[JobLocale]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        job_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[JobLocale]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_job_locales.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                page=page,
                per_page=size,
                branch=branch,
                include_annotations=include_annotations,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        job_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[JobLocale]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                job_id,
                per_page=per_page,
                branch=branch,
                include_annotations=include_annotations,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        job_id: str,
        *,
        body: CreateJobLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobLocale:
        """Add a target locale to a job

        Adds a locale to the job's targets and optionally assigns translators and reviewers, as users or
        teams.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales` (create_job_locale).
        """
        response = await create_job_locale.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobLocale", unwrap(response))

    async def show(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobLocale:
        """Get a job target locale

        Returns one target locale of the job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/locales/{id}` (show_job_locale).
        """
        response = await show_job_locale.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            branch=branch,
            include_annotations=include_annotations,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobLocale", unwrap(response))

    async def delete(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a target locale from a job

        Drops a locale from the job's targets.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/locales/{id}` (delete_job_locale).
        """
        response = await delete_job_locale.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: UpdateJobLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobLocale:
        """Update a job target locale

        Changes the locale or the assigned translators and reviewers of a job's target locale.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/locales/{id}` (update_job_locale).
        """
        response = await update_job_locale.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobLocale", unwrap(response))

    async def complete(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: CompleteJobLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobLocale:
        """Mark a job locale as completed

        Sets the translation work for one target locale of the job as completed.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete` (complete_job_locale).
        """
        response = await complete_job_locale.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobLocale", unwrap(response))

    async def complete_review(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: CompleteJobLocaleReviewBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobLocale:
        """Mark a job locale as reviewed

        Records that the review of one target locale of the job is finished.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete_review` (complete_job_locale_review).
        """
        response = await complete_job_locale_review.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobLocale", unwrap(response))

    async def reopen(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: ReopenJobLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobLocale:
        """Reopen a job locale

        Takes a completed target locale of the job back to an uncompleted state.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales/{id}/reopen` (reopen_job_locale).
        """
        response = await reopen_job_locale.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobLocale", unwrap(response))
