"""Run one facade call on `Phrase` or `AsyncPhrase` against a scripted transport, the same way."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

import anyio

from tests.unit.scripted import Script, async_phrase, phrase

MODES = ["sync", "async"]
STAMPS = {"created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z"}


def key(number: int = 1, **extra: Any) -> dict[str, Any]:
    """A key as the API returns it (the fields its schema requires, and ``extra``)."""
    return {"id": f"k{number}", "name": f"key.{number}", **STAMPS, **extra}


def run(mode: str, script: Script, op: Callable[[Any], Any], **kwargs: Any) -> Any:
    """``op(client)`` on a blocking or an awaitable client; awaits and drains what it returns."""
    if mode == "sync":
        with phrase(script, **kwargs) as client:
            result = op(client)
            return list(result) if isinstance(result, Iterator) else result

    async def main() -> Any:
        async with async_phrase(script, **kwargs) as client:
            result = op(client)
            if inspect.isawaitable(result):
                return await result
            if hasattr(result, "__aiter__"):
                return [item async for item in result]
            return result

    return anyio.run(main)
