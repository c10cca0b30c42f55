"""Operations of the organization_job_templates resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_organization_job_template_body import (
        CreateOrganizationJobTemplateBody,
    )
    from ...models.error import Error
    from ...models.organization_job_template import OrganizationJobTemplate
    from ...models.organization_job_template_details import (
        OrganizationJobTemplateDetails,
    )
    from ...models.update_organization_job_template_body import (
        UpdateOrganizationJobTemplateBody,
    )
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_organization_job_template,
    delete_organization_job_template,
    list_organization_job_templates,
    show_organization_job_template,
    update_organization_job_template,
)

__all__ = ["AsyncOrganizationJobTemplatesApi", "OrganizationJobTemplatesApi"]


class OrganizationJobTemplatesApi(Resource):
    """Blocking calls to the organization_job_templates resource group."""

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[OrganizationJobTemplate]:
        """List an account's job templates

        Returns the job templates defined at the account level.

        Calls `GET /accounts/{account_id}/job_templates` (list_organization_job_templates).
        """
        response = list_organization_job_templates.sync_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[OrganizationJobTemplate]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[OrganizationJobTemplate]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_organization_job_templates.sync_detailed(
                account_id=account_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[OrganizationJobTemplate]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                account_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        account_id: str,
        *,
        body: CreateOrganizationJobTemplateBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> OrganizationJobTemplateDetails:
        """Create an account job template

        Adds a new job template at the account level.

        Calls `POST /accounts/{account_id}/job_templates` (create_organization_job_template).
        """
        response = create_organization_job_template.sync_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("OrganizationJobTemplateDetails", unwrap(response))

    def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> OrganizationJobTemplateDetails:
        """Get an account job template

        Returns one account-level job template.

        Calls `GET /accounts/{account_id}/job_templates/{id}` (show_organization_job_template).
        """
        response = show_organization_job_template.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("OrganizationJobTemplateDetails", unwrap(response))

    def delete(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete an account job template

        Removes an account-level job template.

        Calls `DELETE /accounts/{account_id}/job_templates/{id}` (delete_organization_job_template).
        """
        response = delete_organization_job_template.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateOrganizationJobTemplateBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> OrganizationJobTemplateDetails:
        """Update an account job template

        Changes the name or briefing of an account-level job template.

        Calls `PATCH /accounts/{account_id}/job_templates/{id}` (update_organization_job_template).
        """
        response = update_organization_job_template.sync_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("OrganizationJobTemplateDetails", unwrap(response))


class AsyncOrganizationJobTemplatesApi(AsyncResource):
    """Awaitable calls to the organization_job_templates resource group."""

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[OrganizationJobTemplate]:
        """List an account's job templates

        Returns the job templates defined at the account level.

        Calls `GET /accounts/{account_id}/job_templates` (list_organization_job_templates).
        """
        response = await list_organization_job_templates.asyncio_detailed(
            account_id=account_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[OrganizationJobTemplate]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[OrganizationJobTemplate]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_organization_job_templates.asyncio_detailed(
                account_id=account_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[OrganizationJobTemplate]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                account_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        account_id: str,
        *,
        body: CreateOrganizationJobTemplateBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> OrganizationJobTemplateDetails:
        """Create an account job template

        Adds a new job template at the account level.

        Calls `POST /accounts/{account_id}/job_templates` (create_organization_job_template).
        """
        response = await create_organization_job_template.asyncio_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("OrganizationJobTemplateDetails", unwrap(response))

    async def show(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> OrganizationJobTemplateDetails:
        """Get an account job template

        Returns one account-level job template.

        Calls `GET /accounts/{account_id}/job_templates/{id}` (show_organization_job_template).
        """
        response = await show_organization_job_template.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("OrganizationJobTemplateDetails", unwrap(response))

    async def delete(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete an account job template

        Removes an account-level job template.

        Calls `DELETE /accounts/{account_id}/job_templates/{id}` (delete_organization_job_template).
        """
        response = await delete_organization_job_template.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateOrganizationJobTemplateBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> OrganizationJobTemplateDetails:
        """Update an account job template

        Changes the name or briefing of an account-level job template.

        Calls `PATCH /accounts/{account_id}/job_templates/{id}` (update_organization_job_template).
        """
        response = await update_organization_job_template.asyncio_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("OrganizationJobTemplateDetails", unwrap(response))
