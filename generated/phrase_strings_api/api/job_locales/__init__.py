"""Operations of the job_locales resource group, and the facade classes that call them."""

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
    """Job locales are the target locales of a job, each with its own translators and reviewers. These
    endpoints add, change, remove and complete them.

    Blocking calls; `AsyncJobLocalesApi` has the same methods, awaitable.
    """

    @overload
    def list(
        self,
        project_id: str,
        job_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
    ) -> builtins.list[JobLocale]: ...

    @overload
    def list(
        self,
        *,
        job_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
    ) -> builtins.list[JobLocale]: ...

    def list(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
    ) -> builtins.list[JobLocale]:
        """List the target locales of a job

        Returns every target locale of the job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/locales` (list_job_locales).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
            include_annotations: Whether to add the job locale annotations to the response; false by
                default.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        check_per_page(per_page)

        try:
            response = list_job_locales.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                page=page,
                per_page=per_page,
                branch=branch,
                include_annotations=include_annotations,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/jobs/{job_id}/locales", exc
            ) from exc
        return cast(
            "builtins.list[JobLocale]",
            unwrap(
                response, (200,), "GET /projects/{project_id}/jobs/{job_id}/locales"
            ),
        )

    @overload
    def list_pages(
        self,
        project_id: str,
        job_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        concurrent: bool = False,
    ) -> Iterator[Page[JobLocale]]: ...

    @overload
    def list_pages(
        self,
        *,
        job_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        concurrent: bool = False,
    ) -> Iterator[Page[JobLocale]]: ...

    def list_pages(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        concurrent: bool = False,
    ) -> Iterator[Page[JobLocale]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            include_annotations: Whether to add the job locale annotations to the response; false by
                default.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_job_locales.sync_detailed(
                    project_id=project_id,
                    job_id=job_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    include_annotations=include_annotations,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/jobs/{job_id}/locales", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/jobs/{job_id}/locales")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
    def list_all(
        self,
        project_id: str,
        job_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        concurrent: bool = False,
    ) -> Iterator[JobLocale]: ...

    @overload
    def list_all(
        self,
        *,
        job_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        concurrent: bool = False,
    ) -> Iterator[JobLocale]: ...

    def list_all(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        concurrent: bool = False,
    ) -> Iterator[JobLocale]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            include_annotations: Whether to add the job locale annotations to the response; false by
                default.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)

        return items(
            self.list_pages(
                project_id,
                job_id,
                per_page=per_page,
                branch=branch,
                include_annotations=include_annotations,
                concurrent=concurrent,
            )
        )

    @overload
    def create(
        self,
        project_id: str,
        job_id: str,
        *,
        body: CreateJobLocaleBody,
    ) -> JobLocale: ...

    @overload
    def create(
        self,
        *,
        job_id: str,
        body: CreateJobLocaleBody,
    ) -> JobLocale: ...

    def create(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        *,
        body: CreateJobLocaleBody,
    ) -> JobLocale:
        """Add a target locale to a job

        Adds a locale to the job's targets and optionally assigns translators and reviewers, as users or
        teams.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales` (create_job_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            body: Request body of create_job_locale: Add a target locale to a job.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)

        try:
            response = create_job_locale.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{job_id}/locales", exc
            ) from exc
        return cast(
            "JobLocale",
            unwrap(
                response, (201,), "POST /projects/{project_id}/jobs/{job_id}/locales"
            ),
        )

    @overload
    def show(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
    ) -> JobLocale: ...

    @overload
    def show(
        self,
        *,
        job_id: str,
        id: str,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
    ) -> JobLocale: ...

    def show(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
    ) -> JobLocale:
        """Get a job target locale

        Returns one target locale of the job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/locales/{id}` (show_job_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
            include_annotations: Whether to add the job locale annotations to the response; false by
                default.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = show_job_locale.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                branch=branch,
                include_annotations=include_annotations,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/jobs/{job_id}/locales/{id}", exc
            ) from exc
        return cast(
            "JobLocale",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/jobs/{job_id}/locales/{id}",
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
        """Remove a target locale from a job

        Drops a locale from the job's targets.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/locales/{id}` (delete_job_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = delete_job_locale.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/jobs/{job_id}/locales/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/jobs/{job_id}/locales/{id}")

    @overload
    def update(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: UpdateJobLocaleBody,
    ) -> JobLocale: ...

    @overload
    def update(
        self,
        *,
        job_id: str,
        id: str,
        body: UpdateJobLocaleBody,
    ) -> JobLocale: ...

    def update(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateJobLocaleBody,
    ) -> JobLocale:
        """Update a job target locale

        Changes the locale or the assigned translators and reviewers of a job's target locale.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/locales/{id}` (update_job_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            body: Request body of update_job_locale: Update a job target locale.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = update_job_locale.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/jobs/{job_id}/locales/{id}", exc
            ) from exc
        return cast(
            "JobLocale",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/jobs/{job_id}/locales/{id}",
            ),
        )

    @overload
    def complete(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: CompleteJobLocaleBody,
    ) -> JobLocale: ...

    @overload
    def complete(
        self,
        *,
        job_id: str,
        id: str,
        body: CompleteJobLocaleBody,
    ) -> JobLocale: ...

    def complete(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        body: CompleteJobLocaleBody,
    ) -> JobLocale:
        """Mark a job locale as completed

        Sets the translation work for one target locale of the job as completed.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete` (complete_job_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            body: Request body of complete_job_locale: Mark a job locale as completed.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = complete_job_locale.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete", exc
            ) from exc
        return cast(
            "JobLocale",
            unwrap(
                response,
                (200,),
                "POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete",
            ),
        )

    @overload
    def complete_review(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: CompleteJobLocaleReviewBody,
    ) -> JobLocale: ...

    @overload
    def complete_review(
        self,
        *,
        job_id: str,
        id: str,
        body: CompleteJobLocaleReviewBody,
    ) -> JobLocale: ...

    def complete_review(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        body: CompleteJobLocaleReviewBody,
    ) -> JobLocale:
        """Mark a job locale as reviewed

        Records that the review of one target locale of the job is finished.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete_review` (complete_job_locale_review).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            body: Request body of complete_job_locale_review: Mark a job locale as reviewed.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = complete_job_locale_review.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete_review",
                exc,
            ) from exc
        return cast(
            "JobLocale",
            unwrap(
                response,
                (200,),
                "POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete_review",
            ),
        )

    @overload
    def reopen(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: ReopenJobLocaleBody,
    ) -> JobLocale: ...

    @overload
    def reopen(
        self,
        *,
        job_id: str,
        id: str,
        body: ReopenJobLocaleBody,
    ) -> JobLocale: ...

    def reopen(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        body: ReopenJobLocaleBody,
    ) -> JobLocale:
        """Reopen a job locale

        Takes a completed target locale of the job back to an uncompleted state.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales/{id}/reopen` (reopen_job_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            body: Request body of reopen_job_locale: Reopen a job locale.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = reopen_job_locale.sync_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{job_id}/locales/{id}/reopen", exc
            ) from exc
        return cast(
            "JobLocale",
            unwrap(
                response,
                (200,),
                "POST /projects/{project_id}/jobs/{job_id}/locales/{id}/reopen",
            ),
        )


class AsyncJobLocalesApi(AsyncResource):
    """Job locales are the target locales of a job, each with its own translators and reviewers. These
    endpoints add, change, remove and complete them.

    Awaitable calls; `JobLocalesApi` has the same methods, blocking.
    """

    @overload
    async def list(
        self,
        project_id: str,
        job_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
    ) -> builtins.list[JobLocale]: ...

    @overload
    async def list(
        self,
        *,
        job_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
    ) -> builtins.list[JobLocale]: ...

    async def list(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
    ) -> builtins.list[JobLocale]:
        """List the target locales of a job

        Returns every target locale of the job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/locales` (list_job_locales).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
            include_annotations: Whether to add the job locale annotations to the response; false by
                default.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        check_per_page(per_page)

        try:
            response = await list_job_locales.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                page=page,
                per_page=per_page,
                branch=branch,
                include_annotations=include_annotations,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/jobs/{job_id}/locales", exc
            ) from exc
        return cast(
            "builtins.list[JobLocale]",
            unwrap(
                response, (200,), "GET /projects/{project_id}/jobs/{job_id}/locales"
            ),
        )

    @overload
    def list_pages(
        self,
        project_id: str,
        job_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[JobLocale]]: ...

    @overload
    def list_pages(
        self,
        *,
        job_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[JobLocale]]: ...

    def list_pages(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[JobLocale]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            include_annotations: Whether to add the job locale annotations to the response; false by
                default.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_job_locales.asyncio_detailed(
                    project_id=project_id,
                    job_id=job_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    include_annotations=include_annotations,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/jobs/{job_id}/locales", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/jobs/{job_id}/locales")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
    def list_all(
        self,
        project_id: str,
        job_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        concurrent: bool = False,
    ) -> AsyncIterator[JobLocale]: ...

    @overload
    def list_all(
        self,
        *,
        job_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        concurrent: bool = False,
    ) -> AsyncIterator[JobLocale]: ...

    def list_all(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        concurrent: bool = False,
    ) -> AsyncIterator[JobLocale]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            include_annotations: Whether to add the job locale annotations to the response; false by
                default.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)

        return async_items(
            self.list_pages(
                project_id,
                job_id,
                per_page=per_page,
                branch=branch,
                include_annotations=include_annotations,
                concurrent=concurrent,
            )
        )

    @overload
    async def create(
        self,
        project_id: str,
        job_id: str,
        *,
        body: CreateJobLocaleBody,
    ) -> JobLocale: ...

    @overload
    async def create(
        self,
        *,
        job_id: str,
        body: CreateJobLocaleBody,
    ) -> JobLocale: ...

    async def create(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        *,
        body: CreateJobLocaleBody,
    ) -> JobLocale:
        """Add a target locale to a job

        Adds a locale to the job's targets and optionally assigns translators and reviewers, as users or
        teams.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales` (create_job_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            body: Request body of create_job_locale: Add a target locale to a job.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)

        try:
            response = await create_job_locale.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{job_id}/locales", exc
            ) from exc
        return cast(
            "JobLocale",
            unwrap(
                response, (201,), "POST /projects/{project_id}/jobs/{job_id}/locales"
            ),
        )

    @overload
    async def show(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
    ) -> JobLocale: ...

    @overload
    async def show(
        self,
        *,
        job_id: str,
        id: str,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
    ) -> JobLocale: ...

    async def show(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
    ) -> JobLocale:
        """Get a job target locale

        Returns one target locale of the job.

        Calls `GET /projects/{project_id}/jobs/{job_id}/locales/{id}` (show_job_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
            include_annotations: Whether to add the job locale annotations to the response; false by
                default.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = await show_job_locale.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                branch=branch,
                include_annotations=include_annotations,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/jobs/{job_id}/locales/{id}", exc
            ) from exc
        return cast(
            "JobLocale",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/jobs/{job_id}/locales/{id}",
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
        """Remove a target locale from a job

        Drops a locale from the job's targets.

        Calls `DELETE /projects/{project_id}/jobs/{job_id}/locales/{id}` (delete_job_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = await delete_job_locale.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/jobs/{job_id}/locales/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/jobs/{job_id}/locales/{id}")

    @overload
    async def update(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: UpdateJobLocaleBody,
    ) -> JobLocale: ...

    @overload
    async def update(
        self,
        *,
        job_id: str,
        id: str,
        body: UpdateJobLocaleBody,
    ) -> JobLocale: ...

    async def update(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateJobLocaleBody,
    ) -> JobLocale:
        """Update a job target locale

        Changes the locale or the assigned translators and reviewers of a job's target locale.

        Calls `PATCH /projects/{project_id}/jobs/{job_id}/locales/{id}` (update_job_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            body: Request body of update_job_locale: Update a job target locale.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = await update_job_locale.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/jobs/{job_id}/locales/{id}", exc
            ) from exc
        return cast(
            "JobLocale",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/jobs/{job_id}/locales/{id}",
            ),
        )

    @overload
    async def complete(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: CompleteJobLocaleBody,
    ) -> JobLocale: ...

    @overload
    async def complete(
        self,
        *,
        job_id: str,
        id: str,
        body: CompleteJobLocaleBody,
    ) -> JobLocale: ...

    async def complete(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        body: CompleteJobLocaleBody,
    ) -> JobLocale:
        """Mark a job locale as completed

        Sets the translation work for one target locale of the job as completed.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete` (complete_job_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            body: Request body of complete_job_locale: Mark a job locale as completed.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = await complete_job_locale.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete", exc
            ) from exc
        return cast(
            "JobLocale",
            unwrap(
                response,
                (200,),
                "POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete",
            ),
        )

    @overload
    async def complete_review(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: CompleteJobLocaleReviewBody,
    ) -> JobLocale: ...

    @overload
    async def complete_review(
        self,
        *,
        job_id: str,
        id: str,
        body: CompleteJobLocaleReviewBody,
    ) -> JobLocale: ...

    async def complete_review(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        body: CompleteJobLocaleReviewBody,
    ) -> JobLocale:
        """Mark a job locale as reviewed

        Records that the review of one target locale of the job is finished.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete_review` (complete_job_locale_review).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            body: Request body of complete_job_locale_review: Mark a job locale as reviewed.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = await complete_job_locale_review.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete_review",
                exc,
            ) from exc
        return cast(
            "JobLocale",
            unwrap(
                response,
                (200,),
                "POST /projects/{project_id}/jobs/{job_id}/locales/{id}/complete_review",
            ),
        )

    @overload
    async def reopen(
        self,
        project_id: str,
        job_id: str,
        id: str,
        *,
        body: ReopenJobLocaleBody,
    ) -> JobLocale: ...

    @overload
    async def reopen(
        self,
        *,
        job_id: str,
        id: str,
        body: ReopenJobLocaleBody,
    ) -> JobLocale: ...

    async def reopen(
        self,
        project_id: str | None = None,
        job_id: str | None = None,
        id: str | None = None,
        *,
        body: ReopenJobLocaleBody,
    ) -> JobLocale:
        """Reopen a job locale

        Takes a completed target locale of the job back to an uncompleted state.

        Calls `POST /projects/{project_id}/jobs/{job_id}/locales/{id}/reopen` (reopen_job_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_id: Identifier of the job.
            id: Identifier of the resource the path points to.
            body: Request body of reopen_job_locale: Reopen a job locale.
        """
        project_id = project_value(project_id, self._project_id)
        job_id = path_value("job_id", job_id)
        id = path_value("id", id)

        try:
            response = await reopen_job_locale.asyncio_detailed(
                project_id=project_id,
                job_id=job_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{job_id}/locales/{id}/reopen", exc
            ) from exc
        return cast(
            "JobLocale",
            unwrap(
                response,
                (200,),
                "POST /projects/{project_id}/jobs/{job_id}/locales/{id}/reopen",
            ),
        )
