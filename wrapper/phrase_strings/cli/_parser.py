"""The argument parser of every command: argparse, minus the echo of what it did not understand."""

from __future__ import annotations

import argparse
from typing import NoReturn

__all__ = ["Parser"]

_UNRECOGNIZED = "unrecognized arguments: "


class Parser(argparse.ArgumentParser):
    """An `argparse.ArgumentParser` whose usage errors name unknown flags but never repeat values.

    argparse answers ``auth login --pasword S3CRET`` with "unrecognized arguments: --pasword S3CRET";
    a mistyped flag is often followed by a secret, so the values are shown as ``…``.
    Sub-parsers made with ``add_parser`` are of this class too (argparse uses the parent's class).
    """

    def error(self, message: str) -> NoReturn:
        head, found, words = message.partition(_UNRECOGNIZED)
        if found:
            message = head + _UNRECOGNIZED + " ".join(_mask(word) for word in words.split(" "))
        super().error(message)


def _mask(word: str) -> str:
    if not word.startswith("-") or word == "-":
        return "…"
    name, equals, _ = word.partition("=")
    if not name.startswith("--") and len(name) > 2:  # -tVALUE
        name = name[:2]
        equals = "…"
    return name + ("=…" if equals == "=" else equals)
