"""Operations of the jobs resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.add_job_keys_body import AddJobKeysBody
    from ...models.complete_job_body import CompleteJobBody
    from ...models.create_job_body import CreateJobBody
    from ...models.error import Error
    from ...models.job import Job
    from ...models.job_details import JobDetails
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
    """Blocking calls to the jobs resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: str | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        states: builtins.list[str] | Unset = UNSET,
        key_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Job]:
        """List the jobs of a project

        Returns the jobs that belong to the project.

        Calls `GET /projects/{project_id}/jobs` (list_jobs).
        """
        response = list_jobs.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            owned_by=owned_by,
            assigned_to=assigned_to,
            state=state,
            updated_since=updated_since,
            states=states,
            key_id=key_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Job]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: str | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        states: builtins.list[str] | Unset = UNSET,
        key_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Job]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_jobs.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                branch=branch,
                owned_by=owned_by,
                assigned_to=assigned_to,
                state=state,
                updated_since=updated_since,
                states=states,
                key_id=key_id,
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
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: str | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        states: builtins.list[str] | Unset = UNSET,
        key_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Job]:
        """Every item of every page of `list` (see `list_pages`)."""
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
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreateJobBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails:
        """Create a job

        Creates a new job in the project. Keys can be chosen by ID or by tag, and settings can be taken
        from a job template; values sent explicitly override the template.

        Calls `POST /projects/{project_id}/jobs` (create_job).
        """
        response = create_job.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails", unwrap(response))

    def list_in_account(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: str | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Job]:
        """List the jobs of an account

        Returns jobs from all projects of the account.

        Calls `GET /accounts/{account_id}/jobs` (list_jobs_in_account).
        """
        response = list_jobs_in_account.sync_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            owned_by=owned_by,
            assigned_to=assigned_to,
            state=state,
            updated_since=updated_since,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Job]", unwrap(response))

    def list_in_account_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: str | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Job]]:
        """Every page of `list_in_account`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_jobs_in_account.sync_detailed(
                account_id=account_id,
                page=page,
                per_page=size,
                owned_by=owned_by,
                assigned_to=assigned_to,
                state=state,
                updated_since=updated_since,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_in_account_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: str | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Job]:
        """Every item of every page of `list_in_account` (see `list_in_account_pages`)."""
        return items(
            self.list_in_account_pages(
                account_id,
                per_page=per_page,
                owned_by=owned_by,
                assigned_to=assigned_to,
                state=state,
                updated_since=updated_since,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        omit_translation_keys: bool | Unset = False,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails:
        """Get a job

        Returns the details of one job in the project.

        Calls `GET /projects/{project_id}/jobs/{id}` (show_job).
        """
        response = show_job.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            include_annotations=include_annotations,
            omit_translation_keys=omit_translation_keys,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails", unwrap(response))

    def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a job

        Removes a job from the project.

        Calls `DELETE /projects/{project_id}/jobs/{id}` (delete_job).
        """
        response = delete_job.sync_detailed(
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
        body: UpdateJobBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails:
        """Update a job

        Changes the name, briefing, due date or ticket link of an existing job.

        Calls `PATCH /projects/{project_id}/jobs/{id}` (update_job).
        """
        response = update_job.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails", unwrap(response))

    def start(
        self,
        project_id: str,
        id: str,
        *,
        body: StartJobBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails:
        """Start a draft job

        Moves a job that is still a draft into progress.

        Calls `POST /projects/{project_id}/jobs/{id}/start` (start_job).
        """
        response = start_job.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails", unwrap(response))

    def complete(
        self,
        project_id: str,
        id: str,
        *,
        body: CompleteJobBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails:
        """Mark a job as completed

        Sets the job's state to completed.

        Calls `POST /projects/{project_id}/jobs/{id}/complete` (complete_job).
        """
        response = complete_job.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails", unwrap(response))

    def reopen(
        self,
        project_id: str,
        id: str,
        *,
        body: ReopenJobBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails:
        """Reopen a completed job

        Takes a completed job back to an uncompleted state.

        Calls `POST /projects/{project_id}/jobs/{id}/reopen` (reopen_job).
        """
        response = reopen_job.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails", unwrap(response))

    def lock(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails | None:
        """Lock a job

        Locks the job. Only the job's owner may do this.

        Calls `POST /projects/{project_id}/jobs/{id}/lock` (lock_job).
        """
        response = lock_job.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails | None", unwrap(response))

    def unlock(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails | None:
        """Unlock a job

        Releases the lock on a locked job. Only the job's owner may do this.

        Calls `POST /projects/{project_id}/jobs/{id}/unlock` (unlock_job).
        """
        response = unlock_job.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails | None", unwrap(response))

    def add_keys(
        self,
        project_id: str,
        id: str,
        *,
        body: AddJobKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails:
        """Add keys to a job

        Adds one or more keys, given by ID, to an existing job.

        Calls `POST /projects/{project_id}/jobs/{id}/keys` (add_job_keys).
        """
        response = add_job_keys.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails", unwrap(response))

    def remove_keys(
        self,
        project_id: str,
        id: str,
        *,
        body: RemoveJobKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove keys from a job

        Takes one or more keys, given by ID, out of an existing job.

        Calls `DELETE /projects/{project_id}/jobs/{id}/keys` (remove_job_keys).
        """
        response = remove_job_keys.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)


class AsyncJobsApi(AsyncResource):
    """Awaitable calls to the jobs resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: str | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        states: builtins.list[str] | Unset = UNSET,
        key_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Job]:
        """List the jobs of a project

        Returns the jobs that belong to the project.

        Calls `GET /projects/{project_id}/jobs` (list_jobs).
        """
        response = await list_jobs.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            owned_by=owned_by,
            assigned_to=assigned_to,
            state=state,
            updated_since=updated_since,
            states=states,
            key_id=key_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Job]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: str | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        states: builtins.list[str] | Unset = UNSET,
        key_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Job]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_jobs.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                branch=branch,
                owned_by=owned_by,
                assigned_to=assigned_to,
                state=state,
                updated_since=updated_since,
                states=states,
                key_id=key_id,
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
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: str | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        states: builtins.list[str] | Unset = UNSET,
        key_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Job]:
        """Every item of every page of `list` (see `list_pages`)."""
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
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreateJobBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails:
        """Create a job

        Creates a new job in the project. Keys can be chosen by ID or by tag, and settings can be taken
        from a job template; values sent explicitly override the template.

        Calls `POST /projects/{project_id}/jobs` (create_job).
        """
        response = await create_job.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails", unwrap(response))

    async def list_in_account(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: str | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Job]:
        """List the jobs of an account

        Returns jobs from all projects of the account.

        Calls `GET /accounts/{account_id}/jobs` (list_jobs_in_account).
        """
        response = await list_jobs_in_account.asyncio_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            owned_by=owned_by,
            assigned_to=assigned_to,
            state=state,
            updated_since=updated_since,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Job]", unwrap(response))

    def list_in_account_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: str | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Job]]:
        """Every page of `list_in_account`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_jobs_in_account.asyncio_detailed(
                account_id=account_id,
                page=page,
                per_page=size,
                owned_by=owned_by,
                assigned_to=assigned_to,
                state=state,
                updated_since=updated_since,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_in_account_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        owned_by: str | Unset = UNSET,
        assigned_to: str | Unset = UNSET,
        state: str | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Job]:
        """Every item of every page of `list_in_account` (see `list_in_account_pages`)."""
        return async_items(
            self.list_in_account_pages(
                account_id,
                per_page=per_page,
                owned_by=owned_by,
                assigned_to=assigned_to,
                state=state,
                updated_since=updated_since,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        include_annotations: bool | Unset = False,
        omit_translation_keys: bool | Unset = False,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails:
        """Get a job

        Returns the details of one job in the project.

        Calls `GET /projects/{project_id}/jobs/{id}` (show_job).
        """
        response = await show_job.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            include_annotations=include_annotations,
            omit_translation_keys=omit_translation_keys,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails", unwrap(response))

    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a job

        Removes a job from the project.

        Calls `DELETE /projects/{project_id}/jobs/{id}` (delete_job).
        """
        response = await delete_job.asyncio_detailed(
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
        body: UpdateJobBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails:
        """Update a job

        Changes the name, briefing, due date or ticket link of an existing job.

        Calls `PATCH /projects/{project_id}/jobs/{id}` (update_job).
        """
        response = await update_job.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails", unwrap(response))

    async def start(
        self,
        project_id: str,
        id: str,
        *,
        body: StartJobBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails:
        """Start a draft job

        Moves a job that is still a draft into progress.

        Calls `POST /projects/{project_id}/jobs/{id}/start` (start_job).
        """
        response = await start_job.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails", unwrap(response))

    async def complete(
        self,
        project_id: str,
        id: str,
        *,
        body: CompleteJobBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails:
        """Mark a job as completed

        Sets the job's state to completed.

        Calls `POST /projects/{project_id}/jobs/{id}/complete` (complete_job).
        """
        response = await complete_job.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails", unwrap(response))

    async def reopen(
        self,
        project_id: str,
        id: str,
        *,
        body: ReopenJobBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails:
        """Reopen a completed job

        Takes a completed job back to an uncompleted state.

        Calls `POST /projects/{project_id}/jobs/{id}/reopen` (reopen_job).
        """
        response = await reopen_job.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails", unwrap(response))

    async def lock(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails | None:
        """Lock a job

        Locks the job. Only the job's owner may do this.

        Calls `POST /projects/{project_id}/jobs/{id}/lock` (lock_job).
        """
        response = await lock_job.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails | None", unwrap(response))

    async def unlock(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails | None:
        """Unlock a job

        Releases the lock on a locked job. Only the job's owner may do this.

        Calls `POST /projects/{project_id}/jobs/{id}/unlock` (unlock_job).
        """
        response = await unlock_job.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails | None", unwrap(response))

    async def add_keys(
        self,
        project_id: str,
        id: str,
        *,
        body: AddJobKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobDetails:
        """Add keys to a job

        Adds one or more keys, given by ID, to an existing job.

        Calls `POST /projects/{project_id}/jobs/{id}/keys` (add_job_keys).
        """
        response = await add_job_keys.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobDetails", unwrap(response))

    async def remove_keys(
        self,
        project_id: str,
        id: str,
        *,
        body: RemoveJobKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove keys from a job

        Takes one or more keys, given by ID, out of an existing job.

        Calls `DELETE /projects/{project_id}/jobs/{id}/keys` (remove_job_keys).
        """
        response = await remove_job_keys.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)
