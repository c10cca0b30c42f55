from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.job_template_locales import JobTemplateLocales
from ...models.update_job_template_locale_body import UpdateJobTemplateLocaleBody
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    project_id: str,
    job_template_id: str,
    job_template_locale_id: str,
    *,
    body: UpdateJobTemplateLocaleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/projects/{project_id}/job_templates/{job_template_id}/locales/{job_template_locale_id}".format(
            project_id=quote(str(project_id), safe=""),
            job_template_id=quote(str(job_template_id), safe=""),
            job_template_locale_id=quote(str(job_template_locale_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | JobTemplateLocales | ValidationError | None:
    if response.status_code == 200:
        response_200 = JobTemplateLocales.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | JobTemplateLocales | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    job_template_id: str,
    job_template_locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateJobTemplateLocaleBody,
) -> Response[Error | JobTemplateLocales | ValidationError]:
    """Update a job template locale

     Changes the locale or the assigned translators and reviewers of a job template's target locale.

    Args:
        project_id (str): Identifier of the project
        job_template_id (str): Identifier of the job template
        job_template_locale_id (str): Identifier of the job template locale
        body (UpdateJobTemplateLocaleBody): Request body of update_job_template_locale: Update a
            job template locale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobTemplateLocales | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_template_id=job_template_id,
        job_template_locale_id=job_template_locale_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    job_template_id: str,
    job_template_locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateJobTemplateLocaleBody,
) -> Error | JobTemplateLocales | ValidationError | None:
    """Update a job template locale

     Changes the locale or the assigned translators and reviewers of a job template's target locale.

    Args:
        project_id (str): Identifier of the project
        job_template_id (str): Identifier of the job template
        job_template_locale_id (str): Identifier of the job template locale
        body (UpdateJobTemplateLocaleBody): Request body of update_job_template_locale: Update a
            job template locale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobTemplateLocales | ValidationError
    """

    return sync_detailed(
        project_id=project_id,
        job_template_id=job_template_id,
        job_template_locale_id=job_template_locale_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    job_template_id: str,
    job_template_locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateJobTemplateLocaleBody,
) -> Response[Error | JobTemplateLocales | ValidationError]:
    """Update a job template locale

     Changes the locale or the assigned translators and reviewers of a job template's target locale.

    Args:
        project_id (str): Identifier of the project
        job_template_id (str): Identifier of the job template
        job_template_locale_id (str): Identifier of the job template locale
        body (UpdateJobTemplateLocaleBody): Request body of update_job_template_locale: Update a
            job template locale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | JobTemplateLocales | ValidationError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        job_template_id=job_template_id,
        job_template_locale_id=job_template_locale_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    job_template_id: str,
    job_template_locale_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateJobTemplateLocaleBody,
) -> Error | JobTemplateLocales | ValidationError | None:
    """Update a job template locale

     Changes the locale or the assigned translators and reviewers of a job template's target locale.

    Args:
        project_id (str): Identifier of the project
        job_template_id (str): Identifier of the job template
        job_template_locale_id (str): Identifier of the job template locale
        body (UpdateJobTemplateLocaleBody): Request body of update_job_template_locale: Update a
            job template locale.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | JobTemplateLocales | ValidationError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            job_template_id=job_template_id,
            job_template_locale_id=job_template_locale_id,
            client=client,
            body=body,
        )
    ).parsed
