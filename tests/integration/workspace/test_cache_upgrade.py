"""A cache synced before the desk knew files and articles gets them after the upgrade
(migration 0009_workspace): the next pull is a re-sync that reads the whole feed again."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from tests.support.sync import FAST, sign_in, start_sandbox, synced, wait_until
from vipclient.store import outbox as ob
from vipclient.store.cache import Cache
from vipclient.store.migrate import alembic_config, upgrade
from vipclient.sync.engine import SyncEngine

pytestmark = pytest.mark.timeout(90)


def _count(cache: Cache, table: str) -> int:
    with cache.read_session() as s:
        return int(s.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)


def _as_before_the_upgrade(path: Path) -> None:
    """What a desk of the previous version left: the same rows but no files or articles (it
    skipped those changes), the schema at 0007, and its cursor past them."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        # What came after 0009 goes down by its own downgrade, then 0009 by hand.
        command.downgrade(alembic_config(conn), "0009_workspace")
        for table in ("help_uses", "help_articles", "attachments"):
            conn.execute(text(f"DROP TABLE {table}"))
        conn.execute(text("UPDATE alembic_version SET version_num = '0007_lane_index'"))
    engine.dispose()


def test_an_old_cache_gets_the_files_and_articles_it_skipped(tmp_path: Path) -> None:
    server = start_sandbox(clients=25, seed=7, controls=True)
    path = tmp_path / "alice.sqlite3"
    api = sign_in(server.base_url, "alice")
    try:
        cache = Cache.open(path)
        engine = SyncEngine(cache, api, page_size=500, **FAST)
        engine.start()
        assert wait_until(lambda: synced(engine), 30)
        engine.stop()
        articles, files = _count(cache, "help_articles"), _count(cache, "attachments")
        assert articles >= 60 and files > 0  # this desk keeps them
        tickets = _count(cache, "tickets")
        cache.close()

        _as_before_the_upgrade(path)
        # A reply written offline before the upgrade must survive the re-sync.
        import sqlite3
        with sqlite3.connect(path) as raw:
            raw.execute("INSERT INTO outbox (key, kind, method, path, body, description, state, "
                        "attempts, created_at, updated_at) VALUES ('k-old', 'note', 'POST', "
                        "'/nowhere', NULL, 'kept', 'failed', 1, '2026-01-01T00:00:00Z', "
                        "'2026-01-01T00:00:00Z')")
            cursor = raw.execute("SELECT cursor FROM sync_state").fetchone()[0]
        assert cursor  # the old desk was synced

        cache = Cache.open(path)  # runs 0009_workspace
        with cache.read_session() as s:
            state = s.execute(text("SELECT cursor, full_sync FROM sync_state")).one()
        assert tuple(state) == (None, 2)
        assert _count(cache, "help_articles") == 0 and _count(cache, "tickets") == tickets

        engine = SyncEngine(cache, api, page_size=500, **FAST)
        engine.start()
        try:
            assert wait_until(lambda: synced(engine) and _count(cache, "help_articles") > 0, 30)
        finally:
            engine.stop()
        assert _count(cache, "help_articles") == articles
        assert _count(cache, "attachments") == files
        assert _count(cache, "tickets") == tickets
        with cache.read_session() as s:
            assert [r.key for r in ob.problems(s)] == ["k-old"]
            full = s.execute(text("SELECT full_sync FROM sync_state")).scalar()
        assert full == 0
        cache.close()
    finally:
        api.close()
        server.stop()


def test_a_cache_that_never_synced_is_left_to_its_first_pull(tmp_path: Path) -> None:
    Cache.open(tmp_path / "new.sqlite3").close()
    _as_before_the_upgrade(tmp_path / "new.sqlite3")
    cache = Cache.open(tmp_path / "new.sqlite3")
    with cache.session() as s:
        upgrade(s.connection())
        state = s.execute(text("SELECT cursor, full_sync FROM sync_state")).one()
    assert tuple(state) == (None, 1)
    cache.close()
