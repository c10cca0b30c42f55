"""The resource groups with features, as attributes of a client; each is imported on first use.

`AsyncPhrase` inherits these in front of the generated `AsyncResources`, so ``client.uploads`` is the
generated group extended with ``upload`` and ``wait``; the blocking twin does the same for `Phrase`.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .._client import AsyncPhrase
    from .._filesync import AsyncFileSync
    from .authorizations import AsyncAuthorizations
    from .locales import AsyncLocales
    from .screenshots import AsyncScreenshots
    from .uploads import AsyncUploads

__all__ = ["AsyncFeatures"]


class AsyncFeatures:
    """Mixin of the client: the groups below are built with the client itself, which they need beyond its API client."""

    @cached_property
    def uploads(self) -> AsyncUploads:
        """The uploads resource group, plus ``upload`` (a locale file) and ``wait`` (until processed)."""
        from .uploads import AsyncUploads

        return AsyncUploads(cast("AsyncPhrase", self))

    @cached_property
    def screenshots(self) -> AsyncScreenshots:
        """The screenshots resource group, plus ``upload`` (an image)."""
        from .screenshots import AsyncScreenshots

        return AsyncScreenshots(cast("AsyncPhrase", self))

    @cached_property
    def locales(self) -> AsyncLocales:
        """The locales resource group, plus ``download_to`` (a file streamed to disk, or queued)."""
        from .locales import AsyncLocales

        return AsyncLocales(cast("AsyncPhrase", self))

    @cached_property
    def authorizations(self) -> AsyncAuthorizations:
        """The authorizations resource group, plus ``create_token``, ``rotate``, ``find_current``, ``check_expiry``."""
        from .authorizations import AsyncAuthorizations

        return AsyncAuthorizations(cast("AsyncPhrase", self))

    @cached_property
    def sync(self) -> AsyncFileSync:
        """``push`` and ``pull`` of locale files between folders and the project."""
        from .._filesync import AsyncFileSync

        return AsyncFileSync(cast("AsyncPhrase", self))
