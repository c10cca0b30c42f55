from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.styleguide_details import StyleguideDetails
from ...models.update_style_guide_body import UpdateStyleGuideBody
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    project_id: str,
    id: str,
    *,
    body: UpdateStyleGuideBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/projects/{project_id}/styleguides/{id}".format(
            project_id=quote(str(project_id), safe=""),
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StyleguideDetails | ValidationError | None:
    if response.status_code == 200:
        response_200 = StyleguideDetails.from_dict(response.json())

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
) -> Response[Error | StyleguideDetails | ValidationError]:
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
    body: UpdateStyleGuideBody,
) -> Response[Error | StyleguideDetails | ValidationError]:
    """Change an existing style guide

     Changes the fields you send on an existing style guide and leaves the rest as they were.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the resource the path points to
        body (UpdateStyleGuideBody): Request body of update_style_guide: Change an existing style
            guide.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StyleguideDetails | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        body=body,
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
    body: UpdateStyleGuideBody,
) -> Error | StyleguideDetails | ValidationError | None:
    """Change an existing style guide

     Changes the fields you send on an existing style guide and leaves the rest as they were.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the resource the path points to
        body (UpdateStyleGuideBody): Request body of update_style_guide: Change an existing style
            guide.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StyleguideDetails | ValidationError
    """

    return sync_detailed(
        project_id=project_id,
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateStyleGuideBody,
) -> Response[Error | StyleguideDetails | ValidationError]:
    """Change an existing style guide

     Changes the fields you send on an existing style guide and leaves the rest as they were.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the resource the path points to
        body (UpdateStyleGuideBody): Request body of update_style_guide: Change an existing style
            guide.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StyleguideDetails | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateStyleGuideBody,
) -> Error | StyleguideDetails | ValidationError | None:
    """Change an existing style guide

     Changes the fields you send on an existing style guide and leaves the rest as they were.

    Args:
        project_id (str): Identifier of the project
        id (str): Identifier of the resource the path points to
        body (UpdateStyleGuideBody): Request body of update_style_guide: Change an existing style
            guide.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StyleguideDetails | ValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
            body=body,
        )
    ).parsed
