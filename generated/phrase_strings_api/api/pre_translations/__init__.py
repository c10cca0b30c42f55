"""Operations of the pre_translations resource group, and the facade classes that call them."""

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
    """Pre-translation fills in missing translations from machine translation and translation memory,
    as a background run.

    Blocking calls; `AsyncPreTranslationsApi` has the same methods, awaitable.
    """

    @overload
    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> builtins.list[PreTranslation]: ...

    @overload
    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> builtins.list[PreTranslation] | NotModified: ...

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> builtins.list[PreTranslation] | NotModified:
        """List the pre-translation runs of a project

        Returns a page of the pre-translation runs started in the project, with their status.

        Calls `GET /projects/{project_id}/pre_translations` (list_pre_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
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
            response = list_pre_translations.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/pre_translations", exc
            ) from exc
        return cast(
            "builtins.list[PreTranslation] | NotModified",
            unwrap_conditional(
                response, (200,), "GET /projects/{project_id}/pre_translations"
            ),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[PreTranslation]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_pre_translations.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/pre_translations", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/pre_translations")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[PreTranslation]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreatePreTranslationBody,
    ) -> PreTranslation:
        """Start a pre-translation run

        Starts filling in the missing translations of a locale, job, key or upload from machine
        translation and translation memory. The run works in the background; follow it with show.

        Calls `POST /projects/{project_id}/pre_translations` (create_pre_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_pre_translation: Start a pre-translation run.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_pre_translation.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/pre_translations", exc
            ) from exc
        return cast(
            "PreTranslation",
            unwrap(response, (201,), "POST /projects/{project_id}/pre_translations"),
        )

    @overload
    def show(
        self,
        project_id: str,
        id: str,
        *,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> PreTranslation: ...

    @overload
    def show(
        self,
        project_id: str,
        id: str,
        *,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> PreTranslation | NotModified: ...

    @overload
    def show(
        self,
        *,
        id: str,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> PreTranslation: ...

    @overload
    def show(
        self,
        *,
        id: str,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> PreTranslation | NotModified: ...

    def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> PreTranslation | NotModified:
        """Get a pre-translation run

        Returns one pre-translation run, to see whether it has finished.

        Calls `GET /projects/{project_id}/pre_translations/{id}` (show_pre_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            if_modified_since: Optional conditional-request header; pass the last-modified time from an
                earlier response so data is only sent again if it changed after that time. An unchanged
                resource answers `NotModified`.
            if_none_match: Optional conditional-request header; pass the ETag from an earlier response
                so data is only sent again if its ETag no longer matches. An unchanged resource answers
                `NotModified`.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = show_pre_translation.sync_detailed(
                project_id=project_id,
                id=id,
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/pre_translations/{id}", exc
            ) from exc
        return cast(
            "PreTranslation | NotModified",
            unwrap_conditional(
                response, (200,), "GET /projects/{project_id}/pre_translations/{id}"
            ),
        )


class AsyncPreTranslationsApi(AsyncResource):
    """Pre-translation fills in missing translations from machine translation and translation memory,
    as a background run.

    Awaitable calls; `PreTranslationsApi` has the same methods, blocking.
    """

    @overload
    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> builtins.list[PreTranslation]: ...

    @overload
    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> builtins.list[PreTranslation] | NotModified: ...

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> builtins.list[PreTranslation] | NotModified:
        """List the pre-translation runs of a project

        Returns a page of the pre-translation runs started in the project, with their status.

        Calls `GET /projects/{project_id}/pre_translations` (list_pre_translations).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
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
            response = await list_pre_translations.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/pre_translations", exc
            ) from exc
        return cast(
            "builtins.list[PreTranslation] | NotModified",
            unwrap_conditional(
                response, (200,), "GET /projects/{project_id}/pre_translations"
            ),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[PreTranslation]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_pre_translations.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/pre_translations", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/pre_translations")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[PreTranslation]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreatePreTranslationBody,
    ) -> PreTranslation:
        """Start a pre-translation run

        Starts filling in the missing translations of a locale, job, key or upload from machine
        translation and translation memory. The run works in the background; follow it with show.

        Calls `POST /projects/{project_id}/pre_translations` (create_pre_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_pre_translation: Start a pre-translation run.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_pre_translation.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/pre_translations", exc
            ) from exc
        return cast(
            "PreTranslation",
            unwrap(response, (201,), "POST /projects/{project_id}/pre_translations"),
        )

    @overload
    async def show(
        self,
        project_id: str,
        id: str,
        *,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> PreTranslation: ...

    @overload
    async def show(
        self,
        project_id: str,
        id: str,
        *,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> PreTranslation | NotModified: ...

    @overload
    async def show(
        self,
        *,
        id: str,
        if_modified_since: Unset = UNSET,
        if_none_match: Unset = UNSET,
    ) -> PreTranslation: ...

    @overload
    async def show(
        self,
        *,
        id: str,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> PreTranslation | NotModified: ...

    async def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        if_modified_since: str | Unset = UNSET,
        if_none_match: str | Unset = UNSET,
    ) -> PreTranslation | NotModified:
        """Get a pre-translation run

        Returns one pre-translation run, to see whether it has finished.

        Calls `GET /projects/{project_id}/pre_translations/{id}` (show_pre_translation).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            if_modified_since: Optional conditional-request header; pass the last-modified time from an
                earlier response so data is only sent again if it changed after that time. An unchanged
                resource answers `NotModified`.
            if_none_match: Optional conditional-request header; pass the ETag from an earlier response
                so data is only sent again if its ETag no longer matches. An unchanged resource answers
                `NotModified`.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await show_pre_translation.asyncio_detailed(
                project_id=project_id,
                id=id,
                if_modified_since=if_modified_since,
                if_none_match=if_none_match,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/pre_translations/{id}", exc
            ) from exc
        return cast(
            "PreTranslation | NotModified",
            unwrap_conditional(
                response, (200,), "GET /projects/{project_id}/pre_translations/{id}"
            ),
        )
