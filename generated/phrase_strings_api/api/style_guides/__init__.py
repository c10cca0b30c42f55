"""Operations of the style_guides resource group, and the facade classes that call them."""

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
    """Style guides record tone, audience, grammar and terminology requirements that translators of a
    project should follow.

    Blocking calls; `AsyncStyleGuidesApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Styleguide]:
        """List the style guides of a project

        Returns the project's style guides, one page at a time.

        Calls `GET /projects/{project_id}/styleguides` (list_style_guides).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_style_guides.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/styleguides", exc) from exc
        return cast(
            "builtins.list[Styleguide]",
            unwrap(response, (200,), "GET /projects/{project_id}/styleguides"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[Styleguide]]:
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
                response = list_style_guides.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/styleguides", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/styleguides")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Styleguide]:
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
        body: CreateStyleGuideBody,
    ) -> StyleguideDetails:
        """Add a style guide to a project

        Adds a style guide to the project. Only the title is required; every other field is optional
        free text or a fixed choice.

        Calls `POST /projects/{project_id}/styleguides` (create_style_guide).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_style_guide: Add a style guide to a project.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_style_guide.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/styleguides", exc
            ) from exc
        return cast(
            "StyleguideDetails",
            unwrap(response, (201,), "POST /projects/{project_id}/styleguides"),
        )

    @overload
    def show(
        self,
        project_id: str,
        id: str,
    ) -> StyleguideDetails: ...

    @overload
    def show(
        self,
        *,
        id: str,
    ) -> StyleguideDetails: ...

    def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> StyleguideDetails:
        """Get a style guide

        Returns all fields of one style guide in the project.

        Calls `GET /projects/{project_id}/styleguides/{id}` (show_style_guide).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = show_style_guide.sync_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/styleguides/{id}", exc
            ) from exc
        return cast(
            "StyleguideDetails",
            unwrap(response, (200,), "GET /projects/{project_id}/styleguides/{id}"),
        )

    @overload
    def delete(
        self,
        project_id: str,
        id: str,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        id: str,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> None:
        """Remove a style guide from a project

        Removes a style guide from the project.

        Calls `DELETE /projects/{project_id}/styleguides/{id}` (delete_style_guide).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = delete_style_guide.sync_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/styleguides/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/styleguides/{id}")

    @overload
    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateStyleGuideBody,
    ) -> StyleguideDetails: ...

    @overload
    def update(
        self,
        *,
        id: str,
        body: UpdateStyleGuideBody,
    ) -> StyleguideDetails: ...

    def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateStyleGuideBody,
    ) -> StyleguideDetails:
        """Change an existing style guide

        Changes the fields you send on an existing style guide and leaves the rest as they were.

        Calls `PATCH /projects/{project_id}/styleguides/{id}` (update_style_guide).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_style_guide: Change an existing style guide.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = update_style_guide.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/styleguides/{id}", exc
            ) from exc
        return cast(
            "StyleguideDetails",
            unwrap(response, (200,), "PATCH /projects/{project_id}/styleguides/{id}"),
        )


class AsyncStyleGuidesApi(AsyncResource):
    """Style guides record tone, audience, grammar and terminology requirements that translators of a
    project should follow.

    Awaitable calls; `StyleGuidesApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[Styleguide]:
        """List the style guides of a project

        Returns the project's style guides, one page at a time.

        Calls `GET /projects/{project_id}/styleguides` (list_style_guides).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_style_guides.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/styleguides", exc) from exc
        return cast(
            "builtins.list[Styleguide]",
            unwrap(response, (200,), "GET /projects/{project_id}/styleguides"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[Styleguide]]:
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
                response = await list_style_guides.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /projects/{project_id}/styleguides", exc
                ) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/styleguides")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Styleguide]:
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
        body: CreateStyleGuideBody,
    ) -> StyleguideDetails:
        """Add a style guide to a project

        Adds a style guide to the project. Only the title is required; every other field is optional
        free text or a fixed choice.

        Calls `POST /projects/{project_id}/styleguides` (create_style_guide).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_style_guide: Add a style guide to a project.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_style_guide.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/styleguides", exc
            ) from exc
        return cast(
            "StyleguideDetails",
            unwrap(response, (201,), "POST /projects/{project_id}/styleguides"),
        )

    @overload
    async def show(
        self,
        project_id: str,
        id: str,
    ) -> StyleguideDetails: ...

    @overload
    async def show(
        self,
        *,
        id: str,
    ) -> StyleguideDetails: ...

    async def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> StyleguideDetails:
        """Get a style guide

        Returns all fields of one style guide in the project.

        Calls `GET /projects/{project_id}/styleguides/{id}` (show_style_guide).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await show_style_guide.asyncio_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/styleguides/{id}", exc
            ) from exc
        return cast(
            "StyleguideDetails",
            unwrap(response, (200,), "GET /projects/{project_id}/styleguides/{id}"),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        id: str,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        id: str,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> None:
        """Remove a style guide from a project

        Removes a style guide from the project.

        Calls `DELETE /projects/{project_id}/styleguides/{id}` (delete_style_guide).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await delete_style_guide.asyncio_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/styleguides/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/styleguides/{id}")

    @overload
    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateStyleGuideBody,
    ) -> StyleguideDetails: ...

    @overload
    async def update(
        self,
        *,
        id: str,
        body: UpdateStyleGuideBody,
    ) -> StyleguideDetails: ...

    async def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateStyleGuideBody,
    ) -> StyleguideDetails:
        """Change an existing style guide

        Changes the fields you send on an existing style guide and leaves the rest as they were.

        Calls `PATCH /projects/{project_id}/styleguides/{id}` (update_style_guide).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_style_guide: Change an existing style guide.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await update_style_guide.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/styleguides/{id}", exc
            ) from exc
        return cast(
            "StyleguideDetails",
            unwrap(response, (200,), "PATCH /projects/{project_id}/styleguides/{id}"),
        )
