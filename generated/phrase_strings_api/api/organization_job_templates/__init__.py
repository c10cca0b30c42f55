"""Operations of the organization_job_templates resource group, and the facade classes that call them."""

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
    """Job templates defined at the account level rather than inside a single project.

    Blocking calls; `AsyncOrganizationJobTemplatesApi` has the same methods, awaitable.
    """

    def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[OrganizationJobTemplate]:
        """List an account's job templates

        Returns the job templates defined at the account level.

        Calls `GET /accounts/{account_id}/job_templates` (list_organization_job_templates).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = list_organization_job_templates.sync_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/job_templates", exc
            ) from exc
        return cast(
            "builtins.list[OrganizationJobTemplate]",
            unwrap(response, (200,), "GET /accounts/{account_id}/job_templates"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[OrganizationJobTemplate]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_organization_job_templates.sync_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/job_templates", exc
                ) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/job_templates")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[OrganizationJobTemplate]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        return items(
            self.list_pages(
                account_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        account_id: str,
        *,
        body: CreateOrganizationJobTemplateBody,
    ) -> OrganizationJobTemplateDetails:
        """Create an account job template

        Adds a new job template at the account level.

        Calls `POST /accounts/{account_id}/job_templates` (create_organization_job_template).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_organization_job_template: Create an account job template.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = create_organization_job_template.sync_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/job_templates", exc
            ) from exc
        return cast(
            "OrganizationJobTemplateDetails",
            unwrap(response, (201,), "POST /accounts/{account_id}/job_templates"),
        )

    def show(
        self,
        account_id: str,
        id: str,
    ) -> OrganizationJobTemplateDetails:
        """Get an account job template

        Returns one account-level job template.

        Calls `GET /accounts/{account_id}/job_templates/{id}` (show_organization_job_template).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = show_organization_job_template.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/job_templates/{id}", exc
            ) from exc
        return cast(
            "OrganizationJobTemplateDetails",
            unwrap(response, (200,), "GET /accounts/{account_id}/job_templates/{id}"),
        )

    def delete(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Delete an account job template

        Removes an account-level job template.

        Calls `DELETE /accounts/{account_id}/job_templates/{id}` (delete_organization_job_template).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = delete_organization_job_template.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/job_templates/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/job_templates/{id}")

    def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateOrganizationJobTemplateBody,
    ) -> OrganizationJobTemplateDetails:
        """Update an account job template

        Changes the name or briefing of an account-level job template.

        Calls `PATCH /accounts/{account_id}/job_templates/{id}` (update_organization_job_template).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_organization_job_template: Update an account job template.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = update_organization_job_template.sync_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/job_templates/{id}", exc
            ) from exc
        return cast(
            "OrganizationJobTemplateDetails",
            unwrap(response, (200,), "PATCH /accounts/{account_id}/job_templates/{id}"),
        )


class AsyncOrganizationJobTemplatesApi(AsyncResource):
    """Job templates defined at the account level rather than inside a single project.

    Awaitable calls; `OrganizationJobTemplatesApi` has the same methods, blocking.
    """

    async def list(
        self,
        account_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[OrganizationJobTemplate]:
        """List an account's job templates

        Returns the job templates defined at the account level.

        Calls `GET /accounts/{account_id}/job_templates` (list_organization_job_templates).

        Args:
            account_id: Identifier of the account.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = await list_organization_job_templates.asyncio_detailed(
                account_id=account_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/job_templates", exc
            ) from exc
        return cast(
            "builtins.list[OrganizationJobTemplate]",
            unwrap(response, (200,), "GET /accounts/{account_id}/job_templates"),
        )

    def list_pages(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[OrganizationJobTemplate]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_organization_job_templates.asyncio_detailed(
                    account_id=account_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/job_templates", exc
                ) from exc
            unwrap(response, (200,), "GET /accounts/{account_id}/job_templates")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        account_id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[OrganizationJobTemplate]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            account_id: Identifier of the account.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        return async_items(
            self.list_pages(
                account_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        account_id: str,
        *,
        body: CreateOrganizationJobTemplateBody,
    ) -> OrganizationJobTemplateDetails:
        """Create an account job template

        Adds a new job template at the account level.

        Calls `POST /accounts/{account_id}/job_templates` (create_organization_job_template).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_organization_job_template: Create an account job template.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await create_organization_job_template.asyncio_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/job_templates", exc
            ) from exc
        return cast(
            "OrganizationJobTemplateDetails",
            unwrap(response, (201,), "POST /accounts/{account_id}/job_templates"),
        )

    async def show(
        self,
        account_id: str,
        id: str,
    ) -> OrganizationJobTemplateDetails:
        """Get an account job template

        Returns one account-level job template.

        Calls `GET /accounts/{account_id}/job_templates/{id}` (show_organization_job_template).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await show_organization_job_template.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/job_templates/{id}", exc
            ) from exc
        return cast(
            "OrganizationJobTemplateDetails",
            unwrap(response, (200,), "GET /accounts/{account_id}/job_templates/{id}"),
        )

    async def delete(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Delete an account job template

        Removes an account-level job template.

        Calls `DELETE /accounts/{account_id}/job_templates/{id}` (delete_organization_job_template).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await delete_organization_job_template.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/job_templates/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /accounts/{account_id}/job_templates/{id}")

    async def update(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateOrganizationJobTemplateBody,
    ) -> OrganizationJobTemplateDetails:
        """Update an account job template

        Changes the name or briefing of an account-level job template.

        Calls `PATCH /accounts/{account_id}/job_templates/{id}` (update_organization_job_template).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_organization_job_template: Update an account job template.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await update_organization_job_template.asyncio_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/job_templates/{id}", exc
            ) from exc
        return cast(
            "OrganizationJobTemplateDetails",
            unwrap(response, (200,), "PATCH /accounts/{account_id}/job_templates/{id}"),
        )
