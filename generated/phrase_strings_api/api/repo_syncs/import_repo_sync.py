from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.import_repo_sync_body import ImportRepoSyncBody
from ...models.repo_sync_event import RepoSyncEvent
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    id: str,
    *,
    body: ImportRepoSyncBody | Unset = UNSET,
    branch: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["branch"] = branch

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/{account_id}/repo_syncs/{id}/import".format(
            account_id=quote(str(account_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
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
    body: ImportRepoSyncBody | Unset = UNSET,
    branch: str | Unset = UNSET,
) -> Response[Error | RepoSyncEvent | ValidationError]:
    """Import translations from the code repository

     Pulls translations from the connected repository into Strings, following the .phrase.yml file in
    that repository. The import runs in the background and can take a few seconds on large projects.

    Args:
        account_id (str): Identifier of the account
        id (str): Identifier of the resource the path points to
        branch (str | Unset): Phrase branch to import into; send it in the body instead (the
            published document no longer lists this parameter)
        body (ImportRepoSyncBody | Unset): Request body of import_repo_sync: Import translations
            from the code repository.

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
        branch=branch,
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
    body: ImportRepoSyncBody | Unset = UNSET,
    branch: str | Unset = UNSET,
) -> Error | RepoSyncEvent | ValidationError | None:
    """Import translations from the code repository

     Pulls translations from the connected repository into Strings, following the .phrase.yml file in
    that repository. The import runs in the background and can take a few seconds on large projects.

    Args:
        account_id (str): Identifier of the account
        id (str): Identifier of the resource the path points to
        branch (str | Unset): Phrase branch to import into; send it in the body instead (the
            published document no longer lists this parameter)
        body (ImportRepoSyncBody | Unset): Request body of import_repo_sync: Import translations
            from the code repository.

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
        branch=branch,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportRepoSyncBody | Unset = UNSET,
    branch: str | Unset = UNSET,
) -> Response[Error | RepoSyncEvent | ValidationError]:
    """Import translations from the code repository

     Pulls translations from the connected repository into Strings, following the .phrase.yml file in
    that repository. The import runs in the background and can take a few seconds on large projects.

    Args:
        account_id (str): Identifier of the account
        id (str): Identifier of the resource the path points to
        branch (str | Unset): Phrase branch to import into; send it in the body instead (the
            published document no longer lists this parameter)
        body (ImportRepoSyncBody | Unset): Request body of import_repo_sync: Import translations
            from the code repository.

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
        branch=branch,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ImportRepoSyncBody | Unset = UNSET,
    branch: str | Unset = UNSET,
) -> Error | RepoSyncEvent | ValidationError | None:
    """Import translations from the code repository

     Pulls translations from the connected repository into Strings, following the .phrase.yml file in
    that repository. The import runs in the background and can take a few seconds on large projects.

    Args:
        account_id (str): Identifier of the account
        id (str): Identifier of the resource the path points to
        branch (str | Unset): Phrase branch to import into; send it in the body instead (the
            published document no longer lists this parameter)
        body (ImportRepoSyncBody | Unset): Request body of import_repo_sync: Import translations
            from the code repository.

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
            branch=branch,
        )
    ).parsed
