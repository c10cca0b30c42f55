from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_release_trigger_body import CreateReleaseTriggerBody
from ...models.error import Error
from ...models.release_trigger import ReleaseTrigger
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    account_id: str,
    distribution_id: str,
    *,
    body: CreateReleaseTriggerBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/distributions/{distribution_id}/release_triggers".format(
            account_id=quote(str(account_id), safe=""),
            distribution_id=quote(str(distribution_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReleaseTrigger | ValidationError | None:
    if response.status_code == 201:
        response_201 = ReleaseTrigger.from_dict(response.json())

        return response_201

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
) -> Response[Error | ReleaseTrigger | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    distribution_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateReleaseTriggerBody,
) -> Response[Error | ReleaseTrigger | ValidationError]:
    """Create a release trigger

     Sets up recurring releases: on each tick of the cron schedule a new release is created and published
    automatically. Only one trigger is allowed per distribution.

    Args:
        account_id (str): Identifier of the account
        distribution_id (str): Identifier of the distribution
        body (CreateReleaseTriggerBody): Request body of create_release_trigger: Create a release
            trigger.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReleaseTrigger | ValidationError]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        distribution_id=distribution_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    distribution_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateReleaseTriggerBody,
) -> Error | ReleaseTrigger | ValidationError | None:
    """Create a release trigger

     Sets up recurring releases: on each tick of the cron schedule a new release is created and published
    automatically. Only one trigger is allowed per distribution.

    Args:
        account_id (str): Identifier of the account
        distribution_id (str): Identifier of the distribution
        body (CreateReleaseTriggerBody): Request body of create_release_trigger: Create a release
            trigger.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReleaseTrigger | ValidationError
    """

    return sync_detailed(
        account_id=account_id,
        distribution_id=distribution_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    distribution_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateReleaseTriggerBody,
) -> Response[Error | ReleaseTrigger | ValidationError]:
    """Create a release trigger

     Sets up recurring releases: on each tick of the cron schedule a new release is created and published
    automatically. Only one trigger is allowed per distribution.

    Args:
        account_id (str): Identifier of the account
        distribution_id (str): Identifier of the distribution
        body (CreateReleaseTriggerBody): Request body of create_release_trigger: Create a release
            trigger.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReleaseTrigger | ValidationError]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        distribution_id=distribution_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    distribution_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateReleaseTriggerBody,
) -> Error | ReleaseTrigger | ValidationError | None:
    """Create a release trigger

     Sets up recurring releases: on each tick of the cron schedule a new release is created and published
    automatically. Only one trigger is allowed per distribution.

    Args:
        account_id (str): Identifier of the account
        distribution_id (str): Identifier of the distribution
        body (CreateReleaseTriggerBody): Request body of create_release_trigger: Create a release
            trigger.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReleaseTrigger | ValidationError
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            distribution_id=distribution_id,
            client=client,
            body=body,
        )
    ).parsed
