"""The few calls that differ between the awaitable feature code and its generated blocking twin.

The code in `phrase_strings._async` is written once, as async; ``scripts/unasync.py`` writes the
blocking twin into `phrase_strings._sync`, renaming ``aoffload`` to `offload`, ``ashielded`` to
`shielded` and ``arun_all`` to `run_all`. In the twin, work that the event loop hands to a thread runs
in place, cleanup that must survive cancellation needs no shield, and jobs run side by side on threads
instead of tasks.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from typing import Any, TypeVar, TypeVarTuple

import anyio
import anyio.to_thread

__all__ = ["aoffload", "arun_all", "ashielded", "offload", "run_all", "shielded"]

T = TypeVar("T")
R = TypeVar("R")
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


async def arun_all(job: Callable[[T], Awaitable[R]], items: Sequence[T], workers: int) -> list[R]:
    """``job`` over ``items``, at most ``workers`` at once, results in order; the first failure cancels the rest.

    That failure is raised as itself, not inside an exception group, as `run_all` raises it.
    """
    results: list[Any] = [None] * len(items)
    limiter = anyio.CapacityLimiter(max(1, workers))

    async def run(index: int, item: T) -> None:
        async with limiter:
            results[index] = await job(item)

    try:
        async with anyio.create_task_group() as group:
            for index, item in enumerate(items):
                group.start_soon(run, index, item)
    except BaseExceptionGroup as group_error:
        raise _first(group_error) from None
    return results


def _first(group: BaseExceptionGroup[BaseException]) -> BaseException:
    error: BaseException = group
    while isinstance(error, BaseExceptionGroup):
        error = error.exceptions[0]
    return error


class _Skipped(Exception):
    """A job not started because another one had failed."""


def run_all(job: Callable[[T], R], items: Sequence[T], workers: int) -> list[R]:
    """``job`` over ``items`` on ``workers`` threads, results in order; the first failure stops the rest.

    Jobs not yet started are skipped; those running finish (threads cannot be cancelled) before it is raised.
    """
    if not items:
        return []
    stop = threading.Event()

    def guarded(item: T) -> R:
        if stop.is_set():
            raise _Skipped
        try:
            return job(item)
        except BaseException:
            stop.set()
            raise

    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(items))), thread_name_prefix="phrase") as pool:
        futures: list[Future[R]] = [pool.submit(guarded, item) for item in items]
        try:
            wait(futures, return_when=FIRST_EXCEPTION)
        finally:
            if stop.is_set() or not all(f.done() for f in futures):
                stop.set()
                for future in futures:
                    future.cancel()
        for future in futures:
            error = None if future.cancelled() or not future.done() else future.exception()
            if error is not None and not isinstance(error, _Skipped):
                raise error
        return [future.result() for future in futures]
