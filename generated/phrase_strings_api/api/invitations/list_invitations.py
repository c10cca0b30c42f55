from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invitation import Invitation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/invitations".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Invitation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Invitation.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Invitation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[Error | list[Invitation]]:
    """List the invitations of an account

     Returns a page of the account's invitations, including the projects, locales and other resources
    each invitee was granted; when none are listed, the role's default access applies. The access token
    needs the team.manage scope.

    Args:
        account_id (str): Identifier of the account
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Invitation]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Error | list[Invitation] | None:
    """List the invitations of an account

     Returns a page of the account's invitations, including the projects, locales and other resources
    each invitee was granted; when none are listed, the role's default access applies. The access token
    needs the team.manage scope.

    Args:
        account_id (str): Identifier of the account
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Invitation]
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[Error | list[Invitation]]:
    """List the invitations of an account

     Returns a page of the account's invitations, including the projects, locales and other resources
    each invitee was granted; when none are listed, the role's default access applies. The access token
    needs the team.manage scope.

    Args:
        account_id (str): Identifier of the account
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Invitation]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Error | list[Invitation] | None:
    """List the invitations of an account

     Returns a page of the account's invitations, including the projects, locales and other resources
    each invitee was granted; when none are listed, the role's default access applies. The access token
    needs the team.manage scope.

    Args:
        account_id (str): Identifier of the account
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Invitation]
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
