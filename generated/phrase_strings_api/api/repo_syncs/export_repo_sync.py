from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.export_repo_sync_body import ExportRepoSyncBody
from ...models.repo_sync_event import RepoSyncEvent
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    id: str,
    *,
    body: ExportRepoSyncBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/repo_syncs/{id}/export".format(
            account_id=quote(str(account_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | RepoSyncEvent | ValidationError | None:
    if response.status_code == 200:
        response_200 = RepoSyncEvent.from_dict(response.json())

        return response_200

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
) -> Response[Error | RepoSyncEvent | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExportRepoSyncBody | Unset = UNSET,
) -> Response[Error | RepoSyncEvent | ValidationError]:
    """Export translations to the code repository

     Pushes translations from Strings to the connected repository, following the .phrase.yml file in that
    repository. The export runs in the background and can take a few seconds on large projects.

    Args:
        account_id (str): Identifier of the account
        id (str): Identifier of the resource the path points to
        body (ExportRepoSyncBody | Unset): Request body of export_repo_sync: Export translations
            to the code repository.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RepoSyncEvent | ValidationError]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExportRepoSyncBody | Unset = UNSET,
) -> Error | RepoSyncEvent | ValidationError | None:
    """Export translations to the code repository

     Pushes translations from Strings to the connected repository, following the .phrase.yml file in that
    repository. The export runs in the background and can take a few seconds on large projects.

    Args:
        account_id (str): Identifier of the account
        id (str): Identifier of the resource the path points to
        body (ExportRepoSyncBody | Unset): Request body of export_repo_sync: Export translations
            to the code repository.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RepoSyncEvent | ValidationError
    """

    return sync_detailed(
        account_id=account_id,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExportRepoSyncBody | Unset = UNSET,
) -> Response[Error | RepoSyncEvent | ValidationError]:
    """Export translations to the code repository

     Pushes translations from Strings to the connected repository, following the .phrase.yml file in that
    repository. The export runs in the background and can take a few seconds on large projects.

    Args:
        account_id (str): Identifier of the account
        id (str): Identifier of the resource the path points to
        body (ExportRepoSyncBody | Unset): Request body of export_repo_sync: Export translations
            to the code repository.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | RepoSyncEvent | ValidationError]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExportRepoSyncBody | Unset = UNSET,
) -> Error | RepoSyncEvent | ValidationError | None:
    """Export translations to the code repository

     Pushes translations from Strings to the connected repository, following the .phrase.yml file in that
    repository. The export runs in the background and can take a few seconds on large projects.

    Args:
        account_id (str): Identifier of the account
        id (str): Identifier of the resource the path points to
        body (ExportRepoSyncBody | Unset): Request body of export_repo_sync: Export translations
            to the code repository.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | RepoSyncEvent | ValidationError
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
