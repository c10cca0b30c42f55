from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...models.webhook_delivery import WebhookDelivery
from ...types import Response


def _get_kwargs(
    project_id: str,
    webhook_id: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_id}/webhooks/{webhook_id}/deliveries/{id}/redeliver".format(
            project_id=quote(str(project_id), safe=""),
            webhook_id=quote(str(webhook_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ValidationError | WebhookDelivery | None:
    if response.status_code == 200:
        response_200 = WebhookDelivery.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ValidationError | WebhookDelivery]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    webhook_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ValidationError | WebhookDelivery]:
    """Resend a webhook delivery

     Sends an earlier webhook delivery to the callback URL again.

    Args:
        project_id (str): Identifier of the project
        webhook_id (str): Identifier of the webhook
        id (str): Identifier of the resource the path points to

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationError | WebhookDelivery]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        webhook_id=webhook_id,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    webhook_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ValidationError | WebhookDelivery | None:
    """Resend a webhook delivery

     Sends an earlier webhook delivery to the callback URL again.

    Args:
        project_id (str): Identifier of the project
        webhook_id (str): Identifier of the webhook
        id (str): Identifier of the resource the path points to

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ValidationError | WebhookDelivery
    """

    return sync_detailed(
        project_id=project_id,
        webhook_id=webhook_id,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    webhook_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | ValidationError | WebhookDelivery]:
    """Resend a webhook delivery

     Sends an earlier webhook delivery to the callback URL again.

    Args:
        project_id (str): Identifier of the project
        webhook_id (str): Identifier of the webhook
        id (str): Identifier of the resource the path points to

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ValidationError | WebhookDelivery]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        webhook_id=webhook_id,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    webhook_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | ValidationError | WebhookDelivery | None:
    """Resend a webhook delivery

     Sends an earlier webhook delivery to the callback URL again.

    Args:
        project_id (str): Identifier of the project
        webhook_id (str): Identifier of the webhook
        id (str): Identifier of the resource the path points to

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ValidationError | WebhookDelivery
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            webhook_id=webhook_id,
            id=id,
            client=client,
        )
    ).parsed
