"""``client.sync``: push and pull of locale files, the workflows in `phrase_strings._async.workflows`.

The methods take what ``phrase_strings.push``/``pull`` take after the client, and return the same.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, Generic, ParamSpec, TypeVar

from ._async import workflows as _async_workflows
from ._client import AsyncPhrase, Phrase
from ._sync import workflows as _sync_workflows

__all__ = ["AsyncFileSync", "FileSync"]

C = TypeVar("C")
P = ParamSpec("P")
R = TypeVar("R")


class _Bound(Generic[C]):
    """Holds the client the workflow functions are called with."""

    def __init__(self, client: C) -> None:
        self._client = client


def _method(func: Callable[Concatenate[C, P], R]) -> Callable[Concatenate[_Bound[C], P], R]:
    """A method calling ``func`` with the owner's client first; it keeps the function's name and docstring."""

    def method(self: _Bound[C], /, *args: P.args, **kwargs: P.kwargs) -> R:
        return func(self._client, *args, **kwargs)

    method.__name__ = method.__qualname__ = func.__name__
    method.__doc__ = func.__doc__
    return method


class FileSync(_Bound[Phrase]):
    """``client.sync.push(...)`` / ``client.sync.pull(...)``: see `phrase_strings.push` and `phrase_strings.pull`."""

    push = _method(_sync_workflows.push)
    pull = _method(_sync_workflows.pull)


class AsyncFileSync(_Bound[AsyncPhrase]):
    """``await client.sync.push(...)`` / ``await client.sync.pull(...)``: the awaitable workflows."""

    push = _method(_async_workflows.apush)
    pull = _method(_async_workflows.apull)
