"""A cache synced before the desk knew risk alerts gets them after the upgrade (migration
0012_security): the next pull is a re-sync that reads the whole feed again, and keeps what
is only local."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.support.sync import FAST, control, sign_in, start_sandbox, synced, wait_until
from vipclient.store import outbox as ob
from vipclient.store.cache import Cache
from vipclient.store.migrate import upgrade
from vipclient.sync.engine import SyncEngine

pytestmark = pytest.mark.timeout(120)

NEW_TABLES = ("audit_entries", "risk_alerts")


def _count(cache: Cache, table: str) -> int:
    with cache.read_session() as s:
        return int(s.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0)


def _as_before_the_upgrade(path: Path) -> None:
    """What a desk of the previous version left: the same rows but no alerts (it skipped
    those changes), the schema just before 0012, and its cursor past them."""
    with sqlite3.connect(path) as raw:
        for table in NEW_TABLES:
            raw.execute(f"DROP TABLE {table}")
        raw.execute("UPDATE alembic_version SET version_num = '0011_requests'")
        # An action taken offline before the upgrade must survive the re-sync.
        raw.execute("INSERT INTO outbox (key, kind, method, path, body, description, state, "
                    "attempts, created_at, updated_at) VALUES ('k-old', 'note', 'POST', "
                    "'/nowhere', NULL, 'kept', 'failed', 1, '2026-01-01T00:00:00Z', "
                    "'2026-01-01T00:00:00Z')")


def test_an_old_cache_gets_the_alerts_it_skipped(tmp_path: Path) -> None:
    server = start_sandbox(clients=25, seed=7, controls=True)
    path = tmp_path / "dave.sqlite3"
    api = sign_in(server.base_url, "dave")
    try:
        uids = [c["uid"] for c in api.request("GET", "/clients", params={"limit": 3}).json["items"]]
        for uid, severity in zip(uids, ("critical", "high", "low"), strict=True):
            control(server.base_url, "POST", "/_sandbox/risk-alerts",
                    {"client_uid": uid, "kind": "new_device_login", "severity": severity})
        served = len(api.request("GET", "/risk-alerts", params={"limit": 1000}).json["items"])
        assert served >= 3
        cache = Cache.open(path)
        engine = SyncEngine(cache, api, page_size=500, **FAST)
        engine.start()
        assert wait_until(lambda: synced(engine), 30)
        engine.stop()
        assert _count(cache, "risk_alerts") == served
        tickets = _count(cache, "tickets")
        cache.close()

        _as_before_the_upgrade(path)
        with sqlite3.connect(path) as raw:
            assert raw.execute("SELECT cursor FROM sync_state").fetchone()[0]  # it was synced

        cache = Cache.open(path)  # runs 0012_security
        with cache.read_session() as s:
            state = s.execute(text("SELECT cursor, full_sync FROM sync_state")).one()
        assert tuple(state) == (None, 2)
        assert _count(cache, "risk_alerts") == 0 and _count(cache, "tickets") == tickets

        engine = SyncEngine(cache, api, page_size=500, **FAST)
        engine.start()
        try:
            assert wait_until(lambda: synced(engine) and _count(cache, "risk_alerts") > 0, 30)
        finally:
            engine.stop()
        assert _count(cache, "risk_alerts") == served
        assert _count(cache, "tickets") == tickets
        with cache.read_session() as s:
            assert [r.key for r in ob.problems(s)] == ["k-old"]
            assert s.execute(text("SELECT full_sync FROM sync_state")).scalar() == 0
            ranks = s.execute(text(
                "SELECT severity, severity_rank FROM risk_alerts")).all()
        assert {(sev, rank) for sev, rank in ranks} >= {("critical", 3), ("low", 0)}
        cache.close()
    finally:
        api.close()
        server.stop()


def test_a_cache_that_never_synced_is_left_to_its_first_pull(tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "new.sqlite3")
    with cache.session() as s:
        for table in NEW_TABLES:
            s.execute(text(f"DROP TABLE {table}"))
        s.execute(text("UPDATE alembic_version SET version_num = '0011_requests'"))
        upgrade(s.connection())
        state = s.execute(text("SELECT cursor, full_sync FROM sync_state")).one()
    assert tuple(state) == (None, 1)
    cache.close()
