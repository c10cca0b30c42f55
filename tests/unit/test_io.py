"""`run_all` and `arun_all`: the one place the push/pull twins differ (threads vs tasks)."""

from __future__ import annotations

import threading

import anyio
import anyio.lowlevel
import pytest
from phrase_strings._io import arun_all, run_all


class Tally:
    """Counts the jobs running at once and remembers the most seen."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.active = 0
        self.most = 0
        self.started: list[int] = []

    def enter(self, item: int) -> None:
        with self.lock:
            self.active += 1
            self.most = max(self.most, self.active)
            self.started.append(item)

    def leave(self) -> None:
        with self.lock:
            self.active -= 1


def test_run_all_keeps_order_within_the_limit() -> None:
    tally = Tally()
    pair = threading.Barrier(2, timeout=30)  # two jobs must be running together to pass it

    def job(item: int) -> int:
        tally.enter(item)
        try:
            pair.wait()
            return item * 10
        finally:
            tally.leave()

    assert run_all(job, list(range(6)), 2) == [0, 10, 20, 30, 40, 50]
    assert tally.most == 2


@pytest.mark.anyio
async def test_arun_all_keeps_order_within_the_limit() -> None:
    tally = Tally()

    async def job(item: int) -> int:
        tally.enter(item)
        try:
            for _ in range(6 - item):  # later items finish first
                await anyio.lowlevel.checkpoint()
            return item * 10
        finally:
            tally.leave()

    assert await arun_all(job, list(range(6)), 2) == [0, 10, 20, 30, 40, 50]
    assert tally.most == 2


def test_run_all_raises_the_first_failure_and_starts_nothing_more() -> None:
    tally = Tally()

    def job(item: int) -> int:
        tally.enter(item)
        tally.leave()
        if item == 0:
            raise ValueError("job 0 failed")
        return item

    with pytest.raises(ValueError, match="job 0 failed"):
        run_all(job, [0, 1, 2, 3], 1)
    assert tally.started == [0]


@pytest.mark.anyio
async def test_arun_all_raises_the_first_failure_itself_and_cancels_the_rest() -> None:
    tally = Tally()

    async def job(item: int) -> int:
        tally.enter(item)
        tally.leave()
        if item == 0:
            raise ValueError("job 0 failed")
        await anyio.sleep_forever()
        raise AssertionError("not reached")

    with pytest.raises(ValueError, match="job 0 failed") as caught:
        await arun_all(job, [0, 1, 2, 3], 1)
    assert type(caught.value) is ValueError  # not an exception group
    # The job holding the freed slot is cancelled in its sleep (else this never returns); none after it starts.
    assert tally.started[0] == 0 and not {2, 3} & set(tally.started)


def test_run_all_with_nothing_to_do() -> None:
    assert run_all(lambda item: item, [], 4) == []


@pytest.mark.anyio
async def test_arun_all_with_nothing_to_do() -> None:
    async def job(item: int) -> int:
        return item

    assert await arun_all(job, [], 4) == []
