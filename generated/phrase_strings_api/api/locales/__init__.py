"""Operations of the locales resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, deep_object, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from io import BytesIO
    from typing import cast

    from ...models.create_locale_body import CreateLocaleBody
    from ...models.download_locale_custom_metadata_filters import (
        DownloadLocaleCustomMetadataFilters,
    )
    from ...models.download_locale_format_options import DownloadLocaleFormatOptions
    from ...models.error import Error
    from ...models.list_locales_in_account_response_200_item import (
        ListLocalesInAccountResponse200Item,
    )
    from ...models.locale import Locale
    from ...models.locale_details import LocaleDetails
    from ...models.update_locale_body import UpdateLocaleBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, File, FileTypes, Unset

from . import (
    create_locale,
    delete_locale,
    download_locale,
    list_locales,
    list_locales_in_account,
    show_locale,
    update_locale,
)

__all__ = ["AsyncLocalesApi", "LocalesApi"]


class LocalesApi(Resource):
    """Blocking calls to the locales resource group."""

    def list_in_account(
        self,
        id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[ListLocalesInAccountResponse200Item]:
        """List locales used across an account

        Returns the locales found in all projects of the account, with one entry per distinct locale
        code.

        Calls `GET /accounts/{id}/locales` (list_locales_in_account).
        """
        response = list_locales_in_account.sync_detailed(
            id=id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast(
            "builtins.list[ListLocalesInAccountResponse200Item]", unwrap(response)
        )

    def list_in_account_pages(
        self,
        id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[ListLocalesInAccountResponse200Item]]:
        """Every page of `list_in_account`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_locales_in_account.sync_detailed(
                id=id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_in_account_all(
        self,
        id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[ListLocalesInAccountResponse200Item]:
        """Every item of every page of `list_in_account` (see `list_in_account_pages`)."""
        return items(
            self.list_in_account_pages(
                id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Locale]:
        """List the locales of a project

        Returns every locale defined in the project, in the requested order.

        Calls `GET /projects/{project_id}/locales` (list_locales).
        """
        response = list_locales.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            sort_by=sort_by,
            branch=branch,
            q=q,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Locale]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        sort_by: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Locale]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_locales.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                sort_by=sort_by,
                branch=branch,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        sort_by: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Locale]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                sort_by=sort_by,
                branch=branch,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreateLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> LocaleDetails:
        """Add a locale to a project

        Creates a locale in the project. Making it the default moves the default status away from the
        current default locale.

        Calls `POST /projects/{project_id}/locales` (create_locale).
        """
        response = create_locale.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("LocaleDetails", unwrap(response))

    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> LocaleDetails:
        """Get a locale

        Returns the settings of one locale in the project.

        Calls `GET /projects/{project_id}/locales/{id}` (show_locale).
        """
        response = show_locale.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("LocaleDetails", unwrap(response))

    def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a locale

        Removes a locale from the project.

        Calls `DELETE /projects/{project_id}/locales/{id}` (delete_locale).
        """
        response = delete_locale.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> LocaleDetails:
        """Update a locale

        Changes the settings of an existing locale. Making it the default moves the default status away
        from the current default locale.

        Calls `PATCH /projects/{project_id}/locales/{id}` (update_locale).
        """
        response = update_locale.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("LocaleDetails", unwrap(response))

    def download(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        file_format: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        include_empty_translations: bool | Unset = UNSET,
        exclude_empty_zero_forms: bool | Unset = UNSET,
        include_translated_keys: bool | Unset = UNSET,
        keep_notranslate_tags: bool | Unset = UNSET,
        convert_emoji: bool | Unset = UNSET,
        format_options: DownloadLocaleFormatOptions | Unset = UNSET,
        encoding: str | Unset = UNSET,
        skip_unverified_translations: bool | Unset = UNSET,
        include_unverified_translations: bool | Unset = UNSET,
        use_last_reviewed_version: bool | Unset = UNSET,
        fallback_locale_id: str | Unset = UNSET,
        use_locale_fallback: bool | Unset = UNSET,
        source_locale_id: str | Unset = UNSET,
        translation_key_prefix: str | Unset = UNSET,
        filter_by_prefix: bool | Unset = UNSET,
        custom_metadata_filters: DownloadLocaleCustomMetadataFilters | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        fallback_for_unverified_translations: bool | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> File:
        """Download a locale as a file

        Renders the translations of one locale in the chosen file format and returns the file. Query
        parameters control which keys and translations are included, how untranslated keys are filled
        and how the file is encoded.

        Calls `GET /projects/{project_id}/locales/{id}/download` (download_locale).
        """
        format_options = deep_object("format_options", format_options)
        custom_metadata_filters = deep_object(
            "custom_metadata_filters", custom_metadata_filters
        )
        response = download_locale.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            file_format=file_format,
            tags=tags,
            tag=tag,
            include_empty_translations=include_empty_translations,
            exclude_empty_zero_forms=exclude_empty_zero_forms,
            include_translated_keys=include_translated_keys,
            keep_notranslate_tags=keep_notranslate_tags,
            convert_emoji=convert_emoji,
            format_options=format_options,
            encoding=encoding,
            skip_unverified_translations=skip_unverified_translations,
            include_unverified_translations=include_unverified_translations,
            use_last_reviewed_version=use_last_reviewed_version,
            fallback_locale_id=fallback_locale_id,
            use_locale_fallback=use_locale_fallback,
            source_locale_id=source_locale_id,
            translation_key_prefix=translation_key_prefix,
            filter_by_prefix=filter_by_prefix,
            custom_metadata_filters=custom_metadata_filters,
            locale_ids=locale_ids,
            updated_since=updated_since,
            fallback_for_unverified_translations=fallback_for_unverified_translations,
            x_phrase_app_otp=x_phrase_app_otp,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
            client=self._client,
        )
        return cast("File", unwrap(response))


class AsyncLocalesApi(AsyncResource):
    """Awaitable calls to the locales resource group."""

    async def list_in_account(
        self,
        id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[ListLocalesInAccountResponse200Item]:
        """List locales used across an account

        Returns the locales found in all projects of the account, with one entry per distinct locale
        code.

        Calls `GET /accounts/{id}/locales` (list_locales_in_account).
        """
        response = await list_locales_in_account.asyncio_detailed(
            id=id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast(
            "builtins.list[ListLocalesInAccountResponse200Item]", unwrap(response)
        )

    def list_in_account_pages(
        self,
        id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[ListLocalesInAccountResponse200Item]]:
        """Every page of `list_in_account`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_locales_in_account.asyncio_detailed(
                id=id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_in_account_all(
        self,
        id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[ListLocalesInAccountResponse200Item]:
        """Every item of every page of `list_in_account` (see `list_in_account_pages`)."""
        return async_items(
            self.list_in_account_pages(
                id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort_by: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Locale]:
        """List the locales of a project

        Returns every locale defined in the project, in the requested order.

        Calls `GET /projects/{project_id}/locales` (list_locales).
        """
        response = await list_locales.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            sort_by=sort_by,
            branch=branch,
            q=q,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Locale]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        sort_by: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Locale]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_locales.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                sort_by=sort_by,
                branch=branch,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        sort_by: str | Unset = UNSET,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Locale]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                sort_by=sort_by,
                branch=branch,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreateLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> LocaleDetails:
        """Add a locale to a project

        Creates a locale in the project. Making it the default moves the default status away from the
        current default locale.

        Calls `POST /projects/{project_id}/locales` (create_locale).
        """
        response = await create_locale.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("LocaleDetails", unwrap(response))

    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> LocaleDetails:
        """Get a locale

        Returns the settings of one locale in the project.

        Calls `GET /projects/{project_id}/locales/{id}` (show_locale).
        """
        response = await show_locale.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("LocaleDetails", unwrap(response))

    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a locale

        Removes a locale from the project.

        Calls `DELETE /projects/{project_id}/locales/{id}` (delete_locale).
        """
        response = await delete_locale.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateLocaleBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> LocaleDetails:
        """Update a locale

        Changes the settings of an existing locale. Making it the default moves the default status away
        from the current default locale.

        Calls `PATCH /projects/{project_id}/locales/{id}` (update_locale).
        """
        response = await update_locale.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("LocaleDetails", unwrap(response))

    async def download(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        file_format: str | Unset = UNSET,
        tags: str | Unset = UNSET,
        tag: str | Unset = UNSET,
        include_empty_translations: bool | Unset = UNSET,
        exclude_empty_zero_forms: bool | Unset = UNSET,
        include_translated_keys: bool | Unset = UNSET,
        keep_notranslate_tags: bool | Unset = UNSET,
        convert_emoji: bool | Unset = UNSET,
        format_options: DownloadLocaleFormatOptions | Unset = UNSET,
        encoding: str | Unset = UNSET,
        skip_unverified_translations: bool | Unset = UNSET,
        include_unverified_translations: bool | Unset = UNSET,
        use_last_reviewed_version: bool | Unset = UNSET,
        fallback_locale_id: str | Unset = UNSET,
        use_locale_fallback: bool | Unset = UNSET,
        source_locale_id: str | Unset = UNSET,
        translation_key_prefix: str | Unset = UNSET,
        filter_by_prefix: bool | Unset = UNSET,
        custom_metadata_filters: DownloadLocaleCustomMetadataFilters | Unset = UNSET,
        locale_ids: builtins.list[str] | Unset = UNSET,
        updated_since: str | Unset = UNSET,
        fallback_for_unverified_translations: bool | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> File:
        """Download a locale as a file

        Renders the translations of one locale in the chosen file format and returns the file. Query
        parameters control which keys and translations are included, how untranslated keys are filled
        and how the file is encoded.

        Calls `GET /projects/{project_id}/locales/{id}/download` (download_locale).
        """
        format_options = deep_object("format_options", format_options)
        custom_metadata_filters = deep_object(
            "custom_metadata_filters", custom_metadata_filters
        )
        response = await download_locale.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            file_format=file_format,
            tags=tags,
            tag=tag,
            include_empty_translations=include_empty_translations,
            exclude_empty_zero_forms=exclude_empty_zero_forms,
            include_translated_keys=include_translated_keys,
            keep_notranslate_tags=keep_notranslate_tags,
            convert_emoji=convert_emoji,
            format_options=format_options,
            encoding=encoding,
            skip_unverified_translations=skip_unverified_translations,
            include_unverified_translations=include_unverified_translations,
            use_last_reviewed_version=use_last_reviewed_version,
            fallback_locale_id=fallback_locale_id,
            use_locale_fallback=use_locale_fallback,
            source_locale_id=source_locale_id,
            translation_key_prefix=translation_key_prefix,
            filter_by_prefix=filter_by_prefix,
            custom_metadata_filters=custom_metadata_filters,
            locale_ids=locale_ids,
            updated_since=updated_since,
            fallback_for_unverified_translations=fallback_for_unverified_translations,
            x_phrase_app_otp=x_phrase_app_otp,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
            client=self._client,
        )
        return cast("File", unwrap(response))
