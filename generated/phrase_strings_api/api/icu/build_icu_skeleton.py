from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.build_icu_skeleton_body import BuildIcuSkeletonBody
from ...models.error import Error
from ...models.icu import Icu
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: BuildIcuSkeletonBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/icu/skeleton",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Icu | ValidationError | None:
    if response.status_code == 200:
        response_200 = Icu.from_dict(response.json())

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
) -> Response[Error | Icu | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BuildIcuSkeletonBody,
) -> Response[Error | Icu | ValidationError]:
    """Build ICU skeletons for several locales

     Takes a piece of ICU source content and returns a matching skeleton for each requested locale code,
    with the plural forms that locale needs.

    Args:
        body (BuildIcuSkeletonBody): Request body of build_icu_skeleton: Build ICU skeletons for
            several locales.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Icu | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BuildIcuSkeletonBody,
) -> Error | Icu | ValidationError | None:
    """Build ICU skeletons for several locales

     Takes a piece of ICU source content and returns a matching skeleton for each requested locale code,
    with the plural forms that locale needs.

    Args:
        body (BuildIcuSkeletonBody): Request body of build_icu_skeleton: Build ICU skeletons for
            several locales.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Icu | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BuildIcuSkeletonBody,
) -> Response[Error | Icu | ValidationError]:
    """Build ICU skeletons for several locales

     Takes a piece of ICU source content and returns a matching skeleton for each requested locale code,
    with the plural forms that locale needs.

    Args:
        body (BuildIcuSkeletonBody): Request body of build_icu_skeleton: Build ICU skeletons for
            several locales.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Icu | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BuildIcuSkeletonBody,
) -> Error | Icu | ValidationError | None:
    """Build ICU skeletons for several locales

     Takes a piece of ICU source content and returns a matching skeleton for each requested locale code,
    with the plural forms that locale needs.

    Args:
        body (BuildIcuSkeletonBody): Request body of build_icu_skeleton: Build ICU skeletons for
            several locales.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Icu | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
