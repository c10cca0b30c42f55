"""Operations of the keys resource group, and the facade classes that call them."""

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
from ...models.list_keys_order import ListKeysOrder
from ...models.list_keys_sort import ListKeysSort
from ...types import UNSET, Response, Unset

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.affected_resources import AffectedResources
    from ...models.create_key_body import CreateKeyBody
    from ...models.error import Error
    from ...models.exclude_keys_body import ExcludeKeysBody
    from ...models.include_keys_body import IncludeKeysBody
    from ...models.list_keys_order import ListKeysOrder
    from ...models.list_keys_sort import ListKeysSort
    from ...models.search_keys_body import SearchKeysBody
    from ...models.tag_keys_body import TagKeysBody
    from ...models.translation_key import TranslationKey
    from ...models.translation_key_details import TranslationKeyDetails
    from ...models.untag_keys_body import UntagKeysBody
    from ...models.update_key_body import UpdateKeyBody
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_key,
    delete_key,
    delete_keys,
    exclude_keys,
    include_keys,
    list_keys,
    search_keys,
    show_key,
    tag_keys,
    untag_keys,
    update_key,
)

__all__ = ["AsyncKeysApi", "KeysApi"]


class KeysApi(Resource):
    """Keys are the translatable identifiers of a project; each key collects the translations of one
    string across locales. These endpoints create, read, edit, search and delete keys, and tag,
    untag or change locale exclusion for many keys at once.

    Blocking calls; `AsyncKeysApi` has the same methods, awaitable.
    """

    def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
    ) -> builtins.list[TranslationKey]:
        """List the keys of a project

        Returns a page of the project's keys, optionally narrowed by a search query and sorted by name
        or timestamp. search_keys accepts the same criteria in a request body.

        Calls `GET /projects/{project_id}/keys` (list_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to use.
            sort: Field to sort by: name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression for keys. A plain term matches key names loosely and may contain
                wildcards. The term also accepts these qualifiers: ids:ID1,ID2 selects keys by a
                comma-separated list of IDs; name:NAME matches an exact key name (escape spaces, commas and
                colons with a double backslash); tags:TAG keeps keys that carry the given tag;
                translated:true or translated:false filters on translation state and only works together
                with locale_id; updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP (for example
                2013-02-21T00:00:00Z) limits keys by update time; unmentioned_in_upload:UPLOAD_ID,... keeps
                keys that the given uploads did not contain, and with several upload IDs a key must be
                absent from every one of them. A parameter sent with an empty value is treated as if it were
                missing.
            locale_id: Locale whose translations decide whether a key counts as translated or
                untranslated when the query filters on that state.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = list_keys.sync_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                sort=as_enum(ListKeysSort, sort),
                order=as_enum(ListKeysOrder, order),
                q=q,
                locale_id=locale_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/keys", exc) from exc
        return cast(
            "builtins.list[TranslationKey]",
            unwrap(response, (200,), "GET /projects/{project_id}/keys"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[Page[TranslationKey]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            sort: Field to sort by: name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression for keys. A plain term matches key names loosely and may contain
                wildcards. The term also accepts these qualifiers: ids:ID1,ID2 selects keys by a
                comma-separated list of IDs; name:NAME matches an exact key name (escape spaces, commas and
                colons with a double backslash); tags:TAG keeps keys that carry the given tag;
                translated:true or translated:false filters on translation state and only works together
                with locale_id; updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP (for example
                2013-02-21T00:00:00Z) limits keys by update time; unmentioned_in_upload:UPLOAD_ID,... keeps
                keys that the given uploads did not contain, and with several upload IDs a key must be
                absent from every one of them. A parameter sent with an empty value is treated as if it were
                missing.
            locale_id: Locale whose translations decide whether a key counts as translated or
                untranslated when the query filters on that state.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = list_keys.sync_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    sort=as_enum(ListKeysSort, sort),
                    order=as_enum(ListKeysOrder, order),
                    q=q,
                    locale_id=locale_id,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects/{project_id}/keys", exc) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/keys")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> Iterator[TranslationKey]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            sort: Field to sort by: name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression for keys. A plain term matches key names loosely and may contain
                wildcards. The term also accepts these qualifiers: ids:ID1,ID2 selects keys by a
                comma-separated list of IDs; name:NAME matches an exact key name (escape spaces, commas and
                colons with a double backslash); tags:TAG keeps keys that carry the given tag;
                translated:true or translated:false filters on translation state and only works together
                with locale_id; updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP (for example
                2013-02-21T00:00:00Z) limits keys by update time; unmentioned_in_upload:UPLOAD_ID,... keeps
                keys that the given uploads did not contain, and with several upload IDs a key must be
                absent from every one of them. A parameter sent with an empty value is treated as if it were
                missing.
            locale_id: Locale whose translations decide whether a key counts as translated or
                untranslated when the query filters on that state.
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
                locale_id=locale_id,
                concurrent=concurrent,
            )
        )

    def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateKeyBody,
    ) -> TranslationKeyDetails:
        """Create a key

        Adds a new key to the project. A translation for the default locale can be created at the same
        time and, if requested, automatically translated into the other locales.

        Calls `POST /projects/{project_id}/keys` (create_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_key: Create a key.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = create_key.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/keys", exc) from exc
        return cast(
            "TranslationKeyDetails",
            unwrap(response, (201,), "POST /projects/{project_id}/keys"),
        )

    def delete_many(
        self,
        project_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
    ) -> AffectedResources:
        """Delete all keys matching a query

        Deletes every key in the project that matches the search query, using the same criteria as
        list_keys. Keep each call to roughly 1,000 keys or fewer, since larger deletions may time out.

        Calls `DELETE /projects/{project_id}/keys` (delete_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            branch: Name of the branch to use.
            q: Search expression for keys. A plain term matches key names loosely and may contain
                wildcards. The term also accepts these qualifiers: ids:ID1,ID2 selects keys by a
                comma-separated list of IDs; name:NAME matches an exact key name (escape spaces, commas and
                colons with a double backslash); tags:TAG keeps keys that carry the given tag;
                translated:true or translated:false filters on translation state and only works together
                with locale_id; updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP (for example
                2013-02-21T00:00:00Z) limits keys by update time; unmentioned_in_upload:UPLOAD_ID,... keeps
                keys that the given uploads did not contain, and with several upload IDs a key must be
                absent from every one of them. A parameter sent with an empty value is treated as if it were
                missing.
            locale_id: Locale whose translations decide whether a key counts as translated or
                untranslated when the query filters on that state.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = delete_keys.sync_detailed(
                project_id=project_id,
                branch=branch,
                q=q,
                locale_id=locale_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("DELETE /projects/{project_id}/keys", exc) from exc
        return cast(
            "AffectedResources",
            unwrap(response, (200,), "DELETE /projects/{project_id}/keys"),
        )

    def search(
        self,
        project_id: str | None = None,
        *,
        body: SearchKeysBody,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[TranslationKey]:
        """Search the keys of a project

        Returns a page of the project's keys that match a search query given in the request body instead
        of the query string.

        Calls `POST /projects/{project_id}/keys/search` (search_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of search_keys: Search the keys of a project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = search_keys.sync_detailed(
                project_id=project_id,
                body=body,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/keys/search", exc
            ) from exc
        return cast(
            "builtins.list[TranslationKey]",
            unwrap(response, (200,), "POST /projects/{project_id}/keys/search"),
        )

    def search_pages(
        self,
        project_id: str | None = None,
        *,
        body: SearchKeysBody,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[Page[TranslationKey]]:
        """Every page of `search`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of search_keys: Search the keys of a project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = search_keys.sync_detailed(
                    project_id=project_id,
                    body=body,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "POST /projects/{project_id}/keys/search", exc
                ) from exc
            unwrap(response, (200,), "POST /projects/{project_id}/keys/search")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def search_all(
        self,
        project_id: str | None = None,
        *,
        body: SearchKeysBody,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> Iterator[TranslationKey]:
        """Every item of every page of `search` (see `search_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of search_keys: Search the keys of a project.
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
    ) -> TranslationKeyDetails: ...

    @overload
    def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> TranslationKeyDetails: ...

    def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> TranslationKeyDetails:
        """Get one key

        Returns the details of a single key of the project.

        Calls `GET /projects/{project_id}/keys/{id}` (show_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = show_key.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/keys/{id}", exc) from exc
        return cast(
            "TranslationKeyDetails",
            unwrap(response, (200,), "GET /projects/{project_id}/keys/{id}"),
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
        """Delete a key

        Removes a key from the project.

        Calls `DELETE /projects/{project_id}/keys/{id}` (delete_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = delete_key.sync_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/keys/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/keys/{id}")

    @overload
    def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateKeyBody,
    ) -> TranslationKeyDetails: ...

    @overload
    def update(
        self,
        *,
        id: str,
        body: UpdateKeyBody,
    ) -> TranslationKeyDetails: ...

    def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateKeyBody,
    ) -> TranslationKeyDetails:
        """Update a key

        Changes the name, settings, tags or custom metadata of an existing key.

        Calls `PATCH /projects/{project_id}/keys/{id}` (update_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_key: Update a key.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = update_key.sync_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("PATCH /projects/{project_id}/keys/{id}", exc) from exc
        return cast(
            "TranslationKeyDetails",
            unwrap(response, (200,), "PATCH /projects/{project_id}/keys/{id}"),
        )

    def tag(
        self,
        project_id: str | None = None,
        *,
        body: TagKeysBody,
    ) -> AffectedResources:
        """Add tags to all matching keys

        Attaches one or more tags to every key that matches the query, using the same criteria as
        list_keys.

        Calls `PATCH /projects/{project_id}/keys/tag` (tag_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of tag_keys: Add tags to all matching keys.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = tag_keys.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("PATCH /projects/{project_id}/keys/tag", exc) from exc
        return cast(
            "AffectedResources",
            unwrap(response, (200,), "PATCH /projects/{project_id}/keys/tag"),
        )

    def untag(
        self,
        project_id: str | None = None,
        *,
        body: UntagKeysBody,
    ) -> AffectedResources:
        """Remove tags from all matching keys

        Detaches the given tags from every key that matches the query.

        Calls `PATCH /projects/{project_id}/keys/untag` (untag_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of untag_keys: Remove tags from all matching keys.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = untag_keys.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/keys/untag", exc
            ) from exc
        return cast(
            "AffectedResources",
            unwrap(response, (200,), "PATCH /projects/{project_id}/keys/untag"),
        )

    def exclude(
        self,
        project_id: str | None = None,
        *,
        body: ExcludeKeysBody,
    ) -> AffectedResources:
        """Exclude a locale for all matching keys

        Marks the translations in one locale as excluded for every key that matches the query, using the
        same criteria as list_keys.

        Calls `PATCH /projects/{project_id}/keys/exclude` (exclude_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of exclude_keys: Exclude a locale for all matching keys.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = exclude_keys.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/keys/exclude", exc
            ) from exc
        return cast(
            "AffectedResources",
            unwrap(response, (200,), "PATCH /projects/{project_id}/keys/exclude"),
        )

    def include(
        self,
        project_id: str | None = None,
        *,
        body: IncludeKeysBody,
    ) -> AffectedResources:
        """Include a locale for all matching keys

        Lifts the exclusion of one locale's translations for every key that matches the query, using the
        same criteria as list_keys.

        Calls `PATCH /projects/{project_id}/keys/include` (include_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of include_keys: Include a locale for all matching keys.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = include_keys.sync_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/keys/include", exc
            ) from exc
        return cast(
            "AffectedResources",
            unwrap(response, (200,), "PATCH /projects/{project_id}/keys/include"),
        )


class AsyncKeysApi(AsyncResource):
    """Keys are the translatable identifiers of a project; each key collects the translations of one
    string across locales. These endpoints create, read, edit, search and delete keys, and tag,
    untag or change locale exclusion for many keys at once.

    Awaitable calls; `KeysApi` has the same methods, blocking.
    """

    async def list(
        self,
        project_id: str | None = None,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        branch: str | Unset = UNSET,
        sort: Literal["name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
    ) -> builtins.list[TranslationKey]:
        """List the keys of a project

        Returns a page of the project's keys, optionally narrowed by a search query and sorted by name
        or timestamp. search_keys accepts the same criteria in a request body.

        Calls `GET /projects/{project_id}/keys` (list_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
            branch: Name of the branch to use.
            sort: Field to sort by: name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression for keys. A plain term matches key names loosely and may contain
                wildcards. The term also accepts these qualifiers: ids:ID1,ID2 selects keys by a
                comma-separated list of IDs; name:NAME matches an exact key name (escape spaces, commas and
                colons with a double backslash); tags:TAG keeps keys that carry the given tag;
                translated:true or translated:false filters on translation state and only works together
                with locale_id; updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP (for example
                2013-02-21T00:00:00Z) limits keys by update time; unmentioned_in_upload:UPLOAD_ID,... keeps
                keys that the given uploads did not contain, and with several upload IDs a key must be
                absent from every one of them. A parameter sent with an empty value is treated as if it were
                missing.
            locale_id: Locale whose translations decide whether a key counts as translated or
                untranslated when the query filters on that state.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await list_keys.asyncio_detailed(
                project_id=project_id,
                page=page,
                per_page=per_page,
                branch=branch,
                sort=as_enum(ListKeysSort, sort),
                order=as_enum(ListKeysOrder, order),
                q=q,
                locale_id=locale_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/keys", exc) from exc
        return cast(
            "builtins.list[TranslationKey]",
            unwrap(response, (200,), "GET /projects/{project_id}/keys"),
        )

    def list_pages(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[TranslationKey]]:
        """Every page of `list`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            sort: Field to sort by: name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression for keys. A plain term matches key names loosely and may contain
                wildcards. The term also accepts these qualifiers: ids:ID1,ID2 selects keys by a
                comma-separated list of IDs; name:NAME matches an exact key name (escape spaces, commas and
                colons with a double backslash); tags:TAG keeps keys that carry the given tag;
                translated:true or translated:false filters on translation state and only works together
                with locale_id; updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP (for example
                2013-02-21T00:00:00Z) limits keys by update time; unmentioned_in_upload:UPLOAD_ID,... keeps
                keys that the given uploads did not contain, and with several upload IDs a key must be
                absent from every one of them. A parameter sent with an empty value is treated as if it were
                missing.
            locale_id: Locale whose translations decide whether a key counts as translated or
                untranslated when the query filters on that state.
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await list_keys.asyncio_detailed(
                    project_id=project_id,
                    page=page,
                    per_page=size,
                    branch=branch,
                    sort=as_enum(ListKeysSort, sort),
                    order=as_enum(ListKeysOrder, order),
                    q=q,
                    locale_id=locale_id,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json("GET /projects/{project_id}/keys", exc) from exc
            unwrap(response, (200,), "GET /projects/{project_id}/keys")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def list_all(
        self,
        project_id: str | None = None,
        *,
        per_page: int = 100,
        branch: str | Unset = UNSET,
        sort: Literal["name", "created_at", "updated_at"] | Unset = UNSET,
        order: Literal["asc", "desc"] | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
        concurrent: bool = False,
    ) -> AsyncIterator[TranslationKey]:
        """Every item of every page of `list` (see `list_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            branch: Name of the branch to use.
            sort: Field to sort by: name, created_at or updated_at.
            order: Sort direction: asc or desc.
            q: Search expression for keys. A plain term matches key names loosely and may contain
                wildcards. The term also accepts these qualifiers: ids:ID1,ID2 selects keys by a
                comma-separated list of IDs; name:NAME matches an exact key name (escape spaces, commas and
                colons with a double backslash); tags:TAG keeps keys that carry the given tag;
                translated:true or translated:false filters on translation state and only works together
                with locale_id; updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP (for example
                2013-02-21T00:00:00Z) limits keys by update time; unmentioned_in_upload:UPLOAD_ID,... keeps
                keys that the given uploads did not contain, and with several upload IDs a key must be
                absent from every one of them. A parameter sent with an empty value is treated as if it were
                missing.
            locale_id: Locale whose translations decide whether a key counts as translated or
                untranslated when the query filters on that state.
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
                locale_id=locale_id,
                concurrent=concurrent,
            )
        )

    async def create(
        self,
        project_id: str | None = None,
        *,
        body: CreateKeyBody,
    ) -> TranslationKeyDetails:
        """Create a key

        Adds a new key to the project. A translation for the default locale can be created at the same
        time and, if requested, automatically translated into the other locales.

        Calls `POST /projects/{project_id}/keys` (create_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of create_key: Create a key.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await create_key.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /projects/{project_id}/keys", exc) from exc
        return cast(
            "TranslationKeyDetails",
            unwrap(response, (201,), "POST /projects/{project_id}/keys"),
        )

    async def delete_many(
        self,
        project_id: str | None = None,
        *,
        branch: str | Unset = UNSET,
        q: str | Unset = UNSET,
        locale_id: str | Unset = UNSET,
    ) -> AffectedResources:
        """Delete all keys matching a query

        Deletes every key in the project that matches the search query, using the same criteria as
        list_keys. Keep each call to roughly 1,000 keys or fewer, since larger deletions may time out.

        Calls `DELETE /projects/{project_id}/keys` (delete_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            branch: Name of the branch to use.
            q: Search expression for keys. A plain term matches key names loosely and may contain
                wildcards. The term also accepts these qualifiers: ids:ID1,ID2 selects keys by a
                comma-separated list of IDs; name:NAME matches an exact key name (escape spaces, commas and
                colons with a double backslash); tags:TAG keeps keys that carry the given tag;
                translated:true or translated:false filters on translation state and only works together
                with locale_id; updated_at:>=TIMESTAMP or updated_at:<=TIMESTAMP (for example
                2013-02-21T00:00:00Z) limits keys by update time; unmentioned_in_upload:UPLOAD_ID,... keeps
                keys that the given uploads did not contain, and with several upload IDs a key must be
                absent from every one of them. A parameter sent with an empty value is treated as if it were
                missing.
            locale_id: Locale whose translations decide whether a key counts as translated or
                untranslated when the query filters on that state.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await delete_keys.asyncio_detailed(
                project_id=project_id,
                branch=branch,
                q=q,
                locale_id=locale_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("DELETE /projects/{project_id}/keys", exc) from exc
        return cast(
            "AffectedResources",
            unwrap(response, (200,), "DELETE /projects/{project_id}/keys"),
        )

    async def search(
        self,
        project_id: str | None = None,
        *,
        body: SearchKeysBody,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> builtins.list[TranslationKey]:
        """Search the keys of a project

        Returns a page of the project's keys that match a search query given in the request body instead
        of the query string.

        Calls `POST /projects/{project_id}/keys/search` (search_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of search_keys: Search the keys of a project.
            page: Number of the result page to return.
            per_page: How many items to return per page, from 1 to 100; 25 when omitted.
        """
        project_id = project_value(project_id, self._project_id)
        check_per_page(per_page)

        try:
            response = await search_keys.asyncio_detailed(
                project_id=project_id,
                body=body,
                page=page,
                per_page=per_page,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /projects/{project_id}/keys/search", exc
            ) from exc
        return cast(
            "builtins.list[TranslationKey]",
            unwrap(response, (200,), "POST /projects/{project_id}/keys/search"),
        )

    def search_pages(
        self,
        project_id: str | None = None,
        *,
        body: SearchKeysBody,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[Page[TranslationKey]]:
        """Every page of `search`, following the Link header's ``rel="next"``; stop iterating to stop fetching.

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of search_keys: Search the keys of a project.
            per_page: Items per page, 1 to 100 (100 when omitted).
            concurrent: Fetch the pages after the first in parallel, within the client's concurrency
                limit, once the Link header's rel="last" tells how many there are; pages still come in
                order.
        """
        project_id = project_value(project_id, self._project_id)

        async def fetch(page: int, size: int) -> Response[Any]:
            try:
                response = await search_keys.asyncio_detailed(
                    project_id=project_id,
                    body=body,
                    page=page,
                    per_page=size,
                    client=self._client,
                )
            except json.JSONDecodeError as exc:
                raise malformed_json(
                    "POST /projects/{project_id}/keys/search", exc
                ) from exc
            unwrap(response, (200,), "POST /projects/{project_id}/keys/search")
            return response

        return self._paging.pages(fetch, per_page, concurrent)

    def search_all(
        self,
        project_id: str | None = None,
        *,
        body: SearchKeysBody,
        per_page: int = 100,
        concurrent: bool = False,
    ) -> AsyncIterator[TranslationKey]:
        """Every item of every page of `search` (see `search_pages`).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of search_keys: Search the keys of a project.
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
    ) -> TranslationKeyDetails: ...

    @overload
    async def show(
        self,
        *,
        id: str,
        branch: str | Unset = UNSET,
    ) -> TranslationKeyDetails: ...

    async def show(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        branch: str | Unset = UNSET,
    ) -> TranslationKeyDetails:
        """Get one key

        Returns the details of a single key of the project.

        Calls `GET /projects/{project_id}/keys/{id}` (show_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await show_key.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("GET /projects/{project_id}/keys/{id}", exc) from exc
        return cast(
            "TranslationKeyDetails",
            unwrap(response, (200,), "GET /projects/{project_id}/keys/{id}"),
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
        """Delete a key

        Removes a key from the project.

        Calls `DELETE /projects/{project_id}/keys/{id}` (delete_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            branch: Name of the branch to use.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await delete_key.asyncio_detailed(
                project_id=project_id,
                id=id,
                branch=branch,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /projects/{project_id}/keys/{id}", exc
            ) from exc
        unwrap(response, (), "DELETE /projects/{project_id}/keys/{id}")

    @overload
    async def update(
        self,
        project_id: str,
        id: str,
        *,
        body: UpdateKeyBody,
    ) -> TranslationKeyDetails: ...

    @overload
    async def update(
        self,
        *,
        id: str,
        body: UpdateKeyBody,
    ) -> TranslationKeyDetails: ...

    async def update(
        self,
        project_id: str | None = None,
        id: str | None = None,
        *,
        body: UpdateKeyBody,
    ) -> TranslationKeyDetails:
        """Update a key

        Changes the name, settings, tags or custom metadata of an existing key.

        Calls `PATCH /projects/{project_id}/keys/{id}` (update_key).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            id: Identifier of the resource the path points to.
            body: Request body of update_key: Update a key.
        """
        project_id = project_value(project_id, self._project_id)
        id = path_value("id", id)

        try:
            response = await update_key.asyncio_detailed(
                project_id=project_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("PATCH /projects/{project_id}/keys/{id}", exc) from exc
        return cast(
            "TranslationKeyDetails",
            unwrap(response, (200,), "PATCH /projects/{project_id}/keys/{id}"),
        )

    async def tag(
        self,
        project_id: str | None = None,
        *,
        body: TagKeysBody,
    ) -> AffectedResources:
        """Add tags to all matching keys

        Attaches one or more tags to every key that matches the query, using the same criteria as
        list_keys.

        Calls `PATCH /projects/{project_id}/keys/tag` (tag_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of tag_keys: Add tags to all matching keys.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await tag_keys.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("PATCH /projects/{project_id}/keys/tag", exc) from exc
        return cast(
            "AffectedResources",
            unwrap(response, (200,), "PATCH /projects/{project_id}/keys/tag"),
        )

    async def untag(
        self,
        project_id: str | None = None,
        *,
        body: UntagKeysBody,
    ) -> AffectedResources:
        """Remove tags from all matching keys

        Detaches the given tags from every key that matches the query.

        Calls `PATCH /projects/{project_id}/keys/untag` (untag_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of untag_keys: Remove tags from all matching keys.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await untag_keys.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/keys/untag", exc
            ) from exc
        return cast(
            "AffectedResources",
            unwrap(response, (200,), "PATCH /projects/{project_id}/keys/untag"),
        )

    async def exclude(
        self,
        project_id: str | None = None,
        *,
        body: ExcludeKeysBody,
    ) -> AffectedResources:
        """Exclude a locale for all matching keys

        Marks the translations in one locale as excluded for every key that matches the query, using the
        same criteria as list_keys.

        Calls `PATCH /projects/{project_id}/keys/exclude` (exclude_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of exclude_keys: Exclude a locale for all matching keys.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await exclude_keys.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/keys/exclude", exc
            ) from exc
        return cast(
            "AffectedResources",
            unwrap(response, (200,), "PATCH /projects/{project_id}/keys/exclude"),
        )

    async def include(
        self,
        project_id: str | None = None,
        *,
        body: IncludeKeysBody,
    ) -> AffectedResources:
        """Include a locale for all matching keys

        Lifts the exclusion of one locale's translations for every key that matches the query, using the
        same criteria as list_keys.

        Calls `PATCH /projects/{project_id}/keys/include` (include_keys).

        Args:
            project_id: Identifier of the project. Defaults to the client's project.
            body: Request body of include_keys: Include a locale for all matching keys.
        """
        project_id = project_value(project_id, self._project_id)

        try:
            response = await include_keys.asyncio_detailed(
                project_id=project_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /projects/{project_id}/keys/include", exc
            ) from exc
        return cast(
            "AffectedResources",
            unwrap(response, (200,), "PATCH /projects/{project_id}/keys/include"),
        )
