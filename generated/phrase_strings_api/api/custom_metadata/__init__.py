"""Operations of the custom_metadata resource group, and the facade classes that call them."""

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
from ...models.custom_metadata_data_type import CustomMetadataDataType
from ...models.list_custom_metadata_properties_order import (
    ListCustomMetadataPropertiesOrder,
)
from ...models.list_custom_metadata_properties_sort import (
    ListCustomMetadataPropertiesSort,
)
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_custom_metadata_property_body import (
        CreateCustomMetadataPropertyBody,
    )
    from ...models.custom_metadata_data_type import CustomMetadataDataType
    from ...models.custom_metadata_property import CustomMetadataProperty
    from ...models.error import Error
    from ...models.list_custom_metadata_properties_order import (
        ListCustomMetadataPropertiesOrder,
    )
    from ...models.list_custom_metadata_properties_sort import (
        ListCustomMetadataPropertiesSort,
    )
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
    """Custom metadata properties are account-wide fields that can be attached to keys in selected
    projects. Available on advanced plans and higher.

    Blocking calls; `AsyncCustomMetadataApi` has the same methods, awaitable.
    """

    def list_properties(
        self,
        account_id: str,
        *,
        data_type: Literal[
            "boolean",
            "date",
            "link",
            "multi_select",
            "number",
            "single_select",
            "string",
            "text",
        ]
        | Unset = UNSET,
        project_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        q: str | Unset = UNSET,
        sort: Literal["name", "data_type", "created_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[CustomMetadataProperty]:
        """List custom metadata properties

        Returns the custom metadata properties defined in an account, optionally narrowed to one project
        or by a name search. Requires an advanced plan or higher.

        Calls `GET /accounts/{account_id}/custom_metadata/properties` (list_custom_metadata_properties).

        Args:
            account_id: Identifier of the account.
            data_type: Enumeration of value kinds a custom metadata property can have: boolean, date,
                link, multi_select, number, single_select, string or text.
            project_id: Only return properties assigned to this project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            q: Text to match against property names.
            sort: Field to sort by: name, data_type or created_at.
            order: Sort direction: asc or desc.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = list_custom_metadata_properties.sync_detailed(
                account_id=account_id,
                data_type=as_enum(CustomMetadataDataType, data_type),
                project_id=project_id,
                page=page,
                per_page=per_page,
                q=q,
                sort=as_enum(ListCustomMetadataPropertiesSort, sort),
                order=as_enum(ListCustomMetadataPropertiesOrder, order),
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/custom_metadata/properties", exc
            ) from exc
        return cast(
            "builtins.list[CustomMetadataProperty]",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/custom_metadata/properties",
            ),
        )

    def list_properties_pages(
        self,
        account_id: str,
        *,
        data_type: Literal[
            "boolean",
            "date",
            "link",
            "multi_select",
            "number",
            "single_select",
            "string",
            "text",
        ]
        | Unset = UNSET,
        project_id: str | Unset = UNSET,
        per_page: int = 100,
        q: str | Unset = UNSET,
        sort: Literal["name", "data_type", "created_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[CustomMetadataProperty]]:
        """Every page of `list_properties`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            data_type: Enumeration of value kinds a custom metadata property can have: boolean, date,
                link, multi_select, number, single_select, string or text.
            project_id: Only return properties assigned to this project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            q: Text to match against property names.
            sort: Field to sort by: name, data_type or created_at.
            order: Sort direction: asc or desc.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_custom_metadata_properties.sync_detailed(
                    account_id=account_id,
                    data_type=as_enum(CustomMetadataDataType, data_type),
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    q=q,
                    sort=as_enum(ListCustomMetadataPropertiesSort, sort),
                    order=as_enum(ListCustomMetadataPropertiesOrder, order),
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/custom_metadata/properties", exc
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/custom_metadata/properties",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_properties_all(
        self,
        account_id: str,
        *,
        data_type: Literal[
            "boolean",
            "date",
            "link",
            "multi_select",
            "number",
            "single_select",
            "string",
            "text",
        ]
        | Unset = UNSET,
        project_id: str | Unset = UNSET,
        per_page: int = 100,
        q: str | Unset = UNSET,
        sort: Literal["name", "data_type", "created_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[CustomMetadataProperty]:
        """Every item of every page of `list_properties` (see `list_properties_pages`).

        Args:
            account_id: Identifier of the account.
            data_type: Enumeration of value kinds a custom metadata property can have: boolean, date,
                link, multi_select, number, single_select, string or text.
            project_id: Only return properties assigned to this project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            q: Text to match against property names.
            sort: Field to sort by: name, data_type or created_at.
            order: Sort direction: asc or desc.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        return items(
            self.list_properties_pages(
                account_id,
                data_type=data_type,
                project_id=project_id,
                per_page=per_page,
                q=q,
                sort=sort,
                order=order,
                concurrent=concurrent,
            )
        )

    def create_property(
        self,
        account_id: str,
        *,
        body: CreateCustomMetadataPropertyBody,
    ) -> CustomMetadataProperty:
        """Create a custom metadata property

        Defines a new custom metadata property in the account.

        Calls `POST /accounts/{account_id}/custom_metadata/properties` (create_custom_metadata_property).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_custom_metadata_property: Create a custom metadata property.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = create_custom_metadata_property.sync_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/custom_metadata/properties", exc
            ) from exc
        return cast(
            "CustomMetadataProperty",
            unwrap(
                response,
                (200,),
                "POST /accounts/{account_id}/custom_metadata/properties",
            ),
        )

    def show_property(
        self,
        account_id: str,
        id: str,
    ) -> CustomMetadataProperty:
        """Get a custom metadata property

        Returns one custom metadata property of the account.

        Calls `GET /accounts/{account_id}/custom_metadata/properties/{id}` (show_custom_metadata_property).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = show_custom_metadata_property.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/custom_metadata/properties/{id}", exc
            ) from exc
        return cast(
            "CustomMetadataProperty",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/custom_metadata/properties/{id}",
            ),
        )

    def delete_property(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Delete a custom metadata property

        Removes a custom metadata property from the account. Requires an advanced plan or higher.

        Calls `DELETE /accounts/{account_id}/custom_metadata/properties/{id}` (delete_custom_metadata_property).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = delete_custom_metadata_property.sync_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/custom_metadata/properties/{id}", exc
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/custom_metadata/properties/{id}",
        )

    def update_property(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateCustomMetadataPropertyBody,
    ) -> CustomMetadataProperty:
        """Update a custom metadata property

        Changes the name, description, projects or value options of an existing property.

        Calls `PATCH /accounts/{account_id}/custom_metadata/properties/{id}` (update_custom_metadata_property).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_custom_metadata_property: Update a custom metadata property.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = update_custom_metadata_property.sync_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/custom_metadata/properties/{id}", exc
            ) from exc
        return cast(
            "CustomMetadataProperty",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/custom_metadata/properties/{id}",
            ),
        )


class AsyncCustomMetadataApi(AsyncResource):
    """Custom metadata properties are account-wide fields that can be attached to keys in selected
    projects. Available on advanced plans and higher.

    Awaitable calls; `CustomMetadataApi` has the same methods, blocking.
    """

    async def list_properties(
        self,
        account_id: str,
        *,
        data_type: Literal[
            "boolean",
            "date",
            "link",
            "multi_select",
            "number",
            "single_select",
            "string",
            "text",
        ]
        | Unset = UNSET,
        project_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        q: str | Unset = UNSET,
        sort: Literal["name", "data_type", "created_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
    ) -> builtins.list[CustomMetadataProperty]:
        """List custom metadata properties

        Returns the custom metadata properties defined in an account, optionally narrowed to one project
        or by a name search. Requires an advanced plan or higher.

        Calls `GET /accounts/{account_id}/custom_metadata/properties` (list_custom_metadata_properties).

        Args:
            account_id: Identifier of the account.
            data_type: Enumeration of value kinds a custom metadata property can have: boolean, date,
                link, multi_select, number, single_select, string or text.
            project_id: Only return properties assigned to this project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            q: Text to match against property names.
            sort: Field to sort by: name, data_type or created_at.
            order: Sort direction: asc or desc.
        """
        account_id = path_value("account_id", account_id)
        check_per_page(per_page)

        try:
            response = await list_custom_metadata_properties.asyncio_detailed(
                account_id=account_id,
                data_type=as_enum(CustomMetadataDataType, data_type),
                project_id=project_id,
                page=page,
                per_page=per_page,
                q=q,
                sort=as_enum(ListCustomMetadataPropertiesSort, sort),
                order=as_enum(ListCustomMetadataPropertiesOrder, order),
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/custom_metadata/properties", exc
            ) from exc
        return cast(
            "builtins.list[CustomMetadataProperty]",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/custom_metadata/properties",
            ),
        )

    def list_properties_pages(
        self,
        account_id: str,
        *,
        data_type: Literal[
            "boolean",
            "date",
            "link",
            "multi_select",
            "number",
            "single_select",
            "string",
            "text",
        ]
        | Unset = UNSET,
        project_id: str | Unset = UNSET,
        per_page: int = 100,
        q: str | Unset = UNSET,
        sort: Literal["name", "data_type", "created_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[CustomMetadataProperty]]:
        """Every page of `list_properties`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            account_id: Identifier of the account.
            data_type: Enumeration of value kinds a custom metadata property can have: boolean, date,
                link, multi_select, number, single_select, string or text.
            project_id: Only return properties assigned to this project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            q: Text to match against property names.
            sort: Field to sort by: name, data_type or created_at.
            order: Sort direction: asc or desc.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_custom_metadata_properties.asyncio_detailed(
                    account_id=account_id,
                    data_type=as_enum(CustomMetadataDataType, data_type),
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    q=q,
                    sort=as_enum(ListCustomMetadataPropertiesSort, sort),
                    order=as_enum(ListCustomMetadataPropertiesOrder, order),
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "GET /accounts/{account_id}/custom_metadata/properties", exc
                ) from exc
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/custom_metadata/properties",
            )
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_properties_all(
        self,
        account_id: str,
        *,
        data_type: Literal[
            "boolean",
            "date",
            "link",
            "multi_select",
            "number",
            "single_select",
            "string",
            "text",
        ]
        | Unset = UNSET,
        project_id: str | Unset = UNSET,
        per_page: int = 100,
        q: str | Unset = UNSET,
        sort: Literal["name", "data_type", "created_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[CustomMetadataProperty]:
        """Every item of every page of `list_properties` (see `list_properties_pages`).

        Args:
            account_id: Identifier of the account.
            data_type: Enumeration of value kinds a custom metadata property can have: boolean, date,
                link, multi_select, number, single_select, string or text.
            project_id: Only return properties assigned to this project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            q: Text to match against property names.
            sort: Field to sort by: name, data_type or created_at.
            order: Sort direction: asc or desc.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        account_id = path_value("account_id", account_id)

        return async_items(
            self.list_properties_pages(
                account_id,
                data_type=data_type,
                project_id=project_id,
                per_page=per_page,
                q=q,
                sort=sort,
                order=order,
                concurrent=concurrent,
            )
        )

    async def create_property(
        self,
        account_id: str,
        *,
        body: CreateCustomMetadataPropertyBody,
    ) -> CustomMetadataProperty:
        """Create a custom metadata property

        Defines a new custom metadata property in the account.

        Calls `POST /accounts/{account_id}/custom_metadata/properties` (create_custom_metadata_property).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_custom_metadata_property: Create a custom metadata property.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await create_custom_metadata_property.asyncio_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/custom_metadata/properties", exc
            ) from exc
        return cast(
            "CustomMetadataProperty",
            unwrap(
                response,
                (200,),
                "POST /accounts/{account_id}/custom_metadata/properties",
            ),
        )

    async def show_property(
        self,
        account_id: str,
        id: str,
    ) -> CustomMetadataProperty:
        """Get a custom metadata property

        Returns one custom metadata property of the account.

        Calls `GET /accounts/{account_id}/custom_metadata/properties/{id}` (show_custom_metadata_property).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await show_custom_metadata_property.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/custom_metadata/properties/{id}", exc
            ) from exc
        return cast(
            "CustomMetadataProperty",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/custom_metadata/properties/{id}",
            ),
        )

    async def delete_property(
        self,
        account_id: str,
        id: str,
    ) -> None:
        """Delete a custom metadata property

        Removes a custom metadata property from the account. Requires an advanced plan or higher.

        Calls `DELETE /accounts/{account_id}/custom_metadata/properties/{id}` (delete_custom_metadata_property).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await delete_custom_metadata_property.asyncio_detailed(
                account_id=account_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/custom_metadata/properties/{id}", exc
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/custom_metadata/properties/{id}",
        )

    async def update_property(
        self,
        account_id: str,
        id: str,
        *,
        body: UpdateCustomMetadataPropertyBody,
    ) -> CustomMetadataProperty:
        """Update a custom metadata property

        Changes the name, description, projects or value options of an existing property.

        Calls `PATCH /accounts/{account_id}/custom_metadata/properties/{id}` (update_custom_metadata_property).

        Args:
            account_id: Identifier of the account.
            id: Identifier of the resource the path points to.
            body: Request body of update_custom_metadata_property: Update a custom metadata property.
        """
        account_id = path_value("account_id", account_id)
        id = path_value("id", id)

        try:
            response = await update_custom_metadata_property.asyncio_detailed(
                account_id=account_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/custom_metadata/properties/{id}", exc
            ) from exc
        return cast(
            "CustomMetadataProperty",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/custom_metadata/properties/{id}",
            ),
        )
