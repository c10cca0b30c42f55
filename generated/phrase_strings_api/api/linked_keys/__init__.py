"""Operations of the linked_keys resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_linked_keys_body import CreateLinkedKeysBody
    from ...models.delete_linked_keys_body import DeleteLinkedKeysBody
    from ...models.error import Error
    from ...models.key_link import KeyLink
    from ...models.list_linked_keys_response_400 import ListLinkedKeysResponse400
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_linked_keys,
    delete_linked_key,
    delete_linked_keys,
    list_linked_keys,
)

__all__ = ["AsyncLinkedKeysApi", "LinkedKeysApi"]


class LinkedKeysApi(Resource):
    """Blocking calls to the linked_keys resource group."""

    def list(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> KeyLink:
        """List the child keys of a parent key

        Returns the parent key's details along with the child keys linked to it.

        Calls `GET /projects/{project_id}/keys/{id}/key_links` (list_linked_keys).
        """
        response = list_linked_keys.sync_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("KeyLink", unwrap(response))

    def create(
        self,
        project_id: str,
        id: str,
        *,
        body: CreateLinkedKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> KeyLink:
        """Link child keys to a parent key

        Links one or more child keys to the given parent key. With an empty list, the key is only marked
        as a parent.

        Calls `POST /projects/{project_id}/keys/{id}/key_links` (create_linked_keys).
        """
        response = create_linked_keys.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("KeyLink", unwrap(response))

    def delete_many(
        self,
        project_id: str,
        id: str,
        *,
        body: DeleteLinkedKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> KeyLink:
        """Unlink several child keys from a parent

        Removes the links between a parent key and several child keys in one request. Optionally the
        parent itself stops being marked as a linked key.

        Calls `DELETE /projects/{project_id}/keys/{id}/key_links` (delete_linked_keys).
        """
        response = delete_linked_keys.sync_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("KeyLink", unwrap(response))

    def delete(
        self,
        project_id: str,
        id: str,
        child_key_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Unlink one child key from a parent

        Removes the link between a parent key and a single child key.

        Calls `DELETE /projects/{project_id}/keys/{id}/key_links/{child_key_id}` (delete_linked_key).
        """
        response = delete_linked_key.sync_detailed(
            project_id=project_id,
            id=id,
            child_key_id=child_key_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)


class AsyncLinkedKeysApi(AsyncResource):
    """Awaitable calls to the linked_keys resource group."""

    async def list(
        self,
        project_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> KeyLink:
        """List the child keys of a parent key

        Returns the parent key's details along with the child keys linked to it.

        Calls `GET /projects/{project_id}/keys/{id}/key_links` (list_linked_keys).
        """
        response = await list_linked_keys.asyncio_detailed(
            project_id=project_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("KeyLink", unwrap(response))

    async def create(
        self,
        project_id: str,
        id: str,
        *,
        body: CreateLinkedKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> KeyLink:
        """Link child keys to a parent key

        Links one or more child keys to the given parent key. With an empty list, the key is only marked
        as a parent.

        Calls `POST /projects/{project_id}/keys/{id}/key_links` (create_linked_keys).
        """
        response = await create_linked_keys.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("KeyLink", unwrap(response))

    async def delete_many(
        self,
        project_id: str,
        id: str,
        *,
        body: DeleteLinkedKeysBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> KeyLink:
        """Unlink several child keys from a parent

        Removes the links between a parent key and several child keys in one request. Optionally the
        parent itself stops being marked as a linked key.

        Calls `DELETE /projects/{project_id}/keys/{id}/key_links` (delete_linked_keys).
        """
        response = await delete_linked_keys.asyncio_detailed(
            project_id=project_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("KeyLink", unwrap(response))

    async def delete(
        self,
        project_id: str,
        id: str,
        child_key_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Unlink one child key from a parent

        Removes the link between a parent key and a single child key.

        Calls `DELETE /projects/{project_id}/keys/{id}/key_links/{child_key_id}` (delete_linked_key).
        """
        response = await delete_linked_key.asyncio_detailed(
            project_id=project_id,
            id=id,
            child_key_id=child_key_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)
