"""Operations of the translations resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

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
    """Blocking calls to the translations resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> builtins.list[Translation]:
        """List the translations of a project

        Returns translations across the whole project, optionally narrowed by a search query and sorted.
        To fetch every translation of one locale, a locale download is the better fit.

        Calls `GET /projects/{project_id}/translations` (list_translations).
        """
        response = list_translations.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            sort=sort,
            order=order,
            q=q,
            key_id=key_id,
            locale_id=locale_id,
            x_phrase_app_otp=x_phrase_app_otp,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
            client=self._client,
        )
        return cast("builtins.list[Translation]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Translation]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_translations.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                key_id=key_id,
                locale_id=locale_id,
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
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Translation]:
        """Every item of every page of `list` (see `list_pages`)."""
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
        body: CreateTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Create a translation

        Adds the text of a key in one locale.

        Calls `POST /projects/{project_id}/translations` (create_translation).
        """
        response = create_translation.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    def list_by_locale(
        self,
        project_id: str,
        locale_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Translation]:
        """List the translations of a locale

        Returns the translations of one locale, optionally narrowed by a search query and sorted. To
        fetch the complete locale, a locale download is the better fit.

        Calls `GET /projects/{project_id}/locales/{locale_id}/translations` (list_translations_by_locale).
        """
        response = list_translations_by_locale.sync_detailed(
            project_id=project_id,
            locale_id=locale_id,
            page=page,
            per_page=per_page,
            branch=branch,
            sort=sort,
            order=order,
            q=q,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Translation]", unwrap(response))

    def list_by_locale_pages(
        self,
        project_id: str,
        locale_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Translation]]:
        """Every page of `list_by_locale`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_translations_by_locale.sync_detailed(
                project_id=project_id,
                locale_id=locale_id,
                page=page,
                per_page=size,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_by_locale_all(
        self,
        project_id: str,
        locale_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Translation]:
        """Every item of every page of `list_by_locale` (see `list_by_locale_pages`)."""
        return items(
            self.list_by_locale_pages(
                project_id,
                locale_id,
                per_page=per_page,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def list_by_key(
        self,
        project_id: str,
        key_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Translation]:
        """List the translations of a key

        Returns the translations of one key across its locales, optionally narrowed by a search query
        and sorted.

        Calls `GET /projects/{project_id}/keys/{key_id}/translations` (list_translations_by_key).
        """
        response = list_translations_by_key.sync_detailed(
            project_id=project_id,
            key_id=key_id,
            page=page,
            per_page=per_page,
            branch=branch,
            sort=sort,
            order=order,
            q=q,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Translation]", unwrap(response))

    def list_by_key_pages(
        self,
        project_id: str,
        key_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Translation]]:
        """Every page of `list_by_key`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_translations_by_key.sync_detailed(
                project_id=project_id,
                key_id=key_id,
                page=page,
                per_page=size,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_by_key_all(
        self,
        project_id: str,
        key_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Translation]:
        """Every item of every page of `list_by_key` (see `list_by_key_pages`)."""
        return items(
            self.list_by_key_pages(
                project_id,
                key_id,
                per_page=per_page,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def search(
        self,
        project_id: str,
        *,
        body: SearchTranslationsBody,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Translation]:
        """Search translations with a POST request

        Offers the same search as listing a project's translations, but takes the criteria in a request
        body so long queries are not limited by URL length. Use a locale download to fetch a whole
        locale.

        Calls `POST /projects/{project_id}/translations/search` (search_translations).
        """
        response = search_translations.sync_detailed(
            project_id=project_id,
            body=body,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Translation]", unwrap(response))

    def search_pages(
        self,
        project_id: str,
        *,
        body: SearchTranslationsBody,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Translation]]:
        """Every page of `search`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return search_translations.sync_detailed(
                project_id=project_id,
                body=body,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def search_all(
        self,
        project_id: str,
        *,
        body: SearchTranslationsBody,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Translation]:
        """Every item of every page of `search` (see `search_pages`)."""
        return items(
            self.search_pages(
                project_id,
                body=body,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Get a translation

        Returns the details of one translation.

        Calls `GET /projects/{project_id}/translations/{id}` (show_translation).
        """
        response = show_translation.sync_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Update a translation

        Changes the text or state flags of an existing translation.

        Calls `PATCH /projects/{project_id}/translations/{id}` (update_translation).
        """
        response = update_translation.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    def verify(
        self,
        project_id: str,
        id: str,
        *,
        body: VerifyTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Verify a translation

        Marks one translation as verified.

        Calls `PATCH /projects/{project_id}/translations/{id}/verify` (verify_translation).
        """
        response = verify_translation.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    def unverify(
        self,
        project_id: str,
        id: str,
        *,
        body: UnverifyTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Mark a translation as unverified

        Flags one translation as unverified.

        Calls `PATCH /projects/{project_id}/translations/{id}/unverify` (unverify_translation).
        """
        response = unverify_translation.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    def review(
        self,
        project_id: str,
        id: str,
        *,
        body: ReviewTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Mark a translation as reviewed

        Sets one translation to the reviewed state.

        Calls `PATCH /projects/{project_id}/translations/{id}/review` (review_translation).
        """
        response = review_translation.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    def unreview(
        self,
        project_id: str,
        id: str,
        *,
        body: UnreviewTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Revert a reviewed translation

        Moves a reviewed translation back to the translated state.

        Calls `PATCH /projects/{project_id}/translations/{id}/unreview` (unreview_translation).
        """
        response = unreview_translation.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    def exclude(
        self,
        project_id: str,
        id: str,
        *,
        body: ExcludeTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Exclude a translation from exports

        Flags one translation so that it is left out of exports.

        Calls `PATCH /projects/{project_id}/translations/{id}/exclude` (exclude_translation).
        """
        response = exclude_translation.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    def include(
        self,
        project_id: str,
        id: str,
        *,
        body: IncludeTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Include a translation in exports again

        Clears the exclude-from-export flag on one translation.

        Calls `PATCH /projects/{project_id}/translations/{id}/include` (include_translation).
        """
        response = include_translation.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    def verify_many(
        self,
        project_id: str,
        *,
        body: VerifyTranslationsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedCount:
        """Verify translations matching a query

        Marks every translation that matches the search query as verified.

        Calls `PATCH /projects/{project_id}/translations/verify` (verify_translations).
        """
        response = verify_translations.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedCount", unwrap(response))

    def unverify_many(
        self,
        project_id: str,
        *,
        body: UnverifyTranslationsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedCount:
        """Unverify translations matching a query

        Flags every translation that matches the search query as unverified.

        Calls `PATCH /projects/{project_id}/translations/unverify` (unverify_translations).
        """
        response = unverify_translations.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedCount", unwrap(response))

    def review_many(
        self,
        project_id: str,
        *,
        body: ReviewTranslationsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedCount:
        """Review translations matching a query

        Sets every translation that matches the search query to the reviewed state.

        Calls `PATCH /projects/{project_id}/translations/review` (review_translations).
        """
        response = review_translations.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedCount", unwrap(response))

    def unreview_many(
        self,
        project_id: str,
        *,
        body: UnreviewTranslationsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedCount:
        """Unreview translations matching a query

        Removes the reviewed state from every translation that matches the search query.

        Calls `PATCH /projects/{project_id}/translations/unreview` (unreview_translations).
        """
        response = unreview_translations.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedCount", unwrap(response))

    def exclude_many(
        self,
        project_id: str,
        *,
        body: ExcludeTranslationsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedCount:
        """Exclude matching translations from exports

        Flags every translation that matches the search query so it is left out of locale exports.

        Calls `PATCH /projects/{project_id}/translations/exclude` (exclude_translations).
        """
        response = exclude_translations.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedCount", unwrap(response))

    def include_many(
        self,
        project_id: str,
        *,
        body: IncludeTranslationsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedCount:
        """Include matching translations in exports

        Clears the exclude-from-export flag on every translation that matches the search query.

        Calls `PATCH /projects/{project_id}/translations/include` (include_translations).
        """
        response = include_translations.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedCount", unwrap(response))


class AsyncTranslationsApi(AsyncResource):
    """Awaitable calls to the translations resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> builtins.list[Translation]:
        """List the translations of a project

        Returns translations across the whole project, optionally narrowed by a search query and sorted.
        To fetch every translation of one locale, a locale download is the better fit.

        Calls `GET /projects/{project_id}/translations` (list_translations).
        """
        response = await list_translations.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            branch=branch,
            sort=sort,
            order=order,
            q=q,
            key_id=key_id,
            locale_id=locale_id,
            x_phrase_app_otp=x_phrase_app_otp,
            if_modified_since=if_modified_since,
            if_none_match=if_none_match,
            client=self._client,
        )
        return cast("builtins.list[Translation]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Translation]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_translations.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                key_id=key_id,
                locale_id=locale_id,
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
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        key_id: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Translation]:
        """Every item of every page of `list` (see `list_pages`)."""
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
        body: CreateTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Create a translation

        Adds the text of a key in one locale.

        Calls `POST /projects/{project_id}/translations` (create_translation).
        """
        response = await create_translation.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    async def list_by_locale(
        self,
        project_id: str,
        locale_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Translation]:
        """List the translations of a locale

        Returns the translations of one locale, optionally narrowed by a search query and sorted. To
        fetch the complete locale, a locale download is the better fit.

        Calls `GET /projects/{project_id}/locales/{locale_id}/translations` (list_translations_by_locale).
        """
        response = await list_translations_by_locale.asyncio_detailed(
            project_id=project_id,
            locale_id=locale_id,
            page=page,
            per_page=per_page,
            branch=branch,
            sort=sort,
            order=order,
            q=q,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Translation]", unwrap(response))

    def list_by_locale_pages(
        self,
        project_id: str,
        locale_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Translation]]:
        """Every page of `list_by_locale`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_translations_by_locale.asyncio_detailed(
                project_id=project_id,
                locale_id=locale_id,
                page=page,
                per_page=size,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_by_locale_all(
        self,
        project_id: str,
        locale_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Translation]:
        """Every item of every page of `list_by_locale` (see `list_by_locale_pages`)."""
        return async_items(
            self.list_by_locale_pages(
                project_id,
                locale_id,
                per_page=per_page,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def list_by_key(
        self,
        project_id: str,
        key_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Translation]:
        """List the translations of a key

        Returns the translations of one key across its locales, optionally narrowed by a search query
        and sorted.

        Calls `GET /projects/{project_id}/keys/{key_id}/translations` (list_translations_by_key).
        """
        response = await list_translations_by_key.asyncio_detailed(
            project_id=project_id,
            key_id=key_id,
            page=page,
            per_page=per_page,
            branch=branch,
            sort=sort,
            order=order,
            q=q,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Translation]", unwrap(response))

    def list_by_key_pages(
        self,
        project_id: str,
        key_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Translation]]:
        """Every page of `list_by_key`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_translations_by_key.asyncio_detailed(
                project_id=project_id,
                key_id=key_id,
                page=page,
                per_page=size,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_by_key_all(
        self,
        project_id: str,
        key_id: str,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        q: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Translation]:
        """Every item of every page of `list_by_key` (see `list_by_key_pages`)."""
        return async_items(
            self.list_by_key_pages(
                project_id,
                key_id,
                per_page=per_page,
                branch=branch,
                sort=sort,
                order=order,
                q=q,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def search(
        self,
        project_id: str,
        *,
        body: SearchTranslationsBody,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Translation]:
        """Search translations with a POST request

        Offers the same search as listing a project's translations, but takes the criteria in a request
        body so long queries are not limited by URL length. Use a locale download to fetch a whole
        locale.

        Calls `POST /projects/{project_id}/translations/search` (search_translations).
        """
        response = await search_translations.asyncio_detailed(
            project_id=project_id,
            body=body,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Translation]", unwrap(response))

    def search_pages(
        self,
        project_id: str,
        *,
        body: SearchTranslationsBody,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Translation]]:
        """Every page of `search`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await search_translations.asyncio_detailed(
                project_id=project_id,
                body=body,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def search_all(
        self,
        project_id: str,
        *,
        body: SearchTranslationsBody,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Translation]:
        """Every item of every page of `search` (see `search_pages`)."""
        return async_items(
            self.search_pages(
                project_id,
                body=body,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def show(
        self,
        project_id: str,
        id: str,
        *,
        branch: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Get a translation

        Returns the details of one translation.

        Calls `GET /projects/{project_id}/translations/{id}` (show_translation).
        """
        response = await show_translation.asyncio_detailed(
            project_id=project_id,
            id=id,
            branch=branch,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Update a translation

        Changes the text or state flags of an existing translation.

        Calls `PATCH /projects/{project_id}/translations/{id}` (update_translation).
        """
        response = await update_translation.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    async def verify(
        self,
        project_id: str,
        id: str,
        *,
        body: VerifyTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Verify a translation

        Marks one translation as verified.

        Calls `PATCH /projects/{project_id}/translations/{id}/verify` (verify_translation).
        """
        response = await verify_translation.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    async def unverify(
        self,
        project_id: str,
        id: str,
        *,
        body: UnverifyTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Mark a translation as unverified

        Flags one translation as unverified.

        Calls `PATCH /projects/{project_id}/translations/{id}/unverify` (unverify_translation).
        """
        response = await unverify_translation.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    async def review(
        self,
        project_id: str,
        id: str,
        *,
        body: ReviewTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Mark a translation as reviewed

        Sets one translation to the reviewed state.

        Calls `PATCH /projects/{project_id}/translations/{id}/review` (review_translation).
        """
        response = await review_translation.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    async def unreview(
        self,
        project_id: str,
        id: str,
        *,
        body: UnreviewTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Revert a reviewed translation

        Moves a reviewed translation back to the translated state.

        Calls `PATCH /projects/{project_id}/translations/{id}/unreview` (unreview_translation).
        """
        response = await unreview_translation.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    async def exclude(
        self,
        project_id: str,
        id: str,
        *,
        body: ExcludeTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Exclude a translation from exports

        Flags one translation so that it is left out of exports.

        Calls `PATCH /projects/{project_id}/translations/{id}/exclude` (exclude_translation).
        """
        response = await exclude_translation.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    async def include(
        self,
        project_id: str,
        id: str,
        *,
        body: IncludeTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> TranslationDetails:
        """Include a translation in exports again

        Clears the exclude-from-export flag on one translation.

        Calls `PATCH /projects/{project_id}/translations/{id}/include` (include_translation).
        """
        response = await include_translation.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("TranslationDetails", unwrap(response))

    async def verify_many(
        self,
        project_id: str,
        *,
        body: VerifyTranslationsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedCount:
        """Verify translations matching a query

        Marks every translation that matches the search query as verified.

        Calls `PATCH /projects/{project_id}/translations/verify` (verify_translations).
        """
        response = await verify_translations.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedCount", unwrap(response))

    async def unverify_many(
        self,
        project_id: str,
        *,
        body: UnverifyTranslationsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedCount:
        """Unverify translations matching a query

        Flags every translation that matches the search query as unverified.

        Calls `PATCH /projects/{project_id}/translations/unverify` (unverify_translations).
        """
        response = await unverify_translations.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedCount", unwrap(response))

    async def review_many(
        self,
        project_id: str,
        *,
        body: ReviewTranslationsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedCount:
        """Review translations matching a query

        Sets every translation that matches the search query to the reviewed state.

        Calls `PATCH /projects/{project_id}/translations/review` (review_translations).
        """
        response = await review_translations.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedCount", unwrap(response))

    async def unreview_many(
        self,
        project_id: str,
        *,
        body: UnreviewTranslationsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedCount:
        """Unreview translations matching a query

        Removes the reviewed state from every translation that matches the search query.

        Calls `PATCH /projects/{project_id}/translations/unreview` (unreview_translations).
        """
        response = await unreview_translations.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedCount", unwrap(response))

    async def exclude_many(
        self,
        project_id: str,
        *,
        body: ExcludeTranslationsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedCount:
        """Exclude matching translations from exports

        Flags every translation that matches the search query so it is left out of locale exports.

        Calls `PATCH /projects/{project_id}/translations/exclude` (exclude_translations).
        """
        response = await exclude_translations.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedCount", unwrap(response))

    async def include_many(
        self,
        project_id: str,
        *,
        body: IncludeTranslationsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> AffectedCount:
        """Include matching translations in exports

        Clears the exclude-from-export flag on every translation that matches the search query.

        Calls `PATCH /projects/{project_id}/translations/include` (include_translations).
        """
        response = await include_translations.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("AffectedCount", unwrap(response))
