"""The shared, I/O-free half of `push` and `pull`: path patterns, plans, results and `Progress`.

The workflows themselves, which call the API and touch files, are written once as `apull`/`apush` in
`phrase_strings._async.workflows`; their blocking twins `pull`/`push` are generated into
`phrase_strings._sync.workflows`. Both build their plans and results from this module.

Path patterns name each locale's file with ``<locale_code>``, ``<locale_name>`` or ``<locale_id>``;
``*`` and ``**`` may be used in push patterns to find files.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
from phrase_strings_api.models.branch import Branch
from phrase_strings_api.models.create_locale_body import CreateLocaleBody
from phrase_strings_api.models.create_upload_batch_body import CreateUploadBatchBody
from phrase_strings_api.models.locale import Locale
from phrase_strings_api.models.upload import Upload
from phrase_strings_api.types import Unset

from . import _compat
from ._client import AsyncPhrase, Phrase
from ._compat import clean_pattern
from ._config import PhraseConfig
from ._errors import APIStatusError, ConfigurationError, PhraseError
from ._files import (
    DownloadOptions,
    DownloadResult,
    ProgressCallback,
    UploadOptions,
    _opt,
    _project,
)
from ._log import logger

__all__ = [
    "PLACEHOLDERS",
    "BranchFailedError",
    "Cleanup",
    "CleanupPlan",
    "ConfirmCleanup",
    "PathPattern",
    "Progress",
    "PullResult",
    "PushResult",
    "PushedFile",
    "Sources",
    "describe_summary",
]

PLACEHOLDERS = ("locale_code", "locale_name", "locale_id", "tag")
"""The placeholders a path pattern may use: ``<locale_code>``, ``<locale_name>``, ``<locale_id>``, ``<tag>``."""
_PLACEHOLDER = re.compile(r"<([^<>/\\]*)>")
_WILDCARDS = {"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}
_SUMMARY_NAMES = {
    "translation_keys_created": "keys created",
    "translation_keys_updated": "keys updated",
    "translations_created": "translations created",
    "translations_updated": "translations updated",
}


class Progress:
    """What `pull` and `push` report as they go; override the methods you need.

    With a sync client the calls come from worker threads: keep them quick and thread-safe.
    """

    def start(self, action: str, items: int) -> None:
        """The job (``"pull"`` or ``"push"``) begins with this many files."""

    def update(self, item: str, done: int, total: int | None) -> None:
        """Bytes of ``item`` transferred so far (``total`` None when not known)."""

    def finish(self, item: str, outcome: str) -> None:
        """``item`` is done; ``outcome`` says how, in a few words."""


# --- path patterns -----------------------------------------------------------------------------


def _check_value(value: object, placeholder: str, locale: str) -> str:
    """A placeholder's value, refused when it could leave the folder the pattern names."""
    if not isinstance(value, str) or not value:
        raise ConfigurationError(f"locale {locale} has no {placeholder.removeprefix('locale_')} for <{placeholder}>")
    if value in (".", "..") or any(c in value for c in "/\\\0"):
        raise ConfigurationError(f"locale {locale}: {placeholder} {value!r} cannot be used in a file path")
    return value


def _tidy(text: str) -> str:
    """``./locales/x.yml`` as ``locales/x.yml`` (phrase-cli configs write the ``./``); other types pass."""
    return clean_pattern(text) if isinstance(text, str) else text


@attrs.frozen
class PathPattern:
    """A file path with locale placeholders, e.g. ``locales/<locale_code>.yml``."""

    text: str = attrs.field(converter=_tidy)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.text, str) or not self.text.strip():
            raise ConfigurationError("a path pattern is needed, e.g. 'locales/<locale_code>.yml'")
        unknown = sorted(set(self.placeholders) - set(PLACEHOLDERS))
        if unknown:
            known = ", ".join(f"<{p}>" for p in PLACEHOLDERS)
            raise ConfigurationError(f"unknown placeholder <{unknown[0]}> in {self.text!r}; known: {known}")

    @property
    def placeholders(self) -> list[str]:
        """The placeholders used, in order."""
        return _PLACEHOLDER.findall(self.text)

    def fill(self, locale: Locale, tag: str | None = None) -> Path:
        """The path for one locale (its values checked so the path stays where the pattern says)."""
        label = _label(locale)
        values = {
            "locale_code": locale.code,
            "locale_name": locale.name,
            "locale_id": locale.id,
            "tag": tag,
        }
        return Path(
            _PLACEHOLDER.sub(lambda m: _check_value(values[m.group(1)], m.group(1), label), self.text)
        ).expanduser()

    def find(self) -> list[tuple[Path, dict[str, str]]]:
        """Files on disk matching the pattern (``*``, ``**`` and ``?`` allowed), with the placeholders' values."""
        wildcard = _PLACEHOLDER.sub("*", glob.escape(self.text).replace("[*]", "*").replace("[?]", "?"))
        matcher = re.compile(self._regex())
        found = []
        # Hidden files match * as in Go's filepath.Glob, which phrase-cli uses.
        for name in sorted(glob.glob(os.path.expanduser(wildcard), recursive=True, include_hidden=True)):
            match = matcher.fullmatch(Path(name).as_posix())
            if match and Path(name).is_file():
                found.append((Path(name), {k: v for k, v in match.groupdict().items()}))
        return found

    def _regex(self) -> str:
        parts = []
        seen: set[str] = set()
        for piece in re.split(r"(<[^<>/\\]*>|\*\*/|\*\*|\*|\?)", os.path.expanduser(self.text)):
            if piece.startswith("<") and piece.endswith(">"):
                name = piece[1:-1]
                parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>[^/]+)")
                seen.add(name)
            else:
                parts.append(_WILDCARDS.get(piece) or re.escape(piece))
        return "".join(parts)


def _label(locale: Locale) -> str:
    for value in (locale.code, locale.name, locale.id):
        if isinstance(value, str) and value:
            return value
    return "?"


# --- results -----------------------------------------------------------------------------------


@attrs.frozen
class PullResult:
    """The files a pull wrote (or found unchanged), one `DownloadResult` per locale."""

    files: list[DownloadResult]

    @property
    def downloaded(self) -> int:
        """Files written."""
        return sum(1 for f in self.files if f.changed)

    @property
    def unchanged(self) -> int:
        """Files skipped because the API said they had not changed."""
        return sum(1 for f in self.files if not f.changed)

    @property
    def bytes(self) -> int:
        """Bytes written in all."""
        return sum(f.size for f in self.files)


def _summary(upload: Upload) -> dict[str, int]:
    summary = upload.summary
    if summary is None or isinstance(summary, Unset):
        return {}
    return {k: v for k, v in summary.to_dict().items() if isinstance(v, int) and not isinstance(v, bool)}


@attrs.frozen
class PushedFile:
    """One uploaded file: where it came from, the locale it was uploaded for, and the final upload."""

    path: Path
    locale_id: str | None
    upload: Upload
    project_id: str | None = None

    @property
    def summary(self) -> dict[str, int]:
        """The upload's counts (``translation_keys_created``, ``translations_updated``, …)."""
        return _summary(self.upload)


@attrs.frozen
class PushResult:
    """The files a push uploaded, with the counts of their summaries added up.

    ``cleanups`` has one entry per project and branch when unmentioned keys were to be deleted.
    """

    files: list[PushedFile]
    cleanups: list[Cleanup] = attrs.field(factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """Every summary count summed over the files (empty for uploads not waited for)."""
        total: dict[str, int] = {}
        for pushed in self.files:
            for key, value in pushed.summary.items():
                total[key] = total.get(key, 0) + value
        return total

    @property
    def keys_created(self) -> int:
        """Translation keys created."""
        return self.counts.get("translation_keys_created", 0)

    @property
    def keys_updated(self) -> int:
        """Translation keys updated."""
        return self.counts.get("translation_keys_updated", 0)

    @property
    def translations_created(self) -> int:
        """Translations created."""
        return self.counts.get("translations_created", 0)

    @property
    def translations_updated(self) -> int:
        """Translations updated."""
        return self.counts.get("translations_updated", 0)


class BranchFailedError(PhraseError):
    """The API reported an error while creating a branch (``state: error``)."""

    def __init__(self, project_id: str, name: str) -> None:
        self.project_id = project_id
        self.name = name
        super().__init__(f"branch {name!r} of project {project_id} could not be created (state: error)")


@attrs.frozen
class CleanupPlan:
    """Keys a push would delete: those its uploads to one project and branch did not mention.

    ``keys`` are their names, found with the search ``unmentioned_in_upload:<upload IDs>`` and,
    when scoped, only those with ``tag`` or whose names start with ``key_prefix``.
    """

    project_id: str
    branch: str | None
    upload_ids: list[str]
    keys: list[str]
    tag: str | None = None
    key_prefix: str | None = None

    @property
    def scoped(self) -> bool:
        """Whether a tag or prefix narrows the deletion (then keys are deleted by ID, not by the batch)."""
        return bool(self.tag or self.key_prefix)


@attrs.frozen
class Cleanup:
    """What became of one `CleanupPlan`: ``deleted`` False when the confirmation said no."""

    plan: CleanupPlan
    deleted: bool


def describe_summary(counts: Mapping[str, int]) -> str:
    """``"3 keys created, 5 translations updated"`` (the four main counts that are not 0)."""
    parts = [f"{counts[key]} {words}" for key, words in _SUMMARY_NAMES.items() if counts.get(key)]
    return ", ".join(parts) or "no changes"


# --- planning ----------------------------------------------------------------------------------


def _download_options(
    options: DownloadOptions | None, file_format: str | None, branch: str | None, tags: str | Sequence[str] | None
) -> DownloadOptions:
    if options is None:
        if file_format is None:
            raise ConfigurationError("pull needs file_format=… (e.g. 'yml') or options=DownloadOptions(…)")
        options = DownloadOptions(file_format=file_format)
    return attrs.evolve(
        options,
        file_format=options.file_format if file_format is None else file_format,
        branch=options.branch if branch is None else branch,
        tags=options.tags if tags is None else tags,
    )


def _select(locales: list[Locale], wanted: Iterable[str] | None) -> list[Locale]:
    if wanted is None:
        return locales
    wanted = list(wanted)
    chosen, missing = [], []
    for key in wanted:
        hit = next((loc for loc in locales if key in (loc.code, loc.name, loc.id)), None)
        if hit is None:
            missing.append(key)
        elif hit not in chosen:
            chosen.append(hit)
    if missing:
        known = ", ".join(sorted(_label(loc) for loc in locales)) or "none"
        raise ConfigurationError(f"no locale {', '.join(map(repr, missing))} in the project (it has: {known})")
    return chosen


def _pull_plan(pattern: PathPattern, locales: list[Locale]) -> list[tuple[Locale, Path]]:
    if len(locales) > 1 and not pattern.placeholders:
        raise ConfigurationError(
            f"{len(locales)} locales would all be written to {pattern.text!r}: add <locale_code> (or "
            "<locale_name>, <locale_id>) to the pattern, or choose one locale"
        )
    plan = [(locale, pattern.fill(locale)) for locale in locales]
    seen: dict[Path, str] = {}
    for locale, path in plan:
        if path in seen:
            raise ConfigurationError(f"locales {seen[path]} and {_label(locale)} would both be written to {path}")
        seen[path] = _label(locale)
    return plan


def _check_pull(skip_unchanged: bool, queued: bool) -> None:
    if skip_unchanged and queued:
        raise ConfigurationError("skip_unchanged works with direct downloads only, not with queued=True")


Sources = str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | Mapping[str | os.PathLike[str], str]
"""What `push` uploads: a path or pattern, several of them, or a mapping of path to locale."""


@attrs.frozen
class _Planned:
    path: Path
    locale: str  # as given: an ID, a name, or (kind "code") a code to look up
    kind: str  # "id_or_name", "code" or "any"
    tag: str | None = None  # from <tag> in the path


def _push_plan(sources: Sources, locale_id: str | None) -> list[_Planned]:
    if isinstance(sources, Mapping):
        plan = [_Planned(Path(p), str(loc), "any") for p, loc in sources.items()]
        for item in plan:
            if not item.path.is_file():
                raise ConfigurationError(f"nothing to push: {item.path} is not a file")
        return plan
    items = [sources] if isinstance(sources, str | os.PathLike) else list(sources)
    if not items:
        raise ConfigurationError("nothing to push: no files given")
    plan = []
    for source in items:
        pattern = PathPattern(os.fspath(source))
        found = pattern.find()
        if not found:
            raise ConfigurationError(f"nothing to push: no file matches {pattern.text!r}")
        for path, values in found:
            tag = values.get("tag")
            if "locale_id" in values:
                plan.append(_Planned(path, values["locale_id"], "id_or_name", tag))
            elif "locale_name" in values:
                plan.append(_Planned(path, values["locale_name"], "id_or_name", tag))
            elif "locale_code" in values:
                plan.append(_Planned(path, values["locale_code"], "code", tag))
            elif locale_id:
                plan.append(_Planned(path, locale_id, "id_or_name", tag))
            else:
                raise ConfigurationError(
                    f"{pattern.text!r} has no <locale_code>, <locale_name> or <locale_id>: pass locale_id=… for it"
                )
    return plan


def _needs_lookup(plan: list[_Planned]) -> bool:
    return any(item.kind != "id_or_name" for item in plan)


def _resolve(plan: list[_Planned], locales: list[Locale] | None) -> list[tuple[_Planned, str]]:
    """(file, locale ID or name) for each file; codes are looked up among the project's locales."""
    resolved = []
    for item in plan:
        if item.kind == "id_or_name" or locales is None:
            resolved.append((item, item.locale))
            continue
        fields = ("code",) if item.kind == "code" else ("id", "name", "code")
        hit = next((loc for loc in locales if any(getattr(loc, f) == item.locale for f in fields)), None)
        if hit is None or not isinstance(hit.id, str):
            known = ", ".join(sorted(_label(loc) for loc in locales)) or "none"
            raise ConfigurationError(f"{item.path}: no locale {item.locale!r} in the project (it has: {known})")
        resolved.append((item, hit.id))
    return resolved


@attrs.frozen
class _Upload:
    """One upload to make: the file, where it goes, and everything sent with it."""

    path: Path
    project_id: str
    file_format: str
    locale_id: str | None
    options: UploadOptions


def _pattern_uploads(
    resolved: list[tuple[_Planned, str]], project: str, file_format: str, opts: UploadOptions, tag: str | None
) -> list[_Upload]:
    steps = []
    for item, locale in resolved:
        tags = ",".join(t for t in (opts.tags if isinstance(opts.tags, str) else None, item.tag, tag) if t)
        steps.append(_Upload(item.path, project, file_format, locale, attrs.evolve(opts, tags=tags or None)))
    return steps


def _pattern_options(options: UploadOptions | None, branch: str | None) -> UploadOptions:
    opts = options or UploadOptions()
    return attrs.evolve(opts, branch=branch) if branch else opts


def _pattern_format(file_format: str | None, create_locales: bool) -> str:
    """The file format of a push without a config (needed); create_locales is for configs only."""
    if file_format is None:
        raise ConfigurationError("push needs file_format=… (e.g. 'yml'), or a PhraseConfig")
    if create_locales:
        raise ConfigurationError("create_locales works with a PhraseConfig's sources, not with patterns")
    return file_format


def _refuse_with_config(**given: object) -> None:
    named = [name for name, value in given.items() if value is not None]
    if named:
        raise ConfigurationError(f"{', '.join(named)} cannot be given with a PhraseConfig: the config sets them")


def _batches(steps: Sequence[_Upload], pushed: Sequence[PushedFile]) -> dict[tuple[str, str | None], list[str]]:
    """Upload IDs per project and branch, in upload order (phrase-cli makes one batch of each)."""
    groups: dict[tuple[str, str | None], list[str]] = {}
    for step, done in zip(steps, pushed, strict=True):
        groups.setdefault((step.project_id, step.options.branch), []).append(str(done.upload.id))
    return groups


def _unmentioned_query(upload_ids: Sequence[str], tag: str | None) -> str:
    query = f"unmentioned_in_upload:{','.join(upload_ids)}"
    return f"{query} tags:{tag}" if tag else query


def _in_scope(names: Iterable[str], prefix: str | None) -> list[str]:
    return [name for name in names if not prefix or name.startswith(prefix)]


_DELETE_CHUNK = 100  # IDs per DELETE …/keys?q=ids:… (the API asks for about 1,000 keys a call at most)
_BRANCH_READY = "success"


def _outcome(result: DownloadResult) -> str:
    return f"{_size(result.size)} written to {result.path}" if result.changed else f"unchanged: {result.path}"


def _size(count: int) -> str:
    size = float(count)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{count} B"


def _reporter(progress: Progress, item: str) -> ProgressCallback:
    def report(done: int, total: int | None) -> None:
        progress.update(item, done, total)

    return report


# --- checks and bodies for pull and push ------------------------------------------------------

ConfirmCleanup = Callable[[CleanupPlan], bool]
"""Asked before keys are deleted; False keeps them (and skips that upload batch, as phrase-cli does)."""


def _targets_with_projects(
    config: PhraseConfig, project_id: str | None, client: Phrase | AsyncPhrase, branch: str | None
) -> list[tuple[Any, str, str | None]]:
    """(target, project, branch) for each pull target, projects filled in."""
    return [
        (target, _project(client, target.project_id or project_id), branch or target.params.get("branch"))
        for target in config.targets
    ]


def _check_paths(plan: Sequence[_compat.PullFile]) -> None:
    seen: dict[Path, str] = {}
    for item in plan:
        label = f"{_label(item.locale)}{f' (tag {item.tag})' if item.tag else ''}"
        if item.path in seen:
            raise ConfigurationError(f"{seen[item.path]} and {label} would both be written to {item.path}")
        seen[item.path] = label


def _no_locales(project: str, branch: str | None) -> ConfigurationError:
    if branch:
        return ConfigurationError(f"branch {branch!r} does not exist in project {project} (or it has no locales)")
    return ConfigurationError(f"project {project} has no locales")


def _config_targets(config: PhraseConfig) -> None:
    if not config.targets:
        where = f" in {config.path}" if config.path else ""
        raise ConfigurationError(f"no pull targets{where}: add phrase.pull.targets (each with a file)")
    for target in config.targets:
        _compat.check_target(target)


def _config_sources(config: PhraseConfig) -> None:
    if not config.sources:
        where = f" in {config.path}" if config.path else ""
        raise ConfigurationError(f"no push sources{where}: add phrase.push.sources (each with a file)")
    for source in config.sources:
        _compat.check_source(source)


def _pattern_without_tag(pattern: str | os.PathLike[str]) -> PathPattern:
    template = PathPattern(os.fspath(pattern))
    if "tag" in template.placeholders:
        raise ConfigurationError("<tag> in a pull path needs a config target with params.tags (see PhraseConfig)")
    return template


def _config_upload(
    item: _compat.LocalFile, project: str, remote: Locale | None, branch: str | None, tag: str | None
) -> _Upload:
    return _Upload(
        item.path,
        project,
        str(item.source.format),
        _compat.upload_locale(item, remote),
        _compat.upload_options(item, branch, tag),
    )


def _formats(listed: Iterable[Any]) -> dict[str, bool]:
    """File format name -> whether its files name their locales (then no locale is created for them)."""
    return {str(f.api_name): f.includes_locale_information is True for f in listed}


def _locale_body(new: tuple[str, str], branch: str | None) -> CreateLocaleBody:
    return CreateLocaleBody(name=new[0], code=new[1], branch=_opt(branch))


def _batch_body(ids: list[str], branch: str | None, delete: bool) -> CreateUploadBatchBody:
    return CreateUploadBatchBody(upload_ids=ids, branch=_opt(branch), delete_unmentioned_keys=delete)


def _batch_failed(error: APIStatusError, *, deleting: bool) -> None:
    """A batch that deletes keys must succeed; one that only groups the uploads may fail, as in phrase-cli."""
    if deleting:
        raise error
    logger.warning("the uploads were not grouped in an upload batch: %s", error)


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _branch_state(branch: Branch) -> str:
    return branch.state.lower() if isinstance(branch.state, str) else _BRANCH_READY
