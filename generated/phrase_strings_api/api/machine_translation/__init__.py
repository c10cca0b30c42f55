"""Operations of the machine_translation resource group, and the facade classes that call them."""

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

    from ...models.create_machine_translation_locale_provider_mapping_body import (
        CreateMachineTranslationLocaleProviderMappingBody,
    )
    from ...models.error import Error
    from ...models.machine_translation_locale_provider_mapping import (
        MachineTranslationLocaleProviderMapping,
    )
    from ...models.machine_translation_settings import MachineTranslationSettings
    from ...models.update_machine_translation_settings_body import (
        UpdateMachineTranslationSettingsBody,
    )
    from ...models.validation_error import ValidationError

from . import (
    create_machine_translation_locale_provider_mapping,
    delete_machine_translation_locale_provider_mapping,
    show_machine_translation_settings,
    update_machine_translation_settings,
)

__all__ = ["AsyncMachineTranslationApi", "MachineTranslationApi"]


class MachineTranslationApi(Resource):
    """An account's machine translation services: the default one and those chosen per language pair.

    Blocking calls; `AsyncMachineTranslationApi` has the same methods, awaitable.
    """

    def show_settings(
        self,
        account_id: str,
    ) -> MachineTranslationSettings:
        """Get the machine translation settings of an account

        Returns the account's default machine translation service, how many units it has used, and the
        services chosen per language pair.

        Calls `GET /accounts/{account_id}/machine_translation_settings` (show_machine_translation_settings).

        Args:
            account_id: Identifier of the account.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = show_machine_translation_settings.sync_detailed(
                account_id=account_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/machine_translation_settings", exc
            ) from exc
        return cast(
            "MachineTranslationSettings",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/machine_translation_settings",
            ),
        )

    def update_settings(
        self,
        account_id: str,
        *,
        body: UpdateMachineTranslationSettingsBody,
    ) -> MachineTranslationSettings:
        """Change the default machine translation service

        Sets the service the account uses for language pairs that have no mapping of their own.

        Calls `PATCH /accounts/{account_id}/machine_translation_settings` (update_machine_translation_settings).

        Args:
            account_id: Identifier of the account.
            body: Request body of update_machine_translation_settings: Change the default machine
                translation service.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = update_machine_translation_settings.sync_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/machine_translation_settings", exc
            ) from exc
        return cast(
            "MachineTranslationSettings",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/machine_translation_settings",
            ),
        )

    def create_locale_provider_mapping(
        self,
        account_id: str,
        *,
        body: CreateMachineTranslationLocaleProviderMappingBody,
    ) -> MachineTranslationLocaleProviderMapping:
        """Choose the machine translation service for a language pair

        Makes the account use the given service when translating from one language into another, instead
        of its default service.

        Calls `POST /accounts/{account_id}/machine_translation_locale_provider_mappings` (create_machine_translation_locale_provider_mapping).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_machine_translation_locale_provider_mapping: Choose the machine
                translation service for a language pair.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = create_machine_translation_locale_provider_mapping.sync_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/machine_translation_locale_provider_mappings",
                exc,
            ) from exc
        return cast(
            "MachineTranslationLocaleProviderMapping",
            unwrap(
                response,
                (201,),
                "POST /accounts/{account_id}/machine_translation_locale_provider_mappings",
            ),
        )

    def delete_locale_provider_mapping(
        self,
        account_id: str,
        *,
        source_locale_code: str,
        target_locale_code: str,
    ) -> None:
        """Remove the service choice of a language pair

        The language pair goes back to the default service of the account.

        Calls `DELETE /accounts/{account_id}/machine_translation_locale_provider_mappings` (delete_machine_translation_locale_provider_mapping).

        Args:
            account_id: Identifier of the account.
            source_locale_code: Code of the language translated from.
            target_locale_code: Code of the language translated into.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = delete_machine_translation_locale_provider_mapping.sync_detailed(
                account_id=account_id,
                source_locale_code=source_locale_code,
                target_locale_code=target_locale_code,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/machine_translation_locale_provider_mappings",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/machine_translation_locale_provider_mappings",
        )


class AsyncMachineTranslationApi(AsyncResource):
    """An account's machine translation services: the default one and those chosen per language pair.

    Awaitable calls; `MachineTranslationApi` has the same methods, blocking.
    """

    async def show_settings(
        self,
        account_id: str,
    ) -> MachineTranslationSettings:
        """Get the machine translation settings of an account

        Returns the account's default machine translation service, how many units it has used, and the
        services chosen per language pair.

        Calls `GET /accounts/{account_id}/machine_translation_settings` (show_machine_translation_settings).

        Args:
            account_id: Identifier of the account.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await show_machine_translation_settings.asyncio_detailed(
                account_id=account_id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "GET /accounts/{account_id}/machine_translation_settings", exc
            ) from exc
        return cast(
            "MachineTranslationSettings",
            unwrap(
                response,
                (200,),
                "GET /accounts/{account_id}/machine_translation_settings",
            ),
        )

    async def update_settings(
        self,
        account_id: str,
        *,
        body: UpdateMachineTranslationSettingsBody,
    ) -> MachineTranslationSettings:
        """Change the default machine translation service

        Sets the service the account uses for language pairs that have no mapping of their own.

        Calls `PATCH /accounts/{account_id}/machine_translation_settings` (update_machine_translation_settings).

        Args:
            account_id: Identifier of the account.
            body: Request body of update_machine_translation_settings: Change the default machine
                translation service.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await update_machine_translation_settings.asyncio_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/machine_translation_settings", exc
            ) from exc
        return cast(
            "MachineTranslationSettings",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/machine_translation_settings",
            ),
        )

    async def create_locale_provider_mapping(
        self,
        account_id: str,
        *,
        body: CreateMachineTranslationLocaleProviderMappingBody,
    ) -> MachineTranslationLocaleProviderMapping:
        """Choose the machine translation service for a language pair

        Makes the account use the given service when translating from one language into another, instead
        of its default service.

        Calls `POST /accounts/{account_id}/machine_translation_locale_provider_mappings` (create_machine_translation_locale_provider_mapping).

        Args:
            account_id: Identifier of the account.
            body: Request body of create_machine_translation_locale_provider_mapping: Choose the machine
                translation service for a language pair.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await create_machine_translation_locale_provider_mapping.asyncio_detailed(
                account_id=account_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/machine_translation_locale_provider_mappings",
                exc,
            ) from exc
        return cast(
            "MachineTranslationLocaleProviderMapping",
            unwrap(
                response,
                (201,),
                "POST /accounts/{account_id}/machine_translation_locale_provider_mappings",
            ),
        )

    async def delete_locale_provider_mapping(
        self,
        account_id: str,
        *,
        source_locale_code: str,
        target_locale_code: str,
    ) -> None:
        """Remove the service choice of a language pair

        The language pair goes back to the default service of the account.

        Calls `DELETE /accounts/{account_id}/machine_translation_locale_provider_mappings` (delete_machine_translation_locale_provider_mapping).

        Args:
            account_id: Identifier of the account.
            source_locale_code: Code of the language translated from.
            target_locale_code: Code of the language translated into.
        """
        account_id = path_value("account_id", account_id)

        try:
            response = await delete_machine_translation_locale_provider_mapping.asyncio_detailed(
                account_id=account_id,
                source_locale_code=source_locale_code,
                target_locale_code=target_locale_code,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/machine_translation_locale_provider_mappings",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/machine_translation_locale_provider_mappings",
        )
