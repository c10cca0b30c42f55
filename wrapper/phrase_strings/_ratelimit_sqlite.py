"""The one-host store: an SQLite file that processes on one machine share (standard library only).

Each step is one ``BEGIN IMMEDIATE`` transaction, so it runs alone among all processes and the
in-process rules (`send_delay`) apply to the state as it is. The file holds nothing secret: the
account is a hash, the rest counts and times. It lives in the user's cache folder
(``$XDG_CACHE_HOME`` or ``~/.cache``, ``%LOCALAPPDATA%`` on Windows) unless the URL names one.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar
from urllib.parse import unquote, urlsplit

from . import RateLimit
from ._ratelimit_common import send_delay
from ._ratelimit_shared import SENDING, SLOTS, LimiterStore, StoreUnavailable

__all__ = ["SQLiteStore", "default_path"]

T = TypeVar("T")
BUSY_TIMEOUT = 5.0
"""Seconds a step waits for another process's transaction before the store counts as failed."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS holders (
    account TEXT NOT NULL, kind TEXT NOT NULL, token TEXT NOT NULL, expires REAL NOT NULL,
    PRIMARY KEY (account, kind, token)
);
CREATE TABLE IF NOT EXISTS windows (
    account TEXT PRIMARY KEY, lim INTEGER, remaining INTEGER, reset REAL,
    paused REAL NOT NULL DEFAULT 0, next_send REAL NOT NULL DEFAULT 0
);
"""


def default_path() -> Path:
    """``phrase-strings/ratelimit.sqlite3`` in the user's cache folder."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"])
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "phrase-strings" / "ratelimit.sqlite3"


class SQLiteStore(LimiterStore):
    """`LimiterStore` in an SQLite file: ``sqlite://`` (default path) or ``sqlite:///absolute/path``."""

    def __init__(self, url: str, account: str) -> None:
        path = unquote(urlsplit(url).path)
        self.path = Path(path) if path not in ("", "/") else default_path()
        self.url = url
        self._account = account
        self._lock = threading.Lock()  # one connection per store, used by one thread at a time
        self._db: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
        # Switching to WAL takes an exclusive lock and SQLite does not wait for it (no busy handler):
        # processes that open a new file together get "database is locked" at once. Try again.
        deadline = time.monotonic() + BUSY_TIMEOUT
        while True:
            try:
                db.execute("PRAGMA journal_mode=WAL")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    db.close()
                    raise
                time.sleep(0.005)
        # The state is worth a few seconds: no need to wait for the disk.
        db.execute("PRAGMA synchronous=OFF")
        db.executescript(_SCHEMA)
        return db

    def _step(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn`` in one write transaction; any database failure becomes `StoreUnavailable`."""
        with self._lock:
            try:
                if self._db is None:
                    self._db = self._connect()
                db = self._db
                db.execute("BEGIN IMMEDIATE")
                try:
                    result = fn(db)
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")
                return result
            except (sqlite3.Error, OSError) as exc:
                raise StoreUnavailable(f"{type(exc).__name__}: {exc} ({self.path})") from exc

    def _expire(self, db: sqlite3.Connection, kind: str, now: float) -> int:
        """Drop run-out holders of ``kind``; how many are left."""
        db.execute("DELETE FROM holders WHERE account = ? AND kind = ? AND expires <= ?", (self._account, kind, now))
        row = db.execute("SELECT count(*) FROM holders WHERE account = ? AND kind = ?", (self._account, kind))
        return int(row.fetchone()[0])

    def _hold(self, db: sqlite3.Connection, kind: str, token: str, until: float) -> None:
        db.execute(
            "INSERT OR REPLACE INTO holders (account, kind, token, expires) VALUES (?, ?, ?, ?)",
            (self._account, kind, token, until),
        )

    def _window(self, db: sqlite3.Connection) -> tuple[int | None, int | None, float | None, float, float]:
        row = db.execute(
            "SELECT lim, remaining, reset, paused, next_send FROM windows WHERE account = ?", (self._account,)
        ).fetchone()
        return (None, None, None, 0.0, 0.0) if row is None else row

    def take_slot(self, token: str, limit: int, now: float, lease: float) -> bool:
        """See `LimiterStore.take_slot`."""

        def step(db: sqlite3.Connection) -> bool:
            if self._expire(db, SLOTS, now) >= limit:
                return False
            self._hold(db, SLOTS, token, now + lease)
            return True

        return self._step(step)

    def admit(self, token: str, now: float, lease: float, slow_down_below: int) -> float:
        """See `LimiterStore.admit`."""

        def step(db: sqlite3.Connection) -> float:
            sending = self._expire(db, SENDING, now)
            _, remaining, reset, paused, next_send = self._window(db)
            delay, turn = send_delay(now, paused, remaining, reset, sending, slow_down_below, next_send)
            if turn != next_send:
                db.execute("UPDATE windows SET next_send = ? WHERE account = ?", (turn, self._account))
            if delay <= 0:
                self._hold(db, SENDING, token, now + lease)
            return delay

        return self._step(step)

    def start_sending(self, token: str, now: float, lease: float) -> None:
        """See `LimiterStore.start_sending`."""
        self._step(lambda db: self._hold(db, SENDING, token, now + lease))

    def give_back(self, kind: str, token: str) -> None:
        """See `LimiterStore.give_back`."""
        self._step(
            lambda db: db.execute(
                "DELETE FROM holders WHERE account = ? AND kind = ? AND token = ?", (self._account, kind, token)
            )
        )

    def record(
        self, state: RateLimit | None, paused_until: float, release: Sequence[tuple[str, str]] = ()
    ) -> tuple[RateLimit, float]:
        """See `LimiterStore.record`."""

        def step(db: sqlite3.Connection) -> tuple[RateLimit, float]:
            db.executemany(
                "DELETE FROM holders WHERE account = ? AND kind = ? AND token = ?",
                [(self._account, kind, token) for kind, token in release],
            )
            limit, remaining, reset, paused, next_send = self._window(db)
            if state is not None:
                if state.reset_at is not None and (reset is None or state.reset_at > reset):
                    reset, remaining = state.reset_at, state.remaining
                elif state.remaining is not None and (state.reset_at == reset or reset is None):
                    remaining = state.remaining if remaining is None else min(remaining, state.remaining)
                limit = state.limit if state.limit is not None else limit
                paused = max(paused, paused_until)
                db.execute(
                    "INSERT OR REPLACE INTO windows (account, lim, remaining, reset, paused, next_send) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (self._account, limit, remaining, reset, paused, next_send),
                )
            return RateLimit(limit=limit, remaining=remaining, reset_at=reset), paused

        return self._step(step)

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            db, self._db = self._db, None
        if db is not None:
            db.close()
