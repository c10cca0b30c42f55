from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment import Comment
from ...models.create_comment_reply_body import CreateCommentReplyBody
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    project_id: str,
    key_id: str,
    comment_id: str,
    *,
    body: CreateCommentReplyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_id}/keys/{key_id}/comments/{comment_id}/replies".format(
            project_id=quote(str(project_id), safe=""),
            key_id=quote(str(key_id), safe=""),
            comment_id=quote(str(comment_id), safe=""),
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
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCommentReplyBody,
) -> Response[Comment | Error | ValidationError]:
    """Reply to a comment

     Posts a new reply under a comment on a key.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        comment_id (str): Identifier of the comment
        body (CreateCommentReplyBody): Request body of create_comment_reply: Reply to a comment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Comment | Error | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        key_id=key_id,
        comment_id=comment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    key_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCommentReplyBody,
) -> Comment | Error | ValidationError | None:
    """Reply to a comment

     Posts a new reply under a comment on a key.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        comment_id (str): Identifier of the comment
        body (CreateCommentReplyBody): Request body of create_comment_reply: Reply to a comment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Comment | Error | ValidationError
    """

    return sync_detailed(
        project_id=project_id,
        key_id=key_id,
        comment_id=comment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    key_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCommentReplyBody,
) -> Response[Comment | Error | ValidationError]:
    """Reply to a comment

     Posts a new reply under a comment on a key.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        comment_id (str): Identifier of the comment
        body (CreateCommentReplyBody): Request body of create_comment_reply: Reply to a comment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Comment | Error | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        key_id=key_id,
        comment_id=comment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    key_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateCommentReplyBody,
) -> Comment | Error | ValidationError | None:
    """Reply to a comment

     Posts a new reply under a comment on a key.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        comment_id (str): Identifier of the comment
        body (CreateCommentReplyBody): Request body of create_comment_reply: Reply to a comment.

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
            comment_id=comment_id,
            client=client,
            body=body,
        )
    ).parsed
