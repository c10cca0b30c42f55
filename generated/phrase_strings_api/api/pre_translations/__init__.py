"""Operations of the pre_translations resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_pre_translation_body import CreatePreTranslationBody
    from ...models.error import Error
    from ...models.pre_translation import PreTranslation
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_pre_translation,
    list_pre_translations,
    show_pre_translation,
)

__all__ = ["AsyncPreTranslationsApi", "PreTranslationsApi"]


class PreTranslationsApi(Resource):
    """Blocking calls to the pre_translations resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> builtins.list[PreTranslation]:
        """List the pre-translation runs of a project

        Returns a page of the pre-translation runs started in the project, with their status.

        Calls `GET /projects/{project_id}/pre_translations` (list_pre_translations).
        """
        response = list_pre_translations.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
            client=self._client,
        )
        return cast("builtins.list[PreTranslation]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[PreTranslation]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_pre_translations.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[PreTranslation]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreatePreTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> PreTranslation:
        """Start a pre-translation run

        Starts filling in the missing translations of a locale, job, key or upload from machine
        translation and translation memory. The run works in the background; follow it with show.

        Calls `POST /projects/{project_id}/pre_translations` (create_pre_translation).
        """
        response = create_pre_translation.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("PreTranslation", unwrap(response))

    def show(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> PreTranslation:
        """Get a pre-translation run

        Returns one pre-translation run, to see whether it has finished.

        Calls `GET /projects/{project_id}/pre_translations/{id}` (show_pre_translation).
        """
        response = show_pre_translation.sync_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
            client=self._client,
        )
        return cast("PreTranslation", unwrap(response))


class AsyncPreTranslationsApi(AsyncResource):
    """Awaitable calls to the pre_translations resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> builtins.list[PreTranslation]:
        """List the pre-translation runs of a project

        Returns a page of the pre-translation runs started in the project, with their status.

        Calls `GET /projects/{project_id}/pre_translations` (list_pre_translations).
        """
        response = await list_pre_translations.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
            client=self._client,
        )
        return cast("builtins.list[PreTranslation]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[PreTranslation]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_pre_translations.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[PreTranslation]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreatePreTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> PreTranslation:
        """Start a pre-translation run

        Starts filling in the missing translations of a locale, job, key or upload from machine
        translation and translation memory. The run works in the background; follow it with show.

        Calls `POST /projects/{project_id}/pre_translations` (create_pre_translation).
        """
        response = await create_pre_translation.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("PreTranslation", unwrap(response))

    async def show(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> PreTranslation:
        """Get a pre-translation run

        Returns one pre-translation run, to see whether it has finished.

        Calls `GET /projects/{project_id}/pre_translations/{id}` (show_pre_translation).
        """
        response = await show_pre_translation.asyncio_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
            client=self._client,
        )
        return cast("PreTranslation", unwrap(response))
