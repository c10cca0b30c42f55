from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.pre_translation import PreTranslation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    id: str,
    *,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/pre_translations/{id}".format(
            project_id=quote(str(project_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | PreTranslation | None:
    if response.status_code == 200:
        response_200 = PreTranslation.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

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
) -> Response[Any | Error | PreTranslation]:
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
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Error | PreTranslation]:
    """Get a pre-translation run

     Returns one pre-translation run, to see whether it has finished.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the resource the path points to
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | PreTranslation]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        if_modified_since=if_modified_since,
        if_none_match=if_none_match,
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
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Error | PreTranslation | None:
    """Get a pre-translation run

     Returns one pre-translation run, to see whether it has finished.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the resource the path points to
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | PreTranslation
    """

    return sync_detailed(
        project_id=project_id,
        id=id,
        client=client,
        if_modified_since=if_modified_since,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Error | PreTranslation]:
    """Get a pre-translation run

     Returns one pre-translation run, to see whether it has finished.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the resource the path points to
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | PreTranslation]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        if_modified_since=if_modified_since,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Error | PreTranslation | None:
    """Get a pre-translation run

     Returns one pre-translation run, to see whether it has finished.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the resource the path points to
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | PreTranslation
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
        )
    ).parsed
