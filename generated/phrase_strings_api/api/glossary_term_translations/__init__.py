"""Operations of the glossary_term_translations resource group, and the facade classes that call them."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Response, Unset
from .. import AsyncResource, Page, Resource, async_items, items, unwrap

if TYPE_CHECKING:
    # Annotations only (they are strings here), so using a group imports no extra models.
    from typing import cast

    from ...models.create_glossary_term_translation_body import (
        CreateGlossaryTermTranslationBody,
    )
    from ...models.error import Error
    from ...models.glossary_term_translation import GlossaryTermTranslation
    from ...models.update_glossary_term_translation_body import (
        UpdateGlossaryTermTranslationBody,
    )
    from ...models.validation_error import ValidationError
    from ...types import UNSET, Unset

from . import (
    create_glossary_term_translation,
    delete_glossary_term_translation,
    update_glossary_term_translation,
)

__all__ = ["AsyncGlossaryTermTranslationsApi", "GlossaryTermTranslationsApi"]


class GlossaryTermTranslationsApi(Resource):
    """Blocking calls to the glossary_term_translations resource group."""

    def create(
        self,
        account_id: str,
        glossary_id: str,
        term_id: str,
        *,
        body: CreateGlossaryTermTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> GlossaryTermTranslation:
        """Add a translation to a term

        Stores a translation of a term base term (formerly glossary term) in one language.

        Calls `POST /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations` (create_glossary_term_translation).
        """
        response = create_glossary_term_translation.sync_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            term_id=term_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("GlossaryTermTranslation", unwrap(response))

    def delete(
        self,
        account_id: str,
        glossary_id: str,
        term_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a term translation

        Removes one translation from a term base term.

        Calls `DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}` (delete_glossary_term_translation).
        """
        response = delete_glossary_term_translation.sync_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            term_id=term_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    def update(
        self,
        account_id: str,
        glossary_id: str,
        term_id: str,
        id: str,
        *,
        body: UpdateGlossaryTermTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> GlossaryTermTranslation:
        """Update a term translation

        Changes the language or text of an existing translation of a term base term.

        Calls `PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}` (update_glossary_term_translation).
        """
        response = update_glossary_term_translation.sync_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            term_id=term_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("GlossaryTermTranslation", unwrap(response))


class AsyncGlossaryTermTranslationsApi(AsyncResource):
    """Awaitable calls to the glossary_term_translations resource group."""

    async def create(
        self,
        account_id: str,
        glossary_id: str,
        term_id: str,
        *,
        body: CreateGlossaryTermTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> GlossaryTermTranslation:
        """Add a translation to a term

        Stores a translation of a term base term (formerly glossary term) in one language.

        Calls `POST /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations` (create_glossary_term_translation).
        """
        response = await create_glossary_term_translation.asyncio_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            term_id=term_id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("GlossaryTermTranslation", unwrap(response))

    async def delete(
        self,
        account_id: str,
        glossary_id: str,
        term_id: str,
        id: str,
        *,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> None:
        """Delete a term translation

        Removes one translation from a term base term.

        Calls `DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}` (delete_glossary_term_translation).
        """
        response = await delete_glossary_term_translation.asyncio_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            term_id=term_id,
            id=id,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        unwrap(response)

    async def update(
        self,
        account_id: str,
        glossary_id: str,
        term_id: str,
        id: str,
        *,
        body: UpdateGlossaryTermTranslationBody,
        x_phrase_app_otp: str | Unset = UNSET,
    ) -> GlossaryTermTranslation:
        """Update a term translation

        Changes the language or text of an existing translation of a term base term.

        Calls `PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}` (update_glossary_term_translation).
        """
        response = await update_glossary_term_translation.asyncio_detailed(
            account_id=account_id,
            glossary_id=glossary_id,
            term_id=term_id,
            id=id,
            body=body,
            x_phrase_app_otp=x_phrase_app_otp,
            client=self._client,
        )
        return cast("GlossaryTermTranslation", unwrap(response))
