"""The ``phrase-strings`` command: ``auth`` (tokens and who you are), ``push`` and ``pull`` (files), ``fake``.

Each sub-command group lives in its own module with a ``register(subparsers)`` function.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from ..errors import PhraseError
from . import auth, fake, files

GROUPS = (auth, files, fake)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command."""
    parser = argparse.ArgumentParser(prog="phrase-strings", description="Work with the Phrase Strings API.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log requests (secrets redacted)")
    commands = parser.add_subparsers(dest="command", required=True)
    for group in GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    try:
        status: int = args.run(args)
    except PhraseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return status
