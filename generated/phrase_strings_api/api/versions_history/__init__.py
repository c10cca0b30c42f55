"""Operations of the versions_history resource group, and the facade classes that call them."""

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

    from ...models.error import Error
    from ...models.translation_version import TranslationVersion
    from ...models.translation_version_with_user import TranslationVersionWithUser
    from ...types import UNSET, Unset

from . import (
    list_versions,
    show_version,
)

__all__ = ["AsyncVersionsHistoryApi", "VersionsHistoryApi"]


class VersionsHistoryApi(Resource):
    """Versions record each change made to a translation, so its history can be reviewed.

    Blocking calls; `AsyncVersionsHistoryApi` has the same methods, awaitable.
    """

    @overload
    def list_versions(
        self,
        project_id: str,
        translation_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
    ) -> builtins.list[TranslationVersion]: ...

    @overload
    def list_versions(
        self,
        *,
        translation_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
    ) -> builtins.list[TranslationVersion]: ...

    def list_versions(
        self,
        project_id: str | None = None,
        translation_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
    ) -> builtins.list[TranslationVersion]:
        """List the versions of a translation

        Returns the recorded changes of one translation, one version per change.

        Calls `GET /projects/{project_id}/translations/{translation_id}/versions` (list_versions).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            translation_id: Identifier of the translation.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
            only_content_updates: With true, only versions that changed the text are listed.
        """
        project_id = project_value(project_id, self._project_id)
        translation_id = path_value("translation_id", translation_id)
        check_per_page(per_page)

        try:
            response = list_versions.sync_detailed(
                project_id=project_id,
                translation_id=translation_id,
                page=page,
                per_page=per_page,
                branch=branch,
                only_content_updates=only_content_updates,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/translations/{translation_id}/versions", exc
            ) from exc
        return cast(
            "builtins.list[TranslationVersion]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/translations/{translation_id}/versions",
            ),
        )

    @overload
    def list_versions_pages(
        self,
        project_id: str,
        translation_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[TranslationVersion]]: ...

    @overload
    def list_versions_pages(
        self,
        *,
        translation_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[TranslationVersion]]: ...

    def list_versions_pages(
        self,
        project_id: str | None = None,
        translation_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[TranslationVersion]]:
        """Every page of `list_versions`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            translation_id: Identifier of the translation.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            only_content_updates: With true, only versions that changed the text are listed.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        translation_id = path_value("translation_id", translation_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_versions.sync_detailed(
                    project_id=project_id,
                    translation_id=translation_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    only_content_updates=only_content_updates,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/translations/{translation_id}/versions",
                    exc,
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/translations/{translation_id}/versions",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
    def list_versions_all(
        self,
        project_id: str,
        translation_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[TranslationVersion]: ...

    @overload
    def list_versions_all(
        self,
        *,
        translation_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[TranslationVersion]: ...

    def list_versions_all(
        self,
        project_id: str | None = None,
        translation_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[TranslationVersion]:
        """Every item of every page of `list_versions` (see `list_versions_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            translation_id: Identifier of the translation.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            only_content_updates: With true, only versions that changed the text are listed.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        translation_id = path_value("translation_id", translation_id)

        return items(
            self.list_versions_pages(
                project_id,
                translation_id,
                per_page=per_page,
                branch=branch,
                only_content_updates=only_content_updates,
                concurrent=concurrent,
            )
        )

    @overload
    def show_version(
        self,
        project_id: str,
        translation_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> TranslationVersionWithUser: ...

    @overload
    def show_version(
        self,
        *,
        translation_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> TranslationVersionWithUser: ...

    def show_version(
        self,
        project_id: str | None = None,
        translation_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> TranslationVersionWithUser:
        """Get a translation version

        Returns one recorded version of a translation.

        Calls `GET /projects/{project_id}/translations/{translation_id}/versions/{id}` (show_version).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            translation_id: Identifier of the translation.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        translation_id = path_value("translation_id", translation_id)
        id = path_value("id", id)

        try:
            response = show_version.sync_detailed(
                project_id=project_id,
                translation_id=translation_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/translations/{translation_id}/versions/{id}",
                exc,
            ) from exc
        return cast(
            "TranslationVersionWithUser",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/translations/{translation_id}/versions/{id}",
            ),
        )


class AsyncVersionsHistoryApi(AsyncResource):
    """Versions record each change made to a translation, so its history can be reviewed.

    Awaitable calls; `VersionsHistoryApi` has the same methods, blocking.
    """

    @overload
    async def list_versions(
        self,
        project_id: str,
        translation_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
    ) -> builtins.list[TranslationVersion]: ...

    @overload
    async def list_versions(
        self,
        *,
        translation_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
    ) -> builtins.list[TranslationVersion]: ...

    async def list_versions(
        self,
        project_id: str | None = None,
        translation_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
    ) -> builtins.list[TranslationVersion]:
        """List the versions of a translation

        Returns the recorded changes of one translation, one version per change.

        Calls `GET /projects/{project_id}/translations/{translation_id}/versions` (list_versions).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            translation_id: Identifier of the translation.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
            only_content_updates: With true, only versions that changed the text are listed.
        """
        project_id = project_value(project_id, self._project_id)
        translation_id = path_value("translation_id", translation_id)
        check_per_page(per_page)

        try:
            response = await list_versions.asyncio_detailed(
                project_id=project_id,
                translation_id=translation_id,
                page=page,
                per_page=per_page,
                branch=branch,
                only_content_updates=only_content_updates,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/translations/{translation_id}/versions", exc
            ) from exc
        return cast(
            "builtins.list[TranslationVersion]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/translations/{translation_id}/versions",
            ),
        )

    @overload
    def list_versions_pages(
        self,
        project_id: str,
        translation_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[TranslationVersion]]: ...

    @overload
    def list_versions_pages(
        self,
        *,
        translation_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[TranslationVersion]]: ...

    def list_versions_pages(
        self,
        project_id: str | None = None,
        translation_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[TranslationVersion]]:
        """Every page of `list_versions`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            translation_id: Identifier of the translation.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            only_content_updates: With true, only versions that changed the text are listed.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        translation_id = path_value("translation_id", translation_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_versions.asyncio_detailed(
                    project_id=project_id,
                    translation_id=translation_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    only_content_updates=only_content_updates,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/translations/{translation_id}/versions",
                    exc,
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/translations/{translation_id}/versions",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
    def list_versions_all(
        self,
        project_id: str,
        translation_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[TranslationVersion]: ...

    @overload
    def list_versions_all(
        self,
        *,
        translation_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[TranslationVersion]: ...

    def list_versions_all(
        self,
        project_id: str | None = None,
        translation_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[TranslationVersion]:
        """Every item of every page of `list_versions` (see `list_versions_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            translation_id: Identifier of the translation.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            only_content_updates: With true, only versions that changed the text are listed.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        translation_id = path_value("translation_id", translation_id)

        return async_items(
            self.list_versions_pages(
                project_id,
                translation_id,
                per_page=per_page,
                branch=branch,
                only_content_updates=only_content_updates,
                concurrent=concurrent,
            )
        )

    @overload
    async def show_version(
        self,
        project_id: str,
        translation_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> TranslationVersionWithUser: ...

    @overload
    async def show_version(
        self,
        *,
        translation_id: str,
        id: str,
        branch: str | Unset = UNSET,
    ) -> TranslationVersionWithUser: ...

    async def show_version(
        self,
        project_id: str | None = None,
        translation_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> TranslationVersionWithUser:
        """Get a translation version

        Returns one recorded version of a translation.

        Calls `GET /projects/{project_id}/translations/{translation_id}/versions/{id}` (show_version).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            translation_id: Identifier of the translation.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        translation_id = path_value("translation_id", translation_id)
        id = path_value("id", id)

        try:
            response = await show_version.asyncio_detailed(
                project_id=project_id,
                translation_id=translation_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/translations/{translation_id}/versions/{id}",
                exc,
            ) from exc
        return cast(
            "TranslationVersionWithUser",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/translations/{translation_id}/versions/{id}",
            ),
        )
