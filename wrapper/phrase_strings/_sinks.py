"""Where `phrase_strings._files` puts downloaded bytes, and the validators saved beside a file.

Targets are atomic files (`AtomicFile`) or a caller's file object (`ObjectSink`); the ETag and
Last-Modified of a download are kept in a hidden sidecar file next to it.

Downloads are read as they arrive with ``client.http.stream`` (see `phrase_strings._transport.STREAM`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from pathlib import Path
from typing import IO

import httpx

SIDECAR_SUFFIX = ".phrase-etag"
_HASH_BLOCK = 1024 * 1024


# --- where bytes go ----------------------------------------------------------------------------


class AtomicFile:
    """A temporary file beside ``target``; `commit` renames it over the target, `discard` removes it."""

    def __init__(self, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        self.target = target
        self.temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        # 0o666 through the umask: the file gets the permissions a plain open() would give it.
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        self.file = os.fdopen(os.open(self.temp, flags, 0o666), "wb")
        self.sha256 = hashlib.sha256()

    def write(self, chunk: bytes) -> None:
        """Append a chunk."""
        self.file.write(chunk)
        self.sha256.update(chunk)

    def commit(self) -> None:
        """Flush to disk and put the file in place of the target (keeping the target's mode)."""
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        with contextlib.suppress(FileNotFoundError):
            os.chmod(self.temp, self.target.stat().st_mode & 0o7777)
        os.replace(self.temp, self.target)

    def discard(self) -> None:
        """Remove the temporary file; the target is untouched."""
        self.file.close()
        self.temp.unlink(missing_ok=True)


class ObjectSink:
    """Writes into a caller's binary file object; nothing to commit or undo."""

    def __init__(self, file: IO[bytes]) -> None:
        self.file = file
        self.sha256 = hashlib.sha256()

    def write(self, chunk: bytes) -> None:
        """Append a chunk."""
        self.file.write(chunk)
        self.sha256.update(chunk)

    def commit(self) -> None:
        """Nothing to do: the bytes are already the caller's."""

    def discard(self) -> None:
        """Nothing to undo: what was written stays in the caller's object."""


# --- validators saved beside a downloaded file -------------------------------------------------


def sidecar(path: Path) -> Path:
    """The hidden file keeping ``path``'s validators: ``.<name>.phrase-etag`` in the same folder."""
    return path.with_name(f".{path.name}{SIDECAR_SUFFIX}")


def file_sha256(path: Path) -> str | None:
    """SHA-256 of a file's content, or None if it cannot be read."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(_HASH_BLOCK), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def saved_validators(path: Path, url: httpx.URL) -> dict[str, str]:
    """``If-None-Match``/``If-Modified-Since`` for ``path`` if it was downloaded from ``url`` and not changed since."""
    try:
        saved = json.loads(sidecar(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(saved, dict) or saved.get("url") != str(url) or saved.get("sha256") != file_sha256(path):
        return {}
    headers = {}
    if isinstance(saved.get("etag"), str):
        headers["If-None-Match"] = saved["etag"]
    if isinstance(saved.get("last_modified"), str):
        headers["If-Modified-Since"] = saved["last_modified"]
    return headers


def save_validators(path: Path, url: httpx.URL, response: httpx.Response, sha256: str) -> None:
    """Remember the answer's ``ETag``/``Last-Modified`` for ``path`` (or forget them if it sent none)."""
    etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
    target = sidecar(path)
    if not etag and not modified:
        target.unlink(missing_ok=True)
        return
    temp = target.with_name(f"{target.name}.{secrets.token_hex(4)}.part")
    temp.write_text(
        json.dumps({"url": str(url), "etag": etag, "last_modified": modified, "sha256": sha256}), encoding="utf-8"
    )
    os.replace(temp, target)
