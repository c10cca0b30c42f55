from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.branch_comparison import BranchComparison
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    name_path: str,
    *,
    name_query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/branches/{name_path}/compare".format(
            project_id=quote(str(project_id), safe=""),
            name_path=quote(str(name_path), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BranchComparison | Error | None:
    if response.status_code == 200:
        response_200 = BranchComparison.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BranchComparison | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    name_path: str,
    *,
    client: AuthenticatedClient | Client,
    name_query: str | Unset = UNSET,
) -> Response[BranchComparison | Error]:
    """Compare a branch with main

     Returns the differences between the branch and the main branch. This can take several minutes on
    large projects; create_branch_comparison runs the comparison in the background instead.

    Args:
        project_id (str): Identifier of the project
        name_path (str): Name of the resource the path points to, such as a variable or a branch
        name_query (str | Unset): Name of the branch to compare

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BranchComparison | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        name_path=name_path,
        name_query=name_query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    name_path: str,
    *,
    client: AuthenticatedClient | Client,
    name_query: str | Unset = UNSET,
) -> BranchComparison | Error | None:
    """Compare a branch with main

     Returns the differences between the branch and the main branch. This can take several minutes on
    large projects; create_branch_comparison runs the comparison in the background instead.

    Args:
        project_id (str): Identifier of the project
        name_path (str): Name of the resource the path points to, such as a variable or a branch
        name_query (str | Unset): Name of the branch to compare

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BranchComparison | Error
    """

    return sync_detailed(
        project_id=project_id,
        name_path=name_path,
        client=client,
        name_query=name_query,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    name_path: str,
    *,
    client: AuthenticatedClient | Client,
    name_query: str | Unset = UNSET,
) -> Response[BranchComparison | Error]:
    """Compare a branch with main

     Returns the differences between the branch and the main branch. This can take several minutes on
    large projects; create_branch_comparison runs the comparison in the background instead.

    Args:
        project_id (str): Identifier of the project
        name_path (str): Name of the resource the path points to, such as a variable or a branch
        name_query (str | Unset): Name of the branch to compare

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BranchComparison | Error]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        name_path=name_path,
        name_query=name_query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    name_path: str,
    *,
    client: AuthenticatedClient | Client,
    name_query: str | Unset = UNSET,
) -> BranchComparison | Error | None:
    """Compare a branch with main

     Returns the differences between the branch and the main branch. This can take several minutes on
    large projects; create_branch_comparison runs the comparison in the background instead.

    Args:
        project_id (str): Identifier of the project
        name_path (str): Name of the resource the path points to, such as a variable or a branch
        name_query (str | Unset): Name of the branch to compare

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BranchComparison | Error
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            name_path=name_path,
            client=client,
            name_query=name_query,
        )
    ).parsed
