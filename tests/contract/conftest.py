"""Prism mocks of both served documents, and clients whose every exchange is recorded."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field

import pytest
from phrase_strings import AsyncPhrase, Phrase

from scripts.mock_server import prism_mock
from tests.contract.recording import TIMEOUT, AsyncRecordingTransport, Recorder, RecordingTransport
from tests.contract.served_specs import OURS, SERVED, UPSTREAM, ServedSpec

TOKEN = "contract-token-0000"  # Prism checks that a credential is present, not its value.


@dataclass(frozen=True)
class Mock:
    """A running Prism mock of one served document."""

    spec: ServedSpec
    url: str


@dataclass
class Counts:
    """Per served document: operation ids called, answered cleanly, and accepted as known."""

    exercised: dict[str, set[str]] = field(default_factory=dict)
    clean: dict[str, set[str]] = field(default_factory=dict)
    explained: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


COUNTS = Counts()


def _start(spec: ServedSpec, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mock]:
    copy = spec.write_copy(tmp_path_factory.mktemp("served"))
    with prism_mock(copy, dynamic=spec.dynamic) as url:
        yield Mock(spec, url)


@pytest.fixture(scope="session")
def ours_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mock]:
    yield from _start(OURS, tmp_path_factory)


@pytest.fixture(scope="session")
def upstream_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mock]:
    yield from _start(UPSTREAM, tmp_path_factory)


@pytest.fixture(params=[s.name for s in SERVED])
def mock(request: pytest.FixtureRequest) -> Mock:
    """Each served document in turn."""
    name = "ours_mock" if request.param == OURS.name else "upstream_mock"
    return request.getfixturevalue(name)  # type: ignore[no-any-return]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def phrase(url: str, recorder: Recorder) -> Phrase:
    """A client of the mock: no retries (a failure must show), the suite's timeout, recorded."""
    return Phrase(TOKEN, base_url=url, timeout=TIMEOUT, max_retries=0, transport=RecordingTransport(recorder))


def async_phrase(url: str, recorder: Recorder) -> AsyncPhrase:
    return AsyncPhrase(TOKEN, base_url=url, timeout=TIMEOUT, max_retries=0, transport=AsyncRecordingTransport(recorder))


@pytest.fixture
def client(mock: Mock, recorder: Recorder) -> Iterator[Phrase]:
    with phrase(mock.url, recorder) as c:
        yield c


@pytest.fixture
async def aclient(mock: Mock, recorder: Recorder) -> AsyncIterator[AsyncPhrase]:
    async with async_phrase(mock.url, recorder) as c:
        yield c


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Operations exercised / total per served document, for the CI log and the issue's report."""
    from tests.contract.operations import operations

    if not COUNTS.exercised:
        return
    total = len(operations())
    terminalreporter.section("contract coverage")
    for name, ids in COUNTS.exercised.items():
        explained = COUNTS.explained.get(name, [])
        terminalreporter.write_line(
            f"{name}: {len(ids)}/{total} operations exercised, {len(COUNTS.clean[name])} without any problem, "
            f"{len(explained)} calls with explained differences"
        )
        by_reason: dict[str, list[str]] = {}
        for call, reason in explained:
            by_reason.setdefault(reason, []).append(call)
        for reason, calls in by_reason.items():
            terminalreporter.write_line(f"  {reason}: {', '.join(calls)}")
