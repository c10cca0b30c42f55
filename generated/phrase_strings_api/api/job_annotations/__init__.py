"""Operations of the job_annotations resource group, and the facade classes that call them."""

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
    from ...models.job_annotation import JobAnnotation
    from ...models.update_job_annotation_body import UpdateJobAnnotationBody
    from ...models.update_job_annotation_for_locale_body import (
        UpdateJobAnnotationForLocaleBody,
    )
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    delete_job_annotation,
    delete_job_annotation_for_locale,
    list_job_annotations,
    list_job_annotations_for_locale,
    update_job_annotation,
    update_job_annotation_for_locale,
)

__all__ = ["AsyncJobAnnotationsApi", "JobAnnotationsApi"]


class JobAnnotationsApi(Resource):
    """Blocking calls to the job_annotations resource group."""

    def list(
        self,
        project_id: str,
        job_id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]:
        """List a job's annotations

        Returns the annotations attached to a job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/annotations` (list_job_annotations).
        """
        response = list_job_annotations.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[JobAnnotation]", unwrap(response))

    def delete(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete an annotation from a job

        Removes the named annotation from the job.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/annotations/{id}` (delete_job_annotation).
        """
        response = delete_job_annotation.sync_detailed(
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
        body: UpdateJobAnnotationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobAnnotation:
        """Set an annotation on a job

        Writes an annotation on the job under the given name. An annotation with that name is
        overwritten; if none exists, it is created.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/annotations/{id}` (update_job_annotation).
        """
        response = update_job_annotation.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobAnnotation", unwrap(response))

    def list_for_locale(
        self,
        project_id: str,
        job_id: str,
        job_locale_id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]:
        """List a job locale's annotations

        Returns the annotations attached to one target locale of a job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations` (list_job_annotations_for_locale).
        """
        response = list_job_annotations_for_locale.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            job_locale_id=job_locale_id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[JobAnnotation]", unwrap(response))

    def delete_for_locale(
        self,
        project_id: str,
        job_id: str,
        job_locale_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete an annotation from a job locale

        Removes the named annotation from a job's target locale.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}` (delete_job_annotation_for_locale).
        """
        response = delete_job_annotation_for_locale.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            job_locale_id=job_locale_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update_for_locale(
        self,
        project_id: str,
        job_id: str,
        job_locale_id: str,
        id: str,
        *,
        body: UpdateJobAnnotationForLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobAnnotation:
        """Set an annotation on a job locale

        Writes an annotation on a job's target locale under the given name. An annotation with that name
        is overwritten; if none exists, it is created.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}` (update_job_annotation_for_locale).
        """
        response = update_job_annotation_for_locale.sync_detailed(
            project_id=project_id,
            job_id=job_id,
            job_locale_id=job_locale_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobAnnotation", unwrap(response))


class AsyncJobAnnotationsApi(AsyncResource):
    """Awaitable calls to the job_annotations resource group."""

    async def list(
        self,
        project_id: str,
        job_id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]:
        """List a job's annotations

        Returns the annotations attached to a job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/annotations` (list_job_annotations).
        """
        response = await list_job_annotations.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[JobAnnotation]", unwrap(response))

    async def delete(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete an annotation from a job

        Removes the named annotation from the job.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/annotations/{id}` (delete_job_annotation).
        """
        response = await delete_job_annotation.asyncio_detailed(
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
        body: UpdateJobAnnotationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobAnnotation:
        """Set an annotation on a job

        Writes an annotation on the job under the given name. An annotation with that name is
        overwritten; if none exists, it is created.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/annotations/{id}` (update_job_annotation).
        """
        response = await update_job_annotation.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobAnnotation", unwrap(response))

    async def list_for_locale(
        self,
        project_id: str,
        job_id: str,
        job_locale_id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]:
        """List a job locale's annotations

        Returns the annotations attached to one target locale of a job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations` (list_job_annotations_for_locale).
        """
        response = await list_job_annotations_for_locale.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            job_locale_id=job_locale_id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[JobAnnotation]", unwrap(response))

    async def delete_for_locale(
        self,
        project_id: str,
        job_id: str,
        job_locale_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete an annotation from a job locale

        Removes the named annotation from a job's target locale.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}` (delete_job_annotation_for_locale).
        """
        response = await delete_job_annotation_for_locale.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            job_locale_id=job_locale_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update_for_locale(
        self,
        project_id: str,
        job_id: str,
        job_locale_id: str,
        id: str,
        *,
        body: UpdateJobAnnotationForLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobAnnotation:
        """Set an annotation on a job locale

        Writes an annotation on a job's target locale under the given name. An annotation with that name
        is overwritten; if none exists, it is created.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}` (update_job_annotation_for_locale).
        """
        response = await update_job_annotation_for_locale.asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            job_locale_id=job_locale_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobAnnotation", unwrap(response))
