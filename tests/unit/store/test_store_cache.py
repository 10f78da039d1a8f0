"""The cache database: pragmas, migrations (fresh and from the first revision), schema drift."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from vipclient.store import migrate
from vipclient.store.cache import Cache, cache_path
from vipclient.store.models import Base, ClientRow, TicketRow
from vipclient.store.search import search_clients, search_tickets


def test_open_sets_wal_and_pragmas(tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "a" / "c.sqlite3")
    try:
        with cache.session() as s:
            assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert s.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
            assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
            version = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
            assert version == migrate.head_revision()
        assert (os.stat(cache.path).st_mode & 0o777) == 0o600
    finally:
        cache.close()


def test_cache_path_per_server_and_person() -> None:
    a = cache_path("https://api.example.com/", "alice")
    b = cache_path("https://api.example.com", "bob")
    c = cache_path("http://127.0.0.1:8765", "alice")
    assert a.name == "alice.sqlite3" and b.name == "bob.sqlite3"
    assert a.parent == b.parent != c.parent
    assert "cache" in a.parts and a.parent.name == "api.example.com"
    assert cache_path("http://x/../../etc", "../me").name == "me.sqlite3"


def test_models_match_migrations(tmp_path: Path) -> None:
    """The ORM models and the migrations describe the same schema (no drift either way)."""
    cache = Cache.open(tmp_path / "c.sqlite3")
    cache.close()
    engine = create_engine(f"sqlite:///{tmp_path / 'c.sqlite3'}")

    def include_name(name: str | None, type_: str, _parents: object) -> bool:
        return not (type_ == "table" and name is not None and "_fts" in name)

    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def _seed_first_revision(path: Path) -> None:
    """A database exactly as the first release left it, with data in it."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrate.upgrade(conn, "0001_initial")
        # The ticket first: the client's arrival fills its tier and name (trigger).
        conn.execute(
            text(
                "INSERT INTO tickets (id, client_uid, subject, status, data, version) VALUES "
                "('T1', 'U1', 'Withdrawal stuck since Monday', 'open', '{}', 2)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO clients (uid, display_name, email, tier, status, languages, tags, "
                "data, version) VALUES ('U1', '王小明', 'wang@example.com', 7, 'active', '', '', "
                ":d, 3)"
            ),
            {"d": json.dumps({"uid": "U1", "display_name": "王小明"})},
        )
        conn.execute(
            text(
                "INSERT INTO outbox (key, kind, method, path, description, state, attempts, "
                "created_at, updated_at) VALUES ('k-1', 'ticket.reply', 'POST', "
                "'/tickets/T1/messages', 'Reply', 'pending', 0, '2026-01-01T00:00:00Z', "
                "'2026-01-01T00:00:00Z')"
            )
        )
        conn.execute(text("UPDATE sync_state SET cursor = 'c-42', full_sync = 0"))
    engine.dispose()


def test_upgrade_from_first_revision_keeps_data_and_indexes_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _seed_first_revision(path)
    cache = Cache.open(path)
    try:
        with cache.read_session() as s:
            assert s.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                migrate.head_revision()
            )
            # 0009_workspace, 0011_requests and 0012_security drop the cursor: the next pull
            # re-syncs for the entities the desk had skipped.
            assert tuple(s.execute(text("SELECT cursor, full_sync FROM sync_state")).one()) == (
                None, 2)
            assert s.execute(text("SELECT key FROM outbox")).scalar() == "k-1"
            # The first revision's trigger filled the denormalized columns…
            t = s.get(TicketRow, "T1")
            assert t is not None and t.client_tier == 7 and t.client_name == "王小明"
            # …and the second revision indexed the rows already there.
            assert [c.uid for c in search_clients(s, "王小明")] == ["U1"]
            assert [c.uid for c in search_clients(s, "王")] == ["U1"]
            assert [t.id for t in search_tickets(s, "stuck")] == ["T1"]
            assert [t.id for t in search_tickets(s, "小明")] == ["T1"]
        with cache.session() as s:
            client = s.get(ClientRow, "U1")
            assert client is not None and client.version == 3
    finally:
        cache.close()


def test_reopen_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    Cache.open(path).close()
    cache = Cache.open(path)
    cache.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM sync_state").fetchone() == (1,)
    con.close()


def test_write_rolls_back_on_error(tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "c.sqlite3")
    try:
        with pytest.raises(RuntimeError), cache.session() as s:
            s.execute(text("UPDATE sync_state SET cursor = 'x'"))
            raise RuntimeError("boom")
        with cache.read_session() as s:
            assert s.execute(text("SELECT cursor FROM sync_state")).scalar() is None
    finally:
        cache.close()


def test_only_background_writers_checkpoint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's automatic checkpoint runs in the commit that crosses its mark (maybe the UI
    thread's): it is off, and background sessions checkpoint after their write turn."""
    from vipclient.store import cache as cache_module

    monkeypatch.setattr(cache_module, "CHECKPOINT_EVERY_S", 0.0)
    cache = Cache.open(tmp_path / "c.sqlite3")
    calls: list[bool] = []
    real = cache.checkpoint

    def checkpoint() -> None:
        calls.append(cache._gate._owner is None)  # outside anyone's write turn
        real()

    monkeypatch.setattr(cache, "checkpoint", checkpoint)
    try:
        with cache.session() as s:
            assert s.execute(text("PRAGMA wal_autocheckpoint")).scalar() == 0
            s.execute(text("UPDATE sync_state SET cursor = 'a'"))
        assert calls == []
        with cache.session(background=True) as s:
            s.execute(text("UPDATE sync_state SET cursor = 'b'"))
        cache.wait_for_checkpoint()
        assert calls == [True]
        raw = sqlite3.connect(cache.path)
        try:
            busy, frames, copied = raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            assert busy == 0 and frames == copied
        finally:
            raw.close()
    finally:
        cache.close()


def test_a_waiting_foreground_writer_goes_before_background_ones(tmp_path: Path) -> None:
    import threading
    import time

    cache = Cache.open(tmp_path / "c.sqlite3")
    order: list[str] = []
    try:
        holding = threading.Event()
        release = threading.Event()

        def first() -> None:
            with cache.session(background=True):
                holding.set()
                release.wait(5)
                order.append("first")

        def write(name: str, background: bool) -> None:
            with cache.session(background=background):
                order.append(name)

        t1 = threading.Thread(target=first)
        t1.start()
        assert holding.wait(5)
        bg = threading.Thread(target=write, args=("background", True))
        bg.start()
        time.sleep(0.05)  # the background writer queues first...
        fg = threading.Thread(target=write, args=("foreground", False))
        fg.start()
        time.sleep(0.05)
        release.set()
        for t in (t1, bg, fg):
            t.join(5)
        assert order == ["first", "foreground", "background"]  # ...the person's write wins
    finally:
        cache.close()


def test_head_constant_matches_the_migration_scripts() -> None:
    """A new migration must move ``migrate.HEAD`` too, or caches would skip it at start."""
    assert migrate.head_revision() == migrate.HEAD


def test_an_up_to_date_cache_opens_without_loading_alembic(tmp_path: Path) -> None:
    """Start-up speed: alembic is imported only when there is something to migrate."""
    import subprocess
    import sys

    path = tmp_path / "c.sqlite3"
    Cache.open(path).close()
    probe = (
        "import sys; from vipclient.store.cache import Cache; "
        f"Cache.open({str(path)!r}).close(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"
