from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment import Comment
from ...models.create_comment_body import CreateCommentBody
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    project_id: str,
    key_id: str,
    *,
    body: CreateCommentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_id}/keys/{key_id}/comments".format(
            project_id=quote(str(project_id), safe=""),
            key_id=quote(str(key_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Comment | Error | ValidationError | None:
    if response.status_code == 201:
        response_201 = Comment.from_dict(response.json())

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
) -> Response[Comment | Error | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCommentBody,
) -> Response[Comment | Error | ValidationError]:
    """Add a comment to a key

     Posts a new comment on a key, optionally linked to particular locales.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        body (CreateCommentBody): Request body of create_comment: Add a comment to a key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Comment | Error | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        key_id=key_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCommentBody,
) -> Comment | Error | ValidationError | None:
    """Add a comment to a key

     Posts a new comment on a key, optionally linked to particular locales.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        body (CreateCommentBody): Request body of create_comment: Add a comment to a key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Comment | Error | ValidationError
    """

    return sync_detailed(
        project_id=project_id,
        key_id=key_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCommentBody,
) -> Response[Comment | Error | ValidationError]:
    """Add a comment to a key

     Posts a new comment on a key, optionally linked to particular locales.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        body (CreateCommentBody): Request body of create_comment: Add a comment to a key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Comment | Error | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        key_id=key_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCommentBody,
) -> Comment | Error | ValidationError | None:
    """Add a comment to a key

     Posts a new comment on a key, optionally linked to particular locales.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        body (CreateCommentBody): Request body of create_comment: Add a comment to a key.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Comment | Error | ValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            client=client,
            body=body,
        )
    ).parsed
