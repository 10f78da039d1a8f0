"""A cache synced by a desk that skipped API-access requests gets them after the upgrade.

The cache is made the way the earlier desk made it: migrated to 0007, filled from the real
feed with every change of ``api_access_request`` skipped (that desk did not know the entity),
its cursor at the head of the feed. Opening it upgrades it (0008); the engine's next pull
reads the feed again and the requests arrive, with nothing else lost or written twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.support.sync import (
    FAST,
    cache_versions,
    server_versions,
    sign_in,
    start_sandbox,
    synced,
    wait_until,
)
from vipclient.sandbox.server import SandboxServer
from vipclient.store import migrate
from vipclient.store.apply import EntityChange, apply_changes
from vipclient.store.cache import Cache
from vipclient.sync.engine import SyncEngine

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=40, seed=7, controls=True)
    yield srv
    srv.stop()


def _sync_as_the_earlier_desk(path: Path, server: SandboxServer) -> int:
    """The whole feed without API-access requests into a cache of the release before them
    (0010); returns how many such changes were skipped."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrate.upgrade(conn, "0010_dashboard")
    engine.dispose()
    api = sign_in(server.base_url, "alice")
    skipped, cursor = 0, None
    old = create_engine(f"sqlite:///{path}")
    from sqlalchemy.orm import Session

    while True:
        page = api.changes(cursor, limit=1000, wait=0)
        changes = []
        for c in page.changes:
            entity = str(getattr(c.entity, "value", c.entity))
            if entity == "api_access_request":
                skipped += 1
                continue
            changes.append(EntityChange(entity, c.id, str(c.op.value), int(c.version or 0),
                                        c.data))
        with Session(old) as s, s.begin():
            apply_changes(s, changes)
            s.execute(text("UPDATE sync_state SET cursor = :c, full_sync = 0"),
                      {"c": page.next_cursor})
        cursor = page.next_cursor
        if not page.has_more:
            break
    old.dispose()
    api.close()
    return skipped


def test_an_upgraded_cache_gets_the_requests_it_skipped(server: SandboxServer,
                                                        tmp_path: Path) -> None:
    path = tmp_path / "alice.sqlite3"
    skipped = _sync_as_the_earlier_desk(path, server)
    assert skipped > 0, "the demo book has API-access requests"
    cache = Cache.open(path)
    try:
        with cache.read_session() as s:
            assert s.execute(text("SELECT count(*) FROM api_access_requests")).scalar() == 0
            before = s.execute(text("SELECT count(*) FROM tickets")).scalar()
        engine = SyncEngine(cache, sign_in(server.base_url, "alice"), **FAST)
        engine.start()
        try:
            assert wait_until(lambda: synced(engine) and _requests(cache) == skipped, 30)
            assert cache_versions(cache) == server_versions(server)
            with cache.read_session() as s:
                assert s.execute(text("SELECT count(*) FROM tickets")).scalar() == before
                cursor, full = s.execute(text("SELECT cursor, full_sync FROM sync_state")).one()
                assert cursor and full == 0
        finally:
            engine.stop()
    finally:
        cache.close()


def _requests(cache: Cache) -> int:
    with cache.read_session() as s:
        return int(s.execute(text("SELECT count(*) FROM api_access_requests")).scalar() or 0)
