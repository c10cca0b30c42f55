from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.key_link import KeyLink
from ...models.list_linked_keys_response_400 import ListLinkedKeysResponse400
from ...types import Response


def _get_kwargs(
    project_id: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/keys/{id}/key_links".format(
            project_id=quote(str(project_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | KeyLink | ListLinkedKeysResponse400 | None:
    if response.status_code == 200:
        response_200 = KeyLink.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListLinkedKeysResponse400.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | KeyLink | ListLinkedKeysResponse400]:
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
) -> Response[Error | KeyLink | ListLinkedKeysResponse400]:
    """List the child keys of a parent key

     Returns the parent key's details along with the child keys linked to it.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the parent translation key

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KeyLink | ListLinkedKeysResponse400]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
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
) -> Error | KeyLink | ListLinkedKeysResponse400 | None:
    """List the child keys of a parent key

     Returns the parent key's details along with the child keys linked to it.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the parent translation key

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KeyLink | ListLinkedKeysResponse400
    """

    return sync_detailed(
        project_id=project_id,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | KeyLink | ListLinkedKeysResponse400]:
    """List the child keys of a parent key

     Returns the parent key's details along with the child keys linked to it.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the parent translation key

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | KeyLink | ListLinkedKeysResponse400]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Error | KeyLink | ListLinkedKeysResponse400 | None:
    """List the child keys of a parent key

     Returns the parent key's details along with the child keys linked to it.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the parent translation key

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | KeyLink | ListLinkedKeysResponse400
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
        )
    ).parsed
