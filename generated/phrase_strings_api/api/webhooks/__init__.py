"""Operations of the webhooks resource group, and the facade classes that call them."""

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

    from ...models.create_webhook_body import CreateWebhookBody
    from ...models.error import Error
    from ...models.update_webhook_body import UpdateWebhookBody
    from ...models.validation_error import ValidationError
    from ...models.webhook import Webhook
    from ...types import UNSET, Unset

from . import (
    create_webhook,
    delete_webhook,
    list_webhooks,
    show_webhook,
    test_webhook,
    update_webhook,
)

__all__ = ["AsyncWebhooksApi", "WebhooksApi"]


class WebhooksApi(Resource):
    """Webhooks send HTTP callbacks to an external URL when selected events occur in a project.

    Blocking calls; `AsyncWebhooksApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Webhook]:
        """List the webhooks of a project

        Returns the project's webhooks, one page at a time.

        Calls `GET /projects/{project_id}/webhooks` (list_webhooks).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_webhooks.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/webhooks", exc) from exc
        return cast(
            "builtins.list[Webhook]",
            unwrap(response, (200,), "GET /projects/{project_id}/webhooks"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[Webhook]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_webhooks.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/webhooks", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/webhooks")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Webhook]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateWebhookBody,
    ) -> Webhook:
        """Add a webhook to a project

        Registers a callback URL that the project notifies when the chosen events happen.

        Calls `POST /projects/{project_id}/webhooks` (create_webhook).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_webhook: Add a webhook to a project.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_webhook.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/webhooks", exc) from exc
        return cast(
            "Webhook", unwrap(response, (201,), "POST /projects/{project_id}/webhooks")
        )

    @overload
    def show(
        self,
        project_id: str,
        id: str,
    ) -> Webhook: ...

    @overload
    def show(
        self,
        *,
        id: str,
    ) -> Webhook: ...

    def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> Webhook:
        """Get a webhook

        Returns the configuration of one webhook.

        Calls `GET /projects/{project_id}/webhooks/{id}` (show_webhook).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = show_webhook.sync_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/webhooks/{id}", exc
            ) from exc
        return cast(
            "Webhook",
            unwrap(response, (200,), "GET /projects/{project_id}/webhooks/{id}"),
        )

    @overload
    def delete(
        self,
        project_id: str,
        id: str,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> None:
        """Remove a webhook from a project

        Removes a webhook so it no longer sends requests.

        Calls `DELETE /projects/{project_id}/webhooks/{id}` (delete_webhook).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = delete_webhook.sync_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/webhooks/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/webhooks/{id}")

    @overload
    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateWebhookBody,
    ) -> Webhook: ...

    @overload
    def update(
        self,
        *,
        id: str,
        body: UpdateWebhookBody,
    ) -> Webhook: ...

    def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateWebhookBody,
    ) -> Webhook:
        """Change a webhook's settings

        Changes the settings you send on an existing webhook.

        Calls `PATCH /projects/{project_id}/webhooks/{id}` (update_webhook).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_webhook: Change a webhook's settings.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = update_webhook.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/webhooks/{id}", exc
            ) from exc
        return cast(
            "Webhook",
            unwrap(response, (200,), "PATCH /projects/{project_id}/webhooks/{id}"),
        )

    @overload
    def test(
        self,
        project_id: str,
        id: str,
    ) -> Webhook: ...

    @overload
    def test(
        self,
        *,
        id: str,
    ) -> Webhook: ...

    def test(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> Webhook:
        """Send a test request for a webhook

        Makes the webhook send a test request to its callback URL.

        Calls `POST /projects/{project_id}/webhooks/{id}/test` (test_webhook).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = test_webhook.sync_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/webhooks/{id}/test", exc
            ) from exc
        return cast(
            "Webhook",
            unwrap(response, (200,), "POST /projects/{project_id}/webhooks/{id}/test"),
        )


class AsyncWebhooksApi(AsyncResource):
    """Webhooks send HTTP callbacks to an external URL when selected events occur in a project.

    Awaitable calls; `WebhooksApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Webhook]:
        """List the webhooks of a project

        Returns the project's webhooks, one page at a time.

        Calls `GET /projects/{project_id}/webhooks` (list_webhooks).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_webhooks.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/webhooks", exc) from exc
        return cast(
            "builtins.list[Webhook]",
            unwrap(response, (200,), "GET /projects/{project_id}/webhooks"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Webhook]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_webhooks.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/webhooks", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/webhooks")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Webhook]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateWebhookBody,
    ) -> Webhook:
        """Add a webhook to a project

        Registers a callback URL that the project notifies when the chosen events happen.

        Calls `POST /projects/{project_id}/webhooks` (create_webhook).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_webhook: Add a webhook to a project.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_webhook.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/webhooks", exc) from exc
        return cast(
            "Webhook", unwrap(response, (201,), "POST /projects/{project_id}/webhooks")
        )

    @overload
    async def show(
        self,
        project_id: str,
        id: str,
    ) -> Webhook: ...

    @overload
    async def show(
        self,
        *,
        id: str,
    ) -> Webhook: ...

    async def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> Webhook:
        """Get a webhook

        Returns the configuration of one webhook.

        Calls `GET /projects/{project_id}/webhooks/{id}` (show_webhook).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await show_webhook.asyncio_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/webhooks/{id}", exc
            ) from exc
        return cast(
            "Webhook",
            unwrap(response, (200,), "GET /projects/{project_id}/webhooks/{id}"),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        id: str,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> None:
        """Remove a webhook from a project

        Removes a webhook so it no longer sends requests.

        Calls `DELETE /projects/{project_id}/webhooks/{id}` (delete_webhook).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await delete_webhook.asyncio_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/webhooks/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/webhooks/{id}")

    @overload
    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateWebhookBody,
    ) -> Webhook: ...

    @overload
    async def update(
        self,
        *,
        id: str,
        body: UpdateWebhookBody,
    ) -> Webhook: ...

    async def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateWebhookBody,
    ) -> Webhook:
        """Change a webhook's settings

        Changes the settings you send on an existing webhook.

        Calls `PATCH /projects/{project_id}/webhooks/{id}` (update_webhook).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_webhook: Change a webhook's settings.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await update_webhook.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/webhooks/{id}", exc
            ) from exc
        return cast(
            "Webhook",
            unwrap(response, (200,), "PATCH /projects/{project_id}/webhooks/{id}"),
        )

    @overload
    async def test(
        self,
        project_id: str,
        id: str,
    ) -> Webhook: ...

    @overload
    async def test(
        self,
        *,
        id: str,
    ) -> Webhook: ...

    async def test(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> Webhook:
        """Send a test request for a webhook

        Makes the webhook send a test request to its callback URL.

        Calls `POST /projects/{project_id}/webhooks/{id}/test` (test_webhook).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await test_webhook.asyncio_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/webhooks/{id}/test", exc
            ) from exc
        return cast(
            "Webhook",
            unwrap(response, (200,), "POST /projects/{project_id}/webhooks/{id}/test"),
        )
