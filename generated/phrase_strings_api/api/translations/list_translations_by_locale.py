from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_translations_by_locale_order import ListTranslationsByLocaleOrder
from ...models.list_translations_by_locale_sort import ListTranslationsByLocaleSort
from ...models.translation import Translation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    locale_id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    sort: ListTranslationsByLocaleSort | Unset = UNSET,
    order: ListTranslationsByLocaleOrder | Unset = UNSET,
    q: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["branch"] = branch

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/locales/{locale_id}/translations".format(
            project_id=quote(str(project_id), safe=""),
            locale_id=quote(str(locale_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[Translation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Translation.from_dict(response_200_item_data)

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
) -> Response[Error | list[Translation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    sort: ListTranslationsByLocaleSort | Unset = UNSET,
    order: ListTranslationsByLocaleOrder | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[Error | list[Translation]]:
    """List the translations of a locale

     Returns the translations of one locale, optionally narrowed by a search query and sorted. To fetch
    the complete locale, a locale download is the better fit.

    Args:
        project_id (str): Identifier of the project
        locale_id (str): Identifier of the locale
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to operate on
        sort (ListTranslationsByLocaleSort | Unset): Field to sort by: key_name, created_at or
            updated_at
        order (ListTranslationsByLocaleOrder | Unset): Sort direction: asc or desc
        q (str | Unset): Search expression matched against translation content; wildcards are
            allowed. Supported qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME,
            unverified:true|false, excluded:true|false, and updated_at:>=TIMESTAMP or
            updated_at:<=TIMESTAMP for a date range. At most 10,000 matches are considered, and very
            recent changes may not be indexed yet in large projects

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Translation]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        locale_id=locale_id,
        page=page,
        per_page=per_page,
        branch=branch,
        sort=sort,
        order=order,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    sort: ListTranslationsByLocaleSort | Unset = UNSET,
    order: ListTranslationsByLocaleOrder | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Error | list[Translation] | None:
    """List the translations of a locale

     Returns the translations of one locale, optionally narrowed by a search query and sorted. To fetch
    the complete locale, a locale download is the better fit.

    Args:
        project_id (str): Identifier of the project
        locale_id (str): Identifier of the locale
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to operate on
        sort (ListTranslationsByLocaleSort | Unset): Field to sort by: key_name, created_at or
            updated_at
        order (ListTranslationsByLocaleOrder | Unset): Sort direction: asc or desc
        q (str | Unset): Search expression matched against translation content; wildcards are
            allowed. Supported qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME,
            unverified:true|false, excluded:true|false, and updated_at:>=TIMESTAMP or
            updated_at:<=TIMESTAMP for a date range. At most 10,000 matches are considered, and very
            recent changes may not be indexed yet in large projects

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Translation]
    """

    return sync_detailed(
        project_id=project_id,
        locale_id=locale_id,
        client=client,
        page=page,
        per_page=per_page,
        branch=branch,
        sort=sort,
        order=order,
        q=q,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    sort: ListTranslationsByLocaleSort | Unset = UNSET,
    order: ListTranslationsByLocaleOrder | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[Error | list[Translation]]:
    """List the translations of a locale

     Returns the translations of one locale, optionally narrowed by a search query and sorted. To fetch
    the complete locale, a locale download is the better fit.

    Args:
        project_id (str): Identifier of the project
        locale_id (str): Identifier of the locale
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to operate on
        sort (ListTranslationsByLocaleSort | Unset): Field to sort by: key_name, created_at or
            updated_at
        order (ListTranslationsByLocaleOrder | Unset): Sort direction: asc or desc
        q (str | Unset): Search expression matched against translation content; wildcards are
            allowed. Supported qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME,
            unverified:true|false, excluded:true|false, and updated_at:>=TIMESTAMP or
            updated_at:<=TIMESTAMP for a date range. At most 10,000 matches are considered, and very
            recent changes may not be indexed yet in large projects

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Translation]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        locale_id=locale_id,
        page=page,
        per_page=per_page,
        branch=branch,
        sort=sort,
        order=order,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    sort: ListTranslationsByLocaleSort | Unset = UNSET,
    order: ListTranslationsByLocaleOrder | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Error | list[Translation] | None:
    """List the translations of a locale

     Returns the translations of one locale, optionally narrowed by a search query and sorted. To fetch
    the complete locale, a locale download is the better fit.

    Args:
        project_id (str): Identifier of the project
        locale_id (str): Identifier of the locale
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to operate on
        sort (ListTranslationsByLocaleSort | Unset): Field to sort by: key_name, created_at or
            updated_at
        order (ListTranslationsByLocaleOrder | Unset): Sort direction: asc or desc
        q (str | Unset): Search expression matched against translation content; wildcards are
            allowed. Supported qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME,
            unverified:true|false, excluded:true|false, and updated_at:>=TIMESTAMP or
            updated_at:<=TIMESTAMP for a date range. At most 10,000 matches are considered, and very
            recent changes may not be indexed yet in large projects

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Translation]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            locale_id=locale_id,
            client=client,
            page=page,
            per_page=per_page,
            branch=branch,
            sort=sort,
            order=order,
            q=q,
        )
    ).parsed
