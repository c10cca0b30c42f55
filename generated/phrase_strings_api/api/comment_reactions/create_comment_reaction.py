from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment_reaction import CommentReaction
from ...models.error import Error
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    key_id: str,
    comment_id: str,
    *,
    branch: str | Unset = UNSET,
    emoji: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["branch"] = branch

    params["emoji"] = emoji

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_id}/keys/{key_id}/comments/{comment_id}/reactions".format(
            project_id=quote(str(project_id), safe=""),
            key_id=quote(str(key_id), safe=""),
            comment_id=quote(str(comment_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommentReaction | Error | ValidationError | None:
    if response.status_code == 201:
        response_201 = CommentReaction.from_dict(response.json())

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
) -> Response[CommentReaction | Error | ValidationError]:
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
    branch: str | Unset = UNSET,
    emoji: str | Unset = UNSET,
) -> Response[CommentReaction | Error | ValidationError]:
    """Add a reaction to a comment

     Adds an emoji reaction to a comment.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        comment_id (str): Identifier of the comment
        branch (str | Unset): Name of the branch to work on; omit it to use the main project
        emoji (str | Unset): Emoji to react with

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentReaction | Error | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        key_id=key_id,
        comment_id=comment_id,
        branch=branch,
        emoji=emoji,
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
    branch: str | Unset = UNSET,
    emoji: str | Unset = UNSET,
) -> CommentReaction | Error | ValidationError | None:
    """Add a reaction to a comment

     Adds an emoji reaction to a comment.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        comment_id (str): Identifier of the comment
        branch (str | Unset): Name of the branch to work on; omit it to use the main project
        emoji (str | Unset): Emoji to react with

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentReaction | Error | ValidationError
    """

    return sync_detailed(
        project_id=project_id,
        key_id=key_id,
        comment_id=comment_id,
        client=client,
        branch=branch,
        emoji=emoji,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    key_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    emoji: str | Unset = UNSET,
) -> Response[CommentReaction | Error | ValidationError]:
    """Add a reaction to a comment

     Adds an emoji reaction to a comment.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        comment_id (str): Identifier of the comment
        branch (str | Unset): Name of the branch to work on; omit it to use the main project
        emoji (str | Unset): Emoji to react with

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentReaction | Error | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        key_id=key_id,
        comment_id=comment_id,
        branch=branch,
        emoji=emoji,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    key_id: str,
    comment_id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    emoji: str | Unset = UNSET,
) -> CommentReaction | Error | ValidationError | None:
    """Add a reaction to a comment

     Adds an emoji reaction to a comment.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        comment_id (str): Identifier of the comment
        branch (str | Unset): Name of the branch to work on; omit it to use the main project
        emoji (str | Unset): Emoji to react with

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentReaction | Error | ValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            comment_id=comment_id,
            client=client,
            branch=branch,
            emoji=emoji,
        )
    ).parsed
