"""The server goes away and comes back: offline with a reason, nothing lost, reconnected."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.sync import (
    FAST,
    open_ticket_ids,
    reply,
    server_bodies,
    sign_in,
    start_sandbox,
    wait_until,
)
from vipclient.store import outbox as ob
from vipclient.store.cache import Cache
from vipclient.sync.engine import SyncEngine

pytestmark = pytest.mark.timeout(90)


def test_offline_keeps_actions_and_reconnects_on_the_same_port(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'platform.db'}"
    server = start_sandbox(db_url=db_url, clients=8, seed=7, controls=True)
    port = server.port
    cache = Cache.open(tmp_path / "alice.sqlite3")
    engine = SyncEngine(cache, sign_in(server.base_url, "alice"), **FAST)
    engine.start()
    try:
        assert wait_until(lambda: engine.status.state == "live", 20)
        tickets = open_ticket_ids(server, 2)
        server.stop()

        assert wait_until(lambda: engine.status.state == "offline", 10)
        status = engine.status
        assert status.reason and "server" in status.reason.lower()
        assert status.since is not None

        # Work done while offline stays queued, never fails.
        with cache.session() as s:
            for n, tid in enumerate(tickets):
                cmd, effect, key = reply(tid, f"offline-test {n}", "S0001")
                ob.enqueue(s, cmd, effect, key=key)
        engine.nudge()
        assert not wait_until(lambda: engine.status.state != "offline", 1.0)
        with cache.read_session() as s:
            assert ob.counts(s) == (2, 0)

        # The platform is back on the same address (same data): sync resumes by itself.
        server = start_sandbox(db_url=db_url, clients=8, seed=7, controls=True, port=port)
        assert wait_until(lambda: engine.status.state == "live", 15)

        def drained() -> bool:
            with cache.read_session() as s:
                return ob.counts(s) == (0, 0)

        assert wait_until(drained, 15)
        assert sorted(server_bodies(server, "offline-test")) == ["offline-test 0",
                                                                 "offline-test 1"]
    finally:
        engine.stop()
        cache.close()
        server.stop()


def test_a_revoked_session_stops_sync_and_says_so(tmp_path: Path) -> None:
    import requests

    server = start_sandbox(clients=8, seed=7, controls=True)
    cache = Cache.open(tmp_path / "alice.sqlite3")
    api = sign_in(server.base_url, "alice")
    ended: list[str] = []

    class Listener:
        def status_changed(self, status: object) -> None:
            pass

        def changes_applied(self, entities: set[str]) -> None:
            pass

        def outbox_changed(self, unsent: int, problems: int) -> None:
            pass

        def step_up_required(self, challenge: object) -> None:
            pass

        def signed_out(self, reason: str) -> None:
            ended.append(reason)

    engine = SyncEngine(cache, api, Listener(), wait=1, **FAST)
    engine.start()
    try:
        assert wait_until(lambda: engine.status.state == "live", 20)
        # Signed out elsewhere (an admin, another window): both tokens are revoked.
        requests.post(f"{server.base_url}/api/v1/auth/logout",
                      json={"refresh_token": api.tokens.refresh_token},
                      headers={"Authorization": f"Bearer {api.tokens.access_token}"},
                      timeout=10).raise_for_status()
        assert wait_until(lambda: bool(ended), 10)
        assert "sign in" in ended[0].lower()
        assert engine.status.state == "offline" and engine.status.reason
        assert wait_until(lambda: not engine.running, 5)
    finally:
        engine.stop()
        cache.close()
        server.stop()
