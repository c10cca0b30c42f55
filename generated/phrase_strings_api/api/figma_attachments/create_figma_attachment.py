from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_figma_attachment_body import CreateFigmaAttachmentBody
from ...models.error import Error
from ...models.figma_attachment import FigmaAttachment
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    body: CreateFigmaAttachmentBody,
    branch: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["branch"] = branch

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_id}/figma_attachments".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | FigmaAttachment | ValidationError | None:
    if response.status_code == 201:
        response_201 = FigmaAttachment.from_dict(response.json())

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
) -> Response[Error | FigmaAttachment | ValidationError]:
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
    body: CreateFigmaAttachmentBody,
    branch: str | Unset = UNSET,
) -> Response[Error | FigmaAttachment | ValidationError]:
    """Attach a Figma file to a project

     Adds a new Figma attachment to the project from the URL of a Figma file.

    Args:
        project_id (str): Identifier of the project
        branch (str | Unset): Name of the branch to use
        body (CreateFigmaAttachmentBody): Request body of create_figma_attachment: Attach a Figma
            file to a project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FigmaAttachment | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        branch=branch,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFigmaAttachmentBody,
    branch: str | Unset = UNSET,
) -> Error | FigmaAttachment | ValidationError | None:
    """Attach a Figma file to a project

     Adds a new Figma attachment to the project from the URL of a Figma file.

    Args:
        project_id (str): Identifier of the project
        branch (str | Unset): Name of the branch to use
        body (CreateFigmaAttachmentBody): Request body of create_figma_attachment: Attach a Figma
            file to a project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FigmaAttachment | ValidationError
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
        branch=branch,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFigmaAttachmentBody,
    branch: str | Unset = UNSET,
) -> Response[Error | FigmaAttachment | ValidationError]:
    """Attach a Figma file to a project

     Adds a new Figma attachment to the project from the URL of a Figma file.

    Args:
        project_id (str): Identifier of the project
        branch (str | Unset): Name of the branch to use
        body (CreateFigmaAttachmentBody): Request body of create_figma_attachment: Attach a Figma
            file to a project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | FigmaAttachment | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
        branch=branch,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFigmaAttachmentBody,
    branch: str | Unset = UNSET,
) -> Error | FigmaAttachment | ValidationError | None:
    """Attach a Figma file to a project

     Adds a new Figma attachment to the project from the URL of a Figma file.

    Args:
        project_id (str): Identifier of the project
        branch (str | Unset): Name of the branch to use
        body (CreateFigmaAttachmentBody): Request body of create_figma_attachment: Attach a Figma
            file to a project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | FigmaAttachment | ValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
            branch=branch,
        )
    ).parsed
