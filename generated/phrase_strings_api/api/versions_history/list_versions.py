from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.translation_version import TranslationVersion
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    translation_id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    only_content_updates: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params["branch"] = branch

    params["only_content_updates"] = only_content_updates

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/projects/{project_id}/translations/{translation_id}/versions".format(
            project_id=quote(str(project_id), safe=""),
            translation_id=quote(str(translation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[TranslationVersion] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TranslationVersion.from_dict(response_200_item_data)

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
) -> Response[Error | list[TranslationVersion]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    translation_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    only_content_updates: bool | Unset = UNSET,
) -> Response[Error | list[TranslationVersion]]:
    """List the versions of a translation

     Returns the recorded changes of one translation, one version per change.

    Args:
        project_id (str): Identifier of the project
        translation_id (str): Identifier of the translation
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to operate on
        only_content_updates (bool | Unset): With true, only versions that changed the text are
            listed

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[TranslationVersion]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        translation_id=translation_id,
        page=page,
        per_page=per_page,
        branch=branch,
        only_content_updates=only_content_updates,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    translation_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    only_content_updates: bool | Unset = UNSET,
) -> Error | list[TranslationVersion] | None:
    """List the versions of a translation

     Returns the recorded changes of one translation, one version per change.

    Args:
        project_id (str): Identifier of the project
        translation_id (str): Identifier of the translation
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to operate on
        only_content_updates (bool | Unset): With true, only versions that changed the text are
            listed

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[TranslationVersion]
    """

    return sync_detailed(
        project_id=project_id,
        translation_id=translation_id,
        client=client,
        page=page,
        per_page=per_page,
        branch=branch,
        only_content_updates=only_content_updates,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    translation_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    only_content_updates: bool | Unset = UNSET,
) -> Response[Error | list[TranslationVersion]]:
    """List the versions of a translation

     Returns the recorded changes of one translation, one version per change.

    Args:
        project_id (str): Identifier of the project
        translation_id (str): Identifier of the translation
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to operate on
        only_content_updates (bool | Unset): With true, only versions that changed the text are
            listed

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[TranslationVersion]]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        translation_id=translation_id,
        page=page,
        per_page=per_page,
        branch=branch,
        only_content_updates=only_content_updates,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    translation_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    branch: str | Unset = UNSET,
    only_content_updates: bool | Unset = UNSET,
) -> Error | list[TranslationVersion] | None:
    """List the versions of a translation

     Returns the recorded changes of one translation, one version per change.

    Args:
        project_id (str): Identifier of the project
        translation_id (str): Identifier of the translation
        page (int | Unset): Number of the result page to return
        per_page (int | Unset): How many items to return per page, from 1 to 100; 25 when omitted
        branch (str | Unset): Name of the branch to operate on
        only_content_updates (bool | Unset): With true, only versions that changed the text are
            listed

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[TranslationVersion]
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            translation_id=translation_id,
            client=client,
            page=page,
            per_page=per_page,
            branch=branch,
            only_content_updates=only_content_updates,
        )
    ).parsed
