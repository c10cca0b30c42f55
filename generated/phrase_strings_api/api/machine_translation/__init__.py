"""Operations of the machine_translation resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

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
    from ...types import UNSET, Unset

from . import (
    create_machine_translation_locale_provider_mapping,
    delete_machine_translation_locale_provider_mapping,
    show_machine_translation_settings,
    update_machine_translation_settings,
)

__all__ = ["AsyncMachineTranslationApi", "MachineTranslationApi"]


class MachineTranslationApi(Resource):
    """Blocking calls to the machine_translation resource group."""

    def show_settings(
        self,
        account_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> MachineTranslationSettings:
        """Get the machine translation settings of an account

        Returns the account's default machine translation service, how many units it has used, and the
        services chosen per language pair.

        Calls `GET /accounts/{account_id}/machine_translation_settings` (show_machine_translation_settings).
        """
        response = show_machine_translation_settings.sync_detailed(
            account_id=account_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("MachineTranslationSettings", unwrap(response))

    def update_settings(
        self,
        account_id: str,
        *,
        body: UpdateMachineTranslationSettingsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> MachineTranslationSettings:
        """Change the default machine translation service

        Sets the service the account uses for language pairs that have no mapping of their own.

        Calls `PATCH /accounts/{account_id}/machine_translation_settings` (update_machine_translation_settings).
        """
        response = update_machine_translation_settings.sync_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("MachineTranslationSettings", unwrap(response))

    def create_locale_provider_mapping(
        self,
        account_id: str,
        *,
        body: CreateMachineTranslationLocaleProviderMappingBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> MachineTranslationLocaleProviderMapping:
        """Choose the machine translation service for a language pair

        Makes the account use the given service when translating from one language into another, instead
        of its default service.

        Calls `POST /accounts/{account_id}/machine_translation_locale_provider_mappings` (create_machine_translation_locale_provider_mapping).
        """
        response = create_machine_translation_locale_provider_mapping.sync_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("MachineTranslationLocaleProviderMapping", unwrap(response))

    def delete_locale_provider_mapping(
        self,
        account_id: str,
        *,
        source_locale_code: str,
        target_locale_code: str,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove the service choice of a language pair

        The language pair goes back to the default service of the account.

        Calls `DELETE /accounts/{account_id}/machine_translation_locale_provider_mappings` (delete_machine_translation_locale_provider_mapping).
        """
        response = delete_machine_translation_locale_provider_mapping.sync_detailed(
            account_id=account_id,
            source_locale_code=source_locale_code,
            target_locale_code=target_locale_code,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)


class AsyncMachineTranslationApi(AsyncResource):
    """Awaitable calls to the machine_translation resource group."""

    async def show_settings(
        self,
        account_id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> MachineTranslationSettings:
        """Get the machine translation settings of an account

        Returns the account's default machine translation service, how many units it has used, and the
        services chosen per language pair.

        Calls `GET /accounts/{account_id}/machine_translation_settings` (show_machine_translation_settings).
        """
        response = await show_machine_translation_settings.asyncio_detailed(
            account_id=account_id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("MachineTranslationSettings", unwrap(response))

    async def update_settings(
        self,
        account_id: str,
        *,
        body: UpdateMachineTranslationSettingsBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> MachineTranslationSettings:
        """Change the default machine translation service

        Sets the service the account uses for language pairs that have no mapping of their own.

        Calls `PATCH /accounts/{account_id}/machine_translation_settings` (update_machine_translation_settings).
        """
        response = await update_machine_translation_settings.asyncio_detailed(
            account_id=account_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("MachineTranslationSettings", unwrap(response))

    async def create_locale_provider_mapping(
        self,
        account_id: str,
        *,
        body: CreateMachineTranslationLocaleProviderMappingBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> MachineTranslationLocaleProviderMapping:
        """Choose the machine translation service for a language pair

        Makes the account use the given service when translating from one language into another, instead
        of its default service.

        Calls `POST /accounts/{account_id}/machine_translation_locale_provider_mappings` (create_machine_translation_locale_provider_mapping).
        """
        response = (
            await create_machine_translation_locale_provider_mapping.asyncio_detailed(
                account_id=account_id,
                body=body,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )
        )
        return cast("MachineTranslationLocaleProviderMapping", unwrap(response))

    async def delete_locale_provider_mapping(
        self,
        account_id: str,
        *,
        source_locale_code: str,
        target_locale_code: str,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Remove the service choice of a language pair

        The language pair goes back to the default service of the account.

        Calls `DELETE /accounts/{account_id}/machine_translation_locale_provider_mappings` (delete_machine_translation_locale_provider_mapping).
        """
        response = (
            await delete_machine_translation_locale_provider_mapping.asyncio_detailed(
                account_id=account_id,
                source_locale_code=source_locale_code,
                target_locale_code=target_locale_code,
                x_phrase_app_otp=x_phrase_app_otp,
                client=self._client,
            )
        )
        unwrap(response)
