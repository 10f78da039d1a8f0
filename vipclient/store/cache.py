"""The local cache: one SQLite database (WAL) per server and staff member.

``Cache.open(path)`` creates or upgrades the schema and hands out sessions:

- ``session()`` — one write transaction (``BEGIN IMMEDIATE``: it takes the write lock up front,
  so two writers queue on the busy timeout instead of failing half-way with a stale snapshot);
  ``session(background=True)`` is the same for bulk work (sync pages, index building) that
  steps aside for any other writer of this process waiting for its turn;
- ``read_session()`` — a read-only snapshot that never blocks writers (WAL) and is rolled back.

Every thread may use both at once; each session borrows its own pooled connection.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from vipclient.paths import server_slug, slug
from vipclient.store.migrate import HEAD
from vipclient.store.reader import CacheReader, schema_revision

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
# How often background work copies the WAL into the database (a passive checkpoint). SQLite's
# own automatic checkpoint (every 4 MB of WAL) runs inside the commit that crosses the mark:
# during a first pull that copied the same index pages again and again (half the write time at
# 10,000 clients), and it could be the UI thread's commit that paid for it. Automatic
# checkpoints are therefore off; the sync's background sessions checkpoint after their commit,
# outside the write turn, at most this often.
CHECKPOINT_EVERY_S = 1.0


def cache_path(server_url: str, username: str) -> Path:
    """``<user data dir>/cache/<server-slug>/<username>.sqlite3``: one per server and person."""
    base = Path(platformdirs.user_data_dir("vipclient")) / "cache"
    return base / server_slug(server_url) / f"{slug(username)}.sqlite3"


def _on_connect(dbapi_connection: sqlite3.Connection, cache_kib: int) -> None:
    # Transactions are begun explicitly by the "begin" listeners below, not by pysqlite.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA temp_store = MEMORY")
    # A full sync writes hundreds of thousands of rows with their indexes: a large page cache
    # on the writing connections keeps index pages in memory; readers need less.
    cur.execute(f"PRAGMA cache_size = -{cache_kib}")
    cur.execute("PRAGMA wal_autocheckpoint = 0")  # see CHECKPOINT_EVERY_S
    cur.close()


def _make_engine(path: Path, begin_sql: str, cache_kib: int) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        pool_size=8,
        max_overflow=8,
    )
    event.listen(engine, "connect", lambda conn, _rec: _on_connect(conn, cache_kib))

    def _begin(conn: Any) -> None:
        conn.exec_driver_sql(begin_sql)

    event.listen(engine, "begin", _begin)
    return engine


class _WriteGate:
    """This process's writers take turns here before SQLite's own write lock.

    SQLite makes a blocked writer poll (sleeping up to 100 ms between tries), so a writer that
    commits and begins again at once — the sync engine, page after page — can keep a person's
    one-row write waiting for many of its transactions. Here a waiting writer is woken as soon
    as the lock is free, and background writers do not begin while another writer waits: the
    wait of the UI thread is at most one background transaction (kept under ~50 ms).
    Re-entrant per thread, like the SQLite lock it guards (a nested session on one thread
    would queue on SQLite itself, as before).
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._owner: int | None = None
        self._depth = 0
        self._urgent = 0  # foreground writers waiting

    def someone_waits(self) -> bool:
        """Is a foreground writer waiting for its turn?"""
        with self._cond:
            return self._urgent > 0

    @contextmanager
    def turn(self, background: bool) -> Iterator[None]:
        me = threading.get_ident()
        with self._cond:
            if self._owner == me:
                self._depth += 1
            else:
                if not background:
                    self._urgent += 1
                try:
                    while self._owner is not None or (background and self._urgent):
                        self._cond.wait()
                finally:
                    if not background:
                        self._urgent -= 1
                self._owner, self._depth = me, 1
        try:
            yield
        finally:
            with self._cond:
                self._depth -= 1
                if self._depth == 0:
                    self._owner = None
                    self._cond.notify_all()


class Cache:
    """A cache database. :meth:`open` makes it ready at once; :meth:`deferred` makes it ready
    on first use, so that a window can be built over it before the ORM and the migrations
    load (its :attr:`reader` works at once). :meth:`close` when done."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # The lanes (and what else the first paint shows) read through plain sqlite3.
        self.reader = CacheReader(path)
        self._ready_lock = threading.Lock()
        self._write_engine: Engine | None = None
        self._read_engine: Engine | None = None
        self._write: sessionmaker[Session] | None = None
        self._read: sessionmaker[Session] | None = None
        self._gate = _WriteGate()
        self._checkpointed = time.monotonic()
        self._checkpoint_lock = threading.Lock()
        self._checkpointer: threading.Thread | None = None

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Cache:
        """Open (creating folders and file as needed) and migrate the database at ``path``."""
        cache = cls.deferred(path)
        cache.ready()
        return cache

    @classmethod
    def deferred(cls, path: str | os.PathLike[str]) -> Cache:
        """The cache at ``path`` (folders and file made now), its ORM and migrations left
        for :meth:`ready` — called by the first session, or by whoever wants it done."""
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not target.exists():
            # Client data is personal data: readable by this account only.
            fd = os.open(target, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        return cls(target)

    def is_current(self) -> bool:
        """Is the file's schema the newest (so :attr:`reader` can be used before
        :meth:`ready`)? Read with sqlite3 alone."""
        return schema_revision(self.path) == HEAD

    def ready(self) -> None:
        """Make the engines and bring the schema to the newest revision (once)."""
        if self._write is not None:
            return
        with self._ready_lock:
            if self._write is not None:
                return
            from sqlalchemy.orm import sessionmaker

            from vipclient.store import migrate

            write_engine = _make_engine(self.path, "BEGIN IMMEDIATE", cache_kib=65536)
            read_engine = _make_engine(self.path, "BEGIN", cache_kib=16384)
            with write_engine.begin() as conn:
                migrate.upgrade(conn)
            self._write_engine, self._read_engine = write_engine, read_engine
            self._read = sessionmaker(read_engine, expire_on_commit=False)
            self._write = sessionmaker(write_engine, expire_on_commit=False)

    @property
    def engine(self) -> Engine:
        """The write engine (Core access for bulk statements; transactions are immediate)."""
        self.ready()
        assert self._write_engine is not None
        return self._write_engine

    @contextmanager
    def session(self, *, background: bool = False) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on an exception.

        ``background``: bulk work that lets any other writer of this process go first, and
        afterwards has the WAL copied into the database now and then (CHECKPOINT_EVERY_S), on
        a thread of its own and outside the write turn — never on the UI thread.
        """
        self.ready()
        assert self._write is not None
        with self._gate.turn(background), self._write() as session, session.begin():
            yield session
        if background and time.monotonic() - self._checkpointed >= CHECKPOINT_EVERY_S:
            self._checkpoint_in_background()

    def writer_waiting(self) -> bool:
        """Is a foreground writer of this process waiting? (Bulk work that holds a write
        transaction over several steps ends it early for them.)"""
        return self._gate.someone_waits()

    def _checkpoint_in_background(self) -> None:
        """Checkpoint on a thread of its own: SQLite copies pages without the interpreter lock
        and a passive checkpoint never blocks writers, so the sync's writing thread goes on
        with its next page meanwhile (a first pull spent a second in checkpoints)."""
        with self._checkpoint_lock:
            if self._checkpointer is not None and self._checkpointer.is_alive():
                return
            self._checkpointed = time.monotonic()
            self._checkpointer = threading.Thread(target=self.checkpoint, daemon=True,
                                                  name="cache-checkpoint")
            self._checkpointer.start()

    def wait_for_checkpoint(self, timeout: float = 30.0) -> None:
        """Let a background checkpoint under way finish (before closing, and in tests)."""
        with self._checkpoint_lock:
            running = self._checkpointer
        if running is not None:
            running.join(timeout)

    def checkpoint(self) -> None:
        """A passive checkpoint: copies what it can without waiting for readers or writers."""
        self._checkpointed = time.monotonic()
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)")  # type: ignore[union-attr]
        except sqlite3.Error as exc:
            log.info("checkpoint skipped: %s", exc)
        finally:
            raw.close()

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A consistent read snapshot; anything written through it is rolled back.

        Objects loaded here stay readable after the block (closing expunges without expiring).
        """
        self.ready()
        assert self._read is not None
        with self._read() as session:
            yield session

    def close(self) -> None:
        self.wait_for_checkpoint()
        self.reader.close()
        for engine in (self._write_engine, self._read_engine):
            if engine is not None:
                engine.dispose()
