"""Operations of the webhooks resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

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
    """Blocking calls to the webhooks resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Webhook]:
        """List the webhooks of a project

        Returns the project's webhooks, one page at a time.

        Calls `GET /projects/{project_id}/webhooks` (list_webhooks).
        """
        response = list_webhooks.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Webhook]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Webhook]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_webhooks.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Webhook]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreateWebhookBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Webhook:
        """Add a webhook to a project

        Registers a callback URL that the project notifies when the chosen events happen.

        Calls `POST /projects/{project_id}/webhooks` (create_webhook).
        """
        response = create_webhook.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Webhook", unwrap(response))

    def show(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Webhook:
        """Get a webhook

        Returns the configuration of one webhook.

        Calls `GET /projects/{project_id}/webhooks/{id}` (show_webhook).
        """
        response = show_webhook.sync_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Webhook", unwrap(response))

    def delete(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a webhook from a project

        Removes a webhook so it no longer sends requests.

        Calls `DELETE /projects/{project_id}/webhooks/{id}` (delete_webhook).
        """
        response = delete_webhook.sync_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateWebhookBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Webhook:
        """Change a webhook's settings

        Changes the settings you send on an existing webhook.

        Calls `PATCH /projects/{project_id}/webhooks/{id}` (update_webhook).
        """
        response = update_webhook.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Webhook", unwrap(response))

    def test(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Webhook:
        """Send a test request for a webhook

        Makes the webhook send a test request to its callback URL.

        Calls `POST /projects/{project_id}/webhooks/{id}/test` (test_webhook).
        """
        response = test_webhook.sync_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Webhook", unwrap(response))


class AsyncWebhooksApi(AsyncResource):
    """Awaitable calls to the webhooks resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Webhook]:
        """List the webhooks of a project

        Returns the project's webhooks, one page at a time.

        Calls `GET /projects/{project_id}/webhooks` (list_webhooks).
        """
        response = await list_webhooks.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Webhook]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Webhook]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_webhooks.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Webhook]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreateWebhookBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Webhook:
        """Add a webhook to a project

        Registers a callback URL that the project notifies when the chosen events happen.

        Calls `POST /projects/{project_id}/webhooks` (create_webhook).
        """
        response = await create_webhook.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Webhook", unwrap(response))

    async def show(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Webhook:
        """Get a webhook

        Returns the configuration of one webhook.

        Calls `GET /projects/{project_id}/webhooks/{id}` (show_webhook).
        """
        response = await show_webhook.asyncio_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Webhook", unwrap(response))

    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a webhook from a project

        Removes a webhook so it no longer sends requests.

        Calls `DELETE /projects/{project_id}/webhooks/{id}` (delete_webhook).
        """
        response = await delete_webhook.asyncio_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateWebhookBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Webhook:
        """Change a webhook's settings

        Changes the settings you send on an existing webhook.

        Calls `PATCH /projects/{project_id}/webhooks/{id}` (update_webhook).
        """
        response = await update_webhook.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Webhook", unwrap(response))

    async def test(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Webhook:
        """Send a test request for a webhook

        Makes the webhook send a test request to its callback URL.

        Calls `POST /projects/{project_id}/webhooks/{id}/test` (test_webhook).
        """
        response = await test_webhook.asyncio_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Webhook", unwrap(response))
