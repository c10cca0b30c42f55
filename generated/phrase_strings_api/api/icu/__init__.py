"""Operations of the icu resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.build_icu_skeleton_body import BuildIcuSkeletonBody
    from ...models.error import Error
    from ...models.icu import Icu
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    build_icu_skeleton,
)

__all__ = ["AsyncIcuApi", "IcuApi"]


class IcuApi(Resource):
    """Blocking calls to the icu resource group."""

    def build_skeleton(
        self,
        *,
        body: BuildIcuSkeletonBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Icu:
        """Build ICU skeletons for several locales

        Takes a piece of ICU source content and returns a matching skeleton for each requested locale
        code, with the plural forms that locale needs.

        Calls `POST /icu/skeleton` (build_icu_skeleton).
        """
        response = build_icu_skeleton.sync_detailed(
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Icu", unwrap(response))


class AsyncIcuApi(AsyncResource):
    """Awaitable calls to the icu resource group."""

    async def build_skeleton(
        self,
        *,
        body: BuildIcuSkeletonBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> Icu:
        """Build ICU skeletons for several locales

        Takes a piece of ICU source content and returns a matching skeleton for each requested locale
        code, with the plural forms that locale needs.

        Calls `POST /icu/skeleton` (build_icu_skeleton).
        """
        response = await build_icu_skeleton.asyncio_detailed(
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("Icu", unwrap(response))
