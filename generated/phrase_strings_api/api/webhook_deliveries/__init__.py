"""Operations of the webhook_deliveries resource group, and the facade classes that call them."""

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
    """Webhook deliveries record each request sent for a webhook, including its response, and can be
    sent again.

    Blocking calls; `AsyncWebhookDeliveriesApi` has the same methods, awaitable.
    """

    @overload
    def list(
        self,
        project_id: str,
        webhook_id: str,
        *,
        response_status_codes: str | Unset = UNSET,
    ) -> builtins.list[WebhookDelivery]: ...

    @overload
    def list(
        self,
        *,
        webhook_id: str,
        response_status_codes: str | Unset = UNSET,
    ) -> builtins.list[WebhookDelivery]: ...

    def list(
        self,
        project_id: str | None = None,
        webhook_id: str | None = None,
        *,
        response_status_codes: str | Unset = UNSET,
    ) -> builtins.list[WebhookDelivery]:
        """List the deliveries of a webhook

        Returns the requests sent for one webhook, optionally limited to certain response status codes.

        Calls `GET /projects/{project_id}/webhooks/{webhook_id}/deliveries` (list_webhook_deliveries).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            webhook_id: Identifier of the webhook.
            response_status_codes: List of HTTP response status codes used to filter the webhook
                deliveries.
        """
        project_id = project_value(project_id, self._project_id)
        webhook_id = path_value("webhook_id", webhook_id)

        try:
            response = list_webhook_deliveries.sync_detailed(
                project_id=project_id,
                webhook_id=webhook_id,
                response_status_codes=response_status_codes,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/webhooks/{webhook_id}/deliveries", exc
            ) from exc
        return cast(
            "builtins.list[WebhookDelivery]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/webhooks/{webhook_id}/deliveries",
            ),
        )

    @overload
    def show(
        self,
        project_id: str,
        webhook_id: str,
        id: str,
    ) -> WebhookDelivery: ...

    @overload
    def show(
        self,
        *,
        webhook_id: str,
        id: str,
    ) -> WebhookDelivery: ...

    def show(
        self,
        project_id: str | None = None,
        webhook_id: str | None = None,
        id: str | None = None,
    ) -> WebhookDelivery:
        """Get a webhook delivery

        Returns the full record of one request sent for a webhook.

        Calls `GET /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}` (show_webhook_delivery).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            webhook_id: Identifier of the webhook.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        webhook_id = path_value("webhook_id", webhook_id)
        id = path_value("id", id)

        try:
            response = show_webhook_delivery.sync_detailed(
                project_id=project_id,
                webhook_id=webhook_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}", exc
            ) from exc
        return cast(
            "WebhookDelivery",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}",
            ),
        )

    @overload
    def redeliver(
        self,
        project_id: str,
        webhook_id: str,
        id: str,
    ) -> WebhookDelivery: ...

    @overload
    def redeliver(
        self,
        *,
        webhook_id: str,
        id: str,
    ) -> WebhookDelivery: ...

    def redeliver(
        self,
        project_id: str | None = None,
        webhook_id: str | None = None,
        id: str | None = None,
    ) -> WebhookDelivery:
        """Resend a webhook delivery

        Sends an earlier webhook delivery to the callback URL again.

        Calls `POST /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}/redeliver` (redeliver_webhook_delivery).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            webhook_id: Identifier of the webhook.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        webhook_id = path_value("webhook_id", webhook_id)
        id = path_value("id", id)

        try:
            response = redeliver_webhook_delivery.sync_detailed(
                project_id=project_id,
                webhook_id=webhook_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}/redeliver",
                exc,
            ) from exc
        return cast(
            "WebhookDelivery",
            unwrap(
                response,
                (200,),
                "POST /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}/redeliver",
            ),
        )


class AsyncWebhookDeliveriesApi(AsyncResource):
    """Webhook deliveries record each request sent for a webhook, including its response, and can be
    sent again.

    Awaitable calls; `WebhookDeliveriesApi` has the same methods, blocking.
    """

    @overload
    async def list(
        self,
        project_id: str,
        webhook_id: str,
        *,
        response_status_codes: str | Unset = UNSET,
    ) -> builtins.list[WebhookDelivery]: ...

    @overload
    async def list(
        self,
        *,
        webhook_id: str,
        response_status_codes: str | Unset = UNSET,
    ) -> builtins.list[WebhookDelivery]: ...

    async def list(
        self,
        project_id: str | None = None,
        webhook_id: str | None = None,
        *,
        response_status_codes: str | Unset = UNSET,
    ) -> builtins.list[WebhookDelivery]:
        """List the deliveries of a webhook

        Returns the requests sent for one webhook, optionally limited to certain response status codes.

        Calls `GET /projects/{project_id}/webhooks/{webhook_id}/deliveries` (list_webhook_deliveries).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            webhook_id: Identifier of the webhook.
            response_status_codes: List of HTTP response status codes used to filter the webhook
                deliveries.
        """
        project_id = project_value(project_id, self._project_id)
        webhook_id = path_value("webhook_id", webhook_id)

        try:
            response = await list_webhook_deliveries.asyncio_detailed(
                project_id=project_id,
                webhook_id=webhook_id,
                response_status_codes=response_status_codes,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/webhooks/{webhook_id}/deliveries", exc
            ) from exc
        return cast(
            "builtins.list[WebhookDelivery]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/webhooks/{webhook_id}/deliveries",
            ),
        )

    @overload
    async def show(
        self,
        project_id: str,
        webhook_id: str,
        id: str,
    ) -> WebhookDelivery: ...

    @overload
    async def show(
        self,
        *,
        webhook_id: str,
        id: str,
    ) -> WebhookDelivery: ...

    async def show(
        self,
        project_id: str | None = None,
        webhook_id: str | None = None,
        id: str | None = None,
    ) -> WebhookDelivery:
        """Get a webhook delivery

        Returns the full record of one request sent for a webhook.

        Calls `GET /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}` (show_webhook_delivery).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            webhook_id: Identifier of the webhook.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        webhook_id = path_value("webhook_id", webhook_id)
        id = path_value("id", id)

        try:
            response = await show_webhook_delivery.asyncio_detailed(
                project_id=project_id,
                webhook_id=webhook_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}", exc
            ) from exc
        return cast(
            "WebhookDelivery",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}",
            ),
        )

    @overload
    async def redeliver(
        self,
        project_id: str,
        webhook_id: str,
        id: str,
    ) -> WebhookDelivery: ...

    @overload
    async def redeliver(
        self,
        *,
        webhook_id: str,
        id: str,
    ) -> WebhookDelivery: ...

    async def redeliver(
        self,
        project_id: str | None = None,
        webhook_id: str | None = None,
        id: str | None = None,
    ) -> WebhookDelivery:
        """Resend a webhook delivery

        Sends an earlier webhook delivery to the callback URL again.

        Calls `POST /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}/redeliver` (redeliver_webhook_delivery).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            webhook_id: Identifier of the webhook.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        webhook_id = path_value("webhook_id", webhook_id)
        id = path_value("id", id)

        try:
            response = await redeliver_webhook_delivery.asyncio_detailed(
                project_id=project_id,
                webhook_id=webhook_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}/redeliver",
                exc,
            ) from exc
        return cast(
            "WebhookDelivery",
            unwrap(
                response,
                (200,),
                "POST /projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}/redeliver",
            ),
        )
