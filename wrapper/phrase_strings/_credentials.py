"""Where credentials come from, in order: arguments, environment, .phrase.yml files.

Each setting is taken from the first source that has it:

1. arguments to `Phrase(...)` / `AsyncPhrase(...)`
2. environment: ``PHRASE_ACCESS_TOKEN`` (then phrase-cli's ``PHRASEAPP_ACCESS_TOKEN``),
   ``PHRASE_PLATFORM_TOKEN``, ``PHRASE_HOST`` (a base URL), ``PHRASE_DATA_CENTER`` (``eu`` or ``us``),
   ``PHRASE_PROJECT_ID``
3. the config file phrase-cli would read: ``PHRASEAPP_CONFIG``, else ``.phrase.yml`` (then
   ``.phraseapp.yml``) in the working directory or the nearest parent that has one
4. ``~/.phrase.yml`` (or ``~/.phraseapp.yml``)

The files are phrase-cli's, read in full by `phrase_strings._config` (``phrase:`` or the legacy
``phraseapp:`` root; ``access_token``, ``project_id`` and ``host`` are used here).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

import attrs

from ._redact import mask

CONFIG_NAME = ".phrase.yml"
ENCODING = "utf-8-sig"  # UTF-8, skipping the byte-order mark some Windows editors put first
ENV = {
    "access_token": "PHRASE_ACCESS_TOKEN",
    "platform_token": "PHRASE_PLATFORM_TOKEN",
    "host": "PHRASE_HOST",
    "data_center": "PHRASE_DATA_CENTER",
    "project_id": "PHRASE_PROJECT_ID",
}
LEGACY_TOKEN_ENV = "PHRASEAPP_ACCESS_TOKEN"  # noqa: S105 - a variable's name; phrase-cli's older one
FILE_KEYS = ("access_token", "project_id", "host")
CREDENTIAL_KEYS = ("access_token", "platform_token")


@attrs.frozen
class Credentials:
    """Settings found by `discover`, each with the place it came from."""

    access_token: str | None = attrs.field(default=None, repr=False)
    platform_token: str | None = attrs.field(default=None, repr=False)
    host: str | None = None
    data_center: str | None = None
    project_id: str | None = None
    sources: Mapping[str, str] = attrs.field(factory=dict)

    def __repr__(self) -> str:
        secrets = f"access_token={mask(self.access_token)}" if self.access_token else ""
        if self.platform_token:
            secrets = f"platform_token={mask(self.platform_token)}"
        return (
            f"Credentials({secrets}, host={self.host!r}, data_center={self.data_center!r}, "
            f"project_id={self.project_id!r}, sources={dict(self.sources)!r})"
        )


def config_files(
    cwd: Path | None = None, home: Path | None = None, environ: Mapping[str, str] | None = None
) -> list[Path]:
    """The config files consulted, first one first: the one phrase-cli would read, then the home one.

    phrase-cli's lookup is `phrase_strings._config.find_config` (``PHRASEAPP_CONFIG``, ``.phrase.yml``
    then ``.phraseapp.yml`` from cwd upwards, then the home folder); the home file also fills in
    settings the first one lacks.
    """
    from . import _config  # brings in PyYAML: only when a file is looked for

    first = _config.find_config(environ=environ, cwd=cwd, home=home)
    found = [first] if first is not None else []
    home = (home or Path.home()).resolve()
    for name in _config.CONFIG_NAMES:
        candidate = home / name
        if candidate.is_file() and all(candidate.resolve() != f.resolve() for f in found):
            found.append(candidate)
            break
    return found


def discover(
    explicit: Mapping[str, str | None] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    home: Path | None = None,
) -> Credentials:
    """Merge the sources above; say where each setting came from (never what it is)."""
    environ = os.environ if environ is None else environ
    values: dict[str, str] = {}
    sources: dict[str, str] = {}

    def offer(key: str, value: str | None, source: str) -> None:
        # One credential wins: the first one found, the access token when a source has both.
        if key in CREDENTIAL_KEYS and any(k in values for k in CREDENTIAL_KEYS):
            return
        if value and key not in values:
            values[key] = value
            sources[key] = source

    explicit = explicit or {}
    for key in (*CREDENTIAL_KEYS, *(k for k in explicit if k not in CREDENTIAL_KEYS)):
        offer(key, explicit.get(key), "argument")
    for key, var in ENV.items():
        offer(key, environ.get(var), f"environment variable {var}")
    offer("access_token", environ.get(LEGACY_TOKEN_ENV), f"environment variable {LEGACY_TOKEN_ENV}")
    for path in config_files(cwd, home, environ):
        for key, value in read_config_file(path).items():
            offer(key, value, str(path))
    return Credentials(**values, sources=sources)


def searched_places(cwd: Path | None = None, home: Path | None = None) -> list[str]:
    """Human-readable list of everywhere `discover` looks, for error messages."""
    from ._config import CONFIG_NAMES

    cwd = (cwd or Path.cwd()).resolve()
    return [
        "environment variable PHRASE_ACCESS_TOKEN",
        "environment variable PHRASE_PLATFORM_TOKEN",
        "environment variable PHRASEAPP_CONFIG (a config file)",
        *(f"{name} in {cwd} or a parent folder (key phrase.access_token)" for name in CONFIG_NAMES),
        *(f"{(home or Path.home()).resolve() / name} (key phrase.access_token)" for name in CONFIG_NAMES),
    ]


_LINE = re.compile(r"^(?P<indent>\s*)(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")


def read_config_file(path: Path) -> dict[str, str]:
    """``access_token``, ``project_id`` and ``host`` of a phrase-cli config file (``phrase:`` or ``phraseapp:``)."""
    from . import _config

    config = _config.read_config(path)
    values = {key: getattr(config, key) for key in FILE_KEYS}
    return {key: value for key, value in values.items() if value}


def _token_line(lines: list[str]) -> tuple[int | None, int | None, str]:
    """Index of the ``phrase:`` line, of its own ``access_token:`` line, and the block's indent."""
    start = next((i for i, line in enumerate(lines) if re.match(r"^phrase\s*:\s*(#.*)?$", line)), None)
    if start is None:
        return None, None, "  "
    indent = None
    for i in range(start + 1, len(lines)):
        match = _LINE.match(lines[i])
        if not lines[i].strip() or lines[i].lstrip().startswith("#") or not match:
            continue
        if not match["indent"]:
            break
        indent = indent or match["indent"]
        if match["indent"] == indent and match["key"] == "access_token":
            return start, i, indent
    return start, None, indent or "  "


def write_access_token(path: Path, token: str) -> None:
    """Set ``phrase.access_token`` in a config file, creating it; the file is made owner-only (0600)."""
    lines = path.read_text(encoding=ENCODING).splitlines() if path.exists() else []
    start, at, indent = _token_line(lines)
    entry = f'{indent}access_token: "{token}"'
    if start is None:
        lines = ["phrase:", entry, *lines]
    elif at is None:
        lines.insert(start + 1, entry)
    else:
        lines[at] = entry
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    os.chmod(path, 0o600)


def remove_access_token(path: Path) -> None:
    """Delete ``phrase.access_token`` from a config file, keeping everything else."""
    lines = path.read_text(encoding=ENCODING).splitlines()
    _, at, _ = _token_line(lines)
    if at is not None:
        del lines[at]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
