from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_locale_download_body import CreateLocaleDownloadBody
from ...models.error import Error
from ...models.locale_download import LocaleDownload
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    locale_id: str,
    *,
    body: CreateLocaleDownloadBody,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_modified_since, Unset):
        headers["If-Modified-Since"] = if_modified_since

    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_id}/locales/{locale_id}/downloads".format(
            project_id=quote(str(project_id), safe=""),
            locale_id=quote(str(locale_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | LocaleDownload | ValidationError | None:
    if response.status_code == 201:
        response_201 = LocaleDownload.from_dict(response.json())

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
) -> Response[Error | LocaleDownload | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateLocaleDownloadBody,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Error | LocaleDownload | ValidationError]:
    """Start an asynchronous locale download

     Queues the rendering of a locale file in the requested format and returns a download record. Poll
    that record to learn when the file is ready.

    Args:
        project_id (str): Identifier of the project
        locale_id (str): Identifier of the locale
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches
        body (CreateLocaleDownloadBody): Request body of create_locale_download: Start an
            asynchronous locale download.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LocaleDownload | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        locale_id=locale_id,
        body=body,
        if_modified_since=if_modified_since,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateLocaleDownloadBody,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Error | LocaleDownload | ValidationError | None:
    """Start an asynchronous locale download

     Queues the rendering of a locale file in the requested format and returns a download record. Poll
    that record to learn when the file is ready.

    Args:
        project_id (str): Identifier of the project
        locale_id (str): Identifier of the locale
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches
        body (CreateLocaleDownloadBody): Request body of create_locale_download: Start an
            asynchronous locale download.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LocaleDownload | ValidationError
    """

    return sync_detailed(
        project_id=project_id,
        locale_id=locale_id,
        client=client,
        body=body,
        if_modified_since=if_modified_since,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateLocaleDownloadBody,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Error | LocaleDownload | ValidationError]:
    """Start an asynchronous locale download

     Queues the rendering of a locale file in the requested format and returns a download record. Poll
    that record to learn when the file is ready.

    Args:
        project_id (str): Identifier of the project
        locale_id (str): Identifier of the locale
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches
        body (CreateLocaleDownloadBody): Request body of create_locale_download: Start an
            asynchronous locale download.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | LocaleDownload | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        locale_id=locale_id,
        body=body,
        if_modified_since=if_modified_since,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateLocaleDownloadBody,
    if_modified_since: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Error | LocaleDownload | ValidationError | None:
    """Start an asynchronous locale download

     Queues the rendering of a locale file in the requested format and returns a download record. Poll
    that record to learn when the file is ready.

    Args:
        project_id (str): Identifier of the project
        locale_id (str): Identifier of the locale
        if_modified_since (str | Unset): Optional conditional-request header; pass the last-
            modified time from an earlier response so data is only sent again if it changed after that
            time
        if_none_match (str | Unset): Optional conditional-request header; pass the ETag from an
            earlier response so data is only sent again if its ETag no longer matches
        body (CreateLocaleDownloadBody): Request body of create_locale_download: Start an
            asynchronous locale download.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | LocaleDownload | ValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            locale_id=locale_id,
            client=client,
            body=body,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
        )
    ).parsed
