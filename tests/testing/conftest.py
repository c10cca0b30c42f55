from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from phrase_strings import AsyncPhrase, Phrase
from phrase_strings.testing import PhraseFake

from .contract import watch

TOKEN = "test-token-0000"


def checked_fake(**options: Any) -> tuple[PhraseFake, list[str]]:
    fake = PhraseFake(**options)
    return fake, watch(fake)


@pytest.fixture
def fake() -> Iterator[PhraseFake]:
    """A fake whose every request and answer is checked against openapi.yaml."""
    fake, violations = checked_fake()
    yield fake
    assert not violations, "the fake left the contract:\n" + "\n".join(violations)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Awaitable:
    """A sync client seen through awaitable methods, so one test body drives `Phrase` and `AsyncPhrase`."""

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._target, name)
        if name.endswith(("_all", "_pages")):
            return attribute  # iterators: `collect` reads sync and async ones alike
        if callable(attribute):

            async def call(*args: Any, **kwargs: Any) -> Any:
                return attribute(*args, **kwargs)

            return call
        if type(attribute).__module__.startswith(("phrase_strings_api", "phrase_strings")) and hasattr(
            attribute, "__dict__"
        ):
            return Awaitable(attribute)
        return attribute


@asynccontextmanager
async def client_for(kind: str, fake: PhraseFake, token: str | None = TOKEN, **options: Any) -> AsyncIterator[Any]:
    """A `Phrase` (wrapped in `Awaitable`) or an `AsyncPhrase` talking to ``fake`` through its transport."""
    options.setdefault("timeout", 10)
    if kind == "sync":
        with Phrase(token, transport=fake.transport(), **options) as client:
            yield Awaitable(client)
    else:
        async with AsyncPhrase(token, transport=fake.transport(), **options) as client:
            yield client


async def collect(iterable: Any) -> list[Any]:
    """Items of a sync or async iterator."""
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)
