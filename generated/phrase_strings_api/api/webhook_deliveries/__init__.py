"""Operations of the webhook_deliveries resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.error import Error
    from ...models.validation_error import ValidationError
    from ...models.webhook_delivery import WebhookDelivery
    from ...types import UNSET, Unset

from . import (
    list_webhook_deliveries,
    redeliver_webhook_delivery,
    show_webhook_delivery,
)

__all__ = ["AsyncWebhookDeliveriesApi", "WebhookDeliveriesApi"]


class WebhookDeliveriesApi(Resource):
    """Blocking calls to the webhook_deliveries resource group."""

    def list(
        self,
        project_id: str,
        webhook_id: str,
        *,
        response_status_codes: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[WebhookDelivery]:
        """List the deliveries of a webhook

        Returns the requests sent for one webhook, optionally limited to certain response status codes.

        Calls `GET /projects/{project_id}/webhooks/{webhook_id}/deliveries` (list_webhook_deliveries).
        """
        response = list_webhook_deliveries.sync_detailed(
            project_id=project_id,
            webhook_id=webhook_id,
            response_status_codes=response_status_codes,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[WebhookDelivery]", unwrap(response))

    def show(
        self,
        project_id: str,
        webhook_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> WebhookDelivery:
        """Get a webhook delivery

        Returns the full record of one request sent for a webhook.

        Calls `GET /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}` (show_webhook_delivery).
        """
        response = show_webhook_delivery.sync_detailed(
            project_id=project_id,
            webhook_id=webhook_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("WebhookDelivery", unwrap(response))

    def redeliver(
        self,
        project_id: str,
        webhook_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> WebhookDelivery:
        """Resend a webhook delivery

        Sends an earlier webhook delivery to the callback URL again.

        Calls `POST /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}/redeliver` (redeliver_webhook_delivery).
        """
        response = redeliver_webhook_delivery.sync_detailed(
            project_id=project_id,
            webhook_id=webhook_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("WebhookDelivery", unwrap(response))


class AsyncWebhookDeliveriesApi(AsyncResource):
    """Awaitable calls to the webhook_deliveries resource group."""

    async def list(
        self,
        project_id: str,
        webhook_id: str,
        *,
        response_status_codes: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[WebhookDelivery]:
        """List the deliveries of a webhook

        Returns the requests sent for one webhook, optionally limited to certain response status codes.

        Calls `GET /projects/{project_id}/webhooks/{webhook_id}/deliveries` (list_webhook_deliveries).
        """
        response = await list_webhook_deliveries.asyncio_detailed(
            project_id=project_id,
            webhook_id=webhook_id,
            response_status_codes=response_status_codes,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[WebhookDelivery]", unwrap(response))

    async def show(
        self,
        project_id: str,
        webhook_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> WebhookDelivery:
        """Get a webhook delivery

        Returns the full record of one request sent for a webhook.

        Calls `GET /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}` (show_webhook_delivery).
        """
        response = await show_webhook_delivery.asyncio_detailed(
            project_id=project_id,
            webhook_id=webhook_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("WebhookDelivery", unwrap(response))

    async def redeliver(
        self,
        project_id: str,
        webhook_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> WebhookDelivery:
        """Resend a webhook delivery

        Sends an earlier webhook delivery to the callback URL again.

        Calls `POST /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}/redeliver` (redeliver_webhook_delivery).
        """
        response = await redeliver_webhook_delivery.asyncio_detailed(
            project_id=project_id,
            webhook_id=webhook_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("WebhookDelivery", unwrap(response))
