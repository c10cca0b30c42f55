from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_metadata_data_type import CustomMetadataDataType
from ...models.custom_metadata_property import CustomMetadataProperty
from ...models.error import Error
from ...models.list_custom_metadata_properties_order import (
    ListCustomMetadataPropertiesOrder,
)
from ...models.list_custom_metadata_properties_sort import (
    ListCustomMetadataPropertiesSort,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    *,
    data_type: CustomMetadataDataType | Unset = UNSET,
    project_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListCustomMetadataPropertiesSort | Unset = UNSET,
    order: ListCustomMetadataPropertiesOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_data_type: str | Unset = UNSET
    if not isinstance(data_type, Unset):
        json_data_type = data_type.value

    params["data_type"] = json_data_type

    params["project_id"] = project_id

    params["page"] = page

    params["per_page"] = per_page

    params["q"] = q

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/custom_metadata/properties".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CustomMetadataProperty] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CustomMetadataProperty.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

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
) -> Response[Error | list[CustomMetadataProperty]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    data_type: CustomMetadataDataType | Unset = UNSET,
    project_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListCustomMetadataPropertiesSort | Unset = UNSET,
    order: ListCustomMetadataPropertiesOrder | Unset = UNSET,
) -> Response[Error | list[CustomMetadataProperty]]:
    """List custom metadata properties

     Returns the custom metadata properties defined in an account, optionally narrowed to one project or
    by a name search. Requires an advanced plan or higher.

    Args:
        account_id (str): Identifier of the account
        data_type (CustomMetadataDataType | Unset): Enumeration of value kinds a custom metadata
            property can have: boolean, date, link, multi_select, number, single_select, string or
            text.
        project_id (str | Unset): Only return properties assigned to this project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        q (str | Unset): Text to match against property names
        sort (ListCustomMetadataPropertiesSort | Unset): Field to sort by: name, data_type or
            created_at
        order (ListCustomMetadataPropertiesOrder | Unset): Sort direction: asc or desc

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CustomMetadataProperty]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        data_type=data_type,
        project_id=project_id,
        page=page,
        per_page=per_page,
        q=q,
        sort=sort,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    data_type: CustomMetadataDataType | Unset = UNSET,
    project_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListCustomMetadataPropertiesSort | Unset = UNSET,
    order: ListCustomMetadataPropertiesOrder | Unset = UNSET,
) -> Error | list[CustomMetadataProperty] | None:
    """List custom metadata properties

     Returns the custom metadata properties defined in an account, optionally narrowed to one project or
    by a name search. Requires an advanced plan or higher.

    Args:
        account_id (str): Identifier of the account
        data_type (CustomMetadataDataType | Unset): Enumeration of value kinds a custom metadata
            property can have: boolean, date, link, multi_select, number, single_select, string or
            text.
        project_id (str | Unset): Only return properties assigned to this project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        q (str | Unset): Text to match against property names
        sort (ListCustomMetadataPropertiesSort | Unset): Field to sort by: name, data_type or
            created_at
        order (ListCustomMetadataPropertiesOrder | Unset): Sort direction: asc or desc

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CustomMetadataProperty]
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        data_type=data_type,
        project_id=project_id,
        page=page,
        per_page=per_page,
        q=q,
        sort=sort,
        order=order,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    data_type: CustomMetadataDataType | Unset = UNSET,
    project_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListCustomMetadataPropertiesSort | Unset = UNSET,
    order: ListCustomMetadataPropertiesOrder | Unset = UNSET,
) -> Response[Error | list[CustomMetadataProperty]]:
    """List custom metadata properties

     Returns the custom metadata properties defined in an account, optionally narrowed to one project or
    by a name search. Requires an advanced plan or higher.

    Args:
        account_id (str): Identifier of the account
        data_type (CustomMetadataDataType | Unset): Enumeration of value kinds a custom metadata
            property can have: boolean, date, link, multi_select, number, single_select, string or
            text.
        project_id (str | Unset): Only return properties assigned to this project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        q (str | Unset): Text to match against property names
        sort (ListCustomMetadataPropertiesSort | Unset): Field to sort by: name, data_type or
            created_at
        order (ListCustomMetadataPropertiesOrder | Unset): Sort direction: asc or desc

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CustomMetadataProperty]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        data_type=data_type,
        project_id=project_id,
        page=page,
        per_page=per_page,
        q=q,
        sort=sort,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient | Client,
    data_type: CustomMetadataDataType | Unset = UNSET,
    project_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    q: str | Unset = UNSET,
    sort: ListCustomMetadataPropertiesSort | Unset = UNSET,
    order: ListCustomMetadataPropertiesOrder | Unset = UNSET,
) -> Error | list[CustomMetadataProperty] | None:
    """List custom metadata properties

     Returns the custom metadata properties defined in an account, optionally narrowed to one project or
    by a name search. Requires an advanced plan or higher.

    Args:
        account_id (str): Identifier of the account
        data_type (CustomMetadataDataType | Unset): Enumeration of value kinds a custom metadata
            property can have: boolean, date, link, multi_select, number, single_select, string or
            text.
        project_id (str | Unset): Only return properties assigned to this project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        q (str | Unset): Text to match against property names
        sort (ListCustomMetadataPropertiesSort | Unset): Field to sort by: name, data_type or
            created_at
        order (ListCustomMetadataPropertiesOrder | Unset): Sort direction: asc or desc

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CustomMetadataProperty]
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            data_type=data_type,
            project_id=project_id,
            page=page,
            per_page=per_page,
            q=q,
            sort=sort,
            order=order,
        )
    ).parsed
