"""phrase-cli's configuration file (``.phrase.yml``), read in full with a real YAML parser.

The file has one root, ``phrase:`` (or the legacy ``phraseapp:``), holding the credentials and
defaults, ``push: {sources: [...]}`` and ``pull: {targets: [...]}``. Each source or target names a
``file`` pattern and may override ``project_id`` and ``file_format``; its ``params`` are the
options of the upload (``POST …/uploads``) or the download (``GET …/locales/{id}/download``).

Keys are checked as phrase-cli checks them: an unknown key, or a value of the wrong type, is a
`ConfigurationError` naming the file and the key, raised before anything is sent.

Lookup, as phrase-cli does it: an explicit path (``--config``), else ``PHRASEAPP_CONFIG`` (which
must exist), else ``.phrase.yml`` in the working folder or the nearest parent, else
``.phraseapp.yml`` the same way, else ``~/.phrase.yml``, else ``~/.phraseapp.yml``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import yaml

from ._errors import ConfigurationError
from ._redact import mask

__all__ = [
    "CONFIG_NAMES",
    "DOWNLOAD_PARAMS",
    "UPLOAD_PARAMS",
    "PhraseConfig",
    "PullTarget",
    "PushSource",
    "find_config",
    "load_config",
    "parse_config",
]

CONFIG_NAMES = (".phrase.yml", ".phraseapp.yml")
"""File names looked for, in this order (phrase-go's ``configNames``)."""
CONFIG_ENV = "PHRASEAPP_CONFIG"

# The kinds a value may have: "str", "bool", "map", "tags" (a string, or a list joined with commas),
# "list" (a list of strings, or a comma-separated string).
UPLOAD_PARAMS: Mapping[str, str] = {
    "file_format": "str",
    "locale_id": "str",
    "branch": "str",
    "tags": "tags",
    "update_translations": "bool",
    "update_custom_metadata": "bool",
    "update_translation_keys": "bool",
    "update_translations_on_source_match": "bool",
    "source_locale_id": "str",
    "update_descriptions": "bool",
    "convert_emoji": "bool",
    "skip_upload_tags": "bool",
    "skip_unverification": "bool",
    "file_encoding": "str",
    "locale_mapping": "map",
    "format_options": "map",
    "autotranslate": "bool",
    "verify_mentioned_translations": "bool",
    "mark_reviewed": "bool",
    "tag_only_affected_keys": "bool",
    "translation_key_prefix": "str",
    "skip_automated_job_creation": "bool",
}
"""``push.sources[].params`` keys: phrase-go's ``UploadCreateOpts`` plus ``locale_id`` and ``file_format``."""

DOWNLOAD_PARAMS: Mapping[str, str] = {
    "file_format": "str",
    "locale_id": "str",
    "branch": "str",
    "tags": "tags",
    "tag": "str",
    "include_empty_translations": "bool",
    "exclude_empty_zero_forms": "bool",
    "include_translated_keys": "bool",
    "keep_notranslate_tags": "bool",
    "convert_emoji": "bool",
    "format_options": "map",
    "encoding": "str",
    "skip_unverified_translations": "bool",
    "include_unverified_translations": "bool",
    "use_last_reviewed_version": "bool",
    "fallback_locale_id": "str",
    "use_locale_fallback": "bool",
    "fallback_for_unverified_translations": "bool",
    "source_locale_id": "str",
    "translation_key_prefix": "str",
    "filter_by_prefix": "bool",
    "custom_metadata_filters": "map",
    "locale_ids": "list",
    "updated_since": "str",
}
"""``pull.targets[].params`` keys: phrase-go's ``LocaleDownloadOpts`` (without headers) plus ``locale_id``."""

_ROOT_KEYS = {
    "access_token": "str",
    "host": "str",
    "debug": "bool",
    "page": "int",
    "per_page": "int",
    "project_id": "str",
    "file_format": "str",
    "push": "map",
    "pull": "map",
    "locale_mapping": "map",
    "defaults": "map",
}
_SOURCE_KEYS = {"file", "project_id", "branch", "access_token", "file_format", "params"}
_TARGET_KEYS = {"file", "project_id", "access_token", "file_format", "params"}
_KIND_WORDS = {
    "str": "a string (quote numbers)",
    "bool": "true or false",
    "int": "a whole number",
    "map": "a mapping",
    "tags": "a string of comma-separated tags, or a list",
    "list": "a list of strings",
}


def _format(params: Mapping[str, Any], file_format: str | None) -> str | None:
    value = params.get("file_format") or file_format
    return value if isinstance(value, str) else None


@attrs.frozen
class PushSource:
    """One entry of ``push.sources``: a file pattern and the upload's ``params`` (checked, typed)."""

    file: str
    project_id: str | None = None
    file_format: str | None = None
    branch: str | None = None
    params: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def format(self) -> str | None:
        """The file format used: ``params.file_format``, else the source's, else the file's default."""
        return _format(self.params, self.file_format)


@attrs.frozen
class PullTarget:
    """One entry of ``pull.targets``: where each locale's file goes and the download's ``params``."""

    file: str
    project_id: str | None = None
    file_format: str | None = None
    params: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def format(self) -> str | None:
        """The file format used: ``params.file_format``, else the target's, else the file's default."""
        return _format(self.params, self.file_format)


@attrs.frozen
class PhraseConfig:
    """A phrase-cli configuration: credentials, defaults, push sources and pull targets.

    Sources and targets already carry the file's ``project_id`` and ``file_format`` where they
    have none of their own. ``locale_mapping`` maps remote locale names to the names used in
    file paths (``<locale_name>``). ``path`` is the file it came from (None when built in code).
    """

    path: Path | None = None
    root: str = "phrase"
    access_token: str | None = attrs.field(default=None, repr=False)
    host: str | None = None
    project_id: str | None = None
    file_format: str | None = None
    locale_mapping: Mapping[str, str] = attrs.field(factory=dict)
    debug: bool = False
    page: int | None = None
    per_page: int | None = None
    defaults: Mapping[str, Any] = attrs.field(factory=dict)
    sources: Sequence[PushSource] = ()
    delete_unmentioned_keys: bool = False
    targets: Sequence[PullTarget] = ()

    def __repr__(self) -> str:
        token = f", access_token={mask(self.access_token)}" if self.access_token else ""
        return (
            f"PhraseConfig(path={str(self.path) if self.path else None!r}{token}, host={self.host!r}, "
            f"project_id={self.project_id!r}, file_format={self.file_format!r}, "
            f"sources={len(self.sources)}, targets={len(self.targets)})"
        )


# --- lookup -------------------------------------------------------------------------------------


def find_config(
    explicit: str | os.PathLike[str] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    home: Path | None = None,
) -> Path | None:
    """The config file phrase-cli would read, or None when there is none (see the module's docstring)."""
    environ = os.environ if environ is None else environ
    if explicit is not None and os.fspath(explicit):
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigurationError(f"config file {path} does not exist")
        return path
    if environ.get(CONFIG_ENV):
        path = Path(environ[CONFIG_ENV]).expanduser()
        if not path.is_file():
            raise ConfigurationError(f"config file {path} (from {CONFIG_ENV}) does not exist")
        return path
    start = (cwd or Path.cwd()).resolve()
    for name in CONFIG_NAMES:
        for folder in (start, *start.parents):
            if (folder / name).is_file():
                return folder / name
    home_dir = home or _home(environ)
    if home_dir is not None:
        for name in CONFIG_NAMES:
            if (home_dir / name).is_file():
                return home_dir / name
    return None


def _home(environ: Mapping[str, str]) -> Path | None:
    value = environ.get("HOME") or environ.get("USERPROFILE")
    return Path(value) if value else None


def load_config(
    path: str | os.PathLike[str] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    home: Path | None = None,
) -> PhraseConfig:
    """Find (see `find_config`) and read the config; an empty `PhraseConfig` when there is no file."""
    found = find_config(path, environ=environ, cwd=cwd, home=home)
    return PhraseConfig() if found is None else read_config(found)


def read_config(path: Path) -> PhraseConfig:
    """Read one config file (UTF-8, a byte-order mark allowed)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigurationError(f"cannot read config file {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigurationError(f"config file {path} is not UTF-8 text") from None
    return parse_config(text, path)


# --- parsing ------------------------------------------------------------------------------------


def parse_config(text: str, path: Path | None = None) -> PhraseConfig:
    """Check and convert a config's YAML text (``path`` names it in error messages)."""
    where = str(path) if path else "config"
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ConfigurationError(f"{where}: not valid YAML{line}: {problem}") from None
    if data is None:
        return PhraseConfig(path=path)
    if not isinstance(data, Mapping):
        raise ConfigurationError(f"{where}: the file must hold a mapping with a 'phrase' key")
    root = "phrase" if "phrase" in data else "phraseapp" if "phraseapp" in data else None
    if root is None:
        raise ConfigurationError(f"{where}: the 'phrase' key is missing")
    body = data[root]
    if body is None:
        return PhraseConfig(path=path, root=root)
    section = _mapping(body, root, where)
    for key, value in section.items():
        if key not in _ROOT_KEYS:
            raise ConfigurationError(f"{where}: unknown key {root}.{key}; known: {', '.join(sorted(_ROOT_KEYS))}")
        _check(value, _ROOT_KEYS[key], f"{root}.{key}", where)
    project_id = _stripped(section.get("project_id"))
    file_format = _stripped(section.get("file_format"))
    push = _mapping(section.get("push") or {}, f"{root}.push", where)
    pull = _mapping(section.get("pull") or {}, f"{root}.pull", where)
    _known(push, {"sources", "delete_unmentioned_keys"}, f"{root}.push", where)
    _known(pull, {"targets"}, f"{root}.pull", where)
    delete = push.get("delete_unmentioned_keys", False)
    _check(delete, "bool", f"{root}.push.delete_unmentioned_keys", where)
    sources = [
        _source(item, f"{root}.push.sources[{i}]", where, project_id, file_format)
        for i, item in enumerate(_list(push.get("sources"), f"{root}.push.sources", where))
        if item is not None
    ]
    targets = [
        _target(item, f"{root}.pull.targets[{i}]", where, project_id, file_format)
        for i, item in enumerate(_list(pull.get("targets"), f"{root}.pull.targets", where))
        if item is not None
    ]
    return PhraseConfig(
        path=path,
        root=root,
        access_token=_stripped(section.get("access_token")),
        host=_stripped(section.get("host")),
        project_id=project_id,
        file_format=file_format,
        locale_mapping=_string_map(section.get("locale_mapping") or {}, f"{root}.locale_mapping", where),
        debug=bool(section.get("debug", False)),
        page=section.get("page"),
        per_page=section.get("per_page"),
        defaults=dict(section.get("defaults") or {}),
        sources=tuple(sources),
        delete_unmentioned_keys=bool(delete),
        targets=tuple(targets),
    )


def _stripped(value: str | None) -> str | None:
    """Surrounding whitespace dropped: a ``|`` block scalar keeps a newline a token cannot have."""
    return value.strip() or None if value is not None else None


def _source(item: Any, name: str, where: str, project_id: str | None, file_format: str | None) -> PushSource:
    entry = _mapping(item, name, where)
    _known(entry, _SOURCE_KEYS, name, where)
    for key in ("file", "project_id", "branch", "access_token", "file_format"):
        _check(entry.get(key), "str", f"{name}.{key}", where)
    params = _params(entry.get("params"), UPLOAD_PARAMS, f"{name}.params", where)
    return PushSource(
        file=_file(entry, name, where),
        project_id=entry.get("project_id") or project_id,
        file_format=entry.get("file_format") or file_format,
        branch=entry.get("branch"),
        params=params,
    )


def _target(item: Any, name: str, where: str, project_id: str | None, file_format: str | None) -> PullTarget:
    entry = _mapping(item, name, where)
    _known(entry, _TARGET_KEYS, name, where)
    for key in ("file", "project_id", "access_token", "file_format"):
        _check(entry.get(key), "str", f"{name}.{key}", where)
    params = _params(entry.get("params"), DOWNLOAD_PARAMS, f"{name}.params", where)
    return PullTarget(
        file=_file(entry, name, where),
        project_id=entry.get("project_id") or project_id,
        file_format=entry.get("file_format") or file_format,
        params=params,
    )


def _file(entry: Mapping[str, Any], name: str, where: str) -> str:
    file = entry.get("file")
    if not isinstance(file, str) or not file.strip():
        raise ConfigurationError(f"{where}: {name}.file is needed (a path pattern such as ./locales/<locale_code>.yml)")
    return file


def _params(value: Any, known: Mapping[str, str], name: str, where: str) -> dict[str, Any]:
    if value is None:
        return {}
    params = _mapping(value, name, where)
    _known(params, set(known), name, where)
    checked: dict[str, Any] = {}
    for key, item in params.items():
        if item is None:
            continue
        kind = known[key]
        _check(item, kind, f"{name}.{key}", where)
        if kind == "tags" and not isinstance(item, str):
            item = ",".join(item)
        elif kind == "list" and isinstance(item, str):
            item = [part.strip() for part in item.split(",") if part.strip()]
        elif kind == "map":
            item = dict(item)
        checked[key] = item
    return checked


def _check(value: Any, kind: str, name: str, where: str) -> None:
    if value is None:
        return
    ok = {
        "str": isinstance(value, str),
        "bool": isinstance(value, bool),
        "int": isinstance(value, int) and not isinstance(value, bool),
        "map": isinstance(value, Mapping),
        "tags": isinstance(value, str) or _strings(value),
        "list": isinstance(value, str) or _strings(value),
    }[kind]
    if not ok:
        raise ConfigurationError(f"{where}: {name} must be {_KIND_WORDS[kind]}, not {_shown(name, value)}")


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _shown(name: str, value: Any) -> str:
    if "token" in name:
        return type(value).__name__
    return repr(value)


def _mapping(value: Any, name: str, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigurationError(f"{where}: {name} must be a mapping, not {type(value).__name__}")
    for key in value:
        if not isinstance(key, str):
            raise ConfigurationError(f"{where}: key {key!r} in {name} must be a string (quote it)")
    return value


def _list(value: Any, name: str, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ConfigurationError(f"{where}: {name} must be a list (entries start with '- ')")
    return value


def _known(entry: Mapping[str, Any], known: set[str], name: str, where: str) -> None:
    unknown = sorted(set(entry) - known)
    if unknown:
        raise ConfigurationError(f"{where}: unknown key {name}.{unknown[0]}; known: {', '.join(sorted(known))}")


def _string_map(value: Any, name: str, where: str) -> dict[str, str]:
    mapping = _mapping(value, name, where)
    result = {}
    for key, item in mapping.items():
        # phrase-go turns booleans and numbers into their text; anything else is an error.
        if isinstance(item, bool):
            item = "true" if item else "false"
        elif isinstance(item, int):
            item = str(item)
        if not isinstance(item, str):
            raise ConfigurationError(f"{where}: {name}.{key} must be a string, not {type(item).__name__}")
        result[key] = item
    return result
