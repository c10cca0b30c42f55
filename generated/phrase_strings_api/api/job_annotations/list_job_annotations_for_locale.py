from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_annotation import JobAnnotation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    job_id: str,
    job_locale_id: str,
    *,
    branch: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["branch"] = branch

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
            job_locale_id=quote(str(job_locale_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[JobAnnotation] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = JobAnnotation.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[JobAnnotation]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    job_id: str,
    job_locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
) -> Response[Error | list[JobAnnotation]]:
    """List a job locale's annotations

     Returns the annotations attached to one target locale of a job.

    Args:
        project_id (str): Identifier of the project
        job_id (str): Identifier of the job
        job_locale_id (str): Identifier of the job locale
        branch (str | Unset): Name of the branch to operate on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[JobAnnotation]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        job_locale_id=job_locale_id,
        branch=branch,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    job_id: str,
    job_locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
) -> Error | list[JobAnnotation] | None:
    """List a job locale's annotations

     Returns the annotations attached to one target locale of a job.

    Args:
        project_id (str): Identifier of the project
        job_id (str): Identifier of the job
        job_locale_id (str): Identifier of the job locale
        branch (str | Unset): Name of the branch to operate on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[JobAnnotation]
    """

    return sync_detailed(
        project_id=project_id,
        job_id=job_id,
        job_locale_id=job_locale_id,
        client=client,
        branch=branch,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    job_locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
) -> Response[Error | list[JobAnnotation]]:
    """List a job locale's annotations

     Returns the annotations attached to one target locale of a job.

    Args:
        project_id (str): Identifier of the project
        job_id (str): Identifier of the job
        job_locale_id (str): Identifier of the job locale
        branch (str | Unset): Name of the branch to operate on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[JobAnnotation]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        job_locale_id=job_locale_id,
        branch=branch,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    job_locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
) -> Error | list[JobAnnotation] | None:
    """List a job locale's annotations

     Returns the annotations attached to one target locale of a job.

    Args:
        project_id (str): Identifier of the project
        job_id (str): Identifier of the job
        job_locale_id (str): Identifier of the job locale
        branch (str | Unset): Name of the branch to operate on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[JobAnnotation]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            job_locale_id=job_locale_id,
            client=client,
            branch=branch,
        )
    ).parsed
