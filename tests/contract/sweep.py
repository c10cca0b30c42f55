"""Call operations through the wrapper's facade and collect what went wrong with each call."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import anyio
from phrase_strings import APIStatusError, AsyncPhrase, Phrase
from phrase_strings_api.types import File

from tests.contract.operations import Operation, arguments
from tests.contract.recording import CALL, Exchange, Recorder

VARIANTS = ("required", "full")


@dataclass(frozen=True)
class Outcome:
    """One call: which operation, with which arguments, and every problem seen."""

    operation_id: str
    variant: str
    problems: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.operation_id} [{self.variant}]: " + "; ".join(self.problems)


def judge(op: Operation, result: Any, error: BaseException | None, exchanges: list[Exchange]) -> list[str]:
    """Problems with one call: an error, Prism's violations, or a 2xx body that did not parse."""
    problems = [f"request violation {line}" for e in exchanges for line in e.where("request")]
    problems += [f"response violation {line}" for e in exchanges for line in e.where("response")]
    if not exchanges:
        problems.append("no request was sent")
    if isinstance(error, APIStatusError):
        problems.append(f"answered {error.status_code}: {error.message}")
    elif error is not None:
        problems.append(f"2xx body did not parse: {type(error).__name__}: {error}")
    elif op.answers_with_body and result is None:
        problems.append("2xx body missing")
    elif isinstance(result, File) and not result.payload.read():
        problems.append("2xx file body empty")
    return problems


def call(client: Phrase, recorder: Recorder, op: Operation, variant: str) -> Outcome:
    label = f"{op.operation_id}/{variant}"
    token = CALL.set(label)
    result, error = None, None
    try:
        result = op.facade(client)(**arguments(op, full=variant == "full"))
    except Exception as exc:  # everything a call raises is a finding to report
        error = exc
    finally:
        CALL.reset(token)
    return Outcome(op.operation_id, variant, tuple(judge(op, result, error, recorder.of(label))))


async def acall(client: AsyncPhrase, recorder: Recorder, op: Operation, variant: str) -> Outcome:
    label = f"{op.operation_id}/{variant}"
    token = CALL.set(label)
    result, error = None, None
    try:
        result = await op.facade(client)(**arguments(op, full=variant == "full"))
    except Exception as exc:  # everything a call raises is a finding to report
        error = exc
    finally:
        CALL.reset(token)
    return Outcome(op.operation_id, variant, tuple(judge(op, result, error, recorder.of(label))))


def sweep(client: Phrase, recorder: Recorder, ops: tuple[Operation, ...]) -> list[Outcome]:
    """Every operation, once with its required arguments and once with every argument, in order."""
    return [call(client, recorder, op, variant) for op in ops for variant in VARIANTS]


async def asweep(
    client: AsyncPhrase, recorder: Recorder, ops: tuple[Operation, ...], concurrency: int = 4
) -> list[Outcome]:
    """`sweep` with the async facade, `concurrency` calls at a time."""
    outcomes: list[Outcome] = []
    limit = anyio.Semaphore(concurrency)

    async def one(op: Operation, variant: str) -> None:
        async with limit:
            outcomes.append(await acall(client, recorder, op, variant))

    async with anyio.create_task_group() as tg:
        for op in ops:
            for variant in VARIANTS:
                tg.start_soon(one, op, variant)
    return sorted(outcomes, key=lambda o: (o.operation_id, o.variant))
