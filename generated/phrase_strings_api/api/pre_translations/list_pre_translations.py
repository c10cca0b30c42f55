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
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/pre_translations".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | list[PreTranslation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PreTranslation.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Any | Error | list[PreTranslation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Error | list[PreTranslation]]:
    """List the pre-translation runs of a project

     Returns a page of the pre-translation runs started in the project, with their status.

    Args:
        project_id (str): Identifier of the project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[PreTranslation]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page=page,
        per_page=per_page,
        if_modified_since=if_modified_since,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Error | list[PreTranslation] | None:
    """List the pre-translation runs of a project

     Returns a page of the pre-translation runs started in the project, with their status.

    Args:
        project_id (str): Identifier of the project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[PreTranslation]
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        page=page,
        per_page=per_page,
        if_modified_since=if_modified_since,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | Error | list[PreTranslation]]:
    """List the pre-translation runs of a project

     Returns a page of the pre-translation runs started in the project, with their status.

    Args:
        project_id (str): Identifier of the project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[PreTranslation]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page=page,
        per_page=per_page,
        if_modified_since=if_modified_since,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | Error | list[PreTranslation] | None:
    """List the pre-translation runs of a project

     Returns a page of the pre-translation runs started in the project, with their status.

    Args:
        project_id (str): Identifier of the project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[PreTranslation]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            page=page,
            per_page=per_page,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
        )
    ).parsed
