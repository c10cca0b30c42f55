"""``phrase-strings push`` and ``phrase-strings pull``: locale files up to and down from a project.

Without patterns they run the phrase-cli config (``.phrase.yml``) as ``phrase push``/``phrase pull``
do, with phrase-cli's flags; with patterns, the flags say everything::

    phrase-strings push --wait --branch feature-x
    phrase-strings pull --cache
    phrase-strings pull 'locales/<locale_code>.yml' --format yml
    phrase-strings push 'locales/<locale_code>.yml' --format yml --option update_translations=true

The token comes from ``-t``, then the environment, then the config file (see README, "Coming from
phrase-cli"). On a terminal a progress line follows the transfers; otherwise only the summary is
printed. Deleting unmentioned keys (``--cleanup``) asks on a terminal and needs ``--yes`` elsewhere.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
import typing
from collections.abc import Mapping, Sequence
from typing import Any, TextIO, TypeVar

import attrs

from .._client import Phrase
from .._compat import local_branch_name, use_local_branch_name
from .._config import PhraseConfig, load_config
from .._credentials import ENV, LEGACY_TOKEN_ENV
from .._errors import ConfigurationError
from .._files import DownloadOptions, PollPolicy, UploadOptions
from .._sync.workflows import pull, push
from .._workflows import CleanupPlan, Progress, describe_summary

__all__ = ["TerminalProgress", "build_options", "client_for", "register", "run_pull", "run_push"]

OptionsT = TypeVar("OptionsT", DownloadOptions, UploadOptions)
TOKEN_VARIABLES = (ENV["access_token"], LEGACY_TOKEN_ENV, ENV["platform_token"])
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``push`` and ``pull`` commands."""
    pull_cmd = commands.add_parser("pull", help="download locale files (as the config's pull.targets say)")
    pull_cmd.add_argument(
        "pattern", nargs="?", help="instead of the config: where files go, e.g. 'locales/<locale_code>.yml'"
    )
    pull_cmd.add_argument("--format", dest="file_format", help="file format of the pattern, e.g. yml, json, xlf")
    pull_cmd.add_argument("--locale", action="append", dest="locales", help="only this locale (code, name, ID); repeat")
    pull_cmd.add_argument("--tags", help="with a pattern: only keys with these tags (comma-separated)")
    pull_cmd.add_argument(
        "--cache", "--skip-unchanged", dest="skip_unchanged", action="store_true", help="skip files reported unchanged"
    )
    pull_cmd.add_argument(
        "-a", "--async", "--queued", dest="queued", action="store_true", help="use the API's asynchronous export"
    )
    pull_cmd.add_argument(
        "-p", "--parallel", action="store_true", help="accepted for phrase-cli; downloads always run 4 at a time"
    )
    pull_cmd.add_argument(
        "--timeout", type=float, default=1800.0, help="seconds to wait for each --async export (default: %(default)s)"
    )
    _shared(pull_cmd)
    _common(pull_cmd, DownloadOptions)
    pull_cmd.set_defaults(run=run_pull)

    push_cmd = commands.add_parser("push", help="upload locale files (as the config's push.sources say)")
    push_cmd.add_argument("sources", nargs="*", help="instead of the config: files or patterns, e.g. 'locales/*.yml'")
    push_cmd.add_argument("--format", dest="file_format", help="file format of the patterns, e.g. yml, json, xlf")
    push_cmd.add_argument("--locale", dest="locale_id", help="locale (ID or name) of files without a placeholder")
    push_cmd.add_argument("--tags", help="with patterns: tag the uploaded keys (comma-separated)")
    push_cmd.add_argument("--tag", help="tag every uploaded key with this tag too")
    push_cmd.add_argument(
        "--locale-mapping", action="append", default=[], metavar="LOCALE=COLUMN", help="for CSV/XLSX; repeat"
    )
    push_cmd.add_argument("-w", "--wait", action="store_true", help="wait until the API has processed the files")
    push_cmd.add_argument(
        "--timeout", type=float, default=1800.0, help="seconds to wait for processing (default: %(default)s)"
    )
    push_cmd.add_argument("-c", "--cleanup", action="store_true", help="delete keys none of the uploads mention")
    push_cmd.add_argument("-y", "--yes", action="store_true", help="delete without asking (needed off a terminal)")
    push_cmd.add_argument("--cleanup-tag", metavar="TAG", help="delete only unmentioned keys with this tag")
    push_cmd.add_argument("--cleanup-prefix", metavar="PREFIX", help="delete only unmentioned keys named PREFIX…")
    push_cmd.add_argument(
        "--create-locales", action="store_true", help="create locales that exist as files but not in the project"
    )
    _shared(push_cmd)
    _common(push_cmd, UploadOptions)
    push_cmd.set_defaults(run=run_push)


def _shared(parser: argparse.ArgumentParser) -> None:
    """Options phrase-cli has on both commands (and its global ones a CI job may pass)."""
    parser.add_argument("--config", help="config file (default: PHRASEAPP_CONFIG, .phrase.yml, .phraseapp.yml, ~)")
    parser.add_argument("-b", "--branch", help="work on this branch (push creates it when missing)")
    parser.add_argument(
        "--use-local-branch-name", action="store_true", help="use the checked-out git branch as --branch"
    )
    parser.add_argument(
        "-t", "--access_token", "--access-token", dest="access_token", help="access token (better: PHRASE_ACCESS_TOKEN)"
    )
    parser.add_argument("--host", "--base-url", dest="host", help="API base URL, e.g. https://api.us.app.phrase.com/v2")
    parser.add_argument("-B", "--batch", action="store_true", help="never ask; no progress line")
    # phrase-cli takes -v after the command too; SUPPRESS keeps a -v given before it.
    parser.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log requests")


def _common(parser: argparse.ArgumentParser, options: type) -> None:
    hints = typing.get_type_hints(options)
    skip = ("file_format", "branch", "tags", "locale_mapping", "tag")
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
    return None if args.quiet or args.batch or not sys.stdout.isatty() else TerminalProgress(sys.stdout)


def _config(args: argparse.Namespace) -> PhraseConfig:
    return load_config(args.config)


def client_for(
    config: PhraseConfig,
    access_token: str | None,
    host: str | None,
    data_center: str | None = None,
    project_id: str | None = None,
) -> Phrase:
    """A client: flags first, then the environment, then the config file (README: Coming from phrase-cli).

    The config's token is passed only when the environment has none, so a CI secret wins over a
    token committed with the repository; otherwise the usual discovery applies.
    """
    env_token = any(os.environ.get(var) for var in TOKEN_VARIABLES)
    token = access_token or (None if env_token else config.access_token)
    base_url = host or (None if os.environ.get(ENV["host"]) else config.host)
    return Phrase(
        token,
        data_center=typing.cast(typing.Literal["eu", "us"] | None, data_center),
        base_url=base_url,
        project_id=project_id or config.project_id,
        app="phrase-strings-cli",
    )


def _client(args: argparse.Namespace, config: PhraseConfig | None = None) -> Phrase:
    config = config or _config(args)
    return client_for(config, args.access_token, args.host, args.data_center, args.project_id)


def _branch(args: argparse.Namespace) -> str | None:
    if args.branch or not use_local_branch_name(args.use_local_branch_name):
        return typing.cast(str | None, args.branch)
    return local_branch_name()


def _interactive(args: argparse.Namespace) -> bool:
    return not args.batch and sys.stdin.isatty()


# --- commands ----------------------------------------------------------------------------------


def _refuse_given(flags: Sequence[tuple[str, object]], why: str) -> None:
    """Refuse pattern-mode flags given in config mode, naming every one that was given."""
    given = [flag for flag, value in flags if value]
    if given:
        raise ConfigurationError(f"{', '.join(given)} {why}")


def run_pull(args: argparse.Namespace) -> int:
    """Download the project's locales into the pattern's files, or into the config's targets."""
    config = _config(args)
    if args.timeout <= 0:
        raise ConfigurationError("--timeout must be more than 0 seconds")
    branch = _branch(args)
    poll = PollPolicy(timeout=args.timeout)
    if args.pattern is None:
        _refuse_given(
            (
                ("--format", args.file_format),
                ("--locale", args.locales),
                ("--tags", args.tags),
                ("--option", args.option),
                ("--format-option", args.format_option),
            ),
            "go with a pattern; without one the config's targets are used",
        )
    display = _progress(args)
    with _client(args, config) as client:
        try:
            if args.pattern is None:
                result = pull(
                    client,
                    config,
                    branch=branch,
                    skip_unchanged=args.skip_unchanged,
                    queued=args.queued,
                    poll=poll,
                    progress=display,
                )
            else:
                if not args.file_format:
                    raise ConfigurationError("a pattern needs --format (e.g. --format yml)")
                base = {"file_format": args.file_format, "branch": branch, "tags": args.tags}
                options = build_options(DownloadOptions, base, args.option, args.format_option)
                result = pull(
                    client,
                    args.pattern,
                    locales=args.locales,
                    options=options,
                    skip_unchanged=args.skip_unchanged,
                    queued=args.queued,
                    poll=poll,
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
    """Upload files for their locales (the config's sources, or the patterns given) and report."""
    config = _config(args)
    if args.timeout <= 0:
        raise ConfigurationError("--timeout must be more than 0 seconds")
    cleanup = args.cleanup or (not args.sources and config.delete_unmentioned_keys)
    if (args.cleanup_tag or args.cleanup_prefix) and not cleanup:
        raise ConfigurationError("--cleanup-tag and --cleanup-prefix narrow --cleanup: give --cleanup too")
    if cleanup and not args.yes and not _interactive(args):
        raise ConfigurationError(
            "cleanup deletes keys the uploads do not mention; off a terminal, pass --yes to confirm it"
        )
    if args.sources and args.create_locales:
        raise ConfigurationError("--create-locales works with the config's sources, not with patterns")
    branch = _branch(args)
    display = _progress(args)

    def confirm(plan: CleanupPlan) -> bool:
        if display is not None:
            display.close()  # the question goes on a line of its own
        return args.yes or _ask_cleanup(plan)

    with _client(args, config) as client:
        try:
            if not args.sources:
                _refuse_given(
                    (
                        ("--format", args.file_format),
                        ("--locale", args.locale_id),
                        ("--tags", args.tags),
                        ("--locale-mapping", args.locale_mapping),
                        ("--option", args.option),
                        ("--format-option", args.format_option),
                    ),
                    "go with patterns; without them the config is used",
                )
                result = push(
                    client,
                    config,
                    wait=args.wait,
                    poll=PollPolicy(timeout=args.timeout),
                    progress=display,
                    branch=branch,
                    tag=args.tag,
                    cleanup=cleanup,
                    cleanup_tag=args.cleanup_tag,
                    cleanup_prefix=args.cleanup_prefix,
                    confirm_cleanup=confirm,
                    create_locales=args.create_locales,
                )
            else:
                if not args.file_format:
                    raise ConfigurationError("patterns need --format (e.g. --format yml)")
                base: dict[str, Any] = {"tags": args.tags}
                if args.locale_mapping:
                    base["locale_mapping"] = _pairs(args.locale_mapping, "--locale-mapping")
                options = build_options(UploadOptions, base, args.option, args.format_option)
                result = push(
                    client,
                    args.sources if len(args.sources) > 1 else args.sources[0],
                    file_format=args.file_format,
                    locale_id=args.locale_id,
                    options=options,
                    wait=args.wait,
                    poll=PollPolicy(timeout=args.timeout),
                    progress=display,
                    branch=branch,
                    tag=args.tag,
                    cleanup=cleanup,
                    cleanup_tag=args.cleanup_tag,
                    cleanup_prefix=args.cleanup_prefix,
                    confirm_cleanup=confirm,
                )
        finally:
            if display is not None:
                display.close()
    if args.wait or cleanup:
        print(f"Pushed {len(result.files)} file(s): {describe_summary(result.counts)}.")
    else:
        print(f"Uploaded {len(result.files)} file(s); the API processes them in the background (--wait waits).")
    for done in result.cleanups:
        where = f"project {done.plan.project_id}" + (f", branch {done.plan.branch}" if done.plan.branch else "")
        if done.deleted:
            print(f"Deleting {len(done.plan.keys)} key(s) not mentioned in the uploads ({where}).")
        else:
            print(f"Kept {len(done.plan.keys)} unmentioned key(s) ({where}).")
    return 0


def _ask_cleanup(plan: CleanupPlan) -> bool:
    """Show what a cleanup would delete and ask (only reached on a terminal, without --yes)."""
    where = f"project {plan.project_id}" + (f", branch {plan.branch}" if plan.branch else "")
    scope = " and ".join(
        part
        for part in (f"tag {plan.tag}" if plan.tag else "", f"prefix {plan.key_prefix}" if plan.key_prefix else "")
        if part
    )
    print(f"{len(plan.keys)} key(s) of {where}{f' ({scope})' if scope else ''} are in none of the uploaded files:")
    for name in plan.keys[:20]:
        print(f"  {name}")
    if len(plan.keys) > 20:
        print(f"  … and {len(plan.keys) - 20} more")
    if not plan.keys:
        return True
    return input("Delete them? [y/N] ").strip().lower() in ("y", "yes")
