from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.affected_resources import AffectedResources
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    branch: str | Unset = UNSET,
    q: str | Unset = UNSET,
    locale_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["branch"] = branch

    params["q"] = q

    params["locale_id"] = locale_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/projects/{project_id}/keys".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AffectedResources | Error | None:
    if response.status_code == 200:
        response_200 = AffectedResources.from_dict(response.json())

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
) -> Response[AffectedResources | Error]:
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
    branch: str | Unset = UNSET,
    q: str | Unset = UNSET,
    locale_id: str | Unset = UNSET,
) -> Response[AffectedResources | Error]:
    """Delete all keys matching a query

     Deletes every key in the project that matches the search query, using the same criteria as
    list_keys. Keep each call to roughly 1,000 keys or fewer, since larger deletions may time out.

    Args:
        project_id (str): Identifier of the project
        branch (str | Unset): Name of the branch to use
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
        Response[AffectedResources | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        branch=branch,
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
    branch: str | Unset = UNSET,
    q: str | Unset = UNSET,
    locale_id: str | Unset = UNSET,
) -> AffectedResources | Error | None:
    """Delete all keys matching a query

     Deletes every key in the project that matches the search query, using the same criteria as
    list_keys. Keep each call to roughly 1,000 keys or fewer, since larger deletions may time out.

    Args:
        project_id (str): Identifier of the project
        branch (str | Unset): Name of the branch to use
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
        AffectedResources | Error
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        branch=branch,
        q=q,
        locale_id=locale_id,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    q: str | Unset = UNSET,
    locale_id: str | Unset = UNSET,
) -> Response[AffectedResources | Error]:
    """Delete all keys matching a query

     Deletes every key in the project that matches the search query, using the same criteria as
    list_keys. Keep each call to roughly 1,000 keys or fewer, since larger deletions may time out.

    Args:
        project_id (str): Identifier of the project
        branch (str | Unset): Name of the branch to use
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
        Response[AffectedResources | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        branch=branch,
        q=q,
        locale_id=locale_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    q: str | Unset = UNSET,
    locale_id: str | Unset = UNSET,
) -> AffectedResources | Error | None:
    """Delete all keys matching a query

     Deletes every key in the project that matches the search query, using the same criteria as
    list_keys. Keep each call to roughly 1,000 keys or fewer, since larger deletions may time out.

    Args:
        project_id (str): Identifier of the project
        branch (str | Unset): Name of the branch to use
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
        AffectedResources | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            branch=branch,
            q=q,
            locale_id=locale_id,
        )
    ).parsed
