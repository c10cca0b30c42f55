"""What apps and CI jobs do every day: `pull` a project's locales into files, `push` files back.

    from phrase_strings import Phrase
    from phrase_strings.workflows import pull, push

    with Phrase() as client:                                  # token and project from env/.phrase.yml
        push(client, "locales/<locale_code>.yml", file_format="yml")        # waits, then reports
        pull(client, "locales/<locale_code>.yml", file_format="yml")        # every locale, in parallel

Path patterns name each locale's file with ``<locale_code>``, ``<locale_name>`` or ``<locale_id>``;
``*`` and ``**`` may be used in push patterns to find files. Downloads and uploads run in parallel
within the client's concurrency limit (``max_concurrency``, default 4); the first failure stops
the rest and is raised. `apull` and `apush` are the awaitable versions.
"""

from __future__ import annotations

import glob
import os
import re
import threading
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any, TypeVar

import anyio
import attrs
from phrase_strings_api.models.locale import Locale
from phrase_strings_api.models.upload import Upload
from phrase_strings_api.types import Unset

from ._client import AsyncPhrase, Phrase
from ._errors import ConfigurationError
from ._files import (
    DownloadOptions,
    DownloadResult,
    PollPolicy,
    ProgressCallback,
    UploadOptions,
    _opt,
    _project,
    adownload_locale,
    adownload_locale_queued,
    apoll_upload,
    aupload_file,
    download_locale,
    download_locale_queued,
    poll_upload,
    upload_file,
)

__all__ = [
    "PLACEHOLDERS",
    "PathPattern",
    "Progress",
    "PullResult",
    "PushResult",
    "PushedFile",
    "apull",
    "apush",
    "pull",
    "push",
]

PLACEHOLDERS = ("locale_code", "locale_name", "locale_id")
"""The placeholders a path pattern may use: ``<locale_code>``, ``<locale_name>``, ``<locale_id>``."""
_PLACEHOLDER = re.compile(r"<([^<>/\\]*)>")
_WILDCARDS = {"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}
_SUMMARY_NAMES = {
    "translation_keys_created": "keys created",
    "translation_keys_updated": "keys updated",
    "translations_created": "translations created",
    "translations_updated": "translations updated",
}
T = TypeVar("T")
R = TypeVar("R")


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
        raise ConfigurationError(f"locale {locale} has no {placeholder[7:]} to put in <{placeholder}>")
    if value in (".", "..") or any(c in value for c in "/\\\0"):
        raise ConfigurationError(f"locale {locale}: {placeholder} {value!r} cannot be used in a file path")
    return value


@attrs.frozen
class PathPattern:
    """A file path with locale placeholders, e.g. ``locales/<locale_code>.yml``."""

    text: str

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

    def fill(self, locale: Locale) -> Path:
        """The path for one locale (its values checked so the path stays where the pattern says)."""
        label = _label(locale)
        values = {
            "locale_code": locale.code,
            "locale_name": locale.name,
            "locale_id": locale.id,
        }
        return Path(
            _PLACEHOLDER.sub(lambda m: _check_value(values[m.group(1)], m.group(1), label), self.text)
        ).expanduser()

    def find(self) -> list[tuple[Path, dict[str, str]]]:
        """Files on disk matching the pattern (``*``, ``**`` and ``?`` allowed), with the placeholders' values."""
        wildcard = _PLACEHOLDER.sub("*", glob.escape(self.text).replace("[*]", "*").replace("[?]", "?"))
        matcher = re.compile(self._regex())
        found = []
        for name in sorted(glob.glob(os.path.expanduser(wildcard), recursive=True)):
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
    locale_id: str
    upload: Upload

    @property
    def summary(self) -> dict[str, int]:
        """The upload's counts (``translation_keys_created``, ``translations_updated``, …)."""
        return _summary(self.upload)


@attrs.frozen
class PushResult:
    """The files a push uploaded, with the counts of their summaries added up."""

    files: list[PushedFile]

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
            if "locale_id" in values:
                plan.append(_Planned(path, values["locale_id"], "id_or_name"))
            elif "locale_name" in values:
                plan.append(_Planned(path, values["locale_name"], "id_or_name"))
            elif "locale_code" in values:
                plan.append(_Planned(path, values["locale_code"], "code"))
            elif locale_id:
                plan.append(_Planned(path, locale_id, "id_or_name"))
            else:
                raise ConfigurationError(
                    f"{pattern.text!r} has no <locale_code>, <locale_name> or <locale_id>: pass locale_id=… for it"
                )
    return plan


def _needs_lookup(plan: list[_Planned]) -> bool:
    return any(item.kind != "id_or_name" for item in plan)


def _resolve(plan: list[_Planned], locales: list[Locale] | None) -> list[tuple[Path, str]]:
    """(path, locale ID or name) for each file; codes are looked up among the project's locales."""
    resolved = []
    for item in plan:
        if item.kind == "id_or_name" or locales is None:
            resolved.append((item.path, item.locale))
            continue
        fields = ("code",) if item.kind == "code" else ("id", "name", "code")
        hit = next((loc for loc in locales if any(getattr(loc, f) == item.locale for f in fields)), None)
        if hit is None or not isinstance(hit.id, str):
            known = ", ".join(sorted(_label(loc) for loc in locales)) or "none"
            raise ConfigurationError(f"{item.path}: no locale {item.locale!r} in the project (it has: {known})")
        resolved.append((item.path, hit.id))
    return resolved


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


# --- running in parallel -----------------------------------------------------------------------


class _Skipped(Exception):
    """A job not started because another one had failed."""


def _run_all(job: Callable[[T], R], items: Sequence[T], workers: int) -> list[R]:
    """``job`` over ``items`` on ``workers`` threads, results in order; the first failure stops the rest."""
    if not items:
        return []
    stop = threading.Event()

    def guarded(item: T) -> R:
        if stop.is_set():
            raise _Skipped
        try:
            return job(item)
        except BaseException:
            stop.set()
            raise

    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(items))), thread_name_prefix="phrase") as pool:
        futures: list[Future[R]] = [pool.submit(guarded, item) for item in items]
        try:
            wait(futures, return_when=FIRST_EXCEPTION)
        finally:
            if stop.is_set() or not all(f.done() for f in futures):
                stop.set()
                for future in futures:
                    future.cancel()
        for future in futures:
            error = None if future.cancelled() or not future.done() else future.exception()
            if error is not None and not isinstance(error, _Skipped):
                raise error
        return [future.result() for future in futures]


async def _arun_all(job: Callable[[T], Awaitable[R]], items: Sequence[T], workers: int) -> list[R]:
    """Async `_run_all`: at most ``workers`` at once; the first failure cancels the rest and is raised."""
    results: list[Any] = [None] * len(items)
    limiter = anyio.CapacityLimiter(max(1, workers))

    async def run(index: int, item: T) -> None:
        async with limiter:
            results[index] = await job(item)

    try:
        async with anyio.create_task_group() as group:
            for index, item in enumerate(items):
                group.start_soon(run, index, item)
    except BaseExceptionGroup as group_error:
        raise _first(group_error) from None
    return results


def _first(group: BaseExceptionGroup[BaseException]) -> BaseException:
    error: BaseException = group
    while isinstance(error, BaseExceptionGroup):
        error = error.exceptions[0]
    return error


# --- pull and push -----------------------------------------------------------------------------


def pull(
    client: Phrase,
    pattern: str | os.PathLike[str],
    *,
    file_format: str | None = None,
    project_id: str | None = None,
    locales: Iterable[str] | None = None,
    branch: str | None = None,
    tags: str | Sequence[str] | None = None,
    options: DownloadOptions | None = None,
    skip_unchanged: bool = False,
    queued: bool = False,
    progress: Progress | None = None,
) -> PullResult:
    """Download every locale of the project (or those named in ``locales``: codes, names or IDs).

    Each goes to ``pattern`` with its placeholders filled (folders are created; files replaced
    atomically). ``branch`` and ``tags`` narrow what is exported; ``options`` gives every other
    download option (``file_format``, ``branch`` and ``tags`` given here take precedence).
    ``skip_unchanged`` leaves files alone that the API reports unchanged since the last pull;
    ``queued`` uses the API's asynchronous export (for very large locales).
    """
    _check_pull(skip_unchanged, queued)
    project = _project(client, project_id)
    opts = _download_options(options, file_format, branch, tags)
    template = PathPattern(os.fspath(pattern))
    listed = list(client.locales.list_all(project, branch=_opt(opts.branch)))
    plan = _pull_plan(template, _select(listed, locales))
    report = progress or Progress()
    report.start("pull", len(plan))

    def one(step: tuple[Locale, Path]) -> DownloadResult:
        locale, path = step
        label = _label(locale)
        if queued:
            result = download_locale_queued(
                client, str(locale.id), path, opts, project_id=project, progress=_reporter(report, label)
            )
        else:
            result = download_locale(
                client,
                str(locale.id),
                path,
                opts,
                project_id=project,
                skip_unchanged=skip_unchanged,
                progress=_reporter(report, label),
            )
        report.finish(label, _outcome(result))
        return result

    return PullResult(_run_all(one, plan, client.rate_limiter.max_concurrency))


def push(
    client: Phrase,
    sources: Sources,
    *,
    file_format: str,
    project_id: str | None = None,
    locale_id: str | None = None,
    options: UploadOptions | None = None,
    wait: bool = True,
    poll: PollPolicy | None = None,
    progress: Progress | None = None,
) -> PushResult:
    """Upload files for their locales and (by default) wait until the API has processed them.

    ``sources`` is a pattern such as ``"locales/<locale_code>.yml"`` (the placeholder gives each
    file's locale; codes are looked up in the project), a list of patterns or paths, or a mapping
    ``{path: locale}`` (ID, name or code). Paths without a placeholder use ``locale_id``.
    Returns the uploads with their summed summary counts; raises `UploadFailed` if one fails.
    """
    project = _project(client, project_id)
    opts = options or UploadOptions()
    plan = _push_plan(sources, locale_id)
    locales = list(client.locales.list_all(project, branch=_opt(opts.branch))) if _needs_lookup(plan) else None
    steps = _resolve(plan, locales)
    report = progress or Progress()
    report.start("push", len(steps))

    def one(step: tuple[Path, str]) -> PushedFile:
        path, locale = step
        upload = upload_file(client, path, locale_id=locale, file_format=file_format, project_id=project, options=opts)
        report.update(str(path), path.stat().st_size, path.stat().st_size)
        if wait:
            upload = poll_upload(client, upload, project_id=project, branch=opts.branch, poll=poll)
        pushed = PushedFile(path, locale, upload)
        report.finish(str(path), describe_summary(pushed.summary) if wait else "uploaded")
        return pushed

    return PushResult(_run_all(one, steps, client.rate_limiter.max_concurrency))


async def apull(
    client: AsyncPhrase,
    pattern: str | os.PathLike[str],
    *,
    file_format: str | None = None,
    project_id: str | None = None,
    locales: Iterable[str] | None = None,
    branch: str | None = None,
    tags: str | Sequence[str] | None = None,
    options: DownloadOptions | None = None,
    skip_unchanged: bool = False,
    queued: bool = False,
    progress: Progress | None = None,
) -> PullResult:
    """Awaitable `pull`."""
    _check_pull(skip_unchanged, queued)
    project = _project(client, project_id)
    opts = _download_options(options, file_format, branch, tags)
    template = PathPattern(os.fspath(pattern))
    listed = [loc async for loc in client.locales.list_all(project, branch=_opt(opts.branch))]
    plan = _pull_plan(template, _select(listed, locales))
    report = progress or Progress()
    report.start("pull", len(plan))

    async def one(step: tuple[Locale, Path]) -> DownloadResult:
        locale, path = step
        label = _label(locale)
        if queued:
            result = await adownload_locale_queued(
                client, str(locale.id), path, opts, project_id=project, progress=_reporter(report, label)
            )
        else:
            result = await adownload_locale(
                client,
                str(locale.id),
                path,
                opts,
                project_id=project,
                skip_unchanged=skip_unchanged,
                progress=_reporter(report, label),
            )
        report.finish(label, _outcome(result))
        return result

    return PullResult(await _arun_all(one, plan, client.rate_limiter.max_concurrency))


async def apush(
    client: AsyncPhrase,
    sources: Sources,
    *,
    file_format: str,
    project_id: str | None = None,
    locale_id: str | None = None,
    options: UploadOptions | None = None,
    wait: bool = True,
    poll: PollPolicy | None = None,
    progress: Progress | None = None,
) -> PushResult:
    """Awaitable `push`."""
    project = _project(client, project_id)
    opts = options or UploadOptions()
    plan = _push_plan(sources, locale_id)
    locales = None
    if _needs_lookup(plan):
        locales = [loc async for loc in client.locales.list_all(project, branch=_opt(opts.branch))]
    steps = _resolve(plan, locales)
    report = progress or Progress()
    report.start("push", len(steps))

    async def one(step: tuple[Path, str]) -> PushedFile:
        path, locale = step
        upload = await aupload_file(
            client, path, locale_id=locale, file_format=file_format, project_id=project, options=opts
        )
        size = path.stat().st_size
        report.update(str(path), size, size)
        if wait:
            upload = await apoll_upload(client, upload, project_id=project, branch=opts.branch, poll=poll)
        pushed = PushedFile(path, locale, upload)
        report.finish(str(path), describe_summary(pushed.summary) if wait else "uploaded")
        return pushed

    return PushResult(await _arun_all(one, steps, client.rate_limiter.max_concurrency))
