from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.webhook_delivery import WebhookDelivery
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    webhook_id: str,
    *,
    response_status_codes: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["response_status_codes"] = response_status_codes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/webhooks/{webhook_id}/deliveries".format(
            project_id=quote(str(project_id), safe=""),
            webhook_id=quote(str(webhook_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[WebhookDelivery] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WebhookDelivery.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[WebhookDelivery]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    response_status_codes: str | Unset = UNSET,
) -> Response[Error | list[WebhookDelivery]]:
    """List the deliveries of a webhook

     Returns the requests sent for one webhook, optionally limited to certain response status codes.

    Args:
        project_id (str): Identifier of the project
        webhook_id (str): Identifier of the webhook
        response_status_codes (str | Unset): List of HTTP response status codes used to filter the
            webhook deliveries

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[WebhookDelivery]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        webhook_id=webhook_id,
        response_status_codes=response_status_codes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    response_status_codes: str | Unset = UNSET,
) -> Error | list[WebhookDelivery] | None:
    """List the deliveries of a webhook

     Returns the requests sent for one webhook, optionally limited to certain response status codes.

    Args:
        project_id (str): Identifier of the project
        webhook_id (str): Identifier of the webhook
        response_status_codes (str | Unset): List of HTTP response status codes used to filter the
            webhook deliveries

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[WebhookDelivery]
    """

    return sync_detailed(
        project_id=project_id,
        webhook_id=webhook_id,
        client=client,
        response_status_codes=response_status_codes,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    response_status_codes: str | Unset = UNSET,
) -> Response[Error | list[WebhookDelivery]]:
    """List the deliveries of a webhook

     Returns the requests sent for one webhook, optionally limited to certain response status codes.

    Args:
        project_id (str): Identifier of the project
        webhook_id (str): Identifier of the webhook
        response_status_codes (str | Unset): List of HTTP response status codes used to filter the
            webhook deliveries

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[WebhookDelivery]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        webhook_id=webhook_id,
        response_status_codes=response_status_codes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    webhook_id: str,
    *,
    client: AuthenticatedClient | Client,
    response_status_codes: str | Unset = UNSET,
) -> Error | list[WebhookDelivery] | None:
    """List the deliveries of a webhook

     Returns the requests sent for one webhook, optionally limited to certain response status codes.

    Args:
        project_id (str): Identifier of the project
        webhook_id (str): Identifier of the webhook
        response_status_codes (str | Unset): List of HTTP response status codes used to filter the
            webhook deliveries

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[WebhookDelivery]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            webhook_id=webhook_id,
            client=client,
            response_status_codes=response_status_codes,
        )
    ).parsed
