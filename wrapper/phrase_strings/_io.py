"""The few calls that differ between the awaitable feature code and its generated blocking twin.

The code in `phrase_strings._async` is written once, as async; ``scripts/unasync.py`` writes the
blocking twin into `phrase_strings._sync`, renaming ``aoffload`` to `offload` and ``ashielded`` to
`shielded`. In the twin, work that the event loop hands to a thread runs in place, and cleanup that
must survive cancellation needs no shield.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TypeVar, TypeVarTuple

import anyio
import anyio.to_thread

__all__ = ["aoffload", "ashielded", "offload", "shielded"]

T = TypeVar("T")
Ts = TypeVarTuple("Ts")


async def aoffload(func: Callable[[*Ts], T], *args: *Ts) -> T:
    """Run blocking file work in a worker thread, so the event loop keeps serving other tasks."""
    return await anyio.to_thread.run_sync(func, *args)


def offload(func: Callable[[*Ts], T], *args: *Ts) -> T:
    """Run blocking file work here: a blocking client has no event loop to keep free."""
    return func(*args)


def ashielded() -> anyio.CancelScope:
    """A scope that lets cleanup finish even when the surrounding task is being cancelled."""
    return anyio.CancelScope(shield=True)


def shielded() -> contextlib.nullcontext[None]:
    """Nothing to shield from in blocking code."""
    return contextlib.nullcontext()
