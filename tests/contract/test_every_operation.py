"""Every operation, through the wrapper's facade, against Prism mocks of both documents.

Each operation is called twice per served document: with its required arguments
only, and with every optional query parameter and body field filled in, all values synthesised
from openapi.yaml's schemas (bodies built with the generated models' ``from_dict``). A call
passes when Prism reports no violation (``sl-violations``, request or response side), answers
2xx, and the 2xx body parses into the generated model.

Against Phrase's published document (served as patched in `served_specs.UPSTREAM_PATCHES`,
bodies generated from its schemas) the same calls are made. The only problems allowed are the
ones `EXPLAINED` lists: the corrections documented in docs/spec-changes.md, and client defects
that have their own strict-xfail test in test_known_defects.py. Every entry must still occur,
so the list cannot go stale.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from tests.conftest import extra_operations
from tests.contract.conftest import COUNTS, Mock, async_phrase, phrase
from tests.contract.operations import Operation, operations
from tests.contract.recording import Recorder
from tests.contract.served_specs import OURS, UPSTREAM
from tests.contract.sweep import Outcome, asweep, sweep

pytestmark = pytest.mark.prism


@dataclass(frozen=True)
class Explained:
    """Problems that are expected on one served document, and why."""

    reason: str
    served: tuple[str, ...]
    applies: Callable[[Operation], bool]
    problems: re.Pattern[str]
    variants: tuple[str, ...] = ("required", "full")

    def covers(self, outcome: Outcome, op: Operation, served: str) -> bool:
        return (
            served in self.served
            and outcome.variant in self.variants
            and self.applies(op)
            and all(self.problems.search(p) for p in outcome.problems)
        )


def _bad_request(violation: str) -> re.Pattern[str]:
    return re.compile(
        rf"request violation request\.path: Request path must have required property '{violation}'|^answered (400|422)"
    )


def _only_in_the_official_client(op: Operation) -> bool:
    """Operations phrase-api 3.31.0 has and the published document lacks (reference/README.md)."""
    return f"{op.method.upper()} {op.path}" in extra_operations()


EXPLAINED = (
    Explained(
        "operations of phrase-api 3.31.0 that the published document does not have: Prism knows no such route",
        (UPSTREAM.name,),
        _only_in_the_official_client,
        re.compile(r"^answered 404"),
    ),
    Explained(
        "spec change 1: the published automation paths say {automation_id} but declare `id`",
        (UPSTREAM.name,),
        lambda op: "/automations/{automation_id}" in op.path,
        _bad_request("id"),
    ),
    Explained(
        "spec change 2: the published figma-attachment keys path declares a path `id` it does not have",
        (UPSTREAM.name,),
        lambda op: op.operation_id == "attach_figma_attachment_to_key",
        _bad_request("id"),
    ),
    Explained(
        "spec change 3: the published PATCH job comment declares `key_id` for {job_id}",
        (UPSTREAM.name,),
        lambda op: op.operation_id == "update_job_comment",
        _bad_request("key_id"),
    ),
    Explained(
        "spec change 18: the published ICU skeleton body wants exactly one of `content` and `id` (a oneOf)",
        (UPSTREAM.name,),
        lambda op: op.operation_id == "build_icu_skeleton",
        re.compile(
            r"Request body must have required property '(content|id)'"
            r"|Request body must match exactly one schema in oneOf|^answered 422"
        ),
    ),
    Explained(
        "spec change 5: the published locale download answers with media type `*`, which Prism cannot produce",
        (UPSTREAM.name,),
        lambda op: op.operation_id == "download_locale",
        re.compile(
            r'media type "" does not match the one specified in the current response: \*|'
            r"response violation response\.body: Response body must be string|^2xx file body empty"
        ),
    ),
)


def check(outcomes: list[Outcome], served: str) -> None:
    by_id = {op.operation_id: op for op in operations()}
    unexplained: list[str] = []
    explained: list[tuple[str, str]] = []
    used: set[Explained] = set()
    for outcome in outcomes:
        if not outcome.problems:
            continue
        reasons = [e for e in EXPLAINED if e.covers(outcome, by_id[outcome.operation_id], served)]
        if reasons:
            used.add(reasons[0])
            explained.append((f"{outcome.operation_id} [{outcome.variant}]", reasons[0].reason))
        else:
            unexplained.append(str(outcome))
    exercised = {o.operation_id for o in outcomes if not any("no request was sent" in p for p in o.problems)}
    COUNTS.exercised[served] = exercised
    COUNTS.clean[served] = {o.operation_id for o in outcomes} - {o.operation_id for o in outcomes if o.problems}
    COUNTS.explained[served] = explained
    assert not unexplained, "\n".join(unexplained)
    assert exercised == set(by_id), sorted(set(by_id) - exercised)
    stale = [e.reason for e in EXPLAINED if served in e.served and e not in used]
    assert not stale, f"expected differences that no longer occur (remove them): {stale}"


def test_every_operation_sync(mock: Mock) -> None:
    recorder = Recorder()
    with phrase(mock.url, recorder) as client:
        outcomes = sweep(client, recorder, operations())
    assert len(outcomes) == 2 * len(operations())
    check(outcomes, mock.spec.name)


@pytest.mark.anyio
async def test_every_operation_async(ours_mock: Mock) -> None:
    """The async facade, four calls in flight at a time, against our document."""
    recorder = Recorder()
    async with async_phrase(ours_mock.url, recorder) as client:
        outcomes = await asweep(client, recorder, operations())
    problems = [str(o) for o in outcomes if o.problems]
    explained = [o for o in outcomes if o.problems and any(e.covers(o, _op(o), OURS.name) for e in EXPLAINED)]
    assert len(outcomes) == 2 * len(operations())
    assert len(problems) == len(explained), "\n".join(problems)
    # Every request was labelled with its call: none leaked between concurrent tasks.
    assert all(e.call is not None for e in recorder.exchanges)
    assert len(recorder.exchanges) == len(outcomes)


def _op(outcome: Outcome) -> Operation:
    return next(op for op in operations() if op.operation_id == outcome.operation_id)
