from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    job_id: str,
    job_locale_id: str,
    id: str,
    *,
    branch: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["branch"] = branch

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/projects/{project_id}/jobs/{job_id}/locales/{job_locale_id}/annotations/{id}".format(
            project_id=quote(str(project_id), safe=""),
            job_id=quote(str(job_id), safe=""),
            job_locale_id=quote(str(job_locale_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | Error]:
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete an annotation from a job locale

     Removes the named annotation from a job's target locale.

    Args:
        project_id (str): Identifier of the project
        job_id (str): Identifier of the job
        job_locale_id (str): Identifier of the job locale
        id (str): Name of the annotation to remove
        branch (str | Unset): Name of the branch to operate on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        job_locale_id=job_locale_id,
        id=id,
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
) -> Any | Error | None:
    """Delete an annotation from a job locale

     Removes the named annotation from a job's target locale.

    Args:
        project_id (str): Identifier of the project
        job_id (str): Identifier of the job
        job_locale_id (str): Identifier of the job locale
        id (str): Name of the annotation to remove
        branch (str | Unset): Name of the branch to operate on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        project_id=project_id,
        job_id=job_id,
        job_locale_id=job_locale_id,
        id=id,
        client=client,
        branch=branch,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    job_id: str,
    job_locale_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
) -> Response[Any | Error]:
    """Delete an annotation from a job locale

     Removes the named annotation from a job's target locale.

    Args:
        project_id (str): Identifier of the project
        job_id (str): Identifier of the job
        job_locale_id (str): Identifier of the job locale
        id (str): Name of the annotation to remove
        branch (str | Unset): Name of the branch to operate on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_id=job_id,
        job_locale_id=job_locale_id,
        id=id,
        branch=branch,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_id: str,
    job_locale_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    branch: str | Unset = UNSET,
) -> Any | Error | None:
    """Delete an annotation from a job locale

     Removes the named annotation from a job's target locale.

    Args:
        project_id (str): Identifier of the project
        job_id (str): Identifier of the job
        job_locale_id (str): Identifier of the job locale
        id (str): Name of the annotation to remove
        branch (str | Unset): Name of the branch to operate on

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            job_id=job_id,
            job_locale_id=job_locale_id,
            id=id,
            client=client,
            branch=branch,
        )
    ).parsed
