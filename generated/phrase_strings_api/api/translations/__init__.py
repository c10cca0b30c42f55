"""Operations of the translations resource group, and the facade classes that call them."""

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
from ...models.list_translations_by_key_order import ListTranslationsByKeyOrder
from ...models.list_translations_by_key_sort import ListTranslationsByKeySort
from ...models.list_translations_by_locale_order import ListTranslationsByLocaleOrder
from ...models.list_translations_by_locale_sort import ListTranslationsByLocaleSort
from ...models.list_translations_order import ListTranslationsOrder
from ...models.list_translations_sort import ListTranslationsSort
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.affected_count import AffectedCount
    from ...models.create_translation_body import CreateTranslationBody
    from ...models.error import Error
    from ...models.exclude_translation_body import ExcludeTranslationBody
    from ...models.exclude_translations_body import ExcludeTranslationsBody
    from ...models.include_translation_body import IncludeTranslationBody
    from ...models.include_translations_body import IncludeTranslationsBody
    from ...models.list_translations_by_key_order import ListTranslationsByKeyOrder
    from ...models.list_translations_by_key_sort import ListTranslationsByKeySort
    from ...models.list_translations_by_locale_order import (
        ListTranslationsByLocaleOrder,
    )
    from ...models.list_translations_by_locale_sort import ListTranslationsByLocaleSort
    from ...models.list_translations_order import ListTranslationsOrder
    from ...models.list_translations_sort import ListTranslationsSort
    from ...models.review_translation_body import ReviewTranslationBody
    from ...models.review_translations_body import ReviewTranslationsBody
    from ...models.search_translations_body import SearchTranslationsBody
    from ...models.translation import Translation
    from ...models.translation_details import TranslationDetails
    from ...models.unreview_translation_body import UnreviewTranslationBody
    from ...models.unreview_translations_body import UnreviewTranslationsBody
    from ...models.unverify_translation_body import UnverifyTranslationBody
    from ...models.unverify_translations_body import UnverifyTranslationsBody
    from ...models.update_translation_body import UpdateTranslationBody
    from ...models.validation_error import ValidationError
    from ...models.verify_translation_body import VerifyTranslationBody
    from ...models.verify_translations_body import VerifyTranslationsBody
    from ...types import UNSET, Unset

from . import (
    create_translation,
    exclude_translation,
    exclude_translations,
    include_translation,
    include_translations,
    list_translations,
    list_translations_by_key,
    list_translations_by_locale,
    review_translation,
    review_translations,
    search_translations,
    show_translation,
    unreview_translation,
    unreview_translations,
    unverify_translation,
    unverify_translations,
    update_translation,
    verify_translation,
    verify_translations,
)

__all__ = ["AsyncTranslationsApi", "TranslationsApi"]


class TranslationsApi(Resource):
    """Translations hold the text of a key in one locale. These endpoints read, create and edit them
    and change their verified, reviewed and excluded states, singly or in bulk by query.

    Blocking calls; `AsyncTranslationsApi` has the same methods, awaitable.
    """

    @overload
    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> builtins.list[Translation]: ...

    @overload
    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> builtins.list[Translation] | NotModified: ...

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> builtins.list[Translation] | NotModified:
        """List the translations of a project

        Returns translations across the whole project, optionally narrowed by a search query and sorted.
        To fetch every translation of one locale, a locale download is the better fit.

        Calls `GET /projects/{project_id}/translations` (list_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range,
                plus reviewed_after:TIMESTAMP to return translations reviewed after that moment. At most
                10,000 matches are considered, and very recent changes may not be indexed yet in large
                projects.
            key_id: Only translations of this key.
            locale_id: Only translations in this locale (ID or code).
            if_modified_since: Optional conditional-request header; pass the last-modified time from an
                earlier response so data is only sent again if it changed after that time. An unchanged
                resource answers `NotModified`.
            if_none_match: Optional conditional-request header; pass the ETag from an earlier response
                so data is only sent again if its ETag no longer matches. An unchanged resource answers
                `NotModified`.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_translations.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                sort=as_enum(ListTranslationsSort, sort),
                order=as_enum(ListTranslationsOrder, order),
                q=q,
                key_id=key_id,
                locale_id=locale_id,
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/translations", exc
            ) from exc
        return cast(
            "builtins.list[Translation] | NotModified",
            unwrap_conditional(
                response, (200,), "GET /projects/{project_id}/translations"
            ),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Translation]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range,
                plus reviewed_after:TIMESTAMP to return translations reviewed after that moment. At most
                10,000 matches are considered, and very recent changes may not be indexed yet in large
                projects.
            key_id: Only translations of this key.
            locale_id: Only translations in this locale (ID or code).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_translations.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    sort=as_enum(ListTranslationsSort, sort),
                    order=as_enum(ListTranslationsOrder, order),
                    q=q,
                    key_id=key_id,
                    locale_id=locale_id,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/translations", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/translations")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Translation]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range,
                plus reviewed_after:TIMESTAMP to return translations reviewed after that moment. At most
                10,000 matches are considered, and very recent changes may not be indexed yet in large
                projects.
            key_id: Only translations of this key.
            locale_id: Only translations in this locale (ID or code).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                key_id=key_id,
                locale_id=locale_id,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateTranslationBody,
    ) -> TranslationDetails:
        """Create a translation

        Adds the text of a key in one locale.

        Calls `POST /projects/{project_id}/translations` (create_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_translation: Create a translation.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_translation.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/translations", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(response, (201,), "POST /projects/{project_id}/translations"),
        )

    @overload
    def list_by_locale(
        self,
        project_id: str,
        locale_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Translation]: ...

    @overload
    def list_by_locale(
        self,
        *,
        locale_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Translation]: ...

    def list_by_locale(
        self,
        project_id: str | None = None,
        locale_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Translation]:
        """List the translations of a locale

        Returns the translations of one locale, optionally narrowed by a search query and sorted. To
        fetch the complete locale, a locale download is the better fit.

        Calls `GET /projects/{project_id}/locales/{locale_id}/translations` (list_translations_by_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            locale_id: Identifier of the locale.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range.
                At most 10,000 matches are considered, and very recent changes may not be indexed yet in
                large projects.
        """
        project_id = project_value(project_id, self._project_id)
        locale_id = path_value("locale_id", locale_id)
        check_per_page(per_page)

        try:
            response = list_translations_by_locale.sync_detailed(
                project_id=project_id,
                locale_id=locale_id,
                page=page,
                per_page=per_page,
                branch=branch,
                sort=as_enum(ListTranslationsByLocaleSort, sort),
                order=as_enum(ListTranslationsByLocaleOrder, order),
                q=q,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/locales/{locale_id}/translations", exc
            ) from exc
        return cast(
            "builtins.list[Translation]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/locales/{locale_id}/translations",
            ),
        )

    @overload
    def list_by_locale_pages(
        self,
        project_id: str,
        locale_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Translation]]: ...

    @overload
    def list_by_locale_pages(
        self,
        *,
        locale_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Translation]]: ...

    def list_by_locale_pages(
        self,
        project_id: str | None = None,
        locale_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Translation]]:
        """Every page of `list_by_locale`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            locale_id: Identifier of the locale.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range.
                At most 10,000 matches are considered, and very recent changes may not be indexed yet in
                large projects.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        locale_id = path_value("locale_id", locale_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_translations_by_locale.sync_detailed(
                    project_id=project_id,
                    locale_id=locale_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    sort=as_enum(ListTranslationsByLocaleSort, sort),
                    order=as_enum(ListTranslationsByLocaleOrder, order),
                    q=q,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/locales/{locale_id}/translations", exc
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/locales/{locale_id}/translations",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
    def list_by_locale_all(
        self,
        project_id: str,
        locale_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Translation]: ...

    @overload
    def list_by_locale_all(
        self,
        *,
        locale_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Translation]: ...

    def list_by_locale_all(
        self,
        project_id: str | None = None,
        locale_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Translation]:
        """Every item of every page of `list_by_locale` (see `list_by_locale_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            locale_id: Identifier of the locale.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range.
                At most 10,000 matches are considered, and very recent changes may not be indexed yet in
                large projects.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        locale_id = path_value("locale_id", locale_id)

        return items(
            self.list_by_locale_pages(
                project_id,
                locale_id,
                per_page=per_page,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                concurrent=concurrent,
            )
        )

    @overload
    def list_by_key(
        self,
        project_id: str,
        key_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Translation]: ...

    @overload
    def list_by_key(
        self,
        *,
        key_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Translation]: ...

    def list_by_key(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Translation]:
        """List the translations of a key

        Returns the translations of one key across its locales, optionally narrowed by a search query
        and sorted.

        Calls `GET /projects/{project_id}/keys/{key_id}/translations` (list_translations_by_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        check_per_page(per_page)

        try:
            response = list_translations_by_key.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                page=page,
                per_page=per_page,
                branch=branch,
                sort=as_enum(ListTranslationsByKeySort, sort),
                order=as_enum(ListTranslationsByKeyOrder, order),
                q=q,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/translations", exc
            ) from exc
        return cast(
            "builtins.list[Translation]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/translations",
            ),
        )

    @overload
    def list_by_key_pages(
        self,
        project_id: str,
        key_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Translation]]: ...

    @overload
    def list_by_key_pages(
        self,
        *,
        key_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Translation]]: ...

    def list_by_key_pages(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Translation]]:
        """Every page of `list_by_key`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_translations_by_key.sync_detailed(
                    project_id=project_id,
                    key_id=key_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    sort=as_enum(ListTranslationsByKeySort, sort),
                    order=as_enum(ListTranslationsByKeyOrder, order),
                    q=q,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/keys/{key_id}/translations", exc
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/translations",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
    def list_by_key_all(
        self,
        project_id: str,
        key_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Translation]: ...

    @overload
    def list_by_key_all(
        self,
        *,
        key_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Translation]: ...

    def list_by_key_all(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Translation]:
        """Every item of every page of `list_by_key` (see `list_by_key_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)

        return items(
            self.list_by_key_pages(
                project_id,
                key_id,
                per_page=per_page,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                concurrent=concurrent,
            )
        )

    def search(
        self,
        project_id: str | None = None,
        *,
        body: SearchTranslationsBody,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Translation]:
        """Search translations with a POST request

        Offers the same search as listing a project's translations, but takes the criteria in a request
        body so long queries are not limited by URL length. Use a locale download to fetch a whole
        locale.

        Calls `POST /projects/{project_id}/translations/search` (search_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of search_translations: Search translations with a POST request.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = search_translations.sync_detailed(
                project_id=project_id,
                body=body,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/translations/search", exc
            ) from exc
        return cast(
            "builtins.list[Translation]",
            unwrap(response, (200,), "POST /projects/{project_id}/translations/search"),
        )

    def search_pages(
        self,
        project_id: str | None = None,
        *,
        body: SearchTranslationsBody,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[Translation]]:
        """Every page of `search`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of search_translations: Search translations with a POST request.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = search_translations.sync_detailed(
                    project_id=project_id,
                    body=body,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "POST /projects/{project_id}/translations/search", exc
                ) from exc
            unwrap(response, (200,), "POST /projects/{project_id}/translations/search")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def search_all(
        self,
        project_id: str | None = None,
        *,
        body: SearchTranslationsBody,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Translation]:
        """Every item of every page of `search` (see `search_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of search_translations: Search translations with a POST request.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.search_pages(
                project_id,
                body=body,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    @overload
    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> TranslationDetails: ...

    @overload
    def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> TranslationDetails: ...

    def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Get a translation

        Returns the details of one translation.

        Calls `GET /projects/{project_id}/translations/{id}` (show_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = show_translation.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/translations/{id}", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(response, (200,), "GET /projects/{project_id}/translations/{id}"),
        )

    @overload
    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateTranslationBody,
    ) -> TranslationDetails: ...

    @overload
    def update(
        self,
        *,
        id: str,
        body: UpdateTranslationBody,
    ) -> TranslationDetails: ...

    def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateTranslationBody,
    ) -> TranslationDetails:
        """Update a translation

        Changes the text or state flags of an existing translation.

        Calls `PATCH /projects/{project_id}/translations/{id}` (update_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_translation: Update a translation.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = update_translation.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/{id}", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(response, (200,), "PATCH /projects/{project_id}/translations/{id}"),
        )

    @overload
    def verify(
        self,
        project_id: str,
        id: str,
        *,
        body: VerifyTranslationBody,
    ) -> TranslationDetails: ...

    @overload
    def verify(
        self,
        *,
        id: str,
        body: VerifyTranslationBody,
    ) -> TranslationDetails: ...

    def verify(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: VerifyTranslationBody,
    ) -> TranslationDetails:
        """Verify a translation

        Marks one translation as verified.

        Calls `PATCH /projects/{project_id}/translations/{id}/verify` (verify_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of verify_translation: Verify a translation.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = verify_translation.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/{id}/verify", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/translations/{id}/verify",
            ),
        )

    @overload
    def unverify(
        self,
        project_id: str,
        id: str,
        *,
        body: UnverifyTranslationBody,
    ) -> TranslationDetails: ...

    @overload
    def unverify(
        self,
        *,
        id: str,
        body: UnverifyTranslationBody,
    ) -> TranslationDetails: ...

    def unverify(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UnverifyTranslationBody,
    ) -> TranslationDetails:
        """Mark a translation as unverified

        Flags one translation as unverified.

        Calls `PATCH /projects/{project_id}/translations/{id}/unverify` (unverify_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of unverify_translation: Mark a translation as unverified.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = unverify_translation.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/{id}/unverify", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/translations/{id}/unverify",
            ),
        )

    @overload
    def review(
        self,
        project_id: str,
        id: str,
        *,
        body: ReviewTranslationBody,
    ) -> TranslationDetails: ...

    @overload
    def review(
        self,
        *,
        id: str,
        body: ReviewTranslationBody,
    ) -> TranslationDetails: ...

    def review(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: ReviewTranslationBody,
    ) -> TranslationDetails:
        """Mark a translation as reviewed

        Sets one translation to the reviewed state.

        Calls `PATCH /projects/{project_id}/translations/{id}/review` (review_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of review_translation: Mark a translation as reviewed.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = review_translation.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/{id}/review", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/translations/{id}/review",
            ),
        )

    @overload
    def unreview(
        self,
        project_id: str,
        id: str,
        *,
        body: UnreviewTranslationBody,
    ) -> TranslationDetails: ...

    @overload
    def unreview(
        self,
        *,
        id: str,
        body: UnreviewTranslationBody,
    ) -> TranslationDetails: ...

    def unreview(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UnreviewTranslationBody,
    ) -> TranslationDetails:
        """Revert a reviewed translation

        Moves a reviewed translation back to the translated state.

        Calls `PATCH /projects/{project_id}/translations/{id}/unreview` (unreview_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of unreview_translation: Revert a reviewed translation.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = unreview_translation.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/{id}/unreview", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/translations/{id}/unreview",
            ),
        )

    @overload
    def exclude(
        self,
        project_id: str,
        id: str,
        *,
        body: ExcludeTranslationBody,
    ) -> TranslationDetails: ...

    @overload
    def exclude(
        self,
        *,
        id: str,
        body: ExcludeTranslationBody,
    ) -> TranslationDetails: ...

    def exclude(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: ExcludeTranslationBody,
    ) -> TranslationDetails:
        """Exclude a translation from exports

        Flags one translation so that it is left out of exports.

        Calls `PATCH /projects/{project_id}/translations/{id}/exclude` (exclude_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of exclude_translation: Exclude a translation from exports.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = exclude_translation.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/{id}/exclude", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/translations/{id}/exclude",
            ),
        )

    @overload
    def include(
        self,
        project_id: str,
        id: str,
        *,
        body: IncludeTranslationBody,
    ) -> TranslationDetails: ...

    @overload
    def include(
        self,
        *,
        id: str,
        body: IncludeTranslationBody,
    ) -> TranslationDetails: ...

    def include(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: IncludeTranslationBody,
    ) -> TranslationDetails:
        """Include a translation in exports again

        Clears the exclude-from-export flag on one translation.

        Calls `PATCH /projects/{project_id}/translations/{id}/include` (include_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of include_translation: Include a translation in exports again.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = include_translation.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/{id}/include", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/translations/{id}/include",
            ),
        )

    def verify_many(
        self,
        project_id: str | None = None,
        *,
        body: VerifyTranslationsBody,
    ) -> AffectedCount:
        """Verify translations matching a query

        Marks every translation that matches the search query as verified.

        Calls `PATCH /projects/{project_id}/translations/verify` (verify_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of verify_translations: Verify translations matching a query.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = verify_translations.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/verify", exc
            ) from exc
        return cast(
            "AffectedCount",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/translations/verify"
            ),
        )

    def unverify_many(
        self,
        project_id: str | None = None,
        *,
        body: UnverifyTranslationsBody,
    ) -> AffectedCount:
        """Unverify translations matching a query

        Flags every translation that matches the search query as unverified.

        Calls `PATCH /projects/{project_id}/translations/unverify` (unverify_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of unverify_translations: Unverify translations matching a query.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = unverify_translations.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/unverify", exc
            ) from exc
        return cast(
            "AffectedCount",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/translations/unverify"
            ),
        )

    def review_many(
        self,
        project_id: str | None = None,
        *,
        body: ReviewTranslationsBody,
    ) -> AffectedCount:
        """Review translations matching a query

        Sets every translation that matches the search query to the reviewed state.

        Calls `PATCH /projects/{project_id}/translations/review` (review_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of review_translations: Review translations matching a query.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = review_translations.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/review", exc
            ) from exc
        return cast(
            "AffectedCount",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/translations/review"
            ),
        )

    def unreview_many(
        self,
        project_id: str | None = None,
        *,
        body: UnreviewTranslationsBody,
    ) -> AffectedCount:
        """Unreview translations matching a query

        Removes the reviewed state from every translation that matches the search query.

        Calls `PATCH /projects/{project_id}/translations/unreview` (unreview_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of unreview_translations: Unreview translations matching a query.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = unreview_translations.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/unreview", exc
            ) from exc
        return cast(
            "AffectedCount",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/translations/unreview"
            ),
        )

    def exclude_many(
        self,
        project_id: str | None = None,
        *,
        body: ExcludeTranslationsBody,
    ) -> AffectedCount:
        """Exclude matching translations from exports

        Flags every translation that matches the search query so it is left out of locale exports.

        Calls `PATCH /projects/{project_id}/translations/exclude` (exclude_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of exclude_translations: Exclude matching translations from exports.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = exclude_translations.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/exclude", exc
            ) from exc
        return cast(
            "AffectedCount",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/translations/exclude"
            ),
        )

    def include_many(
        self,
        project_id: str | None = None,
        *,
        body: IncludeTranslationsBody,
    ) -> AffectedCount:
        """Include matching translations in exports

        Clears the exclude-from-export flag on every translation that matches the search query.

        Calls `PATCH /projects/{project_id}/translations/include` (include_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of include_translations: Include matching translations in exports.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = include_translations.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/include", exc
            ) from exc
        return cast(
            "AffectedCount",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/translations/include"
            ),
        )


class AsyncTranslationsApi(AsyncResource):
    """Translations hold the text of a key in one locale. These endpoints read, create and edit them
    and change their verified, reviewed and excluded states, singly or in bulk by query.

    Awaitable calls; `TranslationsApi` has the same methods, blocking.
    """

    @overload
    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> builtins.list[Translation]: ...

    @overload
    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> builtins.list[Translation] | NotModified: ...

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> builtins.list[Translation] | NotModified:
        """List the translations of a project

        Returns translations across the whole project, optionally narrowed by a search query and sorted.
        To fetch every translation of one locale, a locale download is the better fit.

        Calls `GET /projects/{project_id}/translations` (list_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range,
                plus reviewed_after:TIMESTAMP to return translations reviewed after that moment. At most
                10,000 matches are considered, and very recent changes may not be indexed yet in large
                projects.
            key_id: Only translations of this key.
            locale_id: Only translations in this locale (ID or code).
            if_modified_since: Optional conditional-request header; pass the last-modified time from an
                earlier response so data is only sent again if it changed after that time. An unchanged
                resource answers `NotModified`.
            if_none_match: Optional conditional-request header; pass the ETag from an earlier response
                so data is only sent again if its ETag no longer matches. An unchanged resource answers
                `NotModified`.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_translations.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                sort=as_enum(ListTranslationsSort, sort),
                order=as_enum(ListTranslationsOrder, order),
                q=q,
                key_id=key_id,
                locale_id=locale_id,
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/translations", exc
            ) from exc
        return cast(
            "builtins.list[Translation] | NotModified",
            unwrap_conditional(
                response, (200,), "GET /projects/{project_id}/translations"
            ),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Translation]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range,
                plus reviewed_after:TIMESTAMP to return translations reviewed after that moment. At most
                10,000 matches are considered, and very recent changes may not be indexed yet in large
                projects.
            key_id: Only translations of this key.
            locale_id: Only translations in this locale (ID or code).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_translations.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    sort=as_enum(ListTranslationsSort, sort),
                    order=as_enum(ListTranslationsOrder, order),
                    q=q,
                    key_id=key_id,
                    locale_id=locale_id,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/translations", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/translations")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Translation]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range,
                plus reviewed_after:TIMESTAMP to return translations reviewed after that moment. At most
                10,000 matches are considered, and very recent changes may not be indexed yet in large
                projects.
            key_id: Only translations of this key.
            locale_id: Only translations in this locale (ID or code).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                key_id=key_id,
                locale_id=locale_id,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateTranslationBody,
    ) -> TranslationDetails:
        """Create a translation

        Adds the text of a key in one locale.

        Calls `POST /projects/{project_id}/translations` (create_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_translation: Create a translation.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_translation.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/translations", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(response, (201,), "POST /projects/{project_id}/translations"),
        )

    @overload
    async def list_by_locale(
        self,
        project_id: str,
        locale_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Translation]: ...

    @overload
    async def list_by_locale(
        self,
        *,
        locale_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Translation]: ...

    async def list_by_locale(
        self,
        project_id: str | None = None,
        locale_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Translation]:
        """List the translations of a locale

        Returns the translations of one locale, optionally narrowed by a search query and sorted. To
        fetch the complete locale, a locale download is the better fit.

        Calls `GET /projects/{project_id}/locales/{locale_id}/translations` (list_translations_by_locale).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            locale_id: Identifier of the locale.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range.
                At most 10,000 matches are considered, and very recent changes may not be indexed yet in
                large projects.
        """
        project_id = project_value(project_id, self._project_id)
        locale_id = path_value("locale_id", locale_id)
        check_per_page(per_page)

        try:
            response = await list_translations_by_locale.asyncio_detailed(
                project_id=project_id,
                locale_id=locale_id,
                page=page,
                per_page=per_page,
                branch=branch,
                sort=as_enum(ListTranslationsByLocaleSort, sort),
                order=as_enum(ListTranslationsByLocaleOrder, order),
                q=q,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/locales/{locale_id}/translations", exc
            ) from exc
        return cast(
            "builtins.list[Translation]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/locales/{locale_id}/translations",
            ),
        )

    @overload
    def list_by_locale_pages(
        self,
        project_id: str,
        locale_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Translation]]: ...

    @overload
    def list_by_locale_pages(
        self,
        *,
        locale_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Translation]]: ...

    def list_by_locale_pages(
        self,
        project_id: str | None = None,
        locale_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Translation]]:
        """Every page of `list_by_locale`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            locale_id: Identifier of the locale.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range.
                At most 10,000 matches are considered, and very recent changes may not be indexed yet in
                large projects.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        locale_id = path_value("locale_id", locale_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_translations_by_locale.asyncio_detailed(
                    project_id=project_id,
                    locale_id=locale_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    sort=as_enum(ListTranslationsByLocaleSort, sort),
                    order=as_enum(ListTranslationsByLocaleOrder, order),
                    q=q,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/locales/{locale_id}/translations", exc
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/locales/{locale_id}/translations",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
    def list_by_locale_all(
        self,
        project_id: str,
        locale_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Translation]: ...

    @overload
    def list_by_locale_all(
        self,
        *,
        locale_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Translation]: ...

    def list_by_locale_all(
        self,
        project_id: str | None = None,
        locale_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Translation]:
        """Every item of every page of `list_by_locale` (see `list_by_locale_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            locale_id: Identifier of the locale.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range.
                At most 10,000 matches are considered, and very recent changes may not be indexed yet in
                large projects.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        locale_id = path_value("locale_id", locale_id)

        return async_items(
            self.list_by_locale_pages(
                project_id,
                locale_id,
                per_page=per_page,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                concurrent=concurrent,
            )
        )

    @overload
    async def list_by_key(
        self,
        project_id: str,
        key_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Translation]: ...

    @overload
    async def list_by_key(
        self,
        *,
        key_id: str,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Translation]: ...

    async def list_by_key(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
    ) -> builtins.list[Translation]:
        """List the translations of a key

        Returns the translations of one key across its locales, optionally narrowed by a search query
        and sorted.

        Calls `GET /projects/{project_id}/keys/{key_id}/translations` (list_translations_by_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)
        check_per_page(per_page)

        try:
            response = await list_translations_by_key.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                page=page,
                per_page=per_page,
                branch=branch,
                sort=as_enum(ListTranslationsByKeySort, sort),
                order=as_enum(ListTranslationsByKeyOrder, order),
                q=q,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{key_id}/translations", exc
            ) from exc
        return cast(
            "builtins.list[Translation]",
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/translations",
            ),
        )

    @overload
    def list_by_key_pages(
        self,
        project_id: str,
        key_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Translation]]: ...

    @overload
    def list_by_key_pages(
        self,
        *,
        key_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Translation]]: ...

    def list_by_key_pages(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Translation]]:
        """Every page of `list_by_key`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_translations_by_key.asyncio_detailed(
                    project_id=project_id,
                    key_id=key_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    sort=as_enum(ListTranslationsByKeySort, sort),
                    order=as_enum(ListTranslationsByKeyOrder, order),
                    q=q,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/keys/{key_id}/translations", exc
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /projects/{project_id}/keys/{key_id}/translations",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    @overload
    def list_by_key_all(
        self,
        project_id: str,
        key_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Translation]: ...

    @overload
    def list_by_key_all(
        self,
        *,
        key_id: str,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Translation]: ...

    def list_by_key_all(
        self,
        project_id: str | None = None,
        key_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["key_name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Translation]:
        """Every item of every page of `list_by_key` (see `list_by_key_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            key_id: Identifier of the translation key.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to operate on.
            sort: Field to sort by: key_name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression matched against translation content; wildcards are allowed. Supported
                qualifiers: id:ID1,ID2 (comma-separated translation IDs), tags:NAME, unverified:true|false,
                excluded:true|false, and updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP for a date range.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)
        key_id = path_value("key_id", key_id)

        return async_items(
            self.list_by_key_pages(
                project_id,
                key_id,
                per_page=per_page,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                concurrent=concurrent,
            )
        )

    async def search(
        self,
        project_id: str | None = None,
        *,
        body: SearchTranslationsBody,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Translation]:
        """Search translations with a POST request

        Offers the same search as listing a project's translations, but takes the criteria in a request
        body so long queries are not limited by URL length. Use a locale download to fetch a whole
        locale.

        Calls `POST /projects/{project_id}/translations/search` (search_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of search_translations: Search translations with a POST request.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await search_translations.asyncio_detailed(
                project_id=project_id,
                body=body,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/translations/search", exc
            ) from exc
        return cast(
            "builtins.list[Translation]",
            unwrap(response, (200,), "POST /projects/{project_id}/translations/search"),
        )

    def search_pages(
        self,
        project_id: str | None = None,
        *,
        body: SearchTranslationsBody,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Translation]]:
        """Every page of `search`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of search_translations: Search translations with a POST request.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await search_translations.asyncio_detailed(
                    project_id=project_id,
                    body=body,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "POST /projects/{project_id}/translations/search", exc
                ) from exc
            unwrap(response, (200,), "POST /projects/{project_id}/translations/search")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def search_all(
        self,
        project_id: str | None = None,
        *,
        body: SearchTranslationsBody,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Translation]:
        """Every item of every page of `search` (see `search_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of search_translations: Search translations with a POST request.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.search_pages(
                project_id,
                body=body,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    @overload
    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
    ) -> TranslationDetails: ...

    @overload
    async def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> TranslationDetails: ...

    async def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Get a translation

        Returns the details of one translation.

        Calls `GET /projects/{project_id}/translations/{id}` (show_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to operate on.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await show_translation.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/translations/{id}", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(response, (200,), "GET /projects/{project_id}/translations/{id}"),
        )

    @overload
    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateTranslationBody,
    ) -> TranslationDetails: ...

    @overload
    async def update(
        self,
        *,
        id: str,
        body: UpdateTranslationBody,
    ) -> TranslationDetails: ...

    async def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateTranslationBody,
    ) -> TranslationDetails:
        """Update a translation

        Changes the text or state flags of an existing translation.

        Calls `PATCH /projects/{project_id}/translations/{id}` (update_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_translation: Update a translation.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await update_translation.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/{id}", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(response, (200,), "PATCH /projects/{project_id}/translations/{id}"),
        )

    @overload
    async def verify(
        self,
        project_id: str,
        id: str,
        *,
        body: VerifyTranslationBody,
    ) -> TranslationDetails: ...

    @overload
    async def verify(
        self,
        *,
        id: str,
        body: VerifyTranslationBody,
    ) -> TranslationDetails: ...

    async def verify(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: VerifyTranslationBody,
    ) -> TranslationDetails:
        """Verify a translation

        Marks one translation as verified.

        Calls `PATCH /projects/{project_id}/translations/{id}/verify` (verify_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of verify_translation: Verify a translation.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await verify_translation.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/{id}/verify", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/translations/{id}/verify",
            ),
        )

    @overload
    async def unverify(
        self,
        project_id: str,
        id: str,
        *,
        body: UnverifyTranslationBody,
    ) -> TranslationDetails: ...

    @overload
    async def unverify(
        self,
        *,
        id: str,
        body: UnverifyTranslationBody,
    ) -> TranslationDetails: ...

    async def unverify(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UnverifyTranslationBody,
    ) -> TranslationDetails:
        """Mark a translation as unverified

        Flags one translation as unverified.

        Calls `PATCH /projects/{project_id}/translations/{id}/unverify` (unverify_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of unverify_translation: Mark a translation as unverified.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await unverify_translation.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/{id}/unverify", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/translations/{id}/unverify",
            ),
        )

    @overload
    async def review(
        self,
        project_id: str,
        id: str,
        *,
        body: ReviewTranslationBody,
    ) -> TranslationDetails: ...

    @overload
    async def review(
        self,
        *,
        id: str,
        body: ReviewTranslationBody,
    ) -> TranslationDetails: ...

    async def review(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: ReviewTranslationBody,
    ) -> TranslationDetails:
        """Mark a translation as reviewed

        Sets one translation to the reviewed state.

        Calls `PATCH /projects/{project_id}/translations/{id}/review` (review_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of review_translation: Mark a translation as reviewed.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await review_translation.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/{id}/review", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/translations/{id}/review",
            ),
        )

    @overload
    async def unreview(
        self,
        project_id: str,
        id: str,
        *,
        body: UnreviewTranslationBody,
    ) -> TranslationDetails: ...

    @overload
    async def unreview(
        self,
        *,
        id: str,
        body: UnreviewTranslationBody,
    ) -> TranslationDetails: ...

    async def unreview(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UnreviewTranslationBody,
    ) -> TranslationDetails:
        """Revert a reviewed translation

        Moves a reviewed translation back to the translated state.

        Calls `PATCH /projects/{project_id}/translations/{id}/unreview` (unreview_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of unreview_translation: Revert a reviewed translation.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await unreview_translation.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/{id}/unreview", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/translations/{id}/unreview",
            ),
        )

    @overload
    async def exclude(
        self,
        project_id: str,
        id: str,
        *,
        body: ExcludeTranslationBody,
    ) -> TranslationDetails: ...

    @overload
    async def exclude(
        self,
        *,
        id: str,
        body: ExcludeTranslationBody,
    ) -> TranslationDetails: ...

    async def exclude(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: ExcludeTranslationBody,
    ) -> TranslationDetails:
        """Exclude a translation from exports

        Flags one translation so that it is left out of exports.

        Calls `PATCH /projects/{project_id}/translations/{id}/exclude` (exclude_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of exclude_translation: Exclude a translation from exports.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await exclude_translation.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/{id}/exclude", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/translations/{id}/exclude",
            ),
        )

    @overload
    async def include(
        self,
        project_id: str,
        id: str,
        *,
        body: IncludeTranslationBody,
    ) -> TranslationDetails: ...

    @overload
    async def include(
        self,
        *,
        id: str,
        body: IncludeTranslationBody,
    ) -> TranslationDetails: ...

    async def include(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: IncludeTranslationBody,
    ) -> TranslationDetails:
        """Include a translation in exports again

        Clears the exclude-from-export flag on one translation.

        Calls `PATCH /projects/{project_id}/translations/{id}/include` (include_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of include_translation: Include a translation in exports again.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await include_translation.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/{id}/include", exc
            ) from exc
        return cast(
            "TranslationDetails",
            unwrap(
                response,
                (200,),
                "PATCH /projects/{project_id}/translations/{id}/include",
            ),
        )

    async def verify_many(
        self,
        project_id: str | None = None,
        *,
        body: VerifyTranslationsBody,
    ) -> AffectedCount:
        """Verify translations matching a query

        Marks every translation that matches the search query as verified.

        Calls `PATCH /projects/{project_id}/translations/verify` (verify_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of verify_translations: Verify translations matching a query.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await verify_translations.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/verify", exc
            ) from exc
        return cast(
            "AffectedCount",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/translations/verify"
            ),
        )

    async def unverify_many(
        self,
        project_id: str | None = None,
        *,
        body: UnverifyTranslationsBody,
    ) -> AffectedCount:
        """Unverify translations matching a query

        Flags every translation that matches the search query as unverified.

        Calls `PATCH /projects/{project_id}/translations/unverify` (unverify_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of unverify_translations: Unverify translations matching a query.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await unverify_translations.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/unverify", exc
            ) from exc
        return cast(
            "AffectedCount",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/translations/unverify"
            ),
        )

    async def review_many(
        self,
        project_id: str | None = None,
        *,
        body: ReviewTranslationsBody,
    ) -> AffectedCount:
        """Review translations matching a query

        Sets every translation that matches the search query to the reviewed state.

        Calls `PATCH /projects/{project_id}/translations/review` (review_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of review_translations: Review translations matching a query.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await review_translations.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/review", exc
            ) from exc
        return cast(
            "AffectedCount",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/translations/review"
            ),
        )

    async def unreview_many(
        self,
        project_id: str | None = None,
        *,
        body: UnreviewTranslationsBody,
    ) -> AffectedCount:
        """Unreview translations matching a query

        Removes the reviewed state from every translation that matches the search query.

        Calls `PATCH /projects/{project_id}/translations/unreview` (unreview_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of unreview_translations: Unreview translations matching a query.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await unreview_translations.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/unreview", exc
            ) from exc
        return cast(
            "AffectedCount",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/translations/unreview"
            ),
        )

    async def exclude_many(
        self,
        project_id: str | None = None,
        *,
        body: ExcludeTranslationsBody,
    ) -> AffectedCount:
        """Exclude matching translations from exports

        Flags every translation that matches the search query so it is left out of locale exports.

        Calls `PATCH /projects/{project_id}/translations/exclude` (exclude_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of exclude_translations: Exclude matching translations from exports.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await exclude_translations.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/exclude", exc
            ) from exc
        return cast(
            "AffectedCount",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/translations/exclude"
            ),
        )

    async def include_many(
        self,
        project_id: str | None = None,
        *,
        body: IncludeTranslationsBody,
    ) -> AffectedCount:
        """Include matching translations in exports

        Clears the exclude-from-export flag on every translation that matches the search query.

        Calls `PATCH /projects/{project_id}/translations/include` (include_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of include_translations: Include matching translations in exports.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await include_translations.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/translations/include", exc
            ) from exc
        return cast(
            "AffectedCount",
            unwrap(
                response, (200,), "PATCH /projects/{project_id}/translations/include"
            ),
        )
