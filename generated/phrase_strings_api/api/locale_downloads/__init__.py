"""Operations of the locale_downloads resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
import json
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast, overload

from ..._facade import (
    AsyncResource,
    NotModified,
    Page,
    Resource,
    as_enum,
    async_items,
    check_per_page,
    deep_object,
    items,
    join_tags,
    malformed_json,
    path_value,
    project_value,
    unwrap,
    unwrap_conditional,
)
from ...types import UNSET, Response, Unset

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
    """Asynchronous locale exports: start rendering a locale file in the background, then poll for its
    status and download link.

    Blocking calls; `AsyncLocaleDownloadsApi` has the same methods, awaitable.
    """

    @overload
    def create(
        self,
        project_id: str,
        locale_id: str,
        *,
        body: CreateLocaleDownloadBody,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> LocaleDownload: ...

    @overload
    def create(
        self,
        project_id: str,
        locale_id: str,
        *,
        body: CreateLocaleDownloadBody,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload | NotModified: ...

    @overload
    def create(
        self,
        *,
        locale_id: str,
        body: CreateLocaleDownloadBody,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> LocaleDownload: ...

    @overload
    def create(
        self,
        *,
        locale_id: str,
        body: CreateLocaleDownloadBody,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload | NotModified: ...

    def create(
        self,
        project_id: str | None = None,
        locale_id: str | None = None,
        *,
        body: CreateLocaleDownloadBody,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload | NotModified:
        """Start an asynchronous locale download

        Queues the rendering of a locale file in the requested format and returns a download record.
        Poll that record to learn when the file is ready.

        Calls `POST /projects/{project_id}/locales/{locale_id}/downloads` (create_locale_download).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            locale_id: Identifier of the locale.
            body: Request body of create_locale_download: Start an asynchronous locale download.
            if_modified_since: Optional conditional-request header; pass the last-modified time from an
                earlier response so data is only sent again if it changed after that time. An unchanged
                resource answers `NotModified`.
            if_none_match: Optional conditional-request header; pass the ETag from an earlier response
                so data is only sent again if its ETag no longer matches. An unchanged resource answers
                `NotModified`.
        """
        project_id = project_value(project_id, self._project_id)
        locale_id = path_value("locale_id", locale_id)

        try:
            response = create_locale_download.sync_detailed(
                project_id=project_id,
                locale_id=locale_id,
                body=body,
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/locales/{locale_id}/downloads", exc
            ) from exc
        return cast(
            "LocaleDownload | NotModified",
            unwrap_conditional(
                response,
                (201,),
                "POST /projects/{project_id}/locales/{locale_id}/downloads",
            ),
        )

    @overload
    def show(
        self,
        project_id: str,
        locale_id: str,
        id: str,
        *,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> LocaleDownload: ...

    @overload
    def show(
        self,
        project_id: str,
        locale_id: str,
        id: str,
        *,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload | NotModified: ...

    @overload
    def show(
        self,
        *,
        locale_id: str,
        id: str,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> LocaleDownload: ...

    @overload
    def show(
        self,
        *,
        locale_id: str,
        id: str,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload | NotModified: ...

    def show(
        self,
        project_id: str | None = None,
        locale_id: str | None = None,
        id: str | None = None,
        *,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload | NotModified:
        """Check an asynchronous locale download

        Reports the state of a locale download started earlier. Once processing has finished, the
        response includes the link to fetch the file.

        Calls `GET /projects/{project_id}/locales/{locale_id}/downloads/{id}` (show_locale_download).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            locale_id: Identifier of the locale.
            id: Identifier of the resource the path points to.
            if_modified_since: Optional conditional-request header; pass the last-modified time from an
                earlier response so data is only sent again if it changed after that time. An unchanged
                resource answers `NotModified`.
            if_none_match: Optional conditional-request header; pass the ETag from an earlier response
                so data is only sent again if its ETag no longer matches. An unchanged resource answers
                `NotModified`.
        """
        project_id = project_value(project_id, self._project_id)
        locale_id = path_value("locale_id", locale_id)
        id = path_value("id", id)

        try:
            response = show_locale_download.sync_detailed(
                project_id=project_id,
                locale_id=locale_id,
                id=id,
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/locales/{locale_id}/downloads/{id}", exc
            ) from exc
        return cast(
            "LocaleDownload | NotModified",
            unwrap_conditional(
                response,
                (200,),
                "GET /projects/{project_id}/locales/{locale_id}/downloads/{id}",
            ),
        )


class AsyncLocaleDownloadsApi(AsyncResource):
    """Asynchronous locale exports: start rendering a locale file in the background, then poll for its
    status and download link.

    Awaitable calls; `LocaleDownloadsApi` has the same methods, blocking.
    """

    @overload
    async def create(
        self,
        project_id: str,
        locale_id: str,
        *,
        body: CreateLocaleDownloadBody,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> LocaleDownload: ...

    @overload
    async def create(
        self,
        project_id: str,
        locale_id: str,
        *,
        body: CreateLocaleDownloadBody,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload | NotModified: ...

    @overload
    async def create(
        self,
        *,
        locale_id: str,
        body: CreateLocaleDownloadBody,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> LocaleDownload: ...

    @overload
    async def create(
        self,
        *,
        locale_id: str,
        body: CreateLocaleDownloadBody,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload | NotModified: ...

    async def create(
        self,
        project_id: str | None = None,
        locale_id: str | None = None,
        *,
        body: CreateLocaleDownloadBody,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload | NotModified:
        """Start an asynchronous locale download

        Queues the rendering of a locale file in the requested format and returns a download record.
        Poll that record to learn when the file is ready.

        Calls `POST /projects/{project_id}/locales/{locale_id}/downloads` (create_locale_download).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            locale_id: Identifier of the locale.
            body: Request body of create_locale_download: Start an asynchronous locale download.
            if_modified_since: Optional conditional-request header; pass the last-modified time from an
                earlier response so data is only sent again if it changed after that time. An unchanged
                resource answers `NotModified`.
            if_none_match: Optional conditional-request header; pass the ETag from an earlier response
                so data is only sent again if its ETag no longer matches. An unchanged resource answers
                `NotModified`.
        """
        project_id = project_value(project_id, self._project_id)
        locale_id = path_value("locale_id", locale_id)

        try:
            response = await create_locale_download.asyncio_detailed(
                project_id=project_id,
                locale_id=locale_id,
                body=body,
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/locales/{locale_id}/downloads", exc
            ) from exc
        return cast(
            "LocaleDownload | NotModified",
            unwrap_conditional(
                response,
                (201,),
                "POST /projects/{project_id}/locales/{locale_id}/downloads",
            ),
        )

    @overload
    async def show(
        self,
        project_id: str,
        locale_id: str,
        id: str,
        *,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> LocaleDownload: ...

    @overload
    async def show(
        self,
        project_id: str,
        locale_id: str,
        id: str,
        *,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload | NotModified: ...

    @overload
    async def show(
        self,
        *,
        locale_id: str,
        id: str,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> LocaleDownload: ...

    @overload
    async def show(
        self,
        *,
        locale_id: str,
        id: str,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload | NotModified: ...

    async def show(
        self,
        project_id: str | None = None,
        locale_id: str | None = None,
        id: str | None = None,
        *,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> LocaleDownload | NotModified:
        """Check an asynchronous locale download

        Reports the state of a locale download started earlier. Once processing has finished, the
        response includes the link to fetch the file.

        Calls `GET /projects/{project_id}/locales/{locale_id}/downloads/{id}` (show_locale_download).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            locale_id: Identifier of the locale.
            id: Identifier of the resource the path points to.
            if_modified_since: Optional conditional-request header; pass the last-modified time from an
                earlier response so data is only sent again if it changed after that time. An unchanged
                resource answers `NotModified`.
            if_none_match: Optional conditional-request header; pass the ETag from an earlier response
                so data is only sent again if its ETag no longer matches. An unchanged resource answers
                `NotModified`.
        """
        project_id = project_value(project_id, self._project_id)
        locale_id = path_value("locale_id", locale_id)
        id = path_value("id", id)

        try:
            response = await show_locale_download.asyncio_detailed(
                project_id=project_id,
                locale_id=locale_id,
                id=id,
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/locales/{locale_id}/downloads/{id}", exc
            ) from exc
        return cast(
            "LocaleDownload | NotModified",
            unwrap_conditional(
                response,
                (200,),
                "GET /projects/{project_id}/locales/{locale_id}/downloads/{id}",
            ),
        )
