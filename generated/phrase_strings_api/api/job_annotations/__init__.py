"""Operations of the job_annotations resource group, and the facade classes that call them."""

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
    """Annotations are named values attached to a job or to one of its target locales to carry extra
    metadata. These endpoints read, set and remove them.

    Blocking calls; `AsyncJobAnnotationsApi` has the same methods, awaitable.
    """

    @overload
    def list(
        self,
        project_id: str,
        job_id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]: ...

    @overload
    def list(
        self,
        *,
        job_id: str,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]: ...

    def list(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]:
        """List a job's annotations

        Returns the annotations attached to a job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/annotations` (list_job_annotations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)

        try:
            response = list_job_annotations.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/jobs/{job_id}/annotations", exc
            ) from exc
        return cast(
            "builtins.list[JobAnnotation]",
            unwrap(
                response, (200,), "GET /projects/{project_id}/jobs/{job_id}/annotations"
            ),
        )

    @overload
    def delete(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        job_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete an annotation from a job

        Removes the named annotation from the job.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/annotations/{id}` (delete_job_annotation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Name of the annotation to remove.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = delete_job_annotation.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/jobs/{job_id}/annotations/{id}", exc
            ) from exc
        unwrap(
            response, (), "DELETE /projects/{project_id}/jobs/{job_id}/annotations/{id}"
        )

    @overload
    def update(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: UpdateJobAnnotationBody,
    ) -> JobAnnotation: ...

    @overload
    def update(
        self,
        *,
        job_id: str,
        id: str,
        body: UpdateJobAnnotationBody,
    ) -> JobAnnotation: ...

    def update(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateJobAnnotationBody,
    ) -> JobAnnotation:
        """Set an annotation on a job

        Writes an annotation on the job under the given name. An annotation with that name is
        overwritten; if none exists, it is created.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/annotations/{id}` (update_job_annotation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Name of the annotation to write.
            body: Request body of update_job_annotation: Set an annotation on a job.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = update_job_annotation.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/jobs/{job_id}/annotations/{id}", exc
            ) from exc
        return cast(
            "JobAnnotation",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/jobs/{job_id}/annotations/{id}",
            ),
        )

    @overload
    def list_for_locale(
        self,
        project_id: str,
        job_id: str,
        job_locale_id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]: ...

    @overload
    def list_for_locale(
        self,
        *,
        job_id: str,
        job_locale_id: str,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]: ...

    def list_for_locale(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        job_locale_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]:
        """List a job locale's annotations

        Returns the annotations attached to one target locale of a job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations` (list_job_annotations_for_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            job_locale_id: Identifier of the job locale.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        job_locale_id = path_value("job_locale_id", job_locale_id)

        try:
            response = list_job_annotations_for_locale.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                job_locale_id=job_locale_id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations",
                exc,
            ) from exc
        return cast(
            "builtins.list[JobAnnotation]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations",
            ),
        )

    @overload
    def delete_for_locale(
        self,
        project_id: str,
        job_id: str,
        job_locale_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def delete_for_locale(
        self,
        *,
        job_id: str,
        job_locale_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def delete_for_locale(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        job_locale_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete an annotation from a job locale

        Removes the named annotation from a job's target locale.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}` (delete_job_annotation_for_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            job_locale_id: Identifier of the job locale.
            id: Name of the annotation to remove.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        job_locale_id = path_value("job_locale_id", job_locale_id)
        id = path_value("id", id)

        try:
            response = delete_job_annotation_for_locale.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                job_locale_id=job_locale_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}",
        )

    @overload
    def update_for_locale(
        self,
        project_id: str,
        job_id: str,
        job_locale_id: str,
        id: str,
        *,
        body: UpdateJobAnnotationForLocaleBody,
    ) -> JobAnnotation: ...

    @overload
    def update_for_locale(
        self,
        *,
        job_id: str,
        job_locale_id: str,
        id: str,
        body: UpdateJobAnnotationForLocaleBody,
    ) -> JobAnnotation: ...

    def update_for_locale(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        job_locale_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateJobAnnotationForLocaleBody,
    ) -> JobAnnotation:
        """Set an annotation on a job locale

        Writes an annotation on a job's target locale under the given name. An annotation with that name
        is overwritten; if none exists, it is created.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}` (update_job_annotation_for_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            job_locale_id: Identifier of the job locale.
            id: Name of the annotation to write.
            body: Request body of update_job_annotation_for_locale: Set an annotation on a job locale.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        job_locale_id = path_value("job_locale_id", job_locale_id)
        id = path_value("id", id)

        try:
            response = update_job_annotation_for_locale.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                job_locale_id=job_locale_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}",
                exc,
            ) from exc
        return cast(
            "JobAnnotation",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}",
            ),
        )


class AsyncJobAnnotationsApi(AsyncResource):
    """Annotations are named values attached to a job or to one of its target locales to carry extra
    metadata. These endpoints read, set and remove them.

    Awaitable calls; `JobAnnotationsApi` has the same methods, blocking.
    """

    @overload
    async def list(
        self,
        project_id: str,
        job_id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]: ...

    @overload
    async def list(
        self,
        *,
        job_id: str,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]: ...

    async def list(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]:
        """List a job's annotations

        Returns the annotations attached to a job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/annotations` (list_job_annotations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)

        try:
            response = await list_job_annotations.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/jobs/{job_id}/annotations", exc
            ) from exc
        return cast(
            "builtins.list[JobAnnotation]",
            unwrap(
                response, (200,), "GET /projects/{project_id}/jobs/{job_id}/annotations"
            ),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        job_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete an annotation from a job

        Removes the named annotation from the job.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/annotations/{id}` (delete_job_annotation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Name of the annotation to remove.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = await delete_job_annotation.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/jobs/{job_id}/annotations/{id}", exc
            ) from exc
        unwrap(
            response, (), "DELETE /projects/{project_id}/jobs/{job_id}/annotations/{id}"
        )

    @overload
    async def update(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: UpdateJobAnnotationBody,
    ) -> JobAnnotation: ...

    @overload
    async def update(
        self,
        *,
        job_id: str,
        id: str,
        body: UpdateJobAnnotationBody,
    ) -> JobAnnotation: ...

    async def update(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateJobAnnotationBody,
    ) -> JobAnnotation:
        """Set an annotation on a job

        Writes an annotation on the job under the given name. An annotation with that name is
        overwritten; if none exists, it is created.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/annotations/{id}` (update_job_annotation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Name of the annotation to write.
            body: Request body of update_job_annotation: Set an annotation on a job.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = await update_job_annotation.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/jobs/{job_id}/annotations/{id}", exc
            ) from exc
        return cast(
            "JobAnnotation",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/jobs/{job_id}/annotations/{id}",
            ),
        )

    @overload
    async def list_for_locale(
        self,
        project_id: str,
        job_id: str,
        job_locale_id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]: ...

    @overload
    async def list_for_locale(
        self,
        *,
        job_id: str,
        job_locale_id: str,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]: ...

    async def list_for_locale(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        job_locale_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobAnnotation]:
        """List a job locale's annotations

        Returns the annotations attached to one target locale of a job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations` (list_job_annotations_for_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            job_locale_id: Identifier of the job locale.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        job_locale_id = path_value("job_locale_id", job_locale_id)

        try:
            response = await list_job_annotations_for_locale.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                job_locale_id=job_locale_id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations",
                exc,
            ) from exc
        return cast(
            "builtins.list[JobAnnotation]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations",
            ),
        )

    @overload
    async def delete_for_locale(
        self,
        project_id: str,
        job_id: str,
        job_locale_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def delete_for_locale(
        self,
        *,
        job_id: str,
        job_locale_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def delete_for_locale(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        job_locale_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete an annotation from a job locale

        Removes the named annotation from a job's target locale.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}` (delete_job_annotation_for_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            job_locale_id: Identifier of the job locale.
            id: Name of the annotation to remove.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        job_locale_id = path_value("job_locale_id", job_locale_id)
        id = path_value("id", id)

        try:
            response = await delete_job_annotation_for_locale.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                job_locale_id=job_locale_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}",
        )

    @overload
    async def update_for_locale(
        self,
        project_id: str,
        job_id: str,
        job_locale_id: str,
        id: str,
        *,
        body: UpdateJobAnnotationForLocaleBody,
    ) -> JobAnnotation: ...

    @overload
    async def update_for_locale(
        self,
        *,
        job_id: str,
        job_locale_id: str,
        id: str,
        body: UpdateJobAnnotationForLocaleBody,
    ) -> JobAnnotation: ...

    async def update_for_locale(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        job_locale_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateJobAnnotationForLocaleBody,
    ) -> JobAnnotation:
        """Set an annotation on a job locale

        Writes an annotation on a job's target locale under the given name. An annotation with that name
        is overwritten; if none exists, it is created.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}` (update_job_annotation_for_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            job_locale_id: Identifier of the job locale.
            id: Name of the annotation to write.
            body: Request body of update_job_annotation_for_locale: Set an annotation on a job locale.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        job_locale_id = path_value("job_locale_id", job_locale_id)
        id = path_value("id", id)

        try:
            response = await update_job_annotation_for_locale.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                job_locale_id=job_locale_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}",
                exc,
            ) from exc
        return cast(
            "JobAnnotation",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}",
            ),
        )
