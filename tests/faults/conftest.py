from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.faults.chaos import ChaosProxy

# Rows of the fault matrix, filled by the tests and printed at the end of the run.
MATRIX: list[dict[str, str]] = []


@pytest.fixture(scope="module")
def proxy(prism_url: str) -> Iterator[ChaosProxy]:
    chaos = ChaosProxy(prism_url).start()
    try:
        yield chaos
    finally:
        chaos.stop()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not MATRIX:
        return
    terminalreporter.section("fault matrix")
    columns = ["case", "method", "mode", "outcome", "received", "forwarded", "seconds"]
    terminalreporter.write_line("| " + " | ".join(columns) + " |")
    terminalreporter.write_line("|" + "---|" * len(columns))
    for row in sorted(MATRIX, key=lambda r: (r["case"], r["method"], r["mode"])):
        terminalreporter.write_line("| " + " | ".join(row[c] for c in columns) + " |")
