"""Operations of the locales resource group, and the facade classes that call them."""

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
from ...models.list_locales_sort_by import ListLocalesSortBy
from ...types import UNSET, Response, Unset

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
    from ...models.list_locales_sort_by import ListLocalesSortBy
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
    """Locales are the languages or language variants a project is translated into. These endpoints
    manage a project's locales and render a locale as a file.

    Blocking calls; `AsyncLocalesApi` has the same methods, awaitable.
    """

    def list_in_account(
        self,
        id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[ListLocalesInAccountResponse200Item]:
        """List locales used across an account

        Returns the locales found in all projects of the account, with one entry per distinct locale
        code.

        Calls `GET /accounts/{id}/locales` (list_locales_in_account).

        Args:
            id: Identifier of the resource the path points to.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        id = path_value("id", id)
        check_per_page(per_page)

        try:
            response = list_locales_in_account.sync_detailed(
                id=id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{id}/locales", exc) from exc
        return cast(
            "builtins.list[ListLocalesInAccountResponse200Item]",
            unwrap(response, (200,), "GET /accounts/{id}/locales"),
        )

    def list_in_account_pages(
        self,
        id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[ListLocalesInAccountResponse200Item]]:
        """Every page of `list_in_account`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            id: Identifier of the resource the path points to.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        id = path_value("id", id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_locales_in_account.sync_detailed(
                    id=id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /accounts/{id}/locales", exc) from exc
            unwrap(response, (200,), "GET /accounts/{id}/locales")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_in_account_all(
        self,
        id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[ListLocalesInAccountResponse200Item]:
        """Every item of every page of `list_in_account` (see `list_in_account_pages`).

        Args:
            id: Identifier of the resource the path points to.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        id = path_value("id", id)

        return items(
            self.list_in_account_pages(
                id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort_by: Literal["name_asc", "name_desc", "default_asc", "default_desc"]
        | Unset = UNSET,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Locale]:
        """List the locales of a project

        Returns every locale defined in the project, in the requested order.

        Calls `GET /projects/{project_id}/locales` (list_locales).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            sort_by: Sort order: name_asc, name_desc, default_asc or default_desc.
            branch: Name of the branch to operate on.
            q: Query on locale names; name:TEXT keeps locales whose name begins with TEXT.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_locales.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                sort_by=as_enum(ListLocalesSortBy, sort_by),
                branch=branch,
                q=q,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/locales", exc) from exc
        return cast(
            "builtins.list[Locale]",
            unwrap(response, (200,), "GET /projects/{project_id}/locales"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        sort_by: Literal["name_asc", "name_desc", "default_asc", "default_desc"]
        | Unset = UNSET,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Locale]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            sort_by: Sort order: name_asc, name_desc, default_asc or default_desc.
            branch: Name of the branch to operate on.
            q: Query on locale names; name:TEXT keeps locales whose name begins with TEXT.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_locales.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    sort_by=as_enum(ListLocalesSortBy, sort_by),
                    branch=branch,
                    q=q,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects/{project_id}/locales", exc) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/locales")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        sort_by: Literal["name_asc", "name_desc", "default_asc", "default_desc"]
        | Unset = UNSET,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Locale]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            sort_by: Sort order: name_asc, name_desc, default_asc or default_desc.
            branch: Name of the branch to operate on.
            q: Query on locale names; name:TEXT keeps locales whose name begins with TEXT.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                sort_by=sort_by,
                branch=branch,
                q=q,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateLocaleBody,
    ) -> LocaleDetails:
        """Add a locale to a project

        Creates a locale in the project. Making it the default moves the default status away from the
        current default locale.

        Calls `POST /projects/{project_id}/locales` (create_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_locale: Add a locale to a project.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_locale.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/locales", exc) from exc
        return cast(
            "LocaleDetails",
            unwrap(response, (201,), "POST /projects/{project_id}/locales"),
        )

    @overload
    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> LocaleDetails: ...

    @overload
    def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> LocaleDetails: ...

    def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> LocaleDetails:
        """Get a locale

        Returns the settings of one locale in the project.

        Calls `GET /projects/{project_id}/locales/{id}` (show_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: The locale, given either by its ID or by its name.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = show_locale.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/locales/{id}", exc
            ) from exc
        return cast(
            "LocaleDetails",
            unwrap(response, (200,), "GET /projects/{project_id}/locales/{id}"),
        )

    @overload
    def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete a locale

        Removes a locale from the project.

        Calls `DELETE /projects/{project_id}/locales/{id}` (delete_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: The locale, given either by its ID or by its name.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = delete_locale.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/locales/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/locales/{id}")

    @overload
    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateLocaleBody,
    ) -> LocaleDetails: ...

    @overload
    def update(
        self,
        *,
        id: str,
        body: UpdateLocaleBody,
    ) -> LocaleDetails: ...

    def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateLocaleBody,
    ) -> LocaleDetails:
        """Update a locale

        Changes the settings of an existing locale. Making it the default moves the default status away
        from the current default locale.

        Calls `PATCH /projects/{project_id}/locales/{id}` (update_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: The locale, given either by its ID or by its name.
            body: Request body of update_locale: Update a locale.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = update_locale.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/locales/{id}", exc
            ) from exc
        return cast(
            "LocaleDetails",
            unwrap(response, (200,), "PATCH /projects/{project_id}/locales/{id}"),
        )

    @overload
    def download(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        file_format: str | Unset = UNSET,
        tags: str | Sequence[str] | Unset = UNSET,
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
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> File: ...

    @overload
    def download(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        file_format: str | Unset = UNSET,
        tags: str | Sequence[str] | Unset = UNSET,
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
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> File | NotModified: ...

    @overload
    def download(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
        file_format: str | Unset = UNSET,
        tags: str | Sequence[str] | Unset = UNSET,
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
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> File: ...

    @overload
    def download(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
        file_format: str | Unset = UNSET,
        tags: str | Sequence[str] | Unset = UNSET,
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
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> File | NotModified: ...

    def download(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
        file_format: str | Unset = UNSET,
        tags: str | Sequence[str] | Unset = UNSET,
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
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> File | NotModified:
        """Download a locale as a file

        Renders the translations of one locale in the chosen file format and returns the file. Query
        parameters control which keys and translations are included, how untranslated keys are filled
        and how the file is encoded.

        Calls `GET /projects/{project_id}/locales/{id}/download` (download_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: The locale, given either by its ID or by its name.
            branch: Name of the branch to operate on.
            file_format: Name of the file format to render.
            tags: Comma-separated tag names; only keys carrying these tags are included. A list of tag
                names is joined with commas.
            tag: Single tag name to restrict the keys. Deprecated in favor of tags.
            include_empty_translations: Also include keys that have no translation.
            exclude_empty_zero_forms: Whether empty zero forms of pluralized keys are left out.
            include_translated_keys: Whether keys that already have a translation are included; set it
                to false together with include_empty_translations to get only untranslated keys.
            keep_notranslate_tags: Keep [NOTRANSLATE] markers in the output.
            convert_emoji: Obsolete; emoji are handled natively, so projects created on or after
                November 29, 2019, or without emoji at that time, do not need it.
            format_options: Extra rendering options specific to the chosen format, sent as
                format_options[name]=value.
            encoding: Encoding to force on the file: UTF-8, UTF-16 or ISO-8859-1.
            skip_unverified_translations: Leave out unverified translations. Deprecated in favor of
                include_unverified_translations.
            include_unverified_translations: When false, unverified translations are left out.
            use_last_reviewed_version: Use the most recently reviewed version of each translation; only
                available when the project uses the review workflow.
            fallback_locale_id: ID of a locale whose translation is used when a key is untranslated in
                this locale. Requires include_empty_translations to be true; cannot be combined with
                use_locale_fallback.
            use_locale_fallback: Fill untranslated keys from the fallback locale set in this locale's
                settings. Requires include_empty_translations to be true; cannot be combined with
                fallback_locale_id.
            source_locale_id: Locale to write as the source language of the file; ignored unless a tag
                identifying a job is also given.
            translation_key_prefix: Prefix to strip from key names where present; all keys are still
                included, so stripped names may collide with existing ones.
            filter_by_prefix: Only include keys that start with the given prefix, and strip that prefix
                in the output.
            custom_metadata_filters: Mapping of custom metadata field names to values; only keys whose
                metadata matches are included.
            locale_ids: IDs or names of locales.
            updated_since: ISO 8601 timestamp, e.g. 2023-01-01T00:00:00Z; only keys and translations
                changed after it are included.
            fallback_for_unverified_translations: With true, translations that are not final yet
                (unverified, or not reviewed in the review workflow) are rendered as the fallback locale's
                text.
            if_modified_since: Optional conditional-request header; pass the last-modified time from an
                earlier response so data is only sent again if it changed after that time. An unchanged
                resource answers `NotModified`.
            if_none_match: Optional conditional-request header; pass the ETag from an earlier response
                so data is only sent again if its ETag no longer matches. An unchanged resource answers
                `NotModified`.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)
        tags = join_tags(tags)
        format_options = deep_object("format_options", format_options)
        custom_metadata_filters = deep_object(
            "custom_metadata_filters", custom_metadata_filters
        )

        try:
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
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/locales/{id}/download", exc
            ) from exc
        return cast(
            "File | NotModified",
            unwrap_conditional(
                response, (200,), "GET /projects/{project_id}/locales/{id}/download"
            ),
        )


class AsyncLocalesApi(AsyncResource):
    """Locales are the languages or language variants a project is translated into. These endpoints
    manage a project's locales and render a locale as a file.

    Awaitable calls; `LocalesApi` has the same methods, blocking.
    """

    async def list_in_account(
        self,
        id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[ListLocalesInAccountResponse200Item]:
        """List locales used across an account

        Returns the locales found in all projects of the account, with one entry per distinct locale
        code.

        Calls `GET /accounts/{id}/locales` (list_locales_in_account).

        Args:
            id: Identifier of the resource the path points to.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        id = path_value("id", id)
        check_per_page(per_page)

        try:
            response = await list_locales_in_account.asyncio_detailed(
                id=id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /accounts/{id}/locales", exc) from exc
        return cast(
            "builtins.list[ListLocalesInAccountResponse200Item]",
            unwrap(response, (200,), "GET /accounts/{id}/locales"),
        )

    def list_in_account_pages(
        self,
        id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[ListLocalesInAccountResponse200Item]]:
        """Every page of `list_in_account`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            id: Identifier of the resource the path points to.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        id = path_value("id", id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_locales_in_account.asyncio_detailed(
                    id=id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /accounts/{id}/locales", exc) from exc
            unwrap(response, (200,), "GET /accounts/{id}/locales")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_in_account_all(
        self,
        id: str,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[ListLocalesInAccountResponse200Item]:
        """Every item of every page of `list_in_account` (see `list_in_account_pages`).

        Args:
            id: Identifier of the resource the path points to.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        id = path_value("id", id)

        return async_items(
            self.list_in_account_pages(
                id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        sort_by: Literal["name_asc", "name_desc", "default_asc", "default_desc"]
        | Unset = UNSET,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Locale]:
        """List the locales of a project

        Returns every locale defined in the project, in the requested order.

        Calls `GET /projects/{project_id}/locales` (list_locales).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            sort_by: Sort order: name_asc, name_desc, default_asc or default_desc.
            branch: Name of the branch to operate on.
            q: Query on locale names; name:TEXT keeps locales whose name begins with TEXT.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_locales.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                sort_by=as_enum(ListLocalesSortBy, sort_by),
                branch=branch,
                q=q,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/locales", exc) from exc
        return cast(
            "builtins.list[Locale]",
            unwrap(response, (200,), "GET /projects/{project_id}/locales"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        sort_by: Literal["name_asc", "name_desc", "default_asc", "default_desc"]
        | Unset = UNSET,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Locale]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            sort_by: Sort order: name_asc, name_desc, default_asc or default_desc.
            branch: Name of the branch to operate on.
            q: Query on locale names; name:TEXT keeps locales whose name begins with TEXT.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_locales.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    sort_by=as_enum(ListLocalesSortBy, sort_by),
                    branch=branch,
                    q=q,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects/{project_id}/locales", exc) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/locales")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        sort_by: Literal["name_asc", "name_desc", "default_asc", "default_desc"]
        | Unset = UNSET,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Locale]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            sort_by: Sort order: name_asc, name_desc, default_asc or default_desc.
            branch: Name of the branch to operate on.
            q: Query on locale names; name:TEXT keeps locales whose name begins with TEXT.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                sort_by=sort_by,
                branch=branch,
                q=q,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateLocaleBody,
    ) -> LocaleDetails:
        """Add a locale to a project

        Creates a locale in the project. Making it the default moves the default status away from the
        current default locale.

        Calls `POST /projects/{project_id}/locales` (create_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_locale: Add a locale to a project.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_locale.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/locales", exc) from exc
        return cast(
            "LocaleDetails",
            unwrap(response, (201,), "POST /projects/{project_id}/locales"),
        )

    @overload
    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> LocaleDetails: ...

    @overload
    async def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> LocaleDetails: ...

    async def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> LocaleDetails:
        """Get a locale

        Returns the settings of one locale in the project.

        Calls `GET /projects/{project_id}/locales/{id}` (show_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: The locale, given either by its ID or by its name.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await show_locale.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/locales/{id}", exc
            ) from exc
        return cast(
            "LocaleDetails",
            unwrap(response, (200,), "GET /projects/{project_id}/locales/{id}"),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> None:
        """Delete a locale

        Removes a locale from the project.

        Calls `DELETE /projects/{project_id}/locales/{id}` (delete_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: The locale, given either by its ID or by its name.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await delete_locale.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/locales/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/locales/{id}")

    @overload
    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateLocaleBody,
    ) -> LocaleDetails: ...

    @overload
    async def update(
        self,
        *,
        id: str,
        body: UpdateLocaleBody,
    ) -> LocaleDetails: ...

    async def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateLocaleBody,
    ) -> LocaleDetails:
        """Update a locale

        Changes the settings of an existing locale. Making it the default moves the default status away
        from the current default locale.

        Calls `PATCH /projects/{project_id}/locales/{id}` (update_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: The locale, given either by its ID or by its name.
            body: Request body of update_locale: Update a locale.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await update_locale.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/locales/{id}", exc
            ) from exc
        return cast(
            "LocaleDetails",
            unwrap(response, (200,), "PATCH /projects/{project_id}/locales/{id}"),
        )

    @overload
    async def download(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        file_format: str | Unset = UNSET,
        tags: str | Sequence[str] | Unset = UNSET,
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
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> File: ...

    @overload
    async def download(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        file_format: str | Unset = UNSET,
        tags: str | Sequence[str] | Unset = UNSET,
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
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> File | NotModified: ...

    @overload
    async def download(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
        file_format: str | Unset = UNSET,
        tags: str | Sequence[str] | Unset = UNSET,
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
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> File: ...

    @overload
    async def download(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
        file_format: str | Unset = UNSET,
        tags: str | Sequence[str] | Unset = UNSET,
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
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> File | NotModified: ...

    async def download(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
        file_format: str | Unset = UNSET,
        tags: str | Sequence[str] | Unset = UNSET,
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
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> File | NotModified:
        """Download a locale as a file

        Renders the translations of one locale in the chosen file format and returns the file. Query
        parameters control which keys and translations are included, how untranslated keys are filled
        and how the file is encoded.

        Calls `GET /projects/{project_id}/locales/{id}/download` (download_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: The locale, given either by its ID or by its name.
            branch: Name of the branch to operate on.
            file_format: Name of the file format to render.
            tags: Comma-separated tag names; only keys carrying these tags are included. A list of tag
                names is joined with commas.
            tag: Single tag name to restrict the keys. Deprecated in favor of tags.
            include_empty_translations: Also include keys that have no translation.
            exclude_empty_zero_forms: Whether empty zero forms of pluralized keys are left out.
            include_translated_keys: Whether keys that already have a translation are included; set it
                to false together with include_empty_translations to get only untranslated keys.
            keep_notranslate_tags: Keep [NOTRANSLATE] markers in the output.
            convert_emoji: Obsolete; emoji are handled natively, so projects created on or after
                November 29, 2019, or without emoji at that time, do not need it.
            format_options: Extra rendering options specific to the chosen format, sent as
                format_options[name]=value.
            encoding: Encoding to force on the file: UTF-8, UTF-16 or ISO-8859-1.
            skip_unverified_translations: Leave out unverified translations. Deprecated in favor of
                include_unverified_translations.
            include_unverified_translations: When false, unverified translations are left out.
            use_last_reviewed_version: Use the most recently reviewed version of each translation; only
                available when the project uses the review workflow.
            fallback_locale_id: ID of a locale whose translation is used when a key is untranslated in
                this locale. Requires include_empty_translations to be true; cannot be combined with
                use_locale_fallback.
            use_locale_fallback: Fill untranslated keys from the fallback locale set in this locale's
                settings. Requires include_empty_translations to be true; cannot be combined with
                fallback_locale_id.
            source_locale_id: Locale to write as the source language of the file; ignored unless a tag
                identifying a job is also given.
            translation_key_prefix: Prefix to strip from key names where present; all keys are still
                included, so stripped names may collide with existing ones.
            filter_by_prefix: Only include keys that start with the given prefix, and strip that prefix
                in the output.
            custom_metadata_filters: Mapping of custom metadata field names to values; only keys whose
                metadata matches are included.
            locale_ids: IDs or names of locales.
            updated_since: ISO 8601 timestamp, e.g. 2023-01-01T00:00:00Z; only keys and translations
                changed after it are included.
            fallback_for_unverified_translations: With true, translations that are not final yet
                (unverified, or not reviewed in the review workflow) are rendered as the fallback locale's
                text.
            if_modified_since: Optional conditional-request header; pass the last-modified time from an
                earlier response so data is only sent again if it changed after that time. An unchanged
                resource answers `NotModified`.
            if_none_match: Optional conditional-request header; pass the ETag from an earlier response
                so data is only sent again if its ETag no longer matches. An unchanged resource answers
                `NotModified`.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)
        tags = join_tags(tags)
        format_options = deep_object("format_options", format_options)
        custom_metadata_filters = deep_object(
            "custom_metadata_filters", custom_metadata_filters
        )

        try:
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
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/locales/{id}/download", exc
            ) from exc
        return cast(
            "File | NotModified",
            unwrap_conditional(
                response, (200,), "GET /projects/{project_id}/locales/{id}/download"
            ),
        )
