"""Operations of the job_template_locales resource group, and the facade classes that call them."""

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
    """The target locales of a job template, each with the translators and reviewers that jobs created
    from the template will receive.

    Blocking calls; `AsyncJobTemplateLocalesApi` has the same methods, awaitable.
    """

    @overload
    def list(
        self,
        project_id: str,
        job_template_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobTemplateLocales]: ...

    @overload
    def list(
        self,
        *,
        job_template_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobTemplateLocales]: ...

    def list(
        self,
        project_id: str | None = None,
        job_template_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobTemplateLocales]:
        """List the locales of a job template

        Returns the target locales defined in a job template.

        Calls `GET /projects/{project_id}/job_templates/{job_template_id}/locales` (list_job_template_locales).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_template_id: Identifier of the job template.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_template_id = path_value("job_template_id", job_template_id)
        check_per_page(per_page)

        try:
            response = list_job_template_locales.sync_detailed(
                project_id=project_id,
                job_template_id=job_template_id,
                page=page,
                per_page=per_page,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/job_templates/{job_template_id}/locales",
                exc,
            ) from exc
        return cast(
            "builtins.list[JobTemplateLocales]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/job_templates/{job_template_id}/locales",
            ),
        )

    @overload
    def list_pages(
        self,
        project_id: str,
        job_template_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[JobTemplateLocales]]: ...

    @overload
    def list_pages(
        self,
        *,
        job_template_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[JobTemplateLocales]]: ...

    def list_pages(
        self,
        project_id: str | None = None,
        job_template_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[JobTemplateLocales]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_template_id: Identifier of the job template.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        job_template_id = path_value("job_template_id", job_template_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_job_template_locales.sync_detailed(
                    project_id=project_id,
                    job_template_id=job_template_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/job_templates/{job_template_id}/locales",
                    exc,
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/job_templates/{job_template_id}/locales",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
    def list_all(
        self,
        project_id: str,
        job_template_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[JobTemplateLocales]: ...

    @overload
    def list_all(
        self,
        *,
        job_template_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[JobTemplateLocales]: ...

    def list_all(
        self,
        project_id: str | None = None,
        job_template_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[JobTemplateLocales]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_template_id: Identifier of the job template.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        job_template_id = path_value("job_template_id", job_template_id)

        return items(
            self.list_pages(
                project_id,
                job_template_id,
                per_page=per_page,
                branch=branch,
                concurrent=concurrent,
            )
        )

    @overload
    def create(
        self,
        project_id: str,
        job_template_id: str,
        *,
        body: CreateJobTemplateLocaleBody,
    ) -> JobTemplateLocales: ...

    @overload
    def create(
        self,
        *,
        job_template_id: str,
        body: CreateJobTemplateLocaleBody,
    ) -> JobTemplateLocales: ...

    def create(
        self,
        project_id: str | None = None,
        job_template_id: str | None = None,
        *,
        body: CreateJobTemplateLocaleBody,
    ) -> JobTemplateLocales:
        """Add a locale to a job template

        Adds a target locale to the job template, optionally with translators and reviewers given as
        users or teams.

        Calls `POST /projects/{project_id}/job_templates/{job_template_id}/locales` (create_job_template_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_template_id: Identifier of the job template.
            body: Request body of create_job_template_locale: Add a locale to a job template.
        """
        project_id = project_value(project_id, self._project_id)
        job_template_id = path_value("job_template_id", job_template_id)

        try:
            response = create_job_template_locale.sync_detailed(
                project_id=project_id,
                job_template_id=job_template_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/job_templates/{job_template_id}/locales",
                exc,
            ) from exc
        return cast(
            "JobTemplateLocales",
            unwrap(
                response,
                (201,),
                "POST /projects/{project_id}/job_templates/{job_template_id}/locales",
            ),
        )

    @overload
    def show(
        self,
        project_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> JobTemplateLocales: ...

    @overload
    def show(
        self,
        *,
        job_template_id: str,
        job_template_locale_id: str,
        branch: str | Unset = UNSET,
    ) -> JobTemplateLocales: ...

    def show(
        self,
        project_id: str | None = None,
        job_template_id: str | None = None,
        job_template_locale_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> JobTemplateLocales:
        """Get a job template locale

        Returns one target locale of a job template.

        Calls `GET /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (show_job_template_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_template_id: Identifier of the job template.
            job_template_locale_id: Identifier of the job template locale.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_template_id = path_value("job_template_id", job_template_id)
        job_template_locale_id = path_value(
            "job_template_locale_id", job_template_locale_id
        )

        try:
            response = show_job_template_locale.sync_detailed(
                project_id=project_id,
                job_template_id=job_template_id,
                job_template_locale_id=job_template_locale_id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
                exc,
            ) from exc
        return cast(
            "JobTemplateLocales",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
            ),
        )

    @overload
    def delete(
        self,
        project_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        job_template_id: str,
        job_template_locale_id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        job_template_id: str | None = None,
        job_template_locale_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Remove a locale from a job template

        Deletes one target locale from a job template.

        Calls `DELETE /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (delete_job_template_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_template_id: Identifier of the job template.
            job_template_locale_id: Identifier of the job template locale.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_template_id = path_value("job_template_id", job_template_id)
        job_template_locale_id = path_value(
            "job_template_locale_id", job_template_locale_id
        )

        try:
            response = delete_job_template_locale.sync_detailed(
                project_id=project_id,
                job_template_id=job_template_id,
                job_template_locale_id=job_template_locale_id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
        )

    @overload
    def update(
        self,
        project_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        body: UpdateJobTemplateLocaleBody,
    ) -> JobTemplateLocales: ...

    @overload
    def update(
        self,
        *,
        job_template_id: str,
        job_template_locale_id: str,
        body: UpdateJobTemplateLocaleBody,
    ) -> JobTemplateLocales: ...

    def update(
        self,
        project_id: str | None = None,
        job_template_id: str | None = None,
        job_template_locale_id: str | None = None,
        *,
        body: UpdateJobTemplateLocaleBody,
    ) -> JobTemplateLocales:
        """Update a job template locale

        Changes the locale or the assigned translators and reviewers of a job template's target locale.

        Calls `PATCH /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (update_job_template_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_template_id: Identifier of the job template.
            job_template_locale_id: Identifier of the job template locale.
            body: Request body of update_job_template_locale: Update a job template locale.
        """
        project_id = project_value(project_id, self._project_id)
        job_template_id = path_value("job_template_id", job_template_id)
        job_template_locale_id = path_value(
            "job_template_locale_id", job_template_locale_id
        )

        try:
            response = update_job_template_locale.sync_detailed(
                project_id=project_id,
                job_template_id=job_template_id,
                job_template_locale_id=job_template_locale_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
                exc,
            ) from exc
        return cast(
            "JobTemplateLocales",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
            ),
        )


class AsyncJobTemplateLocalesApi(AsyncResource):
    """The target locales of a job template, each with the translators and reviewers that jobs created
    from the template will receive.

    Awaitable calls; `JobTemplateLocalesApi` has the same methods, blocking.
    """

    @overload
    async def list(
        self,
        project_id: str,
        job_template_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobTemplateLocales]: ...

    @overload
    async def list(
        self,
        *,
        job_template_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobTemplateLocales]: ...

    async def list(
        self,
        project_id: str | None = None,
        job_template_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobTemplateLocales]:
        """List the locales of a job template

        Returns the target locales defined in a job template.

        Calls `GET /projects/{project_id}/job_templates/{job_template_id}/locales` (list_job_template_locales).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_template_id: Identifier of the job template.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_template_id = path_value("job_template_id", job_template_id)
        check_per_page(per_page)

        try:
            response = await list_job_template_locales.asyncio_detailed(
                project_id=project_id,
                job_template_id=job_template_id,
                page=page,
                per_page=per_page,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/job_templates/{job_template_id}/locales",
                exc,
            ) from exc
        return cast(
            "builtins.list[JobTemplateLocales]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/job_templates/{job_template_id}/locales",
            ),
        )

    @overload
    def list_pages(
        self,
        project_id: str,
        job_template_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[JobTemplateLocales]]: ...

    @overload
    def list_pages(
        self,
        *,
        job_template_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[JobTemplateLocales]]: ...

    def list_pages(
        self,
        project_id: str | None = None,
        job_template_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[JobTemplateLocales]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_template_id: Identifier of the job template.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        job_template_id = path_value("job_template_id", job_template_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_job_template_locales.asyncio_detailed(
                    project_id=project_id,
                    job_template_id=job_template_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/job_templates/{job_template_id}/locales",
                    exc,
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/job_templates/{job_template_id}/locales",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
    def list_all(
        self,
        project_id: str,
        job_template_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[JobTemplateLocales]: ...

    @overload
    def list_all(
        self,
        *,
        job_template_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[JobTemplateLocales]: ...

    def list_all(
        self,
        project_id: str | None = None,
        job_template_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[JobTemplateLocales]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_template_id: Identifier of the job template.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        job_template_id = path_value("job_template_id", job_template_id)

        return async_items(
            self.list_pages(
                project_id,
                job_template_id,
                per_page=per_page,
                branch=branch,
                concurrent=concurrent,
            )
        )

    @overload
    async def create(
        self,
        project_id: str,
        job_template_id: str,
        *,
        body: CreateJobTemplateLocaleBody,
    ) -> JobTemplateLocales: ...

    @overload
    async def create(
        self,
        *,
        job_template_id: str,
        body: CreateJobTemplateLocaleBody,
    ) -> JobTemplateLocales: ...

    async def create(
        self,
        project_id: str | None = None,
        job_template_id: str | None = None,
        *,
        body: CreateJobTemplateLocaleBody,
    ) -> JobTemplateLocales:
        """Add a locale to a job template

        Adds a target locale to the job template, optionally with translators and reviewers given as
        users or teams.

        Calls `POST /projects/{project_id}/job_templates/{job_template_id}/locales` (create_job_template_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_template_id: Identifier of the job template.
            body: Request body of create_job_template_locale: Add a locale to a job template.
        """
        project_id = project_value(project_id, self._project_id)
        job_template_id = path_value("job_template_id", job_template_id)

        try:
            response = await create_job_template_locale.asyncio_detailed(
                project_id=project_id,
                job_template_id=job_template_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/job_templates/{job_template_id}/locales",
                exc,
            ) from exc
        return cast(
            "JobTemplateLocales",
            unwrap(
                response,
                (201,),
                "POST /projects/{project_id}/job_templates/{job_template_id}/locales",
            ),
        )

    @overload
    async def show(
        self,
        project_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> JobTemplateLocales: ...

    @overload
    async def show(
        self,
        *,
        job_template_id: str,
        job_template_locale_id: str,
        branch: str | Unset = UNSET,
    ) -> JobTemplateLocales: ...

    async def show(
        self,
        project_id: str | None = None,
        job_template_id: str | None = None,
        job_template_locale_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> JobTemplateLocales:
        """Get a job template locale

        Returns one target locale of a job template.

        Calls `GET /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (show_job_template_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_template_id: Identifier of the job template.
            job_template_locale_id: Identifier of the job template locale.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_template_id = path_value("job_template_id", job_template_id)
        job_template_locale_id = path_value(
            "job_template_locale_id", job_template_locale_id
        )

        try:
            response = await show_job_template_locale.asyncio_detailed(
                project_id=project_id,
                job_template_id=job_template_id,
                job_template_locale_id=job_template_locale_id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
                exc,
            ) from exc
        return cast(
            "JobTemplateLocales",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
            ),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        job_template_id: str,
        job_template_locale_id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        job_template_id: str | None = None,
        job_template_locale_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Remove a locale from a job template

        Deletes one target locale from a job template.

        Calls `DELETE /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (delete_job_template_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_template_id: Identifier of the job template.
            job_template_locale_id: Identifier of the job template locale.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        job_template_id = path_value("job_template_id", job_template_id)
        job_template_locale_id = path_value(
            "job_template_locale_id", job_template_locale_id
        )

        try:
            response = await delete_job_template_locale.asyncio_detailed(
                project_id=project_id,
                job_template_id=job_template_id,
                job_template_locale_id=job_template_locale_id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
        )

    @overload
    async def update(
        self,
        project_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        body: UpdateJobTemplateLocaleBody,
    ) -> JobTemplateLocales: ...

    @overload
    async def update(
        self,
        *,
        job_template_id: str,
        job_template_locale_id: str,
        body: UpdateJobTemplateLocaleBody,
    ) -> JobTemplateLocales: ...

    async def update(
        self,
        project_id: str | None = None,
        job_template_id: str | None = None,
        job_template_locale_id: str | None = None,
        *,
        body: UpdateJobTemplateLocaleBody,
    ) -> JobTemplateLocales:
        """Update a job template locale

        Changes the locale or the assigned translators and reviewers of a job template's target locale.

        Calls `PATCH /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (update_job_template_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            job_template_id: Identifier of the job template.
            job_template_locale_id: Identifier of the job template locale.
            body: Request body of update_job_template_locale: Update a job template locale.
        """
        project_id = project_value(project_id, self._project_id)
        job_template_id = path_value("job_template_id", job_template_id)
        job_template_locale_id = path_value(
            "job_template_locale_id", job_template_locale_id
        )

        try:
            response = await update_job_template_locale.asyncio_detailed(
                project_id=project_id,
                job_template_id=job_template_id,
                job_template_locale_id=job_template_locale_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
                exc,
            ) from exc
        return cast(
            "JobTemplateLocales",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
            ),
        )
