"""Operations of the organization_job_template_locales resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_organization_job_template_locale_body import (
        CreateOrganizationJobTemplateLocaleBody,
    )
    from ...models.error import Error
    from ...models.job_template_locales import JobTemplateLocales
    from ...models.update_organization_job_template_locale_body import (
        UpdateOrganizationJobTemplateLocaleBody,
    )
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_organization_job_template_locale,
    delete_organization_job_template_locale,
    list_organization_job_template_locales,
    show_organization_job_template_locale,
    update_organization_job_template_locale,
)

__all__ = [
    "AsyncOrganizationJobTemplateLocalesApi",
    "OrganizationJobTemplateLocalesApi",
]


class OrganizationJobTemplateLocalesApi(Resource):
    """Blocking calls to the organization_job_template_locales resource group."""

    def list(
        self,
        account_id: str,
        job_template_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[JobTemplateLocales]:
        """List an account job template's locales

        Returns a page of the locales configured on a job template that belongs to the account.

        Calls `GET /accounts/{account_id}/job_templates/{job_template_id}/locales` (list_organization_job_template_locales).
        """
        response = list_organization_job_template_locales.sync_detailed(
            account_id=account_id,
            job_template_id=job_template_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[JobTemplateLocales]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        job_template_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[JobTemplateLocales]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_organization_job_template_locales.sync_detailed(
                account_id=account_id,
                job_template_id=job_template_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        job_template_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[JobTemplateLocales]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                account_id,
                job_template_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        account_id: str,
        job_template_id: str,
        *,
        body: CreateOrganizationJobTemplateLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateLocales:
        """Add a locale to an account job template

        Adds a target locale to an account-level job template, optionally with assigned translators and
        reviewers.

        Calls `POST /accounts/{account_id}/job_templates/{job_template_id}/locales` (create_organization_job_template_locale).
        """
        response = create_organization_job_template_locale.sync_detailed(
            account_id=account_id,
            job_template_id=job_template_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateLocales", unwrap(response))

    def show(
        self,
        account_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateLocales:
        """Get one account job template locale

        Returns a single locale of an account-level job template.

        Calls `GET /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (show_organization_job_template_locale).
        """
        response = show_organization_job_template_locale.sync_detailed(
            account_id=account_id,
            job_template_id=job_template_id,
            job_template_locale_id=job_template_locale_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateLocales", unwrap(response))

    def delete(
        self,
        account_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a locale from an account job template

        Deletes a locale from an account-level job template.

        Calls `DELETE /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (delete_organization_job_template_locale).
        """
        response = delete_organization_job_template_locale.sync_detailed(
            account_id=account_id,
            job_template_id=job_template_id,
            job_template_locale_id=job_template_locale_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        account_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        body: UpdateOrganizationJobTemplateLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateLocales:
        """Update an account job template locale

        Changes the locale or the assigned users and teams of a locale on an account-level job template.

        Calls `PATCH /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (update_organization_job_template_locale).
        """
        response = update_organization_job_template_locale.sync_detailed(
            account_id=account_id,
            job_template_id=job_template_id,
            job_template_locale_id=job_template_locale_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateLocales", unwrap(response))


class AsyncOrganizationJobTemplateLocalesApi(AsyncResource):
    """Awaitable calls to the organization_job_template_locales resource group."""

    async def list(
        self,
        account_id: str,
        job_template_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[JobTemplateLocales]:
        """List an account job template's locales

        Returns a page of the locales configured on a job template that belongs to the account.

        Calls `GET /accounts/{account_id}/job_templates/{job_template_id}/locales` (list_organization_job_template_locales).
        """
        response = await list_organization_job_template_locales.asyncio_detailed(
            account_id=account_id,
            job_template_id=job_template_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[JobTemplateLocales]", unwrap(response))

    def list_pages(
        self,
        account_id: str,
        job_template_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[JobTemplateLocales]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_organization_job_template_locales.asyncio_detailed(
                account_id=account_id,
                job_template_id=job_template_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        job_template_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[JobTemplateLocales]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                account_id,
                job_template_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        account_id: str,
        job_template_id: str,
        *,
        body: CreateOrganizationJobTemplateLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateLocales:
        """Add a locale to an account job template

        Adds a target locale to an account-level job template, optionally with assigned translators and
        reviewers.

        Calls `POST /accounts/{account_id}/job_templates/{job_template_id}/locales` (create_organization_job_template_locale).
        """
        response = await create_organization_job_template_locale.asyncio_detailed(
            account_id=account_id,
            job_template_id=job_template_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateLocales", unwrap(response))

    async def show(
        self,
        account_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateLocales:
        """Get one account job template locale

        Returns a single locale of an account-level job template.

        Calls `GET /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (show_organization_job_template_locale).
        """
        response = await show_organization_job_template_locale.asyncio_detailed(
            account_id=account_id,
            job_template_id=job_template_id,
            job_template_locale_id=job_template_locale_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateLocales", unwrap(response))

    async def delete(
        self,
        account_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a locale from an account job template

        Deletes a locale from an account-level job template.

        Calls `DELETE /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (delete_organization_job_template_locale).
        """
        response = await delete_organization_job_template_locale.asyncio_detailed(
            account_id=account_id,
            job_template_id=job_template_id,
            job_template_locale_id=job_template_locale_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        account_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        body: UpdateOrganizationJobTemplateLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> JobTemplateLocales:
        """Update an account job template locale

        Changes the locale or the assigned users and teams of a locale on an account-level job template.

        Calls `PATCH /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (update_organization_job_template_locale).
        """
        response = await update_organization_job_template_locale.asyncio_detailed(
            account_id=account_id,
            job_template_id=job_template_id,
            job_template_locale_id=job_template_locale_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("JobTemplateLocales", unwrap(response))
