"""Operations of the organization_job_template_locales resource group, and the facade classes that call them."""

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
    """The target locales of an account-level job template, each with its assigned translators and
    reviewers.

    Blocking calls; `AsyncOrganizationJobTemplateLocalesApi` has the same methods, awaitable.
    """

    def list(
        self,
        account_id: str,
        job_template_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[JobTemplateLocales]:
        """List an account job template's locales

        Returns a page of the locales configured on a job template that belongs to the account.

        Calls `GET /accounts/{account_id}/job_templates/{job_template_id}/locales` (list_organization_job_template_locales).

        Args:
            account_id: Identifier of the account.
            job_template_id: Identifier of the job template.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        job_template_id = path_value("job_template_id", job_template_id)
        check_per_page(per_page)

        try:
            response = list_organization_job_template_locales.sync_detailed(
                account_id=account_id,
                job_template_id=job_template_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/job_templates/{job_template_id}/locales",
                exc,
            ) from exc
        return cast(
            "builtins.list[JobTemplateLocales]",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/job_templates/{job_template_id}/locales",
            ),
        )

    def list_pages(
        self,
        account_id: str,
        job_template_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[JobTemplateLocales]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            job_template_id: Identifier of the job template.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        job_template_id = path_value("job_template_id", job_template_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_organization_job_template_locales.sync_detailed(
                    account_id=account_id,
                    job_template_id=job_template_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/job_templates/{job_template_id}/locales",
                    exc,
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/job_templates/{job_template_id}/locales",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        job_template_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[JobTemplateLocales]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            account_id: Identifier of the account.
            job_template_id: Identifier of the job template.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        job_template_id = path_value("job_template_id", job_template_id)

        return items(
            self.list_pages(
                account_id,
                job_template_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        account_id: str,
        job_template_id: str,
        *,
        body: CreateOrganizationJobTemplateLocaleBody,
    ) -> JobTemplateLocales:
        """Add a locale to an account job template

        Adds a target locale to an account-level job template, optionally with assigned translators and
        reviewers.

        Calls `POST /accounts/{account_id}/job_templates/{job_template_id}/locales` (create_organization_job_template_locale).

        Args:
            account_id: Identifier of the account.
            job_template_id: Identifier of the job template.
            body: Request body of create_organization_job_template_locale: Add a locale to an account
                job template.
        """
        account_id = path_value("account_id", account_id)
        job_template_id = path_value("job_template_id", job_template_id)

        try:
            response = create_organization_job_template_locale.sync_detailed(
                account_id=account_id,
                job_template_id=job_template_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/job_templates/{job_template_id}/locales",
                exc,
            ) from exc
        return cast(
            "JobTemplateLocales",
            unwrap(
                response,
                (201,),
                "POST /accounts/{account_id}/job_templates/{job_template_id}/locales",
            ),
        )

    def show(
        self,
        account_id: str,
        job_template_id: str,
        job_template_locale_id: str,
    ) -> JobTemplateLocales:
        """Get one account job template locale

        Returns a single locale of an account-level job template.

        Calls `GET /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (show_organization_job_template_locale).

        Args:
            account_id: Identifier of the account.
            job_template_id: Identifier of the job template.
            job_template_locale_id: Identifier of the job template locale.
        """
        account_id = path_value("account_id", account_id)
        job_template_id = path_value("job_template_id", job_template_id)
        job_template_locale_id = path_value(
            "job_template_locale_id", job_template_locale_id
        )

        try:
            response = show_organization_job_template_locale.sync_detailed(
                account_id=account_id,
                job_template_id=job_template_id,
                job_template_locale_id=job_template_locale_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
                exc,
            ) from exc
        return cast(
            "JobTemplateLocales",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
            ),
        )

    def delete(
        self,
        account_id: str,
        job_template_id: str,
        job_template_locale_id: str,
    ) -> None:
        """Remove a locale from an account job template

        Deletes a locale from an account-level job template.

        Calls `DELETE /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (delete_organization_job_template_locale).

        Args:
            account_id: Identifier of the account.
            job_template_id: Identifier of the job template.
            job_template_locale_id: Identifier of the job template locale.
        """
        account_id = path_value("account_id", account_id)
        job_template_id = path_value("job_template_id", job_template_id)
        job_template_locale_id = path_value(
            "job_template_locale_id", job_template_locale_id
        )

        try:
            response = delete_organization_job_template_locale.sync_detailed(
                account_id=account_id,
                job_template_id=job_template_id,
                job_template_locale_id=job_template_locale_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
        )

    def update(
        self,
        account_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        body: UpdateOrganizationJobTemplateLocaleBody,
    ) -> JobTemplateLocales:
        """Update an account job template locale

        Changes the locale or the assigned users and teams of a locale on an account-level job template.

        Calls `PATCH /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (update_organization_job_template_locale).

        Args:
            account_id: Identifier of the account.
            job_template_id: Identifier of the job template.
            job_template_locale_id: Identifier of the job template locale.
            body: Request body of update_organization_job_template_locale: Update an account job
                template locale.
        """
        account_id = path_value("account_id", account_id)
        job_template_id = path_value("job_template_id", job_template_id)
        job_template_locale_id = path_value(
            "job_template_locale_id", job_template_locale_id
        )

        try:
            response = update_organization_job_template_locale.sync_detailed(
                account_id=account_id,
                job_template_id=job_template_id,
                job_template_locale_id=job_template_locale_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
                exc,
            ) from exc
        return cast(
            "JobTemplateLocales",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
            ),
        )


class AsyncOrganizationJobTemplateLocalesApi(AsyncResource):
    """The target locales of an account-level job template, each with its assigned translators and
    reviewers.

    Awaitable calls; `OrganizationJobTemplateLocalesApi` has the same methods, blocking.
    """

    async def list(
        self,
        account_id: str,
        job_template_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[JobTemplateLocales]:
        """List an account job template's locales

        Returns a page of the locales configured on a job template that belongs to the account.

        Calls `GET /accounts/{account_id}/job_templates/{job_template_id}/locales` (list_organization_job_template_locales).

        Args:
            account_id: Identifier of the account.
            job_template_id: Identifier of the job template.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        job_template_id = path_value("job_template_id", job_template_id)
        check_per_page(per_page)

        try:
            response = await list_organization_job_template_locales.asyncio_detailed(
                account_id=account_id,
                job_template_id=job_template_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/job_templates/{job_template_id}/locales",
                exc,
            ) from exc
        return cast(
            "builtins.list[JobTemplateLocales]",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/job_templates/{job_template_id}/locales",
            ),
        )

    def list_pages(
        self,
        account_id: str,
        job_template_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[JobTemplateLocales]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            job_template_id: Identifier of the job template.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        job_template_id = path_value("job_template_id", job_template_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = (
                    await list_organization_job_template_locales.asyncio_detailed(
                        account_id=account_id,
                        job_template_id=job_template_id,
                        page=page,
                        per_page=size,
                        client=self._client,
                    )
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/job_templates/{job_template_id}/locales",
                    exc,
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/job_templates/{job_template_id}/locales",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        job_template_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[JobTemplateLocales]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            account_id: Identifier of the account.
            job_template_id: Identifier of the job template.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)
        job_template_id = path_value("job_template_id", job_template_id)

        return async_items(
            self.list_pages(
                account_id,
                job_template_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        account_id: str,
        job_template_id: str,
        *,
        body: CreateOrganizationJobTemplateLocaleBody,
    ) -> JobTemplateLocales:
        """Add a locale to an account job template

        Adds a target locale to an account-level job template, optionally with assigned translators and
        reviewers.

        Calls `POST /accounts/{account_id}/job_templates/{job_template_id}/locales` (create_organization_job_template_locale).

        Args:
            account_id: Identifier of the account.
            job_template_id: Identifier of the job template.
            body: Request body of create_organization_job_template_locale: Add a locale to an account
                job template.
        """
        account_id = path_value("account_id", account_id)
        job_template_id = path_value("job_template_id", job_template_id)

        try:
            response = await create_organization_job_template_locale.asyncio_detailed(
                account_id=account_id,
                job_template_id=job_template_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/job_templates/{job_template_id}/locales",
                exc,
            ) from exc
        return cast(
            "JobTemplateLocales",
            unwrap(
                response,
                (201,),
                "POST /accounts/{account_id}/job_templates/{job_template_id}/locales",
            ),
        )

    async def show(
        self,
        account_id: str,
        job_template_id: str,
        job_template_locale_id: str,
    ) -> JobTemplateLocales:
        """Get one account job template locale

        Returns a single locale of an account-level job template.

        Calls `GET /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (show_organization_job_template_locale).

        Args:
            account_id: Identifier of the account.
            job_template_id: Identifier of the job template.
            job_template_locale_id: Identifier of the job template locale.
        """
        account_id = path_value("account_id", account_id)
        job_template_id = path_value("job_template_id", job_template_id)
        job_template_locale_id = path_value(
            "job_template_locale_id", job_template_locale_id
        )

        try:
            response = await show_organization_job_template_locale.asyncio_detailed(
                account_id=account_id,
                job_template_id=job_template_id,
                job_template_locale_id=job_template_locale_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
                exc,
            ) from exc
        return cast(
            "JobTemplateLocales",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
            ),
        )

    async def delete(
        self,
        account_id: str,
        job_template_id: str,
        job_template_locale_id: str,
    ) -> None:
        """Remove a locale from an account job template

        Deletes a locale from an account-level job template.

        Calls `DELETE /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (delete_organization_job_template_locale).

        Args:
            account_id: Identifier of the account.
            job_template_id: Identifier of the job template.
            job_template_locale_id: Identifier of the job template locale.
        """
        account_id = path_value("account_id", account_id)
        job_template_id = path_value("job_template_id", job_template_id)
        job_template_locale_id = path_value(
            "job_template_locale_id", job_template_locale_id
        )

        try:
            response = await delete_organization_job_template_locale.asyncio_detailed(
                account_id=account_id,
                job_template_id=job_template_id,
                job_template_locale_id=job_template_locale_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
        )

    async def update(
        self,
        account_id: str,
        job_template_id: str,
        job_template_locale_id: str,
        *,
        body: UpdateOrganizationJobTemplateLocaleBody,
    ) -> JobTemplateLocales:
        """Update an account job template locale

        Changes the locale or the assigned users and teams of a locale on an account-level job template.

        Calls `PATCH /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}` (update_organization_job_template_locale).

        Args:
            account_id: Identifier of the account.
            job_template_id: Identifier of the job template.
            job_template_locale_id: Identifier of the job template locale.
            body: Request body of update_organization_job_template_locale: Update an account job
                template locale.
        """
        account_id = path_value("account_id", account_id)
        job_template_id = path_value("job_template_id", job_template_id)
        job_template_locale_id = path_value(
            "job_template_locale_id", job_template_locale_id
        )

        try:
            response = await update_organization_job_template_locale.asyncio_detailed(
                account_id=account_id,
                job_template_id=job_template_id,
                job_template_locale_id=job_template_locale_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
                exc,
            ) from exc
        return cast(
            "JobTemplateLocales",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}",
            ),
        )
