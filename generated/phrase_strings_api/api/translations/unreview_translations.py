from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.affected_count import AffectedCount
from ...models.error import Error
from ...models.unreview_translations_body import UnreviewTranslationsBody
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: UnreviewTranslationsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/projects/{project_id}/translations/unreview".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AffectedCount | Error | ValidationError | None:
    if response.status_code == 200:
        response_200 = AffectedCount.from_dict(response.json())

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
) -> Response[AffectedCount | Error | ValidationError]:
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
    body: UnreviewTranslationsBody,
) -> Response[AffectedCount | Error | ValidationError]:
    """Unreview translations matching a query

     Removes the reviewed state from every translation that matches the search query.

    Args:
        project_id (str): Identifier of the project
        body (UnreviewTranslationsBody): Request body of unreview_translations: Unreview
            translations matching a query.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AffectedCount | Error | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnreviewTranslationsBody,
) -> AffectedCount | Error | ValidationError | None:
    """Unreview translations matching a query

     Removes the reviewed state from every translation that matches the search query.

    Args:
        project_id (str): Identifier of the project
        body (UnreviewTranslationsBody): Request body of unreview_translations: Unreview
            translations matching a query.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AffectedCount | Error | ValidationError
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnreviewTranslationsBody,
) -> Response[AffectedCount | Error | ValidationError]:
    """Unreview translations matching a query

     Removes the reviewed state from every translation that matches the search query.

    Args:
        project_id (str): Identifier of the project
        body (UnreviewTranslationsBody): Request body of unreview_translations: Unreview
            translations matching a query.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AffectedCount | Error | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UnreviewTranslationsBody,
) -> AffectedCount | Error | ValidationError | None:
    """Unreview translations matching a query

     Removes the reviewed state from every translation that matches the search query.

    Args:
        project_id (str): Identifier of the project
        body (UnreviewTranslationsBody): Request body of unreview_translations: Unreview
            translations matching a query.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AffectedCount | Error | ValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
