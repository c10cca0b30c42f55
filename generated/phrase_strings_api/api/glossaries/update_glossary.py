from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.glossary import Glossary
from ...models.update_glossary_body import UpdateGlossaryBody
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    account_id: str,
    id: str,
    *,
    body: UpdateGlossaryBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/accounts/{account_id}/glossaries/{id}".format(
            account_id=quote(str(account_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Glossary | ValidationError | None:
    if response.status_code == 200:
        response_200 = Glossary.from_dict(response.json())

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
) -> Response[Error | Glossary | ValidationError]:
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
    body: UpdateGlossaryBody,
) -> Response[Error | Glossary | ValidationError]:
    """Update a term base

     Renames a term base (formerly glossary) or changes the projects and spaces it is assigned to.

    Args:
        account_id (str): Identifier of the account
        id (str): Identifier of the resource the path points to
        body (UpdateGlossaryBody): Request body of update_glossary: Update a term base.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Glossary | ValidationError]
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
    body: UpdateGlossaryBody,
) -> Error | Glossary | ValidationError | None:
    """Update a term base

     Renames a term base (formerly glossary) or changes the projects and spaces it is assigned to.

    Args:
        account_id (str): Identifier of the account
        id (str): Identifier of the resource the path points to
        body (UpdateGlossaryBody): Request body of update_glossary: Update a term base.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Glossary | ValidationError
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
    body: UpdateGlossaryBody,
) -> Response[Error | Glossary | ValidationError]:
    """Update a term base

     Renames a term base (formerly glossary) or changes the projects and spaces it is assigned to.

    Args:
        account_id (str): Identifier of the account
        id (str): Identifier of the resource the path points to
        body (UpdateGlossaryBody): Request body of update_glossary: Update a term base.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Glossary | ValidationError]
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
    body: UpdateGlossaryBody,
) -> Error | Glossary | ValidationError | None:
    """Update a term base

     Renames a term base (formerly glossary) or changes the projects and spaces it is assigned to.

    Args:
        account_id (str): Identifier of the account
        id (str): Identifier of the resource the path points to
        body (UpdateGlossaryBody): Request body of update_glossary: Update a term base.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Glossary | ValidationError
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
