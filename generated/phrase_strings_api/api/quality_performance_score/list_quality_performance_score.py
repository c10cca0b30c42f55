from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_quality_performance_score_body import (
    ListQualityPerformanceScoreBody,
)
from ...models.list_quality_performance_score_response_200_type_0 import (
    ListQualityPerformanceScoreResponse200Type0,
)
from ...models.list_quality_performance_score_response_200_type_1 import (
    ListQualityPerformanceScoreResponse200Type1,
)
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: ListQualityPerformanceScoreBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/projects/{project_id}/quality_performance_score".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Error
    | ListQualityPerformanceScoreResponse200Type0
    | ListQualityPerformanceScoreResponse200Type1
    | ValidationError
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            ListQualityPerformanceScoreResponse200Type0
            | ListQualityPerformanceScoreResponse200Type1
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = (
                    ListQualityPerformanceScoreResponse200Type0.from_dict(data)
                )

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ListQualityPerformanceScoreResponse200Type1.from_dict(
                data
            )

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 504:
        response_504 = Error.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Error
    | ListQualityPerformanceScoreResponse200Type0
    | ListQualityPerformanceScoreResponse200Type1
    | ValidationError
]:
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
    body: ListQualityPerformanceScoreBody,
) -> Response[
    Error
    | ListQualityPerformanceScoreResponse200Type0
    | ListQualityPerformanceScoreResponse200Type1
    | ValidationError
]:
    """Get quality scores for translations

     Computes a Phrase Quality Performance Score (QPS) for each of the given translations.

    Args:
        project_id (str): Identifier of the project
        body (ListQualityPerformanceScoreBody): Request body of list_quality_performance_score:
            Get quality scores for translations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListQualityPerformanceScoreResponse200Type0 | ListQualityPerformanceScoreResponse200Type1 | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ListQualityPerformanceScoreBody,
) -> (
    Error
    | ListQualityPerformanceScoreResponse200Type0
    | ListQualityPerformanceScoreResponse200Type1
    | ValidationError
    | None
):
    """Get quality scores for translations

     Computes a Phrase Quality Performance Score (QPS) for each of the given translations.

    Args:
        project_id (str): Identifier of the project
        body (ListQualityPerformanceScoreBody): Request body of list_quality_performance_score:
            Get quality scores for translations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListQualityPerformanceScoreResponse200Type0 | ListQualityPerformanceScoreResponse200Type1 | ValidationError
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ListQualityPerformanceScoreBody,
) -> Response[
    Error
    | ListQualityPerformanceScoreResponse200Type0
    | ListQualityPerformanceScoreResponse200Type1
    | ValidationError
]:
    """Get quality scores for translations

     Computes a Phrase Quality Performance Score (QPS) for each of the given translations.

    Args:
        project_id (str): Identifier of the project
        body (ListQualityPerformanceScoreBody): Request body of list_quality_performance_score:
            Get quality scores for translations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ListQualityPerformanceScoreResponse200Type0 | ListQualityPerformanceScoreResponse200Type1 | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ListQualityPerformanceScoreBody,
) -> (
    Error
    | ListQualityPerformanceScoreResponse200Type0
    | ListQualityPerformanceScoreResponse200Type1
    | ValidationError
    | None
):
    """Get quality scores for translations

     Computes a Phrase Quality Performance Score (QPS) for each of the given translations.

    Args:
        project_id (str): Identifier of the project
        body (ListQualityPerformanceScoreBody): Request body of list_quality_performance_score:
            Get quality scores for translations.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ListQualityPerformanceScoreResponse200Type0 | ListQualityPerformanceScoreResponse200Type1 | ValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
