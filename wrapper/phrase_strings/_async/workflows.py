"""The push and pull workflows, written once: the awaitable `apull`/`apush`, generated into blocking `pull`/`push`.

Planning, results and path patterns are shared, without I/O, in `phrase_strings._workflows`; here are only
the calls to the API and the files, and the jobs run side by side within the client's concurrency limit.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from phrase_strings_api.models.create_branch_body import CreateBranchBody
from phrase_strings_api.models.locale import Locale

from .. import _compat
from .._config import PhraseConfig
from .._errors import APIStatusError, ConfigurationError, NotFoundError
from .._files import DownloadOptions, DownloadResult, PollPolicy, UploadOptions, _Deadline, _opt, _project
from .._io import arun_all
from .._workflows import (
    _BRANCH_READY,
    _DELETE_CHUNK,
    BranchFailedError,
    Cleanup,
    CleanupPlan,
    ConfirmCleanup,
    Progress,
    PullResult,
    PushedFile,
    PushResult,
    Sources,
    _batch_body,
    _batch_failed,
    _batches,
    _branch_state,
    _check_paths,
    _check_pull,
    _chunks,
    _config_sources,
    _config_targets,
    _config_upload,
    _download_options,
    _formats,
    _in_scope,
    _label,
    _locale_body,
    _needs_lookup,
    _no_locales,
    _outcome,
    _pattern_format,
    _pattern_options,
    _pattern_uploads,
    _pattern_without_tag,
    _pull_plan,
    _push_plan,
    _refuse_with_config,
    _reporter,
    _resolve,
    _select,
    _targets_with_projects,
    _unmentioned_query,
    _Upload,
    describe_summary,
)

if TYPE_CHECKING:
    from .._client import AsyncPhrase

__all__ = ["apull", "apush"]


async def _aensure_branch(client: AsyncPhrase, project: str, name: str, poll: PollPolicy | None) -> None:
    """Create the branch when the project lacks it, then wait until the API reports it ready."""
    try:
        branch = await client.branches.show(project, name)
    except NotFoundError:
        branch = await client.branches.create(project, body=CreateBranchBody(name=name))
    policy = poll or PollPolicy()
    deadline = _Deadline(policy, f"branch {name}")
    while (state := _branch_state(branch)) != _BRANCH_READY:
        if state == "error":
            raise BranchFailedError(project, name)
        await policy.async_sleep(deadline.next_wait(branch))
        branch = await client.branches.show(project, name)


async def apull(
    client: AsyncPhrase,
    pattern: str | os.PathLike[str] | PhraseConfig,
    *,
    file_format: str | None = None,
    project_id: str | None = None,
    locales: Iterable[str] | None = None,
    branch: str | None = None,
    tags: str | Sequence[str] | None = None,
    options: DownloadOptions | None = None,
    skip_unchanged: bool = False,
    queued: bool = False,
    poll: PollPolicy | None = None,
    progress: Progress | None = None,
) -> PullResult:
    """Download every locale of the project (or those named in ``locales``: codes, names or IDs).

    Each goes to ``pattern`` with its placeholders filled (folders are created; files replaced
    atomically). ``branch`` and ``tags`` narrow what is exported; ``options`` gives every other
    download option (``file_format``, ``branch`` and ``tags`` given here take precedence).
    ``skip_unchanged`` leaves files alone that the API reports unchanged since the last pull;
    ``queued`` uses the API's asynchronous export (for very large locales), waiting for each as
    ``poll`` says (default `PollPolicy`: up to 300 s).

    With a `PhraseConfig` instead of a pattern, every ``pull.targets`` entry is downloaded as
    ``phrase pull`` does (``branch`` replaces the targets' branch; ``project_id`` is the default
    for targets without one); ``file_format``, ``locales``, ``tags`` and ``options`` come from it.
    """
    _check_pull(skip_unchanged, queued)
    if isinstance(pattern, PhraseConfig):
        _refuse_with_config(file_format=file_format, locales=locales, tags=tags, options=options)
        _config_targets(pattern)
        cache: dict[tuple[str, str | None], list[Locale]] = {}
        plan: list[tuple[str, _compat.PullFile]] = []
        for target, project, use in _targets_with_projects(pattern, project_id, client, branch):
            if (project, use) not in cache:
                try:
                    cache[project, use] = [loc async for loc in client.locales.list_all(project, branch=_opt(use))]
                except NotFoundError:
                    raise _no_locales(project, use) from None
            if not cache[project, use]:
                raise _no_locales(project, use)
            found = _compat.plan_target(target, cache[project, use], pattern.locale_mapping, branch)
            plan += [(project, item) for item in found]
        _check_paths([item for _, item in plan])
        steps = [(project, item.locale, item.path, item.options) for project, item in plan]
    else:
        project = _project(client, project_id)
        opts = _download_options(options, file_format, branch, tags)
        template = _pattern_without_tag(pattern)
        listed = [loc async for loc in client.locales.list_all(project, branch=_opt(opts.branch))]
        steps = [(project, loc, path, opts) for loc, path in _pull_plan(template, _select(listed, locales))]
    report = progress or Progress()
    report.start("pull", len(steps))

    async def one(step: tuple[str, Locale, Path, DownloadOptions]) -> DownloadResult:
        project, locale, path, opts = step
        label = _label(locale)
        result = await client.locales.download_to(
            str(locale.id),
            path,
            opts,
            project_id=project,
            skip_unchanged=skip_unchanged,
            queued=queued,
            poll=poll,
            progress=_reporter(report, label),
        )
        report.finish(label, _outcome(result))
        return result

    return PullResult(await arun_all(one, steps, client.rate_limiter.max_concurrency))


async def apush(
    client: AsyncPhrase,
    sources: Sources | PhraseConfig,
    *,
    file_format: str | None = None,
    project_id: str | None = None,
    locale_id: str | None = None,
    options: UploadOptions | None = None,
    wait: bool = True,
    poll: PollPolicy | None = None,
    progress: Progress | None = None,
    branch: str | None = None,
    tag: str | None = None,
    cleanup: bool | None = None,
    cleanup_tag: str | None = None,
    cleanup_prefix: str | None = None,
    confirm_cleanup: ConfirmCleanup | None = None,
    create_locales: bool = False,
) -> PushResult:
    """Upload files for their locales and (by default) wait until the API has processed them.

    ``sources`` is a pattern such as ``"locales/<locale_code>.yml"`` (the placeholder gives each
    file's locale; codes are looked up in the project), a list of patterns or paths, or a mapping
    ``{path: locale}`` (ID, name or code). Paths without a placeholder use ``locale_id``.
    Returns the uploads with their summed summary counts; raises `UploadFailed` if one fails.

    With a `PhraseConfig`, every ``push.sources`` entry is uploaded as ``phrase push`` does (file
    format, locale and options from the config), and the uploads of each project and branch are
    grouped into one upload batch.

    ``branch`` uploads to that branch, creating it (and waiting until it is ready) when the project
    lacks it; ``tag`` adds a tag to every uploaded key. ``create_locales`` creates locales that
    exist as files but not in the project. ``cleanup`` (default: the config's
    ``delete_unmentioned_keys``) deletes the keys none of the uploads mention, once they are
    processed: ``confirm_cleanup`` sees each `CleanupPlan` first and may refuse (it is a plain
    function with either client); ``cleanup_tag`` and ``cleanup_prefix`` limit the deletion to keys
    with that tag or name prefix.
    """
    config = sources if isinstance(sources, PhraseConfig) else None
    delete = bool(cleanup if cleanup is not None else config is not None and config.delete_unmentioned_keys)
    if (cleanup_tag or cleanup_prefix) and not delete:
        raise ConfigurationError("cleanup_tag and cleanup_prefix narrow a cleanup: they need cleanup=True")
    if isinstance(sources, PhraseConfig):
        config = sources  # narrowed for the type checker
        _refuse_with_config(file_format=file_format, locale_id=locale_id, options=options)
        _config_sources(config)
        files = [item for source in config.sources for item in _compat.find_files(source, config.locale_mapping)]
        projects = [_project(client, item.source.project_id or project_id) for item in files]
        if branch:
            for project in dict.fromkeys(projects):
                await _aensure_branch(client, project, branch, poll)
        cache: dict[tuple[str, str | None], list[Locale]] = {}
        formats: dict[str, bool] | None = None
        steps = []
        for item, project in zip(files, projects, strict=True):
            use = branch or item.source.params.get("branch") or item.source.branch
            if (project, use) not in cache:
                cache[project, use] = [loc async for loc in client.locales.list_all(project, branch=_opt(use))]
            remote = _compat.match_locale(item, cache[project, use])
            new = _compat.new_locale(item) if remote is None and create_locales else None
            if new is not None:
                formats = formats if formats is not None else _formats(await client.formats.list())
                if not formats.get(str(item.source.format), False):
                    created = await client.locales.create(project, body=_locale_body(new, use))
                    remote = Locale.from_dict(created.to_dict())
                    cache[project, use].append(remote)
            steps.append(_config_upload(item, project, remote, branch, tag))
    else:
        fmt = _pattern_format(file_format, create_locales)
        project = _project(client, project_id)
        opts = _pattern_options(options, branch)
        if branch:
            await _aensure_branch(client, project, branch, poll)
        plan = _push_plan(sources, locale_id)
        locales = None
        if _needs_lookup(plan):
            locales = [loc async for loc in client.locales.list_all(project, branch=_opt(opts.branch))]
        steps = _pattern_uploads(_resolve(plan, locales), project, fmt, opts, tag)
    report = progress or Progress()
    report.start("push", len(steps))
    must_wait = wait or delete

    async def one(step: _Upload) -> PushedFile:
        upload = await client.uploads.upload(
            step.path,
            locale_id=step.locale_id,
            file_format=step.file_format,
            project_id=step.project_id,
            options=step.options,
        )
        size = step.path.stat().st_size
        report.update(str(step.path), size, size)
        if must_wait:
            upload = await client.uploads.wait(
                upload, project_id=step.project_id, branch=step.options.branch, poll=poll
            )
        pushed = PushedFile(step.path, step.locale_id, upload, step.project_id)
        report.finish(str(step.path), describe_summary(pushed.summary) if must_wait else "uploaded")
        return pushed

    pushed = await arun_all(one, steps, client.rate_limiter.max_concurrency)
    cleanups = []
    if config is not None or delete:
        for (project, use), ids in _batches(steps, pushed).items():
            plan_ = None
            if delete:
                query = _unmentioned_query(ids, cleanup_tag)
                found = [k async for k in client.keys.list_all(project, q=query, branch=_opt(use))]
                keys = {str(k.id): str(k.name) for k in found if k.name and _in_scope([str(k.name)], cleanup_prefix)}
                plan_ = CleanupPlan(project, use, ids, list(keys.values()), cleanup_tag, cleanup_prefix)
                if confirm_cleanup is not None and not confirm_cleanup(plan_):
                    cleanups.append(Cleanup(plan_, deleted=False))
                    continue
            scoped = plan_ is not None and plan_.scoped
            try:
                await client.upload_batches.create(project, body=_batch_body(ids, use, delete and not scoped))
            except APIStatusError as error:
                _batch_failed(error, deleting=delete and not scoped)
            if plan_ is not None:
                if scoped:
                    for chunk in _chunks(list(keys), _DELETE_CHUNK):
                        await client.keys.delete_many(project, q=f"ids:{','.join(chunk)}", branch=_opt(use))
                cleanups.append(Cleanup(plan_, deleted=True))
    return PushResult(pushed, cleanups)
