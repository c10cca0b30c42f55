from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.key_format_annotation import KeyFormatAnnotation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    id: str,
    *,
    branch: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["branch"] = branch

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/keys/{id}/format_annotations".format(
            project_id=quote(str(project_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[KeyFormatAnnotation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = KeyFormatAnnotation.from_dict(response_200_item_data)

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
) -> Response[Error | list[KeyFormatAnnotation]]:
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
    branch: str | Unset = UNSET,
) -> Response[Error | list[KeyFormatAnnotation]]:
    """List the format annotations of a key

     Returns, per file format, how the key was written in the files it was imported from.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the resource the path points to
        branch (str | Unset): Branch to read from

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[KeyFormatAnnotation]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        branch=branch,
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
    branch: str | Unset = UNSET,
) -> Error | list[KeyFormatAnnotation] | None:
    """List the format annotations of a key

     Returns, per file format, how the key was written in the files it was imported from.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the resource the path points to
        branch (str | Unset): Branch to read from

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[KeyFormatAnnotation]
    """

    return sync_detailed(
        project_id=project_id,
        id=id,
        client=client,
        branch=branch,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
) -> Response[Error | list[KeyFormatAnnotation]]:
    """List the format annotations of a key

     Returns, per file format, how the key was written in the files it was imported from.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the resource the path points to
        branch (str | Unset): Branch to read from

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[KeyFormatAnnotation]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        branch=branch,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
) -> Error | list[KeyFormatAnnotation] | None:
    """List the format annotations of a key

     Returns, per file format, how the key was written in the files it was imported from.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the resource the path points to
        branch (str | Unset): Branch to read from

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[KeyFormatAnnotation]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
            branch=branch,
        )
    ).parsed
