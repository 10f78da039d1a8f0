"""Reading a cache file through the standard library's ``sqlite3``.

What the window shows first — the lanes, who is signed in — is read here, so the first paint
needs neither the ORM nor the migrations (a third of a second of imports); ``Cache`` opens
those behind it. Each thread gets its own connection, opened read-only; every ``read()`` is
one snapshot (WAL: it never blocks a writer) that is ended when the block ends.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUSY_TIMEOUT_S = 15.0
READ_CACHE_KIB = 16384


class CacheReader:
    """Per-thread connections to one cache file. :meth:`close` behaves like disposing a pool:
    idle connections are closed at once, one in use when its read ends, and a later read
    opens a new one (a screen's last read racing a sign-out gets its answer, not an error)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._local = threading.local()
        self._idle: set[sqlite3.Connection] = set()
        self._lock = threading.Lock()
        self._generation = 0

    def _open(self) -> sqlite3.Connection:
        # Not mode=ro: a read-only connection cannot make the WAL's shared-memory file when
        # it is missing (after a clean close); query_only forbids writing instead.
        conn = sqlite3.connect(
            f"{self.path.resolve().as_uri()}?mode=rw", uri=True, timeout=BUSY_TIMEOUT_S,
            isolation_level=None, check_same_thread=False,
        )
        conn.execute("PRAGMA query_only = 1")
        conn.execute(f"PRAGMA cache_size = -{READ_CACHE_KIB}")
        return conn

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection inside one read transaction (a consistent snapshot)."""
        held: tuple[int, sqlite3.Connection] | None = getattr(self._local, "held", None)
        with self._lock:
            generation = self._generation
            if held is not None and held[0] == generation and held[1] in self._idle:
                conn = held[1]
                self._idle.discard(conn)
            else:
                conn = None
        if conn is None:
            conn = self._open()
            self._local.held = (generation, conn)
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("ROLLBACK")
            with self._lock:
                current = self._generation == generation
                if current:
                    self._idle.add(conn)
            if not current:
                conn.close()

    def close(self) -> None:
        """Close the idle connections; those in use close as their read ends."""
        with self._lock:
            self._generation += 1
            idle, self._idle = self._idle, set()
        for conn in idle:
            conn.close()


def schema_revision(path: str | Path) -> str | None:
    """The Alembic revision of the cache at ``path`` (None: no file, or never migrated)."""
    target = Path(path)
    if not target.exists():
        return None
    try:
        conn = sqlite3.connect(f"{target.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return None if row is None else str(row[0])
