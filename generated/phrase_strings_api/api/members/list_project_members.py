from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.project_member import ProjectMember
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    *,
    q: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    params["job_id"] = job_id

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/members".format(
            project_id=quote(str(project_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ProjectMember] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProjectMember.from_dict(response_200_item_data)

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
) -> Response[Error | list[ProjectMember]]:
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
    q: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[Error | list[ProjectMember]]:
    """List the members of a project

     Returns a page of the people active in the project, optionally only those matching a name or email,
    or those assigned to a job.

    Args:
        project_id (str): Identifier of the project
        q (str | Unset): Only members whose name or email matches (wildcards allowed)
        job_id (str | Unset): Only members assigned to this job
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ProjectMember]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        q=q,
        job_id=job_id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Error | list[ProjectMember] | None:
    """List the members of a project

     Returns a page of the people active in the project, optionally only those matching a name or email,
    or those assigned to a job.

    Args:
        project_id (str): Identifier of the project
        q (str | Unset): Only members whose name or email matches (wildcards allowed)
        job_id (str | Unset): Only members assigned to this job
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ProjectMember]
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        q=q,
        job_id=job_id,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[Error | list[ProjectMember]]:
    """List the members of a project

     Returns a page of the people active in the project, optionally only those matching a name or email,
    or those assigned to a job.

    Args:
        project_id (str): Identifier of the project
        q (str | Unset): Only members whose name or email matches (wildcards allowed)
        job_id (str | Unset): Only members assigned to this job
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ProjectMember]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        q=q,
        job_id=job_id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    q: str | Unset = UNSET,
    job_id: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Error | list[ProjectMember] | None:
    """List the members of a project

     Returns a page of the people active in the project, optionally only those matching a name or email,
    or those assigned to a job.

    Args:
        project_id (str): Identifier of the project
        q (str | Unset): Only members whose name or email matches (wildcards allowed)
        job_id (str | Unset): Only members assigned to this job
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ProjectMember]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            q=q,
            job_id=job_id,
            page=page,
            per_page=per_page,
        )
    ).parsed
