from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_linked_keys_body import CreateLinkedKeysBody
from ...models.error import Error
from ...models.key_link import KeyLink
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    project_id: str,
    id: str,
    *,
    body: CreateLinkedKeysBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_id}/keys/{id}/key_links".format(
            project_id=quote(str(project_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | KeyLink | ValidationError | None:
    if response.status_code == 201:
        response_201 = KeyLink.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

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
) -> Response[Error | KeyLink | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateLinkedKeysBody,
) -> Response[Error | KeyLink | ValidationError]:
    """Link child keys to a parent key

     Links one or more child keys to the given parent key. With an empty list, the key is only marked as
    a parent.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the parent translation key
        body (CreateLinkedKeysBody): Request body of create_linked_keys: Link child keys to a
            parent key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KeyLink | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateLinkedKeysBody,
) -> Error | KeyLink | ValidationError | None:
    """Link child keys to a parent key

     Links one or more child keys to the given parent key. With an empty list, the key is only marked as
    a parent.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the parent translation key
        body (CreateLinkedKeysBody): Request body of create_linked_keys: Link child keys to a
            parent key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KeyLink | ValidationError
    """

    return sync_detailed(
        project_id=project_id,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateLinkedKeysBody,
) -> Response[Error | KeyLink | ValidationError]:
    """Link child keys to a parent key

     Links one or more child keys to the given parent key. With an empty list, the key is only marked as
    a parent.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the parent translation key
        body (CreateLinkedKeysBody): Request body of create_linked_keys: Link child keys to a
            parent key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KeyLink | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateLinkedKeysBody,
) -> Error | KeyLink | ValidationError | None:
    """Link child keys to a parent key

     Links one or more child keys to the given parent key. With an empty list, the key is only marked as
    a parent.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the parent translation key
        body (CreateLinkedKeysBody): Request body of create_linked_keys: Link child keys to a
            parent key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KeyLink | ValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
