import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.automation_event import AutomationEvent
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_id: str,
    automation_id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    state: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["state"] = state

    params["triggered_by"] = triggered_by

    params["project_id"] = project_id

    json_project_ids: list[str] | Unset = UNSET
    if not isinstance(project_ids, Unset):
        json_project_ids = project_ids

    params["project_ids"] = json_project_ids

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    json_created_before: str | Unset = UNSET
    if not isinstance(created_before, Unset):
        json_created_before = created_before.isoformat()
    params["created_before"] = json_created_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}/automations/{automation_id}/events".format(
            account_id=quote(str(account_id), safe=""),
            automation_id=quote(str(automation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[AutomationEvent] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AutomationEvent.from_dict(response_200_item_data)

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
) -> Response[Error | list[AutomationEvent]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    automation_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    state: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> Response[Error | list[AutomationEvent]]:
    """List the runs of an automation

     Returns a page of the runs of one automation, narrowed by the filters given.

    Args:
        account_id (str): Identifier of the account
        automation_id (str): ID of the automation
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        state (str | Unset): Only runs that ended in this state (success, failure, in_progress);
            other values are ignored
        triggered_by (str | Unset): Only runs started this way (manual, schedule, upload,
            upload_batch); other values are ignored
        project_id (str | Unset): Only runs in this project, or in any of a comma-separated list
            of projects
        project_ids (list[str] | Unset): Only runs in any of these projects
        created_after (datetime.datetime | Unset): Only runs that started after this time (ISO
            8601; anything else is answered with 400)
        created_before (datetime.datetime | Unset): Only runs that started before this time (ISO
            8601; anything else is answered with 400)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AutomationEvent]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        automation_id=automation_id,
        page=page,
        per_page=per_page,
        state=state,
        triggered_by=triggered_by,
        project_id=project_id,
        project_ids=project_ids,
        created_after=created_after,
        created_before=created_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    automation_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    state: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> Error | list[AutomationEvent] | None:
    """List the runs of an automation

     Returns a page of the runs of one automation, narrowed by the filters given.

    Args:
        account_id (str): Identifier of the account
        automation_id (str): ID of the automation
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        state (str | Unset): Only runs that ended in this state (success, failure, in_progress);
            other values are ignored
        triggered_by (str | Unset): Only runs started this way (manual, schedule, upload,
            upload_batch); other values are ignored
        project_id (str | Unset): Only runs in this project, or in any of a comma-separated list
            of projects
        project_ids (list[str] | Unset): Only runs in any of these projects
        created_after (datetime.datetime | Unset): Only runs that started after this time (ISO
            8601; anything else is answered with 400)
        created_before (datetime.datetime | Unset): Only runs that started before this time (ISO
            8601; anything else is answered with 400)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AutomationEvent]
    """

    return sync_detailed(
        account_id=account_id,
        automation_id=automation_id,
        client=client,
        page=page,
        per_page=per_page,
        state=state,
        triggered_by=triggered_by,
        project_id=project_id,
        project_ids=project_ids,
        created_after=created_after,
        created_before=created_before,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    automation_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    state: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> Response[Error | list[AutomationEvent]]:
    """List the runs of an automation

     Returns a page of the runs of one automation, narrowed by the filters given.

    Args:
        account_id (str): Identifier of the account
        automation_id (str): ID of the automation
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        state (str | Unset): Only runs that ended in this state (success, failure, in_progress);
            other values are ignored
        triggered_by (str | Unset): Only runs started this way (manual, schedule, upload,
            upload_batch); other values are ignored
        project_id (str | Unset): Only runs in this project, or in any of a comma-separated list
            of projects
        project_ids (list[str] | Unset): Only runs in any of these projects
        created_after (datetime.datetime | Unset): Only runs that started after this time (ISO
            8601; anything else is answered with 400)
        created_before (datetime.datetime | Unset): Only runs that started before this time (ISO
            8601; anything else is answered with 400)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[AutomationEvent]]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        automation_id=automation_id,
        page=page,
        per_page=per_page,
        state=state,
        triggered_by=triggered_by,
        project_id=project_id,
        project_ids=project_ids,
        created_after=created_after,
        created_before=created_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    automation_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    state: str | Unset = UNSET,
    triggered_by: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_before: datetime.datetime | Unset = UNSET,
) -> Error | list[AutomationEvent] | None:
    """List the runs of an automation

     Returns a page of the runs of one automation, narrowed by the filters given.

    Args:
        account_id (str): Identifier of the account
        automation_id (str): ID of the automation
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        state (str | Unset): Only runs that ended in this state (success, failure, in_progress);
            other values are ignored
        triggered_by (str | Unset): Only runs started this way (manual, schedule, upload,
            upload_batch); other values are ignored
        project_id (str | Unset): Only runs in this project, or in any of a comma-separated list
            of projects
        project_ids (list[str] | Unset): Only runs in any of these projects
        created_after (datetime.datetime | Unset): Only runs that started after this time (ISO
            8601; anything else is answered with 400)
        created_before (datetime.datetime | Unset): Only runs that started before this time (ISO
            8601; anything else is answered with 400)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[AutomationEvent]
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            automation_id=automation_id,
            client=client,
            page=page,
            per_page=per_page,
            state=state,
            triggered_by=triggered_by,
            project_id=project_id,
            project_ids=project_ids,
            created_after=created_after,
            created_before=created_before,
        )
    ).parsed
