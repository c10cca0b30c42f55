"""Operations of the style_guides resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_style_guide_body import CreateStyleGuideBody
    from ...models.error import Error
    from ...models.styleguide import Styleguide
    from ...models.styleguide_details import StyleguideDetails
    from ...models.update_style_guide_body import UpdateStyleGuideBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_style_guide,
    delete_style_guide,
    list_style_guides,
    show_style_guide,
    update_style_guide,
)

__all__ = ["AsyncStyleGuidesApi", "StyleGuidesApi"]


class StyleGuidesApi(Resource):
    """Blocking calls to the style_guides resource group."""

    def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Styleguide]:
        """List the style guides of a project

        Returns the project's style guides, one page at a time.

        Calls `GET /projects/{project_id}/styleguides` (list_style_guides).
        """
        response = list_style_guides.sync_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Styleguide]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[Styleguide]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_style_guides.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Styleguide]:
        """Every item of every page of `list` (see `list_pages`)."""
        return items(
            self.list_pages(
                project_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str,
        *,
        body: CreateStyleGuideBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> StyleguideDetails:
        """Add a style guide to a project

        Adds a style guide to the project. Only the title is required; every other field is optional
        free text or a fixed choice.

        Calls `POST /projects/{project_id}/styleguides` (create_style_guide).
        """
        response = create_style_guide.sync_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("StyleguideDetails", unwrap(response))

    def show(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> StyleguideDetails:
        """Get a style guide

        Returns all fields of one style guide in the project.

        Calls `GET /projects/{project_id}/styleguides/{id}` (show_style_guide).
        """
        response = show_style_guide.sync_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("StyleguideDetails", unwrap(response))

    def delete(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a style guide from a project

        Removes a style guide from the project.

        Calls `DELETE /projects/{project_id}/styleguides/{id}` (delete_style_guide).
        """
        response = delete_style_guide.sync_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateStyleGuideBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> StyleguideDetails:
        """Change an existing style guide

        Changes the fields you send on an existing style guide and leaves the rest as they were.

        Calls `PATCH /projects/{project_id}/styleguides/{id}` (update_style_guide).
        """
        response = update_style_guide.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("StyleguideDetails", unwrap(response))


class AsyncStyleGuidesApi(AsyncResource):
    """Awaitable calls to the style_guides resource group."""

    async def list(
        self,
        project_id: str,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[Styleguide]:
        """List the style guides of a project

        Returns the project's style guides, one page at a time.

        Calls `GET /projects/{project_id}/styleguides` (list_style_guides).
        """
        response = await list_style_guides.asyncio_detailed(
            project_id=project_id,
            page=page,
            per_page=per_page,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[Styleguide]", unwrap(response))

    def list_pages(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Styleguide]]:
        """Every page of `list`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_style_guides.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=size,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str,
        *,
        per_page: int = 100,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Styleguide]:
        """Every item of every page of `list` (see `list_pages`)."""
        return async_items(
            self.list_pages(
                project_id,
                per_page=per_page,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str,
        *,
        body: CreateStyleGuideBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> StyleguideDetails:
        """Add a style guide to a project

        Adds a style guide to the project. Only the title is required; every other field is optional
        free text or a fixed choice.

        Calls `POST /projects/{project_id}/styleguides` (create_style_guide).
        """
        response = await create_style_guide.asyncio_detailed(
            project_id=project_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("StyleguideDetails", unwrap(response))

    async def show(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> StyleguideDetails:
        """Get a style guide

        Returns all fields of one style guide in the project.

        Calls `GET /projects/{project_id}/styleguides/{id}` (show_style_guide).
        """
        response = await show_style_guide.asyncio_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("StyleguideDetails", unwrap(response))

    async def delete(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove a style guide from a project

        Removes a style guide from the project.

        Calls `DELETE /projects/{project_id}/styleguides/{id}` (delete_style_guide).
        """
        response = await delete_style_guide.asyncio_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateStyleGuideBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> StyleguideDetails:
        """Change an existing style guide

        Changes the fields you send on an existing style guide and leaves the rest as they were.

        Calls `PATCH /projects/{project_id}/styleguides/{id}` (update_style_guide).
        """
        response = await update_style_guide.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("StyleguideDetails", unwrap(response))
