from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response


def _get_kwargs(
    account_id: str,
    *,
    source_locale_code: str,
    target_locale_code: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["source_locale_code"] = source_locale_code

    params["target_locale_code"] = target_locale_code

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/accounts/{account_id}/machine_translation_locale_provider_mappings".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error]:
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
    source_locale_code: str,
    target_locale_code: str,
) -> Response[Any | Error]:
    """Remove the service choice of a language pair

     The language pair goes back to the default service of the account.

    Args:
        account_id (str): Identifier of the account
        source_locale_code (str): Code of the language translated from
        target_locale_code (str): Code of the language translated into

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        source_locale_code=source_locale_code,
        target_locale_code=target_locale_code,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    source_locale_code: str,
    target_locale_code: str,
) -> Any | Error | None:
    """Remove the service choice of a language pair

     The language pair goes back to the default service of the account.

    Args:
        account_id (str): Identifier of the account
        source_locale_code (str): Code of the language translated from
        target_locale_code (str): Code of the language translated into

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        source_locale_code=source_locale_code,
        target_locale_code=target_locale_code,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    source_locale_code: str,
    target_locale_code: str,
) -> Response[Any | Error]:
    """Remove the service choice of a language pair

     The language pair goes back to the default service of the account.

    Args:
        account_id (str): Identifier of the account
        source_locale_code (str): Code of the language translated from
        target_locale_code (str): Code of the language translated into

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        source_locale_code=source_locale_code,
        target_locale_code=target_locale_code,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    source_locale_code: str,
    target_locale_code: str,
) -> Any | Error | None:
    """Remove the service choice of a language pair

     The language pair goes back to the default service of the account.

    Args:
        account_id (str): Identifier of the account
        source_locale_code (str): Code of the language translated from
        target_locale_code (str): Code of the language translated into

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            source_locale_code=source_locale_code,
            target_locale_code=target_locale_code,
        )
    ).parsed
