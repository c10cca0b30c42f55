"""Operations of the job_templates resource group, and the facade classes that call them."""

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
    """Job templates hold reusable job settings, such as a name and briefing, for one project. New jobs
    can be based on them.

    Blocking calls; `AsyncJobTemplatesApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobTemplate]:
        """List the job templates of a project

        Returns the job templates defined in the project.

        Calls `GET /projects/{project_id}/job_templates` (list_job_templates).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_job_templates.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/job_templates", exc
            ) from exc
        return cast(
            "builtins.list[JobTemplate]",
            unwrap(response, (200,), "GET /projects/{project_id}/job_templates"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[JobTemplate]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_job_templates.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/job_templates", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/job_templates")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[JobTemplate]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateJobTemplateBody,
    ) -> JobTemplateDetails:
        """Create a job template

        Adds a new job template to the project.

        Calls `POST /projects/{project_id}/job_templates` (create_job_template).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_job_template: Create a job template.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_job_template.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/job_templates", exc
            ) from exc
        return cast(
            "JobTemplateDetails",
            unwrap(response, (201,), "POST /projects/{project_id}/job_templates"),
        )

    @overload
    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> JobTemplateDetails: ...

    @overload
    def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> JobTemplateDetails: ...

    def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> JobTemplateDetails:
        """Get a job template

        Returns one job template of the project.

        Calls `GET /projects/{project_id}/job_templates/{id}` (show_job_template).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = show_job_template.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/job_templates/{id}", exc
            ) from exc
        return cast(
            "JobTemplateDetails",
            unwrap(response, (200,), "GET /projects/{project_id}/job_templates/{id}"),
        )

    @overload
    def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete a job template

        Removes a job template from the project.

        Calls `DELETE /projects/{project_id}/job_templates/{id}` (delete_job_template).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = delete_job_template.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/job_templates/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/job_templates/{id}")

    @overload
    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateJobTemplateBody,
    ) -> JobTemplateDetails: ...

    @overload
    def update(
        self,
        *,
        id: str,
        body: UpdateJobTemplateBody,
    ) -> JobTemplateDetails: ...

    def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateJobTemplateBody,
    ) -> JobTemplateDetails:
        """Update a job template

        Changes the name or briefing of an existing job template.

        Calls `PATCH /projects/{project_id}/job_templates/{id}` (update_job_template).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_job_template: Update a job template.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = update_job_template.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/job_templates/{id}", exc
            ) from exc
        return cast(
            "JobTemplateDetails",
            unwrap(response, (200,), "PATCH /projects/{project_id}/job_templates/{id}"),
        )


class AsyncJobTemplatesApi(AsyncResource):
    """Job templates hold reusable job settings, such as a name and briefing, for one project. New jobs
    can be based on them.

    Awaitable calls; `JobTemplatesApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
    ) -> builtins.list[JobTemplate]:
        """List the job templates of a project

        Returns the job templates defined in the project.

        Calls `GET /projects/{project_id}/job_templates` (list_job_templates).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_job_templates.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/job_templates", exc
            ) from exc
        return cast(
            "builtins.list[JobTemplate]",
            unwrap(response, (200,), "GET /projects/{project_id}/job_templates"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[JobTemplate]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_job_templates.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/job_templates", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/job_templates")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[JobTemplate]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateJobTemplateBody,
    ) -> JobTemplateDetails:
        """Create a job template

        Adds a new job template to the project.

        Calls `POST /projects/{project_id}/job_templates` (create_job_template).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_job_template: Create a job template.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_job_template.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/job_templates", exc
            ) from exc
        return cast(
            "JobTemplateDetails",
            unwrap(response, (201,), "POST /projects/{project_id}/job_templates"),
        )

    @overload
    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> JobTemplateDetails: ...

    @overload
    async def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> JobTemplateDetails: ...

    async def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> JobTemplateDetails:
        """Get a job template

        Returns one job template of the project.

        Calls `GET /projects/{project_id}/job_templates/{id}` (show_job_template).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await show_job_template.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/job_templates/{id}", exc
            ) from exc
        return cast(
            "JobTemplateDetails",
            unwrap(response, (200,), "GET /projects/{project_id}/job_templates/{id}"),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete a job template

        Removes a job template from the project.

        Calls `DELETE /projects/{project_id}/job_templates/{id}` (delete_job_template).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await delete_job_template.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/job_templates/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/job_templates/{id}")

    @overload
    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateJobTemplateBody,
    ) -> JobTemplateDetails: ...

    @overload
    async def update(
        self,
        *,
        id: str,
        body: UpdateJobTemplateBody,
    ) -> JobTemplateDetails: ...

    async def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateJobTemplateBody,
    ) -> JobTemplateDetails:
        """Update a job template

        Changes the name or briefing of an existing job template.

        Calls `PATCH /projects/{project_id}/job_templates/{id}` (update_job_template).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_job_template: Update a job template.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await update_job_template.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/job_templates/{id}", exc
            ) from exc
        return cast(
            "JobTemplateDetails",
            unwrap(response, (200,), "PATCH /projects/{project_id}/job_templates/{id}"),
        )
