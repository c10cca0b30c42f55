"""Where credentials come from, in order: arguments, environment, .phrase.yml files.

Each setting is taken from the first source that has it:

1. arguments to `Phrase(...)` / `AsyncPhrase(...)`
2. environment: ``PHRASE_ACCESS_TOKEN``, ``PHRASE_PLATFORM_TOKEN``, ``PHRASE_HOST`` (a base URL),
   ``PHRASE_DATA_CENTER`` (``eu`` or ``us``), ``PHRASE_PROJECT_ID``
3. ``.phrase.yml`` in the working directory or the nearest parent that has one
4. ``~/.phrase.yml``

The files use the keys of the official phrase-cli: ``phrase: {access_token, project_id, host}``.
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


def config_files(cwd: Path | None = None, home: Path | None = None) -> list[Path]:
    """The .phrase.yml files consulted, nearest first: one from cwd upwards, then the home one."""
    cwd = (cwd or Path.cwd()).resolve()
    home = (home or Path.home()).resolve()
    found = []
    for folder in (cwd, *cwd.parents):
        if (folder / CONFIG_NAME).is_file():
            found.append(folder / CONFIG_NAME)
            break
    if (home / CONFIG_NAME).is_file() and home / CONFIG_NAME not in found:
        found.append(home / CONFIG_NAME)
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
    for path in config_files(cwd, home):
        for key, value in read_config_file(path).items():
            offer(key, value, str(path))
    return Credentials(**values, sources=sources)


def searched_places(cwd: Path | None = None, home: Path | None = None) -> list[str]:
    """Human-readable list of everywhere `discover` looks, for error messages."""
    cwd = (cwd or Path.cwd()).resolve()
    return [
        "environment variable PHRASE_ACCESS_TOKEN",
        "environment variable PHRASE_PLATFORM_TOKEN",
        f"{CONFIG_NAME} in {cwd} or a parent folder (key phrase.access_token)",
        f"{(home or Path.home()).resolve() / CONFIG_NAME} (key phrase.access_token)",
    ]


_LINE = re.compile(r"^(?P<indent>\s*)(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")


def read_config_file(path: Path) -> dict[str, str]:
    """Read ``phrase: {access_token, project_id, host}`` from a phrase-cli config file.

    Only this small part of YAML is understood (a top-level ``phrase:`` mapping with scalar
    values, quoted or not, and comments); push/pull sections and anything else are skipped.
    """
    found: dict[str, str] = {}
    in_phrase = False
    phrase_indent: int | None = None
    for raw in path.read_text(encoding=ENCODING).splitlines():
        line = raw.split(" #", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        match = _LINE.match(line)
        if not match:
            continue
        indent = len(match["indent"])
        if indent == 0:
            in_phrase, phrase_indent = match["key"] == "phrase", None
            continue
        if not in_phrase:
            continue
        if phrase_indent is None:
            phrase_indent = indent
        if indent == phrase_indent and match["key"] in FILE_KEYS and match["value"]:
            found[match["key"]] = _unquote(match["value"])
    return found


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


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
