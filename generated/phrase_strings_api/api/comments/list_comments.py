from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment import Comment
from ...models.error import Error
from ...models.list_comments_order import ListCommentsOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    key_id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    query: str | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    filters: list[str] | Unset = UNSET,
    order: ListCommentsOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["branch"] = branch

    params["query"] = query

    json_locale_ids: list[str] | Unset = UNSET
    if not isinstance(locale_ids, Unset):
        json_locale_ids = locale_ids

    params["locale_ids"] = json_locale_ids

    json_filters: list[str] | Unset = UNSET
    if not isinstance(filters, Unset):
        json_filters = filters

    params["filters"] = json_filters

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/keys/{key_id}/comments".format(
            project_id=quote(str(project_id), safe=""),
            key_id=quote(str(key_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Comment] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Comment.from_dict(response_200_item_data)

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
) -> Response[Error | list[Comment]]:
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
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    query: str | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    filters: list[str] | Unset = UNSET,
    order: ListCommentsOrder | Unset = UNSET,
) -> Response[Error | list[Comment]]:
    """List the comments on a key

     Returns the comments on a key, one page at a time. Results can be narrowed by message text, locale
    and read state, and sorted in either direction.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to work on; omit it to use the main project
        query (str | Unset): Text to search for in comment messages
        locale_ids (list[str] | Unset): Only return comments assigned to these locale IDs
        filters (list[str] | Unset): Filters to apply to the comments, such as read or unread
        order (ListCommentsOrder | Unset): Sort direction; one of asc, desc

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Comment]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        key_id=key_id,
        page=page,
        per_page=per_page,
        branch=branch,
        query=query,
        locale_ids=locale_ids,
        filters=filters,
        order=order,
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
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    query: str | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    filters: list[str] | Unset = UNSET,
    order: ListCommentsOrder | Unset = UNSET,
) -> Error | list[Comment] | None:
    """List the comments on a key

     Returns the comments on a key, one page at a time. Results can be narrowed by message text, locale
    and read state, and sorted in either direction.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to work on; omit it to use the main project
        query (str | Unset): Text to search for in comment messages
        locale_ids (list[str] | Unset): Only return comments assigned to these locale IDs
        filters (list[str] | Unset): Filters to apply to the comments, such as read or unread
        order (ListCommentsOrder | Unset): Sort direction; one of asc, desc

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Comment]
    """

    return sync_detailed(
        project_id=project_id,
        key_id=key_id,
        client=client,
        page=page,
        per_page=per_page,
        branch=branch,
        query=query,
        locale_ids=locale_ids,
        filters=filters,
        order=order,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    query: str | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    filters: list[str] | Unset = UNSET,
    order: ListCommentsOrder | Unset = UNSET,
) -> Response[Error | list[Comment]]:
    """List the comments on a key

     Returns the comments on a key, one page at a time. Results can be narrowed by message text, locale
    and read state, and sorted in either direction.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to work on; omit it to use the main project
        query (str | Unset): Text to search for in comment messages
        locale_ids (list[str] | Unset): Only return comments assigned to these locale IDs
        filters (list[str] | Unset): Filters to apply to the comments, such as read or unread
        order (ListCommentsOrder | Unset): Sort direction; one of asc, desc

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Comment]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        key_id=key_id,
        page=page,
        per_page=per_page,
        branch=branch,
        query=query,
        locale_ids=locale_ids,
        filters=filters,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    key_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    query: str | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    filters: list[str] | Unset = UNSET,
    order: ListCommentsOrder | Unset = UNSET,
) -> Error | list[Comment] | None:
    """List the comments on a key

     Returns the comments on a key, one page at a time. Results can be narrowed by message text, locale
    and read state, and sorted in either direction.

    Args:
        project_id (str): Identifier of the project
        key_id (str): Identifier of the translation key
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to work on; omit it to use the main project
        query (str | Unset): Text to search for in comment messages
        locale_ids (list[str] | Unset): Only return comments assigned to these locale IDs
        filters (list[str] | Unset): Filters to apply to the comments, such as read or unread
        order (ListCommentsOrder | Unset): Sort direction; one of asc, desc

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Comment]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            client=client,
            page=page,
            per_page=per_page,
            branch=branch,
            query=query,
            locale_ids=locale_ids,
            filters=filters,
            order=order,
        )
    ).parsed
