"""What ``phrase push`` and ``phrase pull`` (phrase-cli) do with a config, as plans without I/O.

`phrase_strings.workflows` runs these plans against the API. Everything here follows phrase-cli's
source (cmd/internal/push.go, push_source.go, pull.go, pull_target.go, branches.go,
placeholders/placeholders.go, paths/glob.go); the function docstrings name the Go function whose
behaviour they reproduce. Differences are deliberate and listed in README ("Coming from phrase-cli").
"""

from __future__ import annotations

import os
import posixpath
import re
import shutil
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
from phrase_strings_api.models.locale import Locale

from ._config import PullTarget, PushSource
from ._errors import ConfigurationError
from ._files import DownloadOptions, UploadOptions
from ._log import logger

__all__: list[str] = []

_ANY_PLACEHOLDER = ("<locale_name>", "<locale_code>", "<tag>")
_LOCALE_PLACEHOLDER = re.compile(r"<(locale_name|locale_code)>")
CONFIG_FILE_NAME = ".phraseapp.yml"


def clean_pattern(text: str) -> str:
    """A pattern with ``./``, doubled slashes and backslashes tidied, as Go's ``filepath.Clean`` does."""
    cleaned = posixpath.normpath(text.replace("\\", "/"))
    return "" if cleaned == "." else cleaned


# --- preconditions ------------------------------------------------------------------------------


def check_source(source: PushSource) -> None:
    """Refuse a source pattern phrase-cli refuses (``Source.CheckPreconditions``, ``paths.Glob``)."""
    file = source.file
    twice = [name for name in _ANY_PLACEHOLDER if file.count(name) > 1]
    stars, globstars = file.count("*"), file.count("**")
    if stars - 2 * globstars > 1:
        twice.append("*")
    if globstars > 1:
        twice.append("**")
    if twice:
        raise ConfigurationError(f"push source {file!r}: {', '.join(twice)} can occur only once in a file pattern")
    cleaned = clean_pattern(file)
    if globstars and "/**/" not in f"/{cleaned}":  # paths.dirGlobOperatorUseValid
        raise ConfigurationError(f"push source {file!r}: ** must be a folder of its own, as in a/**/b.yml or **/b.yml")
    if source.format is None:
        raise ConfigurationError(f"push source {file!r} has no file_format (set it in params, the source or phrase:)")


def check_target(target: PullTarget) -> None:
    """Refuse a target phrase-cli refuses (``Target.CheckPreconditions``)."""
    file = target.file
    if "*" in file:
        raise ConfigurationError(f"pull target {file!r}: a pull path cannot contain *; name each file exactly")
    twice = [name for name in _ANY_PLACEHOLDER if file.count(name) > 1]
    if twice:
        raise ConfigurationError(f"pull target {file!r}: {', '.join(twice)} can occur only once")
    has_locale = bool(_LOCALE_PLACEHOLDER.search(file))
    if not target.params.get("locale_id") and not has_locale:
        raise ConfigurationError(
            f"pull target {file!r}: add <locale_code> or <locale_name> to the path, or params.locale_id"
        )
    if target.params.get("locale_id") and has_locale:
        raise ConfigurationError(f"pull target {file!r}: give params.locale_id or a locale placeholder, not both")
    if "<tag>" in file and not target_tags(target):
        raise ConfigurationError(f"pull target {file!r} uses <tag>: list the tags in params.tags")
    if target.format is None:
        raise ConfigurationError(f"pull target {file!r} has no file_format (set it in params, the target or phrase:)")


def target_tags(target: PullTarget) -> list[str]:
    """``params.tags`` (else ``params.tag``) split at commas, spaces removed (``Target.GetTags``)."""
    text = target.params.get("tags") or target.params.get("tag") or ""
    return [tag for tag in str(text).replace(" ", "").split(",") if tag]


# --- push ---------------------------------------------------------------------------------------


@attrs.frozen
class LocalFile:
    """A file found for a source, with what its path says: ``code``, ``name`` (mapped) and ``tag``."""

    source: PushSource
    path: Path
    code: str | None
    name: str | None
    tag: str | None


def reverse_mapping(mapping: Mapping[str, str]) -> dict[str, str]:
    """``locale_mapping`` (remote name -> local name) turned local -> remote (``reverseLocaleMapping``)."""
    reverse: dict[str, str] = {}
    for remote, local in mapping.items():
        if local in reverse:
            raise ConfigurationError(
                f"locale_mapping: both {reverse[local]!r} and {remote!r} map to the same local name {local!r}"
            )
        reverse[local] = remote
    return reverse


def find_files(source: PushSource, mapping: Mapping[str, str]) -> list[LocalFile]:
    """Files on disk for one source (``Source.LocaleFiles``); none at all is an error.

    Placeholders match one path segment each; ``*`` any part of a segment; ``**`` any folders.
    Files named like ``.phraseapp.yml`` are skipped, as phrase-cli skips them.
    """
    from ._workflows import PathPattern  # the one pattern matcher; imported late (it imports this module)

    pattern = PathPattern(source.file)  # it cleans the pattern itself
    reverse = reverse_mapping(mapping)
    found = []
    for path, values in pattern.find():
        if CONFIG_FILE_NAME in path.name:
            continue
        name = values.get("locale_name")
        found.append(
            LocalFile(
                source=source,
                path=path,
                code=values.get("locale_code"),
                name=reverse.get(name, name) if name else None,
                tag=values.get("tag"),
            )
        )
    if not found:
        raise ConfigurationError(
            f"nothing to push: no file on this system matches {str(Path(source.file).absolute())!r}"
        )
    return found


def match_locale(file: LocalFile, locales: Sequence[Locale]) -> Locale | None:
    """The project's locale for a file (``getRemoteLocaleForLocaleFile``).

    Narrowed by name when the path gave one, then by code when it gave one; a path with neither
    matches nothing. (phrase-cli's filter on ``params.locale_id`` never applies: its getter returns
    the value only when it is unset, so it is left out here too.)
    """
    if not file.name and not file.code:
        return None
    candidates = [
        loc for loc in locales if (not file.name or loc.name == file.name) and (not file.code or loc.code == file.code)
    ]
    return candidates[0] if candidates else None


def resolve_key_prefix(prefix: str | None, path: Path) -> str | None:
    """``<file_path>`` in ``translation_key_prefix`` becomes the file's path from the working folder."""
    if prefix is None or "<file_path>" not in prefix:
        return prefix
    return prefix.replace("<file_path>", os.path.relpath(path.absolute(), Path.cwd()), 1)


def upload_options(file: LocalFile, branch: str | None, tag: str | None) -> UploadOptions:
    """The upload's options from ``params`` (``Source.uploadFile``).

    Tags: the params' tags, then the path's ``<tag>``, then ``--tag``, joined with commas.
    ``--branch`` replaces ``params.branch``.
    """
    params = dict(file.source.params)
    params.pop("locale_id", None)
    params.pop("file_format", None)
    _drop_convert_emoji(params, file.source.file)
    tags = [t for t in (params.pop("tags", None), file.tag, tag) if t]
    if tags:
        params["tags"] = ",".join(tags)
    if branch:
        params["branch"] = branch
    params["translation_key_prefix"] = resolve_key_prefix(params.get("translation_key_prefix"), file.path)
    return UploadOptions(**params)


def upload_locale(file: LocalFile, remote: Locale | None) -> str | None:
    """The ``locale_id`` sent: ``params.locale_id``, else the matched locale's ID, else the path's code.

    With only a name from the path, the name goes (the API takes a locale's name there); phrase-cli
    would first create or look up a locale of that name, and send nothing when it could not.
    """
    given = file.source.params.get("locale_id")
    if given:
        return str(given)
    if remote is not None and isinstance(remote.id, str):
        return remote.id
    return file.code or file.name or None


def new_locale(file: LocalFile) -> tuple[str, str] | None:
    """(name, code) of the locale to create for a file without a remote one (``Source.createLocale``)."""
    if not file.name and not file.code:
        return None
    name = file.name or file.code or ""
    return name, file.code or name


def _drop_convert_emoji(params: dict[str, Any], file: str) -> None:
    """``convert_emoji`` is obsolete: the API refuses uploads that send it and ignores it in downloads."""
    if params.pop("convert_emoji", None) is not None:
        logger.warning("%s: params.convert_emoji is obsolete (emoji are handled natively) and is not sent", file)


# --- pull ---------------------------------------------------------------------------------------


@attrs.frozen
class PullFile:
    """One file a target writes: the locale, the tag (for ``<tag>``), the path and the options."""

    target: PullTarget
    locale: Locale
    tag: str | None
    path: Path
    options: DownloadOptions


def pull_locales(target: PullTarget, locales: Sequence[Locale]) -> list[Locale]:
    """The locales a target downloads (``Target.LocaleFiles``): the one ``params.locale_id`` names, or all."""
    wanted = target.params.get("locale_id")
    if not wanted:
        return list(locales)
    hit = next((loc for loc in locales if wanted in (loc.id, loc.name)), None)
    if hit is None:
        raise ConfigurationError(
            f"pull target {target.file!r}: locale_id {wanted!r} matches no locale of project {target.project_id!r}"
        )
    return [hit]


def pull_path(target: PullTarget, locale: Locale, tag: str | None, mapping: Mapping[str, str]) -> Path:
    """The file for one locale (``Target.ReplacePlaceholders``); ``locale_mapping`` renames ``<locale_name>``."""
    values = {"locale_name": mapping.get(str(locale.name), locale.name), "locale_code": locale.code, "tag": tag}
    text = clean_pattern(target.file)
    for key, value in values.items():
        if f"<{key}>" not in text:
            continue
        if not isinstance(value, str) or not value or value in (".", "..") or any(c in value for c in "/\\\0"):
            raise ConfigurationError(f"pull target {target.file!r}: {key} {value!r} cannot be used in a file path")
        text = text.replace(f"<{key}>", value)
    return Path(text).expanduser()


def download_options(target: PullTarget, tag: str | None, path: Path, branch: str | None) -> DownloadOptions:
    """The download's options from ``params`` (``Target.buildDownloadOpts``).

    The file format defaults to the target's; a ``<tag>`` file is downloaded with ``tags`` set to
    its one tag; ``--branch`` replaces ``params.branch``. The deprecated ``tag`` goes as ``tags`` and
    ``skip_unverified_translations: true`` as ``include_unverified_translations: false``.
    """
    params: dict[str, Any] = dict(target.params)
    params.pop("locale_id", None)
    params["file_format"] = params.get("file_format") or target.format
    _drop_convert_emoji(params, target.file)
    # Deprecated names the API no longer lists, sent as their replacements.
    legacy_tag = params.pop("tag", None)
    if legacy_tag and not params.get("tags"):
        params["tags"] = legacy_tag
    if params.pop("skip_unverified_translations", None) is True:
        params.setdefault("include_unverified_translations", False)
    if tag is not None:
        params["tags"] = tag
    if branch:
        params["branch"] = branch
    params["translation_key_prefix"] = resolve_key_prefix(params.get("translation_key_prefix"), path)
    return DownloadOptions(**params)


def plan_target(
    target: PullTarget, locales: Sequence[Locale], mapping: Mapping[str, str], branch: str | None
) -> list[PullFile]:
    """Every file one target writes: per locale, and per tag when the path has ``<tag>``.

    The target has passed `check_target` already (its callers check every target before planning any).
    """
    tags: Iterable[str | None] = target_tags(target) if "<tag>" in target.file else [None]
    plan = []
    for locale in pull_locales(target, locales):
        for tag in list(tags):
            path = pull_path(target, locale, tag, mapping)
            plan.append(PullFile(target, locale, tag, path, download_options(target, tag, path, branch)))
    return plan


# --- branches -----------------------------------------------------------------------------------


def use_local_branch_name(flag: bool, environ: Mapping[str, str] | None = None) -> bool:
    """``--use-local-branch-name`` or ``PHRASEAPP_USE_LOCAL_BRANCH_NAME=true`` (``useLocalBranchName``)."""
    environ = os.environ if environ is None else environ
    return flag or environ.get("PHRASEAPP_USE_LOCAL_BRANCH_NAME") == "true"


def local_branch_name(environ: Mapping[str, str] | None = None, cwd: Path | None = None) -> str | None:
    """The checked-out git (else Mercurial) branch (``usedBranchName``); git's ``master`` means no branch.

    ``PHRASEAPP_GIT_BINARY`` / ``PHRASEAPP_MERCURIAL_BINARY`` name the programs, as for phrase-cli.
    """
    environ = os.environ if environ is None else environ
    git = environ.get("PHRASEAPP_GIT_BINARY") or shutil.which("git")
    if git:
        name = _run([git, "rev-parse", "--abbrev-ref", "HEAD"], cwd)
        if name and name != "HEAD":
            return None if name == "master" else name
    hg = environ.get("PHRASEAPP_MERCURIAL_BINARY") or shutil.which("hg")
    if hg:
        name = _run([hg, "identify", "-b"], cwd)
        if name:
            return name
    raise ConfigurationError("--use-local-branch-name: no checked-out git or Mercurial branch found")


def _run(command: list[str], cwd: Path | None) -> str | None:
    try:
        # The program is git or hg, or what PHRASEAPP_*_BINARY names, as phrase-cli runs it.
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=30, check=False)  # noqa: S603
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None
