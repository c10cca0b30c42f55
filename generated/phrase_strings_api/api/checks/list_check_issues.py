import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_issue import CheckIssue
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    state: str | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    check_names: list[str] | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["state"] = state

    json_locale_ids: list[str] | Unset = UNSET
    if not isinstance(locale_ids, Unset):
        json_locale_ids = locale_ids

    params["locale_ids"] = json_locale_ids

    json_check_names: list[str] | Unset = UNSET
    if not isinstance(check_names, Unset):
        json_check_names = check_names

    params["check_names"] = json_check_names

    json_created_since: str | Unset = UNSET
    if not isinstance(created_since, Unset):
        json_created_since = created_since.isoformat()
    params["created_since"] = json_created_since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/checks/issues".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[CheckIssue] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CheckIssue.from_dict(response_200_item_data)

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
) -> Response[Error | list[CheckIssue]]:
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
    state: str | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    check_names: list[str] | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
) -> Response[Error | list[CheckIssue]]:
    """List the quality-check issues of a project

     Returns a page of the problems the quality checks found in translations, active ones unless a state
    is given.

    Args:
        project_id (str): Identifier of the project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        state (str | Unset): Only issues in this state: active (default), solved, dismissed or all
        locale_ids (list[str] | Unset): Only issues in translations into these locales
        check_names (list[str] | Unset): Only issues found by these checks:
            translation_content_length, translation_placeholder_usage, translation_glossary_usage
        created_since (datetime.datetime | Unset): Only issues found at or after this time (ISO
            8601; anything else is answered with 400)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CheckIssue]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page=page,
        per_page=per_page,
        state=state,
        locale_ids=locale_ids,
        check_names=check_names,
        created_since=created_since,
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
    state: str | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    check_names: list[str] | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
) -> Error | list[CheckIssue] | None:
    """List the quality-check issues of a project

     Returns a page of the problems the quality checks found in translations, active ones unless a state
    is given.

    Args:
        project_id (str): Identifier of the project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        state (str | Unset): Only issues in this state: active (default), solved, dismissed or all
        locale_ids (list[str] | Unset): Only issues in translations into these locales
        check_names (list[str] | Unset): Only issues found by these checks:
            translation_content_length, translation_placeholder_usage, translation_glossary_usage
        created_since (datetime.datetime | Unset): Only issues found at or after this time (ISO
            8601; anything else is answered with 400)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CheckIssue]
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        page=page,
        per_page=per_page,
        state=state,
        locale_ids=locale_ids,
        check_names=check_names,
        created_since=created_since,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    state: str | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    check_names: list[str] | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
) -> Response[Error | list[CheckIssue]]:
    """List the quality-check issues of a project

     Returns a page of the problems the quality checks found in translations, active ones unless a state
    is given.

    Args:
        project_id (str): Identifier of the project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        state (str | Unset): Only issues in this state: active (default), solved, dismissed or all
        locale_ids (list[str] | Unset): Only issues in translations into these locales
        check_names (list[str] | Unset): Only issues found by these checks:
            translation_content_length, translation_placeholder_usage, translation_glossary_usage
        created_since (datetime.datetime | Unset): Only issues found at or after this time (ISO
            8601; anything else is answered with 400)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[CheckIssue]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        page=page,
        per_page=per_page,
        state=state,
        locale_ids=locale_ids,
        check_names=check_names,
        created_since=created_since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    state: str | Unset = UNSET,
    locale_ids: list[str] | Unset = UNSET,
    check_names: list[str] | Unset = UNSET,
    created_since: datetime.datetime | Unset = UNSET,
) -> Error | list[CheckIssue] | None:
    """List the quality-check issues of a project

     Returns a page of the problems the quality checks found in translations, active ones unless a state
    is given.

    Args:
        project_id (str): Identifier of the project
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        state (str | Unset): Only issues in this state: active (default), solved, dismissed or all
        locale_ids (list[str] | Unset): Only issues in translations into these locales
        check_names (list[str] | Unset): Only issues found by these checks:
            translation_content_length, translation_placeholder_usage, translation_glossary_usage
        created_since (datetime.datetime | Unset): Only issues found at or after this time (ISO
            8601; anything else is answered with 400)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[CheckIssue]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            page=page,
            per_page=per_page,
            state=state,
            locale_ids=locale_ids,
            check_names=check_names,
            created_since=created_since,
        )
    ).parsed
