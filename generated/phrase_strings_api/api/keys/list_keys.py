from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_keys_order import ListKeysOrder
from ...models.list_keys_sort import ListKeysSort
from ...models.translation_key import TranslationKey
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    sort: ListKeysSort | Unset = UNSET,
    order: ListKeysOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    locale_id: str | Unset = UNSET,
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

    params["locale_id"] = locale_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/keys".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[TranslationKey] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TranslationKey.from_dict(response_200_item_data)

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
) -> Response[Error | list[TranslationKey]]:
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
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    sort: ListKeysSort | Unset = UNSET,
    order: ListKeysOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    locale_id: str | Unset = UNSET,
) -> Response[Error | list[TranslationKey]]:
    """List the keys of a project

     Returns a page of the project's keys, optionally narrowed by a search query and sorted by name or
    timestamp. search_keys accepts the same criteria in a request body.

    Args:
        project_id (str): Identifier of the project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to use
        sort (ListKeysSort | Unset): Field to sort by: name, created_at or updated_at
        order (ListKeysOrder | Unset): Sort direction: asc or desc
        q (str | Unset): Search expression for keys. A plain term matches key names loosely and
            may contain wildcards. The term also accepts these qualifiers: ids:ID1,ID2 selects keys by
            a comma-separated list of IDs; name:NAME matches an exact key name (escape spaces, commas
            and colons with a double backslash); tags:TAG keeps keys that carry the given tag;
            translated:true or translated:false filters on translation state and only works together
            with locale_id; updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP (for example
            2013-02-21T00:00:00Z) limits keys by update time; unmentioned_in_upload:UPLOAD_ID,...
            keeps keys that the given uploads did not contain, and with several upload IDs a key must
            be absent from every one of them. A parameter sent with an empty value is treated as if it
            were missing
        locale_id (str | Unset): Locale whose translations decide whether a key counts as
            translated or untranslated when the query filters on that state

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[TranslationKey]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page=page,
        per_page=per_page,
        branch=branch,
        sort=sort,
        order=order,
        q=q,
        locale_id=locale_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    sort: ListKeysSort | Unset = UNSET,
    order: ListKeysOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    locale_id: str | Unset = UNSET,
) -> Error | list[TranslationKey] | None:
    """List the keys of a project

     Returns a page of the project's keys, optionally narrowed by a search query and sorted by name or
    timestamp. search_keys accepts the same criteria in a request body.

    Args:
        project_id (str): Identifier of the project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to use
        sort (ListKeysSort | Unset): Field to sort by: name, created_at or updated_at
        order (ListKeysOrder | Unset): Sort direction: asc or desc
        q (str | Unset): Search expression for keys. A plain term matches key names loosely and
            may contain wildcards. The term also accepts these qualifiers: ids:ID1,ID2 selects keys by
            a comma-separated list of IDs; name:NAME matches an exact key name (escape spaces, commas
            and colons with a double backslash); tags:TAG keeps keys that carry the given tag;
            translated:true or translated:false filters on translation state and only works together
            with locale_id; updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP (for example
            2013-02-21T00:00:00Z) limits keys by update time; unmentioned_in_upload:UPLOAD_ID,...
            keeps keys that the given uploads did not contain, and with several upload IDs a key must
            be absent from every one of them. A parameter sent with an empty value is treated as if it
            were missing
        locale_id (str | Unset): Locale whose translations decide whether a key counts as
            translated or untranslated when the query filters on that state

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[TranslationKey]
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        page=page,
        per_page=per_page,
        branch=branch,
        sort=sort,
        order=order,
        q=q,
        locale_id=locale_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    sort: ListKeysSort | Unset = UNSET,
    order: ListKeysOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    locale_id: str | Unset = UNSET,
) -> Response[Error | list[TranslationKey]]:
    """List the keys of a project

     Returns a page of the project's keys, optionally narrowed by a search query and sorted by name or
    timestamp. search_keys accepts the same criteria in a request body.

    Args:
        project_id (str): Identifier of the project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to use
        sort (ListKeysSort | Unset): Field to sort by: name, created_at or updated_at
        order (ListKeysOrder | Unset): Sort direction: asc or desc
        q (str | Unset): Search expression for keys. A plain term matches key names loosely and
            may contain wildcards. The term also accepts these qualifiers: ids:ID1,ID2 selects keys by
            a comma-separated list of IDs; name:NAME matches an exact key name (escape spaces, commas
            and colons with a double backslash); tags:TAG keeps keys that carry the given tag;
            translated:true or translated:false filters on translation state and only works together
            with locale_id; updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP (for example
            2013-02-21T00:00:00Z) limits keys by update time; unmentioned_in_upload:UPLOAD_ID,...
            keeps keys that the given uploads did not contain, and with several upload IDs a key must
            be absent from every one of them. A parameter sent with an empty value is treated as if it
            were missing
        locale_id (str | Unset): Locale whose translations decide whether a key counts as
            translated or untranslated when the query filters on that state

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[TranslationKey]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page=page,
        per_page=per_page,
        branch=branch,
        sort=sort,
        order=order,
        q=q,
        locale_id=locale_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    sort: ListKeysSort | Unset = UNSET,
    order: ListKeysOrder | Unset = UNSET,
    q: str | Unset = UNSET,
    locale_id: str | Unset = UNSET,
) -> Error | list[TranslationKey] | None:
    """List the keys of a project

     Returns a page of the project's keys, optionally narrowed by a search query and sorted by name or
    timestamp. search_keys accepts the same criteria in a request body.

    Args:
        project_id (str): Identifier of the project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to use
        sort (ListKeysSort | Unset): Field to sort by: name, created_at or updated_at
        order (ListKeysOrder | Unset): Sort direction: asc or desc
        q (str | Unset): Search expression for keys. A plain term matches key names loosely and
            may contain wildcards. The term also accepts these qualifiers: ids:ID1,ID2 selects keys by
            a comma-separated list of IDs; name:NAME matches an exact key name (escape spaces, commas
            and colons with a double backslash); tags:TAG keeps keys that carry the given tag;
            translated:true or translated:false filters on translation state and only works together
            with locale_id; updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP (for example
            2013-02-21T00:00:00Z) limits keys by update time; unmentioned_in_upload:UPLOAD_ID,...
            keeps keys that the given uploads did not contain, and with several upload IDs a key must
            be absent from every one of them. A parameter sent with an empty value is treated as if it
            were missing
        locale_id (str | Unset): Locale whose translations decide whether a key counts as
            translated or untranslated when the query filters on that state

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[TranslationKey]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            page=page,
            per_page=per_page,
            branch=branch,
            sort=sort,
            order=order,
            q=q,
            locale_id=locale_id,
        )
    ).parsed
