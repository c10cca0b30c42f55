"""Operations of the job_templates resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_job_template_body import CreateJobTemplateBody
    from ...models.error import Error
    from ...models.job_template import JobTemplate
    from ...models.job_template_details import JobTemplateDetails
    from ...models.update_job_template_body import UpdateJobTemplateBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_job_template,
    delete_job_template,
    list_job_templates,
    show_job_template,
    update_job_template,
)

__all__ = ["AsyncJobTemplatesApi", "JobTemplatesApi"]


class JobTemplatesApi(Resource):
    """Blocking calls to the job_templates resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[JobTemplate]:
        """List the job templates of a project

        Returns the job templates defined in the project.

        Calls `GET /projects/{project_id}/job_templates` (list_job_templates).
        """
        response = list_job_templates.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[JobTemplate]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[JobTemplate]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_job_templates.sync_detailed(
                project_id=project_id,
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
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[JobTemplate]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreateJobTemplateBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateDetails:
        """Create a job template

        Adds a new job template to the project.

        Calls `POST /projects/{project_id}/job_templates` (create_job_template).
        """
        response = create_job_template.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateDetails", unwrap(response))

    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateDetails:
        """Get a job template

        Returns one job template of the project.

        Calls `GET /projects/{project_id}/job_templates/{id}` (show_job_template).
        """
        response = show_job_template.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateDetails", unwrap(response))

    def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a job template

        Removes a job template from the project.

        Calls `DELETE /projects/{project_id}/job_templates/{id}` (delete_job_template).
        """
        response = delete_job_template.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateJobTemplateBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateDetails:
        """Update a job template

        Changes the name or briefing of an existing job template.

        Calls `PATCH /projects/{project_id}/job_templates/{id}` (update_job_template).
        """
        response = update_job_template.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateDetails", unwrap(response))


class AsyncJobTemplatesApi(AsyncResource):
    """Awaitable calls to the job_templates resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[JobTemplate]:
        """List the job templates of a project

        Returns the job templates defined in the project.

        Calls `GET /projects/{project_id}/job_templates` (list_job_templates).
        """
        response = await list_job_templates.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[JobTemplate]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[JobTemplate]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_job_templates.asyncio_detailed(
                project_id=project_id,
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
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[JobTemplate]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreateJobTemplateBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateDetails:
        """Create a job template

        Adds a new job template to the project.

        Calls `POST /projects/{project_id}/job_templates` (create_job_template).
        """
        response = await create_job_template.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateDetails", unwrap(response))

    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateDetails:
        """Get a job template

        Returns one job template of the project.

        Calls `GET /projects/{project_id}/job_templates/{id}` (show_job_template).
        """
        response = await show_job_template.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateDetails", unwrap(response))

    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a job template

        Removes a job template from the project.

        Calls `DELETE /projects/{project_id}/job_templates/{id}` (delete_job_template).
        """
        response = await delete_job_template.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateJobTemplateBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateDetails:
        """Update a job template

        Changes the name or briefing of an existing job template.

        Calls `PATCH /projects/{project_id}/job_templates/{id}` (update_job_template).
        """
        response = await update_job_template.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateDetails", unwrap(response))
