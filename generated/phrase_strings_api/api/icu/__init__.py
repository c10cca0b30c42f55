"""Operations of the icu resource group, and the facade classes that call them."""

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

    from ...models.build_icu_skeleton_body import BuildIcuSkeletonBody
    from ...models.error import Error
    from ...models.icu import Icu
    from ...models.validation_error import ValidationError

from . import (
    build_icu_skeleton,
)

__all__ = ["AsyncIcuApi", "IcuApi"]


class IcuApi(Resource):
    """Helpers for ICU MessageFormat content, such as generating plural skeletons per locale.

    Blocking calls; `AsyncIcuApi` has the same methods, awaitable.
    """

    def build_skeleton(
        self,
        *,
        body: BuildIcuSkeletonBody,
    ) -> Icu:
        """Build ICU skeletons for several locales

        Takes a piece of ICU source content and returns a matching skeleton for each requested locale
        code, with the plural forms that locale needs.

        Calls `POST /icu/skeleton` (build_icu_skeleton).

        Args:
            body: Request body of build_icu_skeleton: Build ICU skeletons for several locales.
        """

        try:
            response = build_icu_skeleton.sync_detailed(
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /icu/skeleton", exc) from exc
        return cast("Icu", unwrap(response, (200,), "POST /icu/skeleton"))


class AsyncIcuApi(AsyncResource):
    """Helpers for ICU MessageFormat content, such as generating plural skeletons per locale.

    Awaitable calls; `IcuApi` has the same methods, blocking.
    """

    async def build_skeleton(
        self,
        *,
        body: BuildIcuSkeletonBody,
    ) -> Icu:
        """Build ICU skeletons for several locales

        Takes a piece of ICU source content and returns a matching skeleton for each requested locale
        code, with the plural forms that locale needs.

        Calls `POST /icu/skeleton` (build_icu_skeleton).

        Args:
            body: Request body of build_icu_skeleton: Build ICU skeletons for several locales.
        """

        try:
            response = await build_icu_skeleton.asyncio_detailed(
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json("POST /icu/skeleton", exc) from exc
        return cast("Icu", unwrap(response, (200,), "POST /icu/skeleton"))
