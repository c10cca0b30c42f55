"""``phrase-strings config check`` and ``phrase-strings init``: a phrase-cli config, checked or started.

    phrase-strings config check            # what push and pull would do; only GET requests
    phrase-strings config check --offline  # the file and the local files only, nothing sent
    phrase-strings init --project-id P --format yml

``config check`` exits 1 when it finds a problem (a key phrase-cli would refuse, a pattern that
matches no file, a file format the API does not know, a file whose locale the project lacks).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from phrase_strings_api.models.locale import Locale

from .. import _compat
from .._client import Phrase
from .._config import CONFIG_NAMES, PhraseConfig, load_config, parse_config
from .._errors import ConfigurationError, NotFoundError, PhraseError
from .._files import _opt
from .._redact import mask
from .files import client_for

__all__ = ["register", "run_check", "run_init", "starter_config"]

_STARTER_PATHS = {
    "yml": "./config/locales/<locale_code>.yml",
    "xml": "./app/src/main/res/values-<locale_code>/strings.xml",
    "strings": "./<locale_name>.lproj/Localizable.strings",
    "i18next": "./public/locales/<locale_code>/translation.json",
    "json": "./locales/<locale_code>.json",
    "xlf": "./locales/<locale_code>.xlf",
    "po": "./locales/<locale_code>.po",
    "properties": "./src/main/resources/messages_<locale_code>.properties",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``config check`` and ``init``."""
    config_cmd = commands.add_parser("config", help="work with the .phrase.yml config")
    actions = config_cmd.add_subparsers(dest="action", required=True)
    check = actions.add_parser("check", help="validate the config and show what push and pull would do")
    check.add_argument("--config", help="config file (default: PHRASEAPP_CONFIG, .phrase.yml, .phraseapp.yml, ~)")
    check.add_argument("--offline", action="store_true", help="send nothing: check the file and local files only")
    check.add_argument("-b", "--branch", help="check against this branch")
    check.add_argument("-t", "--access_token", "--access-token", dest="access_token", help="access token")
    check.add_argument("--host", help="API base URL")
    check.set_defaults(run=run_check)

    init = commands.add_parser("init", help="write a starter .phrase.yml")
    init.add_argument("--project-id", default="YOUR_PROJECT_ID", help="the project's ID (Project settings > API)")
    init.add_argument("--format", dest="file_format", default="yml", help="file format (default: %(default)s)")
    init.add_argument("--file", help="path pattern of the locale files (default: a usual one for the format)")
    init.add_argument("--config", default=CONFIG_NAMES[0], help="file to write (default: %(default)s)")
    init.add_argument("--force", action="store_true", help="replace an existing file")
    init.set_defaults(run=run_init)


# --- init --------------------------------------------------------------------------------------


def starter_config(project_id: str, file_format: str, file: str | None) -> str:
    """The text of a starter config; checked by parsing it before it is written."""
    pattern = file or _STARTER_PATHS.get(file_format, f"./locales/<locale_code>.{file_format}")
    text = f"""\
# phrase-cli config, read by `phrase push`/`phrase pull` and by `phrase-strings push`/`pull`.
# The token stays out of this file: set PHRASE_ACCESS_TOKEN in your shell or CI secrets.
phrase:
  project_id: "{project_id}"
  file_format: {file_format}
  push:
    sources:
      - file: {pattern}
        params:
          update_translations: false
  pull:
    targets:
      - file: {pattern}
"""
    parse_config(text)
    return text


def run_init(args: argparse.Namespace) -> int:
    """Write the starter config, unless a file is there already (``--force`` replaces it)."""
    if "*" in (args.file or ""):
        raise ConfigurationError("--file is used for pull too, where * cannot be used: name files with placeholders")
    target = Path(args.config)
    text = starter_config(args.project_id, args.file_format, args.file)
    if target.exists() and not args.force:
        raise ConfigurationError(f"{target} exists already; --force replaces it")
    try:
        target.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise ConfigurationError(f"cannot write {target}: {exc.strerror or exc}") from None
    print(f"Wrote {target}. Next: set PHRASE_ACCESS_TOKEN, then `phrase-strings config check`.")
    return 0


# --- check -------------------------------------------------------------------------------------


class _Report:
    def __init__(self) -> None:
        self.problems = 0

    def line(self, text: str) -> None:
        print(text)

    def problem(self, text: str) -> None:
        self.problems += 1
        print(f"    problem: {text}")


def run_check(args: argparse.Namespace) -> int:
    """Print what push and pull would do with the config; 1 when a problem was found."""
    config = load_config(args.config)
    report = _Report()
    if config.path is None:
        raise ConfigurationError("no config file found (`phrase-strings init` writes one)")
    report.line(f"Config: {config.path} (root {config.root}:)")
    if args.offline:
        _check_push(config, None, args.branch, report)
        _check_pull(config, None, args.branch, report)
    else:
        with client_for(config, args.access_token, args.host) as client:
            source = client.settings.credential_source
            unused = config.access_token and source != str(config.path) and source != "argument"
            note = f" (the file's token {mask(config.access_token)} is not used)" if unused else ""
            report.line(f"Credentials: {source}{note}")
            report.line(f"API: {client.settings.base_url}")
            _check_push(config, client, args.branch, report)
            _check_pull(config, client, args.branch, report)
    verdict = "no problems" if not report.problems else f"{report.problems} problem(s)"
    report.line(f"Checked: {verdict}. Nothing was changed.")
    return 1 if report.problems else 0


def _remote(
    client: Phrase | None, cache: dict[tuple[str, str | None], list[Locale] | None], project: str, branch: str | None
) -> list[Locale] | None:
    if client is None:
        return None
    if (project, branch) not in cache:
        try:
            cache[project, branch] = list(client.locales.list_all(project, branch=_opt(branch)))
        except NotFoundError:
            cache[project, branch] = None
    return cache[project, branch]


def _formats(client: Phrase | None) -> set[str] | None:
    return None if client is None else {str(f.api_name) for f in client.formats.list()}


def _check_push(config: PhraseConfig, client: Phrase | None, branch: str | None, report: _Report) -> None:
    cleanup = ", deletes unmentioned keys (needs --yes off a terminal)" if config.delete_unmentioned_keys else ""
    report.line(f"Push: {len(config.sources)} source(s){cleanup}")
    formats = _formats(client) if config.sources else None
    cache: dict[tuple[str, str | None], list[Locale] | None] = {}
    for source in config.sources:
        project = source.project_id or (client.project_id if client else None)
        report.line(f"  {source.file}  ({source.format or '?'}, project {project or '?'})")
        try:
            _compat.check_source(source)
            files = _compat.find_files(source, config.locale_mapping)
        except PhraseError as error:
            report.problem(str(error))
            continue
        if formats is not None and source.format not in formats:
            report.problem(f"file format {source.format!r} is not one the API knows")
        if project is None:
            report.problem("no project_id (set it on the source or under phrase:)")
            continue
        use = branch or source.params.get("branch") or source.branch
        locales = _remote(client, cache, project, use)
        if client is not None and locales is None:
            report.problem(f"branch {use!r} does not exist in project {project} (push --branch creates it)")
            continue
        for item in files:
            _describe_upload(item, locales, report)


def _describe_upload(item: _compat.LocalFile, locales: list[Locale] | None, report: _Report) -> None:
    found = " ".join(f"{k}={v}" for k, v in (("code", item.code), ("name", item.name), ("tag", item.tag)) if v)
    if locales is None:
        report.line(f"    {item.path}  {found or '(locale from params or the file)'}")
        return
    remote = _compat.match_locale(item, locales)
    locale_id = _compat.upload_locale(item, remote)
    if remote is not None:
        report.line(f"    {item.path} -> locale {remote.name} ({locale_id})")
    elif item.source.params.get("locale_id"):
        report.line(f"    {item.path} -> locale_id {locale_id}")
    elif item.code or item.name:
        report.problem(f"{item.path}: the project has no locale {found} (push --create-locales creates it)")
    else:
        report.line(f"    {item.path} -> locales named inside the file")


def _check_pull(config: PhraseConfig, client: Phrase | None, branch: str | None, report: _Report) -> None:
    report.line(f"Pull: {len(config.targets)} target(s)")
    cache: dict[tuple[str, str | None], list[Locale] | None] = {}
    for target in config.targets:
        project = target.project_id or (client.project_id if client else None)
        report.line(f"  {target.file}  ({target.format or '?'}, project {project or '?'})")
        try:
            _compat.check_target(target)
        except PhraseError as error:
            report.problem(str(error))
            continue
        if client is None or project is None:
            if project is None:
                report.problem("no project_id (set it on the target or under phrase:)")
            continue
        use = branch or target.params.get("branch")
        locales = _remote(client, cache, project, use)
        if not locales:
            report.problem(f"project {project} has no locales{f' on branch {use}' if use else ''}")
            continue
        try:
            plan = _compat.plan_target(target, locales, config.locale_mapping, branch)
        except PhraseError as error:
            report.problem(str(error))
            continue
        for item in plan:
            report.line(f"    {item.locale.name} ({item.locale.id}){_tag(item.tag)} -> {item.path}")


def _tag(tag: str | None) -> str:
    return f" tag {tag}" if tag else ""
