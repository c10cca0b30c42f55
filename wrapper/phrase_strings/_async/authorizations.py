"""``client.authorizations``: the generated operations plus creating, rotating and finding access tokens.

Creating and rotating tokens needs a client that signs in with email and password (Basic auth; add
``otp_provider`` for two-factor accounts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from phrase_strings_api.api.authorizations import AsyncAuthorizationsApi

from .._tokens import (
    DEFAULT_SCOPES,
    EXPIRY_WARNING,
    NewAccessToken,
    check_expiry,
    last_eight,
    rotation_body,
    token_body,
)

if TYPE_CHECKING:
    from phrase_strings_api.models import Authorization

    from .._auth import TokenAuth
    from .._client import AsyncPhrase

__all__ = ["AsyncAuthorizations"]


class AsyncAuthorizations(AsyncAuthorizationsApi):
    """The authorizations resource group, with access tokens made pleasant: create, rotate, find, check."""

    def __init__(self, phrase: AsyncPhrase) -> None:
        super().__init__(phrase.api_client, phrase.paging, phrase.project_id)
        self._phrase = phrase

    async def create_token(
        self, *, note: str, scopes: Sequence[str] = DEFAULT_SCOPES, expires_at: dt.datetime | None = None
    ) -> NewAccessToken:
        """Create an access token (``POST /authorizations``); the client must use email + password.

        The result's ``token`` is the secret, shown by the API only this once; its repr masks it.
        """
        return NewAccessToken.from_model(await self.create(body=token_body(note, scopes, expires_at)))

    async def rotate(self, authorization_id: str, *, note: str | None = None) -> NewAccessToken:
        """Create a token with the old one's scopes and expiry, then revoke the old one.

        The old token is revoked only after the new one exists, so a failure leaves a working token.
        """
        old = await self.show(authorization_id)
        new = NewAccessToken.from_model(await self.create(body=rotation_body(old, note)))
        await self.delete(authorization_id)
        return new

    async def find_current(self, token: str | TokenAuth | None = None) -> Authorization | None:
        """The authorization behind a token (default: the client's own access token), by its last eight."""
        wanted = last_eight(self._phrase.settings.auth, token)
        async for item in self.list_all():
            if item.token_last_eight == wanted:
                return item
        return None

    @staticmethod
    def check_expiry(
        authorization: Authorization, *, within: dt.timedelta = EXPIRY_WARNING, now: dt.datetime | None = None
    ) -> str:
        """``"expired"``, ``"expiring"`` (within ``within``), ``"ok"`` or ``"never"``; warns in the log unless ok."""
        return check_expiry(authorization, within=within, now=now)
