"""The ``phrase-strings`` command: ``auth``, ``push``/``pull``, ``config``/``init``, ``api``, ``webhooks``, ``fake``.

Each sub-command group lives in its own module with a ``register(subparsers)`` function. ``api``
parses its own arguments (``phrase-strings api GROUP METHOD …``) so that its help needs no import
of the client.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from .._errors import PhraseError
from . import api
from ._parser import Parser

__all__ = ["build_parser", "main"]

GROUPS = ("auth", "files", "config", "webhooks", "fake", "api")  # modules of this package, imported when needed
_GLOBAL_FLAGS = ("-v", "--verbose")
# phrase-cli's global flags that push and pull take as their own; True: the flag takes a value.
_PHRASE_CLI_GLOBALS = {
    "--config": True,
    "-t": True,
    "--access_token": True,
    "--host": True,
    "-B": False,
    "--batch": False,
}
_TAKE_PHRASE_CLI_GLOBALS = ("push", "pull")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = Parser(prog="phrase-strings", description="Work with the Phrase Strings API.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log requests (secrets redacted)")
    commands = parser.add_subparsers(dest="command", required=True)
    for group in GROUPS:
        importlib.import_module(f".{group}", __name__).register(commands)
    return parser


def _phrase_cli_order(words: list[str]) -> list[str]:
    """``phrase --config ci.yml -t T pull`` as ``pull --config ci.yml -t T``.

    phrase-cli's global flags may stand before its command; ours belong to ``push``/``pull``. Before
    any other command they are a usage error that names the flags and not their values.
    """
    kept: list[str] = []
    moved: list[str] = []
    flags: list[str] = []  # their names only, for an error message: a value may be a token
    index = 0
    while index < len(words):
        word = words[index]
        name = "-t" if word.startswith("-t") and not word.startswith("--") else word.split("=", 1)[0]  # -tTOKEN
        if word in _GLOBAL_FLAGS:
            kept.append(word)
        elif name not in _PHRASE_CLI_GLOBALS:
            break
        elif _PHRASE_CLI_GLOBALS[name] and word == name:
            moved.extend(words[index : index + 2])
            flags.append(name)
            index += 1
        else:
            moved.append(word)
            flags.append(name)
        index += 1
    if not moved:
        return words
    if index < len(words) and words[index] in _TAKE_PHRASE_CLI_GLOBALS:
        return [*kept, words[index], *moved, *words[index + 1 :]]
    build_parser().error(f"{', '.join(flags)} may stand before the command only for push and pull")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    words = _phrase_cli_order(list(sys.argv[1:] if argv is None else argv))
    start = 0
    while start < len(words) and words[start] in _GLOBAL_FLAGS:
        start += 1
    if words[start : start + 1] == ["api"]:
        return api.main(words[start + 1 :], verbose=start > 0)
    args = build_parser().parse_args(words)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    try:
        status: int = args.run(args)
    except (PhraseError, OSError) as error:  # OSError: a file that cannot be read or written (no traceback)
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return status
