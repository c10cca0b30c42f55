"""Operations of the linked_keys resource group, and the facade classes that call them."""

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

    from ...models.create_linked_keys_body import CreateLinkedKeysBody
    from ...models.delete_linked_keys_body import DeleteLinkedKeysBody
    from ...models.error import Error
    from ...models.key_link import KeyLink
    from ...models.list_linked_keys_response_400 import ListLinkedKeysResponse400
    from ...models.validation_error import ValidationError

from . import (
    create_linked_keys,
    delete_linked_key,
    delete_linked_keys,
    list_linked_keys,
)

__all__ = ["AsyncLinkedKeysApi", "LinkedKeysApi"]


class LinkedKeysApi(Resource):
    """Linked keys tie child keys to a parent key. These endpoints create and remove those links and
    list a parent's children.

    Blocking calls; `AsyncLinkedKeysApi` has the same methods, awaitable.
    """

    @overload
    def list(
        self,
        project_id: str,
        id: str,
    ) -> KeyLink: ...

    @overload
    def list(
        self,
        *,
        id: str,
    ) -> KeyLink: ...

    def list(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> KeyLink:
        """List the child keys of a parent key

        Returns the parent key's details along with the child keys linked to it.

        Calls `GET /projects/{project_id}/keys/{id}/key_links` (list_linked_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the parent translation key.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = list_linked_keys.sync_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{id}/key_links", exc
            ) from exc
        return cast(
            "KeyLink",
            unwrap(response, (200,), "GET /projects/{project_id}/keys/{id}/key_links"),
        )

    @overload
    def create(
        self,
        project_id: str,
        id: str,
        *,
        body: CreateLinkedKeysBody,
    ) -> KeyLink: ...

    @overload
    def create(
        self,
        *,
        id: str,
        body: CreateLinkedKeysBody,
    ) -> KeyLink: ...

    def create(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: CreateLinkedKeysBody,
    ) -> KeyLink:
        """Link child keys to a parent key

        Links one or more child keys to the given parent key. With an empty list, the key is only marked
        as a parent.

        Calls `POST /projects/{project_id}/keys/{id}/key_links` (create_linked_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the parent translation key.
            body: Request body of create_linked_keys: Link child keys to a parent key.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = create_linked_keys.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/keys/{id}/key_links", exc
            ) from exc
        return cast(
            "KeyLink",
            unwrap(response, (201,), "POST /projects/{project_id}/keys/{id}/key_links"),
        )

    @overload
    def delete_many(
        self,
        project_id: str,
        id: str,
        *,
        body: DeleteLinkedKeysBody,
    ) -> KeyLink: ...

    @overload
    def delete_many(
        self,
        *,
        id: str,
        body: DeleteLinkedKeysBody,
    ) -> KeyLink: ...

    def delete_many(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: DeleteLinkedKeysBody,
    ) -> KeyLink:
        """Unlink several child keys from a parent

        Removes the links between a parent key and several child keys in one request. Optionally the
        parent itself stops being marked as a linked key.

        Calls `DELETE /projects/{project_id}/keys/{id}/key_links` (delete_linked_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the parent translation key.
            body: Request body of delete_linked_keys: Unlink several child keys from a parent.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = delete_linked_keys.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/keys/{id}/key_links", exc
            ) from exc
        return cast(
            "KeyLink",
            unwrap(
                response, (200,), "DELETE /projects/{project_id}/keys/{id}/key_links"
            ),
        )

    @overload
    def delete(
        self,
        project_id: str,
        id: str,
        child_key_id: str,
    ) -> None: ...

    @overload
    def delete(
        self,
        *,
        id: str,
        child_key_id: str,
    ) -> None: ...

    def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
        child_key_id: str | None = None,
    ) -> None:
        """Unlink one child key from a parent

        Removes the link between a parent key and a single child key.

        Calls `DELETE /projects/{project_id}/keys/{id}/key_links/{child_key_id}` (delete_linked_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the parent translation key.
            child_key_id: ID of the child key to detach.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)
        child_key_id = path_value("child_key_id", child_key_id)

        try:
            response = delete_linked_key.sync_detailed(
                project_id=project_id,
                id=id,
                child_key_id=child_key_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/keys/{id}/key_links/{child_key_id}", exc
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/keys/{id}/key_links/{child_key_id}",
        )


class AsyncLinkedKeysApi(AsyncResource):
    """Linked keys tie child keys to a parent key. These endpoints create and remove those links and
    list a parent's children.

    Awaitable calls; `LinkedKeysApi` has the same methods, blocking.
    """

    @overload
    async def list(
        self,
        project_id: str,
        id: str,
    ) -> KeyLink: ...

    @overload
    async def list(
        self,
        *,
        id: str,
    ) -> KeyLink: ...

    async def list(
        self,
        project_id: str | None = None,
        id: str | None = None,
    ) -> KeyLink:
        """List the child keys of a parent key

        Returns the parent key's details along with the child keys linked to it.

        Calls `GET /projects/{project_id}/keys/{id}/key_links` (list_linked_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the parent translation key.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await list_linked_keys.asyncio_detailed(
                project_id=project_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /projects/{project_id}/keys/{id}/key_links", exc
            ) from exc
        return cast(
            "KeyLink",
            unwrap(response, (200,), "GET /projects/{project_id}/keys/{id}/key_links"),
        )

    @overload
    async def create(
        self,
        project_id: str,
        id: str,
        *,
        body: CreateLinkedKeysBody,
    ) -> KeyLink: ...

    @overload
    async def create(
        self,
        *,
        id: str,
        body: CreateLinkedKeysBody,
    ) -> KeyLink: ...

    async def create(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: CreateLinkedKeysBody,
    ) -> KeyLink:
        """Link child keys to a parent key

        Links one or more child keys to the given parent key. With an empty list, the key is only marked
        as a parent.

        Calls `POST /projects/{project_id}/keys/{id}/key_links` (create_linked_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the parent translation key.
            body: Request body of create_linked_keys: Link child keys to a parent key.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await create_linked_keys.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/keys/{id}/key_links", exc
            ) from exc
        return cast(
            "KeyLink",
            unwrap(response, (201,), "POST /projects/{project_id}/keys/{id}/key_links"),
        )

    @overload
    async def delete_many(
        self,
        project_id: str,
        id: str,
        *,
        body: DeleteLinkedKeysBody,
    ) -> KeyLink: ...

    @overload
    async def delete_many(
        self,
        *,
        id: str,
        body: DeleteLinkedKeysBody,
    ) -> KeyLink: ...

    async def delete_many(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: DeleteLinkedKeysBody,
    ) -> KeyLink:
        """Unlink several child keys from a parent

        Removes the links between a parent key and several child keys in one request. Optionally the
        parent itself stops being marked as a linked key.

        Calls `DELETE /projects/{project_id}/keys/{id}/key_links` (delete_linked_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the parent translation key.
            body: Request body of delete_linked_keys: Unlink several child keys from a parent.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await delete_linked_keys.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/keys/{id}/key_links", exc
            ) from exc
        return cast(
            "KeyLink",
            unwrap(
                response, (200,), "DELETE /projects/{project_id}/keys/{id}/key_links"
            ),
        )

    @overload
    async def delete(
        self,
        project_id: str,
        id: str,
        child_key_id: str,
    ) -> None: ...

    @overload
    async def delete(
        self,
        *,
        id: str,
        child_key_id: str,
    ) -> None: ...

    async def delete(
        self,
        project_id: str | None = None,
        id: str | None = None,
        child_key_id: str | None = None,
    ) -> None:
        """Unlink one child key from a parent

        Removes the link between a parent key and a single child key.

        Calls `DELETE /projects/{project_id}/keys/{id}/key_links/{child_key_id}` (delete_linked_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the parent translation key.
            child_key_id: ID of the child key to detach.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)
        child_key_id = path_value("child_key_id", child_key_id)

        try:
            response = await delete_linked_key.asyncio_detailed(
                project_id=project_id,
                id=id,
                child_key_id=child_key_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/keys/{id}/key_links/{child_key_id}", exc
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /projects/{project_id}/keys/{id}/key_links/{child_key_id}",
        )
