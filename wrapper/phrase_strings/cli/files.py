"""``phrase-strings push`` and ``phrase-strings pull``: locale files up to and down from a project.

    phrase-strings pull 'locales/<locale_code>.yml' --format yml
    phrase-strings push 'locales/<locale_code>.yml' --format yml --option update_translations=true

The token and project come from the usual places (``PHRASE_ACCESS_TOKEN``, ``PHRASE_PROJECT_ID``,
``.phrase.yml``…) unless given. On a terminal a progress line follows the transfers; when the
output is not a terminal only the final summary is printed.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
import typing
from collections.abc import Mapping, Sequence
from typing import Any, TextIO, TypeVar

import attrs

from .._client import Phrase
from .._errors import ConfigurationError
from .._files import DownloadOptions, PollPolicy, UploadOptions
from .._workflows import Progress, describe_summary, pull, push

__all__ = ["TerminalProgress", "build_options", "register", "run_pull", "run_push"]

OptionsT = TypeVar("OptionsT", DownloadOptions, UploadOptions)
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``push`` and ``pull`` commands."""
    pull_cmd = commands.add_parser("pull", help="download locale files of a project")
    pull_cmd.add_argument("pattern", help="where files go: 'locales/<locale_code>.yml' (or <locale_name>, <locale_id>)")
    pull_cmd.add_argument("--format", required=True, dest="file_format", help="file format, e.g. yml, json, xlf")
    pull_cmd.add_argument("--locale", action="append", dest="locales", help="only this locale (code, name, ID); repeat")
    pull_cmd.add_argument("--branch", help="download from this branch")
    pull_cmd.add_argument("--tags", help="only keys with these tags (comma-separated)")
    pull_cmd.add_argument("--skip-unchanged", action="store_true", help="leave files the API reports unchanged")
    pull_cmd.add_argument("--queued", action="store_true", help="use the API's asynchronous export (large locales)")
    _common(pull_cmd, DownloadOptions)
    pull_cmd.set_defaults(run=run_pull)

    push_cmd = commands.add_parser("push", help="upload locale files to a project")
    push_cmd.add_argument("sources", nargs="+", help="files or patterns, e.g. 'locales/<locale_code>.yml'")
    push_cmd.add_argument("--format", required=True, dest="file_format", help="file format, e.g. yml, json, xlf")
    push_cmd.add_argument("--locale", dest="locale_id", help="locale (ID or name) of files without a placeholder")
    push_cmd.add_argument("--branch", help="upload to this branch")
    push_cmd.add_argument("--tags", help="tag the uploaded keys (comma-separated)")
    push_cmd.add_argument(
        "--locale-mapping", action="append", default=[], metavar="LOCALE=COLUMN", help="for CSV/XLSX; repeat"
    )
    push_cmd.add_argument("--no-wait", action="store_true", help="do not wait for the API to process the uploads")
    push_cmd.add_argument(
        "--timeout", type=float, default=300.0, help="seconds to wait for processing (default: %(default)s)"
    )
    _common(push_cmd, UploadOptions)
    push_cmd.set_defaults(run=run_push)


def _common(parser: argparse.ArgumentParser, options: type) -> None:
    hints = typing.get_type_hints(options)
    skip = ("file_format", "branch", "tags", "locale_mapping")
    names = ", ".join(
        name
        for name in (f.name for f in attrs.fields(options))
        if name not in skip and not any(typing.get_origin(k) is Mapping for k in typing.get_args(hints[name]))
    )
    parser.add_argument(
        "--option", action="append", default=[], metavar="NAME=VALUE", help=f"any other API option: {names}"
    )
    parser.add_argument(
        "--format-option", action="append", default=[], metavar="NAME=VALUE", help="a format option; repeat"
    )
    parser.add_argument("--project-id", help="project ID (default: PHRASE_PROJECT_ID or .phrase.yml)")
    parser.add_argument("--data-center", choices=("eu", "us"), help="Phrase data center (default: eu)")
    parser.add_argument("--base-url", help="API base URL, overriding the data center")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress line, only the summary")


# --- options from the command line ------------------------------------------------------------


def _pairs(values: Sequence[str], flag: str) -> dict[str, str]:
    pairs = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name.strip():
            raise ConfigurationError(f"{flag} takes NAME=VALUE, not {value!r}")
        pairs[name.strip()] = text
    return pairs


def _typed(name: str, text: str, hint: Any) -> Any:
    kinds = typing.get_args(hint) or (hint,)
    if bool in kinds:
        if text.lower() in _TRUE:
            return True
        if text.lower() in _FALSE:
            return False
        raise ConfigurationError(f"--option {name} takes true or false, not {text!r}")
    if any(typing.get_origin(k) is Sequence for k in kinds) and str not in kinds:
        return [part.strip() for part in text.split(",") if part.strip()]
    if any(typing.get_origin(k) is Mapping for k in kinds):
        raise ConfigurationError(f"--option {name} is a mapping: use --format-option or the Python API")
    return text


def build_options(
    kind: type[OptionsT], base: Mapping[str, Any], options: Sequence[str], format_options: Sequence[str]
) -> OptionsT:
    """``DownloadOptions``/``UploadOptions`` from flags, ``--option NAME=VALUE`` and ``--format-option``."""
    hints = typing.get_type_hints(kind)
    values: dict[str, Any] = {k: v for k, v in base.items() if v is not None}
    for name, text in _pairs(options, "--option").items():
        if name not in hints:
            raise ConfigurationError(f"unknown option {name!r}; known: {', '.join(sorted(hints))}")
        values[name] = _typed(name, text, hints[name])
    if format_options:
        values["format_options"] = _pairs(format_options, "--format-option")
    return kind(**values)


# --- progress ----------------------------------------------------------------------------------


class TerminalProgress(Progress):
    """One status line, redrawn at most ten times a second, with a line per finished file above it."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.action = ""
        self.total = 0
        self.finished = 0
        self.bytes: dict[str, int] = {}
        self._lock = threading.Lock()
        self._drawn = 0.0

    def start(self, action: str, items: int) -> None:
        """Remember how many files there are."""
        with self._lock:
            self.action, self.total = action, items
            self._draw(force=True)

    def update(self, item: str, done: int, total: int | None) -> None:
        """Bytes moved for one file."""
        with self._lock:
            self.bytes[item] = done
            self._draw()

    def finish(self, item: str, outcome: str) -> None:
        """Print the file's line and count it."""
        with self._lock:
            self.finished += 1
            self._clear()
            self.out.write(f"  {item}: {outcome}\n")
            self._draw(force=True)

    def close(self) -> None:
        """Remove the status line."""
        with self._lock:
            self._clear()

    def _clear(self) -> None:
        self.out.write("\r\033[K")
        self.out.flush()

    def _draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._drawn < 0.1:
            return
        self._drawn = now
        moved = sum(self.bytes.values()) / 1e6
        self.out.write(f"\r\033[K{self.action}: {self.finished}/{self.total} files, {moved:.1f} MB")
        self.out.flush()


def _progress(args: argparse.Namespace) -> TerminalProgress | None:
    return None if args.quiet or not sys.stdout.isatty() else TerminalProgress(sys.stdout)


def _client(args: argparse.Namespace) -> Phrase:
    return Phrase(
        data_center=args.data_center, base_url=args.base_url, project_id=args.project_id, app="phrase-strings-cli"
    )


# --- commands ----------------------------------------------------------------------------------


def run_pull(args: argparse.Namespace) -> int:
    """Download the project's locales into the pattern's files."""
    base = {"file_format": args.file_format, "branch": args.branch, "tags": args.tags}
    options = build_options(DownloadOptions, base, args.option, args.format_option)
    display = _progress(args)
    with _client(args) as client:
        try:
            result = pull(
                client,
                args.pattern,
                locales=args.locales,
                options=options,
                skip_unchanged=args.skip_unchanged,
                queued=args.queued,
                progress=display,
            )
        finally:
            if display is not None:
                display.close()
    print(
        f"Pulled {len(result.files)} locale file(s): {result.downloaded} written "
        f"({result.bytes / 1e6:.2f} MB), {result.unchanged} unchanged."
    )
    return 0


def run_push(args: argparse.Namespace) -> int:
    """Upload files for their locales and report what the API made of them."""
    base = {"branch": args.branch, "tags": args.tags}
    if args.locale_mapping:
        base["locale_mapping"] = _pairs(args.locale_mapping, "--locale-mapping")
    options = build_options(UploadOptions, base, args.option, args.format_option)
    if args.timeout <= 0:
        raise ConfigurationError("--timeout must be more than 0 seconds")
    display = _progress(args)
    with _client(args) as client:
        try:
            result = push(
                client,
                args.sources if len(args.sources) > 1 else args.sources[0],
                file_format=args.file_format,
                locale_id=args.locale_id,
                options=options,
                wait=not args.no_wait,
                poll=PollPolicy(timeout=args.timeout),
                progress=display,
            )
        finally:
            if display is not None:
                display.close()
    if args.no_wait:
        print(f"Uploaded {len(result.files)} file(s); the API processes them in the background.")
    else:
        print(f"Pushed {len(result.files)} file(s): {describe_summary(result.counts)}.")
    return 0
