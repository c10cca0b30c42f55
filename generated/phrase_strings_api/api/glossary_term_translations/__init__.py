"""Operations of the glossary_term_translations resource group, and the facade classes that call them."""

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

    from ...models.create_glossary_term_translation_body import (
        CreateGlossaryTermTranslationBody,
    )
    from ...models.error import Error
    from ...models.glossary_term_translation import GlossaryTermTranslation
    from ...models.update_glossary_term_translation_body import (
        UpdateGlossaryTermTranslationBody,
    )
    from ...models.validation_error import ValidationError

from . import (
    create_glossary_term_translation,
    delete_glossary_term_translation,
    update_glossary_term_translation,
)

__all__ = ["AsyncGlossaryTermTranslationsApi", "GlossaryTermTranslationsApi"]


class GlossaryTermTranslationsApi(Resource):
    """Per-language renderings of a term in a term base (formerly called a glossary).

    Blocking calls; `AsyncGlossaryTermTranslationsApi` has the same methods, awaitable.
    """

    def create(
        self,
        account_id: str,
        glossary_id: str,
        term_id: str,
        *,
        body: CreateGlossaryTermTranslationBody,
    ) -> GlossaryTermTranslation:
        """Add a translation to a term

        Stores a translation of a term base term (formerly glossary term) in one language.

        Calls `POST /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations` (create_glossary_term_translation).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            term_id: Identifier of the glossary term.
            body: Request body of create_glossary_term_translation: Add a translation to a term.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)
        term_id = path_value("term_id", term_id)

        try:
            response = create_glossary_term_translation.sync_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                term_id=term_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations",
                exc,
            ) from exc
        return cast(
            "GlossaryTermTranslation",
            unwrap(
                response,
                (201,),
                "POST /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations",
            ),
        )

    def delete(
        self,
        account_id: str,
        glossary_id: str,
        term_id: str,
        id: str,
    ) -> None:
        """Delete a term translation

        Removes one translation from a term base term.

        Calls `DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}` (delete_glossary_term_translation).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            term_id: Identifier of the glossary term.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)
        term_id = path_value("term_id", term_id)
        id = path_value("id", id)

        try:
            response = delete_glossary_term_translation.sync_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                term_id=term_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}",
        )

    def update(
        self,
        account_id: str,
        glossary_id: str,
        term_id: str,
        id: str,
        *,
        body: UpdateGlossaryTermTranslationBody,
    ) -> GlossaryTermTranslation:
        """Update a term translation

        Changes the language or text of an existing translation of a term base term.

        Calls `PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}` (update_glossary_term_translation).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            term_id: Identifier of the glossary term.
            id: Identifier of the resource the path points to.
            body: Request body of update_glossary_term_translation: Update a term translation.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)
        term_id = path_value("term_id", term_id)
        id = path_value("id", id)

        try:
            response = update_glossary_term_translation.sync_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                term_id=term_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}",
                exc,
            ) from exc
        return cast(
            "GlossaryTermTranslation",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}",
            ),
        )


class AsyncGlossaryTermTranslationsApi(AsyncResource):
    """Per-language renderings of a term in a term base (formerly called a glossary).

    Awaitable calls; `GlossaryTermTranslationsApi` has the same methods, blocking.
    """

    async def create(
        self,
        account_id: str,
        glossary_id: str,
        term_id: str,
        *,
        body: CreateGlossaryTermTranslationBody,
    ) -> GlossaryTermTranslation:
        """Add a translation to a term

        Stores a translation of a term base term (formerly glossary term) in one language.

        Calls `POST /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations` (create_glossary_term_translation).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            term_id: Identifier of the glossary term.
            body: Request body of create_glossary_term_translation: Add a translation to a term.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)
        term_id = path_value("term_id", term_id)

        try:
            response = await create_glossary_term_translation.asyncio_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                term_id=term_id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "POST /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations",
                exc,
            ) from exc
        return cast(
            "GlossaryTermTranslation",
            unwrap(
                response,
                (201,),
                "POST /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations",
            ),
        )

    async def delete(
        self,
        account_id: str,
        glossary_id: str,
        term_id: str,
        id: str,
    ) -> None:
        """Delete a term translation

        Removes one translation from a term base term.

        Calls `DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}` (delete_glossary_term_translation).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            term_id: Identifier of the glossary term.
            id: Identifier of the resource the path points to.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)
        term_id = path_value("term_id", term_id)
        id = path_value("id", id)

        try:
            response = await delete_glossary_term_translation.asyncio_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                term_id=term_id,
                id=id,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}",
                exc,
            ) from exc
        unwrap(
            response,
            (),
            "DELETE /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}",
        )

    async def update(
        self,
        account_id: str,
        glossary_id: str,
        term_id: str,
        id: str,
        *,
        body: UpdateGlossaryTermTranslationBody,
    ) -> GlossaryTermTranslation:
        """Update a term translation

        Changes the language or text of an existing translation of a term base term.

        Calls `PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}` (update_glossary_term_translation).

        Args:
            account_id: Identifier of the account.
            glossary_id: Identifier of the term base (glossary).
            term_id: Identifier of the glossary term.
            id: Identifier of the resource the path points to.
            body: Request body of update_glossary_term_translation: Update a term translation.
        """
        account_id = path_value("account_id", account_id)
        glossary_id = path_value("glossary_id", glossary_id)
        term_id = path_value("term_id", term_id)
        id = path_value("id", id)

        try:
            response = await update_glossary_term_translation.asyncio_detailed(
                account_id=account_id,
                glossary_id=glossary_id,
                term_id=term_id,
                id=id,
                body=body,
                client=self._client,
            )
        except json.JSONDecodeError as exc:
            raise malformed_json(
                "PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}",
                exc,
            ) from exc
        return cast(
            "GlossaryTermTranslation",
            unwrap(
                response,
                (200,),
                "PATCH /accounts/{account_id}/glossaries/{glossary_id}/terms/{term_id}/translations/{id}",
            ),
        )
