"""Operations of the locale_downloads resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_locale_download_body import CreateLocaleDownloadBody
    from ...models.error import Error
    from ...models.locale_download import LocaleDownload
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_locale_download,
    show_locale_download,
)

__all__ = ["AsyncLocaleDownloadsApi", "LocaleDownloadsApi"]


class LocaleDownloadsApi(Resource):
    """Blocking calls to the locale_downloads resource group."""

    def create(
        self,
        project_id: str,
        locale_id: str,
        *,
        body: CreateLocaleDownloadBody,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload:
        """Start an asynchronous locale download

        Queues the rendering of a locale file in the requested format and returns a download record.
        Poll that record to learn when the file is ready.

        Calls `POST /projects/{project_id}/locales/{locale_id}/downloads` (create_locale_download).
        """
        response = create_locale_download.sync_detailed(
            project_id=project_id,
            locale_id=locale_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
            client=self._client,
        )
        return cast("LocaleDownload", unwrap(response))

    def show(
        self,
        project_id: str,
        locale_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload:
        """Check an asynchronous locale download

        Reports the state of a locale download started earlier. Once processing has finished, the
        response includes the link to fetch the file.

        Calls `GET /projects/{project_id}/locales/{locale_id}/downloads/{id}` (show_locale_download).
        """
        response = show_locale_download.sync_detailed(
            project_id=project_id,
            locale_id=locale_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
            client=self._client,
        )
        return cast("LocaleDownload", unwrap(response))


class AsyncLocaleDownloadsApi(AsyncResource):
    """Awaitable calls to the locale_downloads resource group."""

    async def create(
        self,
        project_id: str,
        locale_id: str,
        *,
        body: CreateLocaleDownloadBody,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload:
        """Start an asynchronous locale download

        Queues the rendering of a locale file in the requested format and returns a download record.
        Poll that record to learn when the file is ready.

        Calls `POST /projects/{project_id}/locales/{locale_id}/downloads` (create_locale_download).
        """
        response = await create_locale_download.asyncio_detailed(
            project_id=project_id,
            locale_id=locale_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
            client=self._client,
        )
        return cast("LocaleDownload", unwrap(response))

    async def show(
        self,
        project_id: str,
        locale_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload:
        """Check an asynchronous locale download

        Reports the state of a locale download started earlier. Once processing has finished, the
        response includes the link to fetch the file.

        Calls `GET /projects/{project_id}/locales/{locale_id}/downloads/{id}` (show_locale_download).
        """
        response = await show_locale_download.asyncio_detailed(
            project_id=project_id,
            locale_id=locale_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
            client=self._client,
        )
        return cast("LocaleDownload", unwrap(response))
