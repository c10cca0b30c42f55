from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_comment import JobComment
from ...models.list_job_comments_order import ListJobCommentsOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    job_id: str,
    *,
    branch: str | Unset = UNSET,
    order: ListJobCommentsOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["branch"] = branch

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/jobs/{job_id}/comments".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[JobComment] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = JobComment.from_dict(response_200_item_data)

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
) -> Response[Error | list[JobComment]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    order: ListJobCommentsOrder | Unset = UNSET,
) -> Response[Error | list[JobComment]]:
    """List the comments on a job

     Returns every comment posted on the job.

    Args:
        project_id (str): Identifier of the project
        job_id (str): Identifier of the job
        branch (str | Unset): Name of the branch to operate on
        order (ListJobCommentsOrder | Unset): Sort direction: asc or desc

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[JobComment]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        branch=branch,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    order: ListJobCommentsOrder | Unset = UNSET,
) -> Error | list[JobComment] | None:
    """List the comments on a job

     Returns every comment posted on the job.

    Args:
        project_id (str): Identifier of the project
        job_id (str): Identifier of the job
        branch (str | Unset): Name of the branch to operate on
        order (ListJobCommentsOrder | Unset): Sort direction: asc or desc

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[JobComment]
    """

    return sync_detailed(
        project_id=project_id,
        job_id=job_id,
        client=client,
        branch=branch,
        order=order,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    order: ListJobCommentsOrder | Unset = UNSET,
) -> Response[Error | list[JobComment]]:
    """List the comments on a job

     Returns every comment posted on the job.

    Args:
        project_id (str): Identifier of the project
        job_id (str): Identifier of the job
        branch (str | Unset): Name of the branch to operate on
        order (ListJobCommentsOrder | Unset): Sort direction: asc or desc

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[JobComment]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        branch=branch,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
    order: ListJobCommentsOrder | Unset = UNSET,
) -> Error | list[JobComment] | None:
    """List the comments on a job

     Returns every comment posted on the job.

    Args:
        project_id (str): Identifier of the project
        job_id (str): Identifier of the job
        branch (str | Unset): Name of the branch to operate on
        order (ListJobCommentsOrder | Unset): Sort direction: asc or desc

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[JobComment]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            client=client,
            branch=branch,
            order=order,
        )
    ).parsed
