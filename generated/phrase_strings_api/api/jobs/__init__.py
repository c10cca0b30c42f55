"""Operations of the jobs resource group, and the facade classes that call them."""

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
from ...models.list_jobs_in_account_state import ListJobsInAccountState
from ...models.list_jobs_state import ListJobsState
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.add_job_keys_body import AddJobKeysBody
    from ...models.complete_job_body import CompleteJobBody
    from ...models.create_job_body import CreateJobBody
    from ...models.error import Error
    from ...models.job import Job
    from ...models.job_details import JobDetails
    from ...models.list_jobs_in_account_state import ListJobsInAccountState
    from ...models.list_jobs_state import ListJobsState
    from ...models.remove_job_keys_body import RemoveJobKeysBody
    from ...models.reopen_job_body import ReopenJobBody
    from ...models.start_job_body import StartJobBody
    from ...models.update_job_body import UpdateJobBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    add_job_keys,
    complete_job,
    create_job,
    delete_job,
    list_jobs,
    list_jobs_in_account,
    lock_job,
    remove_job_keys,
    reopen_job,
    show_job,
    start_job,
    unlock_job,
    update_job,
)

__all__ = ["AsyncJobsApi", "JobsApi"]


class JobsApi(Resource):
    """Jobs bundle a set of keys that need translating into chosen target locales, with a briefing and
    due date. These endpoints create jobs, move them through their lifecycle and change which keys
    they cover.

    Blocking calls; `AsyncJobsApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: Literal["draft", "in_progress", "completed"] | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        states: builtins.list[str] | Unset = UNSET,
        key_id: str | Unset = UNSET,
    ) -> builtins.list[Job]:
        """List the jobs of a project

        Returns the jobs that belong to the project.

        Calls `GET /projects/{project_id}/jobs` (list_jobs).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
            owned_by: Only return jobs owned by this user.
            assigned_to: Only return jobs assigned to this user.
            state: Only return jobs in this state: draft, in_progress or completed.
            updated_since: Only return jobs updated since this date.
            states: Several job states at once (same values as state, which is then ignored); an unknown
                value is answered with 400.
            key_id: Only jobs that contain this key.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_jobs.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                owned_by=owned_by,
                assigned_to=assigned_to,
                state=as_enum(ListJobsState, state),
                updated_since=updated_since,
                states=states,
                key_id=key_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/jobs", exc) from exc
        return cast(
            "builtins.list[Job]",
            unwrap(response, (200,), "GET /projects/{project_id}/jobs"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: Literal["draft", "in_progress", "completed"] | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        states: builtins.list[str] | Unset = UNSET,
        key_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Job]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            owned_by: Only return jobs owned by this user.
            assigned_to: Only return jobs assigned to this user.
            state: Only return jobs in this state: draft, in_progress or completed.
            updated_since: Only return jobs updated since this date.
            states: Several job states at once (same values as state, which is then ignored); an unknown
                value is answered with 400.
            key_id: Only jobs that contain this key.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_jobs.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    owned_by=owned_by,
                    assigned_to=assigned_to,
                    state=as_enum(ListJobsState, state),
                    updated_since=updated_since,
                    states=states,
                    key_id=key_id,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects/{project_id}/jobs", exc) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/jobs")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: Literal["draft", "in_progress", "completed"] | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        states: builtins.list[str] | Unset = UNSET,
        key_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Job]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            owned_by: Only return jobs owned by this user.
            assigned_to: Only return jobs assigned to this user.
            state: Only return jobs in this state: draft, in_progress or completed.
            updated_since: Only return jobs updated since this date.
            states: Several job states at once (same values as state, which is then ignored); an unknown
                value is answered with 400.
            key_id: Only jobs that contain this key.
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
                owned_by=owned_by,
                assigned_to=assigned_to,
                state=state,
                updated_since=updated_since,
                states=states,
                key_id=key_id,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateJobBody,
    ) -> JobDetails:
        """Create a job

        Creates a new job in the project. Keys can be chosen by ID or by tag, and settings can be taken
        from a job template; values sent explicitly override the template.

        Calls `POST /projects/{project_id}/jobs` (create_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_job: Create a job.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_job.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/jobs", exc) from exc
        return cast(
            "JobDetails", unwrap(response, (201,), "POST /projects/{project_id}/jobs")
        )

    def list_in_account(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: Literal["draft", "in_progress", "completed"] | Unset = UNSET,
        updated_since: str | Unset = UNSET,
    ) -> builtins.list[Job]:
        """List the jobs of an account

        Returns jobs from all projects of the account.

        Calls `GET /accounts/{account_id}/jobs` (list_jobs_in_account).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            owned_by: Only return jobs owned by this user.
            assigned_to: Only return jobs assigned to this user.
            state: Only return jobs in this state: draft, in_progress or completed.
            updated_since: Only return jobs updated since this date.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = list_jobs_in_account.sync_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                owned_by=owned_by,
                assigned_to=assigned_to,
                state=as_enum(ListJobsInAccountState, state),
                updated_since=updated_since,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/jobs", exc) from exc
        return cast(
            "builtins.list[Job]",
            unwrap(response, (200,), "GET /accounts/{account_id}/jobs"),
        )

    def list_in_account_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: Literal["draft", "in_progress", "completed"] | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Job]]:
        """Every page of `list_in_account`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            owned_by: Only return jobs owned by this user.
            assigned_to: Only return jobs assigned to this user.
            state: Only return jobs in this state: draft, in_progress or completed.
            updated_since: Only return jobs updated since this date.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_jobs_in_account.sync_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    owned_by=owned_by,
                    assigned_to=assigned_to,
                    state=as_enum(ListJobsInAccountState, state),
                    updated_since=updated_since,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /accounts/{account_id}/jobs", exc) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/jobs")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_in_account_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: Literal["draft", "in_progress", "completed"] | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Job]:
        """Every item of every page of `list_in_account` (see `list_in_account_pages`).

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            owned_by: Only return jobs owned by this user.
            assigned_to: Only return jobs assigned to this user.
            state: Only return jobs in this state: draft, in_progress or completed.
            updated_since: Only return jobs updated since this date.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        return items(
            self.list_in_account_pages(
                account_id,
                per_page=per_page,
                owned_by=owned_by,
                assigned_to=assigned_to,
                state=state,
                updated_since=updated_since,
                concurrent=concurrent,
            )
        )

    @overload
    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        omit_translation_keys: bool | Unset = False,
    ) -> JobDetails: ...

    @overload
    def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        omit_translation_keys: bool | Unset = False,
    ) -> JobDetails: ...

    def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        omit_translation_keys: bool | Unset = False,
    ) -> JobDetails:
        """Get a job

        Returns the details of one job in the project.

        Calls `GET /projects/{project_id}/jobs/{id}` (show_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
            include_annotations: Whether to add the job locale annotations to the response; false by
                default.
            omit_translation_keys: Whether to leave the translation keys out of the response, which
                keeps the payload small for large jobs; false by default.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = show_job.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                include_annotations=include_annotations,
                omit_translation_keys=omit_translation_keys,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/jobs/{id}", exc) from exc
        return cast(
            "JobDetails",
            unwrap(response, (200,), "GET /projects/{project_id}/jobs/{id}"),
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
        """Delete a job

        Removes a job from the project.

        Calls `DELETE /projects/{project_id}/jobs/{id}` (delete_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = delete_job.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/jobs/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/jobs/{id}")

    @overload
    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateJobBody,
    ) -> JobDetails: ...

    @overload
    def update(
        self,
        *,
        id: str,
        body: UpdateJobBody,
    ) -> JobDetails: ...

    def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateJobBody,
    ) -> JobDetails:
        """Update a job

        Changes the name, briefing, due date or ticket link of an existing job.

        Calls `PATCH /projects/{project_id}/jobs/{id}` (update_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_job: Update a job.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = update_job.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("PATCH /projects/{project_id}/jobs/{id}", exc) from exc
        return cast(
            "JobDetails",
            unwrap(response, (200,), "PATCH /projects/{project_id}/jobs/{id}"),
        )

    @overload
    def start(
        self,
        project_id: str,
        id: str,
        *,
        body: StartJobBody,
    ) -> JobDetails: ...

    @overload
    def start(
        self,
        *,
        id: str,
        body: StartJobBody,
    ) -> JobDetails: ...

    def start(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: StartJobBody,
    ) -> JobDetails:
        """Start a draft job

        Moves a job that is still a draft into progress.

        Calls `POST /projects/{project_id}/jobs/{id}/start` (start_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of start_job: Start a draft job.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = start_job.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{id}/start", exc
            ) from exc
        return cast(
            "JobDetails",
            unwrap(response, (200,), "POST /projects/{project_id}/jobs/{id}/start"),
        )

    @overload
    def complete(
        self,
        project_id: str,
        id: str,
        *,
        body: CompleteJobBody,
    ) -> JobDetails: ...

    @overload
    def complete(
        self,
        *,
        id: str,
        body: CompleteJobBody,
    ) -> JobDetails: ...

    def complete(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: CompleteJobBody,
    ) -> JobDetails:
        """Mark a job as completed

        Sets the job's state to completed.

        Calls `POST /projects/{project_id}/jobs/{id}/complete` (complete_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of complete_job: Mark a job as completed.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = complete_job.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{id}/complete", exc
            ) from exc
        return cast(
            "JobDetails",
            unwrap(response, (200,), "POST /projects/{project_id}/jobs/{id}/complete"),
        )

    @overload
    def reopen(
        self,
        project_id: str,
        id: str,
        *,
        body: ReopenJobBody,
    ) -> JobDetails: ...

    @overload
    def reopen(
        self,
        *,
        id: str,
        body: ReopenJobBody,
    ) -> JobDetails: ...

    def reopen(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: ReopenJobBody,
    ) -> JobDetails:
        """Reopen a completed job

        Takes a completed job back to an uncompleted state.

        Calls `POST /projects/{project_id}/jobs/{id}/reopen` (reopen_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of reopen_job: Reopen a completed job.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = reopen_job.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{id}/reopen", exc
            ) from exc
        return cast(
            "JobDetails",
            unwrap(response, (200,), "POST /projects/{project_id}/jobs/{id}/reopen"),
        )

    @overload
    def lock(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> JobDetails | None: ...

    @overload
    def lock(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> JobDetails | None: ...

    def lock(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> JobDetails | None:
        """Lock a job

        Locks the job. Only the job's owner may do this.

        Calls `POST /projects/{project_id}/jobs/{id}/lock` (lock_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = lock_job.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{id}/lock", exc
            ) from exc
        return cast(
            "JobDetails | None",
            unwrap(response, (200,), "POST /projects/{project_id}/jobs/{id}/lock"),
        )

    @overload
    def unlock(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> JobDetails | None: ...

    @overload
    def unlock(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> JobDetails | None: ...

    def unlock(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> JobDetails | None:
        """Unlock a job

        Releases the lock on a locked job. Only the job's owner may do this.

        Calls `POST /projects/{project_id}/jobs/{id}/unlock` (unlock_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = unlock_job.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{id}/unlock", exc
            ) from exc
        return cast(
            "JobDetails | None",
            unwrap(response, (200,), "POST /projects/{project_id}/jobs/{id}/unlock"),
        )

    @overload
    def add_keys(
        self,
        project_id: str,
        id: str,
        *,
        body: AddJobKeysBody,
    ) -> JobDetails: ...

    @overload
    def add_keys(
        self,
        *,
        id: str,
        body: AddJobKeysBody,
    ) -> JobDetails: ...

    def add_keys(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: AddJobKeysBody,
    ) -> JobDetails:
        """Add keys to a job

        Adds one or more keys, given by ID, to an existing job.

        Calls `POST /projects/{project_id}/jobs/{id}/keys` (add_job_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of add_job_keys: Add keys to a job.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = add_job_keys.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{id}/keys", exc
            ) from exc
        return cast(
            "JobDetails",
            unwrap(response, (200,), "POST /projects/{project_id}/jobs/{id}/keys"),
        )

    @overload
    def remove_keys(
        self,
        project_id: str,
        id: str,
        *,
        body: RemoveJobKeysBody,
    ) -> None: ...

    @overload
    def remove_keys(
        self,
        *,
        id: str,
        body: RemoveJobKeysBody,
    ) -> None: ...

    def remove_keys(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: RemoveJobKeysBody,
    ) -> None:
        """Remove keys from a job

        Takes one or more keys, given by ID, out of an existing job.

        Calls `DELETE /projects/{project_id}/jobs/{id}/keys` (remove_job_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of remove_job_keys: Remove keys from a job.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = remove_job_keys.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/jobs/{id}/keys", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/jobs/{id}/keys")


class AsyncJobsApi(AsyncResource):
    """Jobs bundle a set of keys that need translating into chosen target locales, with a briefing and
    due date. These endpoints create jobs, move them through their lifecycle and change which keys
    they cover.

    Awaitable calls; `JobsApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: Literal["draft", "in_progress", "completed"] | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        states: builtins.list[str] | Unset = UNSET,
        key_id: str | Unset = UNSET,
    ) -> builtins.list[Job]:
        """List the jobs of a project

        Returns the jobs that belong to the project.

        Calls `GET /projects/{project_id}/jobs` (list_jobs).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
            owned_by: Only return jobs owned by this user.
            assigned_to: Only return jobs assigned to this user.
            state: Only return jobs in this state: draft, in_progress or completed.
            updated_since: Only return jobs updated since this date.
            states: Several job states at once (same values as state, which is then ignored); an unknown
                value is answered with 400.
            key_id: Only jobs that contain this key.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_jobs.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                owned_by=owned_by,
                assigned_to=assigned_to,
                state=as_enum(ListJobsState, state),
                updated_since=updated_since,
                states=states,
                key_id=key_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/jobs", exc) from exc
        return cast(
            "builtins.list[Job]",
            unwrap(response, (200,), "GET /projects/{project_id}/jobs"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: Literal["draft", "in_progress", "completed"] | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        states: builtins.list[str] | Unset = UNSET,
        key_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Job]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            owned_by: Only return jobs owned by this user.
            assigned_to: Only return jobs assigned to this user.
            state: Only return jobs in this state: draft, in_progress or completed.
            updated_since: Only return jobs updated since this date.
            states: Several job states at once (same values as state, which is then ignored); an unknown
                value is answered with 400.
            key_id: Only jobs that contain this key.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_jobs.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    owned_by=owned_by,
                    assigned_to=assigned_to,
                    state=as_enum(ListJobsState, state),
                    updated_since=updated_since,
                    states=states,
                    key_id=key_id,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects/{project_id}/jobs", exc) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/jobs")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: Literal["draft", "in_progress", "completed"] | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        states: builtins.list[str] | Unset = UNSET,
        key_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Job]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            owned_by: Only return jobs owned by this user.
            assigned_to: Only return jobs assigned to this user.
            state: Only return jobs in this state: draft, in_progress or completed.
            updated_since: Only return jobs updated since this date.
            states: Several job states at once (same values as state, which is then ignored); an unknown
                value is answered with 400.
            key_id: Only jobs that contain this key.
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
                owned_by=owned_by,
                assigned_to=assigned_to,
                state=state,
                updated_since=updated_since,
                states=states,
                key_id=key_id,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateJobBody,
    ) -> JobDetails:
        """Create a job

        Creates a new job in the project. Keys can be chosen by ID or by tag, and settings can be taken
        from a job template; values sent explicitly override the template.

        Calls `POST /projects/{project_id}/jobs` (create_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_job: Create a job.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_job.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/jobs", exc) from exc
        return cast(
            "JobDetails", unwrap(response, (201,), "POST /projects/{project_id}/jobs")
        )

    async def list_in_account(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: Literal["draft", "in_progress", "completed"] | Unset = UNSET,
        updated_since: str | Unset = UNSET,
    ) -> builtins.list[Job]:
        """List the jobs of an account

        Returns jobs from all projects of the account.

        Calls `GET /accounts/{account_id}/jobs` (list_jobs_in_account).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            owned_by: Only return jobs owned by this user.
            assigned_to: Only return jobs assigned to this user.
            state: Only return jobs in this state: draft, in_progress or completed.
            updated_since: Only return jobs updated since this date.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = await list_jobs_in_account.asyncio_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                owned_by=owned_by,
                assigned_to=assigned_to,
                state=as_enum(ListJobsInAccountState, state),
                updated_since=updated_since,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{account_id}/jobs", exc) from exc
        return cast(
            "builtins.list[Job]",
            unwrap(response, (200,), "GET /accounts/{account_id}/jobs"),
        )

    def list_in_account_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: Literal["draft", "in_progress", "completed"] | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Job]]:
        """Every page of `list_in_account`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            owned_by: Only return jobs owned by this user.
            assigned_to: Only return jobs assigned to this user.
            state: Only return jobs in this state: draft, in_progress or completed.
            updated_since: Only return jobs updated since this date.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_jobs_in_account.asyncio_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    owned_by=owned_by,
                    assigned_to=assigned_to,
                    state=as_enum(ListJobsInAccountState, state),
                    updated_since=updated_since,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /accounts/{account_id}/jobs", exc) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/jobs")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_in_account_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: Literal["draft", "in_progress", "completed"] | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Job]:
        """Every item of every page of `list_in_account` (see `list_in_account_pages`).

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            owned_by: Only return jobs owned by this user.
            assigned_to: Only return jobs assigned to this user.
            state: Only return jobs in this state: draft, in_progress or completed.
            updated_since: Only return jobs updated since this date.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        return async_items(
            self.list_in_account_pages(
                account_id,
                per_page=per_page,
                owned_by=owned_by,
                assigned_to=assigned_to,
                state=state,
                updated_since=updated_since,
                concurrent=concurrent,
            )
        )

    @overload
    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        omit_translation_keys: bool | Unset = False,
    ) -> JobDetails: ...

    @overload
    async def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        omit_translation_keys: bool | Unset = False,
    ) -> JobDetails: ...

    async def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        omit_translation_keys: bool | Unset = False,
    ) -> JobDetails:
        """Get a job

        Returns the details of one job in the project.

        Calls `GET /projects/{project_id}/jobs/{id}` (show_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
            include_annotations: Whether to add the job locale annotations to the response; false by
                default.
            omit_translation_keys: Whether to leave the translation keys out of the response, which
                keeps the payload small for large jobs; false by default.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await show_job.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                include_annotations=include_annotations,
                omit_translation_keys=omit_translation_keys,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/jobs/{id}", exc) from exc
        return cast(
            "JobDetails",
            unwrap(response, (200,), "GET /projects/{project_id}/jobs/{id}"),
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
        """Delete a job

        Removes a job from the project.

        Calls `DELETE /projects/{project_id}/jobs/{id}` (delete_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await delete_job.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/jobs/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/jobs/{id}")

    @overload
    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateJobBody,
    ) -> JobDetails: ...

    @overload
    async def update(
        self,
        *,
        id: str,
        body: UpdateJobBody,
    ) -> JobDetails: ...

    async def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateJobBody,
    ) -> JobDetails:
        """Update a job

        Changes the name, briefing, due date or ticket link of an existing job.

        Calls `PATCH /projects/{project_id}/jobs/{id}` (update_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_job: Update a job.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await update_job.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("PATCH /projects/{project_id}/jobs/{id}", exc) from exc
        return cast(
            "JobDetails",
            unwrap(response, (200,), "PATCH /projects/{project_id}/jobs/{id}"),
        )

    @overload
    async def start(
        self,
        project_id: str,
        id: str,
        *,
        body: StartJobBody,
    ) -> JobDetails: ...

    @overload
    async def start(
        self,
        *,
        id: str,
        body: StartJobBody,
    ) -> JobDetails: ...

    async def start(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: StartJobBody,
    ) -> JobDetails:
        """Start a draft job

        Moves a job that is still a draft into progress.

        Calls `POST /projects/{project_id}/jobs/{id}/start` (start_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of start_job: Start a draft job.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await start_job.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{id}/start", exc
            ) from exc
        return cast(
            "JobDetails",
            unwrap(response, (200,), "POST /projects/{project_id}/jobs/{id}/start"),
        )

    @overload
    async def complete(
        self,
        project_id: str,
        id: str,
        *,
        body: CompleteJobBody,
    ) -> JobDetails: ...

    @overload
    async def complete(
        self,
        *,
        id: str,
        body: CompleteJobBody,
    ) -> JobDetails: ...

    async def complete(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: CompleteJobBody,
    ) -> JobDetails:
        """Mark a job as completed

        Sets the job's state to completed.

        Calls `POST /projects/{project_id}/jobs/{id}/complete` (complete_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of complete_job: Mark a job as completed.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await complete_job.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{id}/complete", exc
            ) from exc
        return cast(
            "JobDetails",
            unwrap(response, (200,), "POST /projects/{project_id}/jobs/{id}/complete"),
        )

    @overload
    async def reopen(
        self,
        project_id: str,
        id: str,
        *,
        body: ReopenJobBody,
    ) -> JobDetails: ...

    @overload
    async def reopen(
        self,
        *,
        id: str,
        body: ReopenJobBody,
    ) -> JobDetails: ...

    async def reopen(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: ReopenJobBody,
    ) -> JobDetails:
        """Reopen a completed job

        Takes a completed job back to an uncompleted state.

        Calls `POST /projects/{project_id}/jobs/{id}/reopen` (reopen_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of reopen_job: Reopen a completed job.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await reopen_job.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{id}/reopen", exc
            ) from exc
        return cast(
            "JobDetails",
            unwrap(response, (200,), "POST /projects/{project_id}/jobs/{id}/reopen"),
        )

    @overload
    async def lock(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> JobDetails | None: ...

    @overload
    async def lock(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> JobDetails | None: ...

    async def lock(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> JobDetails | None:
        """Lock a job

        Locks the job. Only the job's owner may do this.

        Calls `POST /projects/{project_id}/jobs/{id}/lock` (lock_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await lock_job.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{id}/lock", exc
            ) from exc
        return cast(
            "JobDetails | None",
            unwrap(response, (200,), "POST /projects/{project_id}/jobs/{id}/lock"),
        )

    @overload
    async def unlock(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> JobDetails | None: ...

    @overload
    async def unlock(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> JobDetails | None: ...

    async def unlock(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> JobDetails | None:
        """Unlock a job

        Releases the lock on a locked job. Only the job's owner may do this.

        Calls `POST /projects/{project_id}/jobs/{id}/unlock` (unlock_job).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await unlock_job.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{id}/unlock", exc
            ) from exc
        return cast(
            "JobDetails | None",
            unwrap(response, (200,), "POST /projects/{project_id}/jobs/{id}/unlock"),
        )

    @overload
    async def add_keys(
        self,
        project_id: str,
        id: str,
        *,
        body: AddJobKeysBody,
    ) -> JobDetails: ...

    @overload
    async def add_keys(
        self,
        *,
        id: str,
        body: AddJobKeysBody,
    ) -> JobDetails: ...

    async def add_keys(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: AddJobKeysBody,
    ) -> JobDetails:
        """Add keys to a job

        Adds one or more keys, given by ID, to an existing job.

        Calls `POST /projects/{project_id}/jobs/{id}/keys` (add_job_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of add_job_keys: Add keys to a job.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await add_job_keys.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/jobs/{id}/keys", exc
            ) from exc
        return cast(
            "JobDetails",
            unwrap(response, (200,), "POST /projects/{project_id}/jobs/{id}/keys"),
        )

    @overload
    async def remove_keys(
        self,
        project_id: str,
        id: str,
        *,
        body: RemoveJobKeysBody,
    ) -> None: ...

    @overload
    async def remove_keys(
        self,
        *,
        id: str,
        body: RemoveJobKeysBody,
    ) -> None: ...

    async def remove_keys(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: RemoveJobKeysBody,
    ) -> None:
        """Remove keys from a job

        Takes one or more keys, given by ID, out of an existing job.

        Calls `DELETE /projects/{project_id}/jobs/{id}/keys` (remove_job_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of remove_job_keys: Remove keys from a job.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await remove_job_keys.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/jobs/{id}/keys", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/jobs/{id}/keys")
