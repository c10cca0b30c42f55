"""Operations of the versions_history resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

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
    """Blocking calls to the versions_history resource group."""

    def list_versions(
        self,
        project_id: str,
        translation_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[TranslationVersion]:
        """List the versions of a translation

        Returns the recorded changes of one translation, one version per change.

        Calls `GET /projects/{project_id}/translations/{translation_id}/versions` (list_versions).
        """
        response = list_versions.sync_detailed(
            project_id=project_id,
            translation_id=translation_id,
            page=page,
            per_page=per_page,
            branch=branch,
            only_content_updates=only_content_updates,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[TranslationVersion]", unwrap(response))

    def list_versions_pages(
        self,
        project_id: str,
        translation_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[TranslationVersion]]:
        """Every page of `list_versions`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_versions.sync_detailed(
                project_id=project_id,
                translation_id=translation_id,
                page=page,
                per_page=size,
                branch=branch,
                only_content_updates=only_content_updates,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_versions_all(
        self,
        project_id: str,
        translation_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[TranslationVersion]:
        """Every item of every page of `list_versions` (see `list_versions_pages`)."""
        return items(
            self.list_versions_pages(
                project_id,
                translation_id,
                per_page=per_page,
                branch=branch,
                only_content_updates=only_content_updates,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def show_version(
        self,
        project_id: str,
        translation_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationVersionWithUser:
        """Get a translation version

        Returns one recorded version of a translation.

        Calls `GET /projects/{project_id}/translations/{translation_id}/versions/{id}` (show_version).
        """
        response = show_version.sync_detailed(
            project_id=project_id,
            translation_id=translation_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationVersionWithUser", unwrap(response))


class AsyncVersionsHistoryApi(AsyncResource):
    """Awaitable calls to the versions_history resource group."""

    async def list_versions(
        self,
        project_id: str,
        translation_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[TranslationVersion]:
        """List the versions of a translation

        Returns the recorded changes of one translation, one version per change.

        Calls `GET /projects/{project_id}/translations/{translation_id}/versions` (list_versions).
        """
        response = await list_versions.asyncio_detailed(
            project_id=project_id,
            translation_id=translation_id,
            page=page,
            per_page=per_page,
            branch=branch,
            only_content_updates=only_content_updates,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[TranslationVersion]", unwrap(response))

    def list_versions_pages(
        self,
        project_id: str,
        translation_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[TranslationVersion]]:
        """Every page of `list_versions`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_versions.asyncio_detailed(
                project_id=project_id,
                translation_id=translation_id,
                page=page,
                per_page=size,
                branch=branch,
                only_content_updates=only_content_updates,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_versions_all(
        self,
        project_id: str,
        translation_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        only_content_updates: bool | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[TranslationVersion]:
        """Every item of every page of `list_versions` (see `list_versions_pages`)."""
        return async_items(
            self.list_versions_pages(
                project_id,
                translation_id,
                per_page=per_page,
                branch=branch,
                only_content_updates=only_content_updates,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def show_version(
        self,
        project_id: str,
        translation_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationVersionWithUser:
        """Get a translation version

        Returns one recorded version of a translation.

        Calls `GET /projects/{project_id}/translations/{translation_id}/versions/{id}` (show_version).
        """
        response = await show_version.asyncio_detailed(
            project_id=project_id,
            translation_id=translation_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationVersionWithUser", unwrap(response))
