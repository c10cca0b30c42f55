"""A usage error names what it did not understand, never a value that came with it (it may be a secret)."""

from __future__ import annotations

import pytest
from phrase_strings.cli import main

SECRET = "hunter2-usage-secret"


@pytest.mark.parametrize(
    ("words", "named"),
    [
        (["auth", "login", "--pasword", SECRET], "--pasword …"),
        (["auth", "login", f"--pasword={SECRET}"], "--pasword=…"),
        (["pull", "-x" + SECRET], "-x…"),
        (["api", "projects", "list", "--token", SECRET], "--token …"),
        (["api", "projects", "list", f"--token={SECRET}"], "--token=…"),
    ],
)
def test_unrecognized_arguments_hide_their_values(
    words: list[str], named: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        status: object = main(words)  # `api` returns its exit status
    except SystemExit as stopped:  # the other commands leave it to argparse
        status = stopped.code
    assert status == 2
    err = capsys.readouterr().err
    assert f"unrecognized arguments: {named}" in err
    assert SECRET not in err
