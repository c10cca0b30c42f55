"""Operations of the custom_metadata resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_custom_metadata_property_body import (
        CreateCustomMetadataPropertyBody,
    )
    from ...models.custom_metadata_data_type import CustomMetadataDataType
    from ...models.custom_metadata_property import CustomMetadataProperty
    from ...models.error import Error
    from ...models.update_custom_metadata_property_body import (
        UpdateCustomMetadataPropertyBody,
    )
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_custom_metadata_property,
    delete_custom_metadata_property,
    list_custom_metadata_properties,
    show_custom_metadata_property,
    update_custom_metadata_property,
)

__all__ = ["AsyncCustomMetadataApi", "CustomMetadataApi"]


class CustomMetadataApi(Resource):
    """Blocking calls to the custom_metadata resource group."""

    def list_properties(
        self,
        account_id: str,
        *,
        data_type: CustomMetadataDataType | Unset = UNSET,
        project_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        q: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[CustomMetadataProperty]:
        """List custom metadata properties

        Returns the custom metadata properties defined in an account, optionally narrowed to one project
        or by a name search. Requires an advanced plan or higher.

        Calls `GET /accounts/{account_id}/custom_metadata/properties` (list_custom_metadata_properties).
        """
        response = list_custom_metadata_properties.sync_detailed(
            account_id=account_id,
            data_type=data_type,
            project_id=project_id,
            page=page,
            per_page=per_page,
            q=q,
            sort=sort,
            order=order,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[CustomMetadataProperty]", unwrap(response))

    def list_properties_pages(
        self,
        account_id: str,
        *,
        data_type: CustomMetadataDataType | Unset = UNSET,
        project_id: str | Unset = UNSET,
        per_page: int = 100,
        q: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[CustomMetadataProperty]]:
        """Every page of `list_properties`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        def fetch(page: int, size: int) -> Response[Any]:
            return list_custom_metadata_properties.sync_detailed(
                account_id=account_id,
                data_type=data_type,
                project_id=project_id,
                page=page,
                per_page=size,
                q=q,
                sort=sort,
                order=order,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_properties_all(
        self,
        account_id: str,
        *,
        data_type: CustomMetadataDataType | Unset = UNSET,
        project_id: str | Unset = UNSET,
        per_page: int = 100,
        q: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[CustomMetadataProperty]:
        """Every item of every page of `list_properties` (see `list_properties_pages`)."""
        return items(
            self.list_properties_pages(
                account_id,
                data_type=data_type,
                project_id=project_id,
                per_page=per_page,
                q=q,
                sort=sort,
                order=order,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    def create_property(
        self,
        account_id: str,
        *,
        body: CreateCustomMetadataPropertyBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CustomMetadataProperty:
        """Create a custom metadata property

        Defines a new custom metadata property in the account.

        Calls `POST /accounts/{account_id}/custom_metadata/properties` (create_custom_metadata_property).
        """
        response = create_custom_metadata_property.sync_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CustomMetadataProperty", unwrap(response))

    def show_property(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CustomMetadataProperty:
        """Get a custom metadata property

        Returns one custom metadata property of the account.

        Calls `GET /accounts/{account_id}/custom_metadata/properties/{id}` (show_custom_metadata_property).
        """
        response = show_custom_metadata_property.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CustomMetadataProperty", unwrap(response))

    def delete_property(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a custom metadata property

        Removes a custom metadata property from the account. Requires an advanced plan or higher.

        Calls `DELETE /accounts/{account_id}/custom_metadata/properties/{id}` (delete_custom_metadata_property).
        """
        response = delete_custom_metadata_property.sync_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update_property(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateCustomMetadataPropertyBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CustomMetadataProperty:
        """Update a custom metadata property

        Changes the name, description, projects or value options of an existing property.

        Calls `PATCH /accounts/{account_id}/custom_metadata/properties/{id}` (update_custom_metadata_property).
        """
        response = update_custom_metadata_property.sync_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CustomMetadataProperty", unwrap(response))


class AsyncCustomMetadataApi(AsyncResource):
    """Awaitable calls to the custom_metadata resource group."""

    async def list_properties(
        self,
        account_id: str,
        *,
        data_type: CustomMetadataDataType | Unset = UNSET,
        project_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        q: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> builtins.list[CustomMetadataProperty]:
        """List custom metadata properties

        Returns the custom metadata properties defined in an account, optionally narrowed to one project
        or by a name search. Requires an advanced plan or higher.

        Calls `GET /accounts/{account_id}/custom_metadata/properties` (list_custom_metadata_properties).
        """
        response = await list_custom_metadata_properties.asyncio_detailed(
            account_id=account_id,
            data_type=data_type,
            project_id=project_id,
            page=page,
            per_page=per_page,
            q=q,
            sort=sort,
            order=order,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("builtins.list[CustomMetadataProperty]", unwrap(response))

    def list_properties_pages(
        self,
        account_id: str,
        *,
        data_type: CustomMetadataDataType | Unset = UNSET,
        project_id: str | Unset = UNSET,
        per_page: int = 100,
        q: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[CustomMetadataProperty]]:
        """Every page of `list_properties`, following the Link header's ``rel="next"``.

        With ``concurrent=True`` the pages after the first are fetched in parallel (within the
        client's concurrency limit) once ``rel="last"`` tells how many there are; pages still come
        in order. Stop iterating to stop fetching.
        """

        async def fetch(page: int, size: int) -> Response[Any]:
            return await list_custom_metadata_properties.asyncio_detailed(
                account_id=account_id,
                data_type=data_type,
                project_id=project_id,
                page=page,
                per_page=size,
                q=q,
                sort=sort,
                order=order,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )

        return self._paging.pages(fetch, per_page, concurrent)

    def list_properties_all(
        self,
        account_id: str,
        *,
        data_type: CustomMetadataDataType | Unset = UNSET,
        project_id: str | Unset = UNSET,
        per_page: int = 100,
        q: str | Unset = UNSET,
        sort: str | Unset = UNSET,
        order: str | Unset = UNSET,
        x_phrase_app_otp: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[CustomMetadataProperty]:
        """Every item of every page of `list_properties` (see `list_properties_pages`)."""
        return async_items(
            self.list_properties_pages(
                account_id,
                data_type=data_type,
                project_id=project_id,
                per_page=per_page,
                q=q,
                sort=sort,
                order=order,
                x_phrase_app_otp=x_phrase_app_otp,
                concurrent=concurrent,
            )
        )

    async def create_property(
        self,
        account_id: str,
        *,
        body: CreateCustomMetadataPropertyBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CustomMetadataProperty:
        """Create a custom metadata property

        Defines a new custom metadata property in the account.

        Calls `POST /accounts/{account_id}/custom_metadata/properties` (create_custom_metadata_property).
        """
        response = await create_custom_metadata_property.asyncio_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CustomMetadataProperty", unwrap(response))

    async def show_property(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CustomMetadataProperty:
        """Get a custom metadata property

        Returns one custom metadata property of the account.

        Calls `GET /accounts/{account_id}/custom_metadata/properties/{id}` (show_custom_metadata_property).
        """
        response = await show_custom_metadata_property.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CustomMetadataProperty", unwrap(response))

    async def delete_property(
        self,
        account_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a custom metadata property

        Removes a custom metadata property from the account. Requires an advanced plan or higher.

        Calls `DELETE /accounts/{account_id}/custom_metadata/properties/{id}` (delete_custom_metadata_property).
        """
        response = await delete_custom_metadata_property.asyncio_detailed(
            account_id=account_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update_property(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateCustomMetadataPropertyBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> CustomMetadataProperty:
        """Update a custom metadata property

        Changes the name, description, projects or value options of an existing property.

        Calls `PATCH /accounts/{account_id}/custom_metadata/properties/{id}` (update_custom_metadata_property).
        """
        response = await update_custom_metadata_property.asyncio_detailed(
            account_id=account_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("CustomMetadataProperty", unwrap(response))
