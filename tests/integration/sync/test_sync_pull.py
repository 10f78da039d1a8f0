"""Pulling the changes feed from a real sandbox into a real cache."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import select, text

from tests.support.sync import (
    FAST,
    advance_clock,
    cache_versions,
    open_ticket_ids,
    reply,
    server_bodies,
    server_versions,
    sign_in,
    start_sandbox,
    synced,
    wait_until,
)
from vipclient.sandbox.server import SandboxServer
from vipclient.store import outbox as ob
from vipclient.store.bulk_load import DEFERRED, missing_indexes
from vipclient.store.cache import Cache
from vipclient.store.models import MessageRow, OutboxRow, PolicyRow, TicketRow
from vipclient.store.search import search_clients, search_tickets
from vipclient.sync.engine import SyncEngine
from vipclient.sync.events import SyncStatus

pytestmark = pytest.mark.timeout(60)


class Recorder:
    def __init__(self) -> None:
        self.statuses: list[SyncStatus] = []
        self.changes: list[set[str]] = []

    def status_changed(self, status: SyncStatus) -> None:
        self.statuses.append(status)

    def changes_applied(self, entities: set[str]) -> None:
        self.changes.append(entities)

    def outbox_changed(self, unsent: int, problems: int) -> None:
        pass

    def step_up_required(self, challenge: object) -> None:
        pass

    def signed_out(self, reason: str) -> None:
        pass


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=25, seed=7, controls=True)
    yield srv
    srv.stop()



def test_first_sync_then_long_poll_brings_a_change_at_once(
    server: SandboxServer, cache: Cache
) -> None:
    rec = Recorder()
    engine = SyncEngine(cache, sign_in(server.base_url, "alice"), rec, page_size=500, **FAST)
    engine.start()
    try:
        assert wait_until(lambda: synced(engine), 20)
        assert cache_versions(cache) == server_versions(server)
        # Progress was reported page by page while syncing, then live.
        syncing = [s for s in rec.statuses if s.state == "syncing"]
        assert syncing and syncing[-1].progress is not None and syncing[-1].progress.pages >= 1
        assert rec.statuses[-1].state == "live"
        with cache.read_session() as s:
            cursor, full = s.execute(text("SELECT cursor, full_sync FROM sync_state")).one()
            assert cursor and full == 0
            tiers = s.execute(text("SELECT count(*) FROM tickets WHERE client_tier IS NULL"))
            assert tiers.scalar() == 0  # every ticket carries its client's tier
            # Indexed once at the end of the first pull: every client and ticket is found.
            assert s.execute(text("SELECT bulk_load FROM sync_state")).scalar() == 0
            assert missing_indexes(s) == []
            for uid, name in s.execute(text("SELECT uid, display_name FROM clients")).all():
                assert uid in [c.uid for c in search_clients(s, name, 200)]
            subject, tid = s.execute(text("SELECT subject, id FROM tickets LIMIT 1")).one()
            assert tid in [t.id for t in search_tickets(s, subject, 500)]

        # Another staff member replies through the API: the long-poll brings it at once.
        ticket = open_ticket_ids(server, 1)[0]
        bob = sign_in(server.base_url, "bob")
        rec.changes.clear()
        started = time.monotonic()
        bob.request("POST", f"/tickets/{ticket}/messages",
                    json={"body": "pull-test: from Bob", "internal": False},
                    idempotency_key=ob.new_key())

        def arrived() -> bool:
            with cache.read_session() as s:
                return s.scalars(
                    select(MessageRow).where(MessageRow.body == "pull-test: from Bob")
                ).first() is not None

        assert wait_until(arrived, 5, 0.005)
        latency = time.monotonic() - started
        assert latency < 1.0, f"change took {latency:.3f} s to arrive"
        assert any("message" in c for c in rec.changes)
    finally:
        engine.stop()
    assert not engine.running


def test_start_returns_at_once_while_the_cache_is_busy(
    server: SandboxServer, cache: Cache
) -> None:
    """start() runs on the UI thread: it readies nothing in the cache itself, so a cache busy
    with another write (a bulk job, another thread's transaction) cannot hold the window."""
    engine = SyncEngine(cache, sign_in(server.base_url, "alice"), **FAST)
    holding, release = threading.Event(), threading.Event()

    def hold_the_write_lock() -> None:
        with cache.session() as s:
            s.execute(text("UPDATE sync_state SET last_change_at = last_change_at"))
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold_the_write_lock)
    holder.start()
    try:
        assert holding.wait(5)
        started = time.monotonic()
        engine.start()
        took = time.monotonic() - started
        assert took < 0.2, f"start() waited {took:.2f} s for the cache"
        assert engine.status.state == "syncing"  # not live before the cache was read
    finally:
        release.set()
        holder.join()
    try:
        assert wait_until(lambda: synced(engine), 20)
        assert cache_versions(cache) == server_versions(server)
    finally:
        engine.stop()


def test_a_first_pull_stopped_half_way_finishes_with_every_index(
    server: SandboxServer, cache: Cache
) -> None:
    """Stopped after a few pages (the person quits during the first sync), the cache has its
    rows without the deferred indexes; the next start pulls the rest and builds them."""
    api = sign_in(server.base_url, "alice")
    engine = SyncEngine(cache, api, page_size=20, **FAST)
    engine.start()

    def some_pages() -> bool:
        progress = engine.status.progress
        return progress is not None and progress.pages >= 3

    assert wait_until(some_pages, 20, 0.001)
    engine.stop()
    with cache.read_session() as s:
        full, bulk = s.execute(text("SELECT full_sync, bulk_load FROM sync_state")).one()
        assert full == 1 and bulk == 1
        assert len(missing_indexes(s)) == len(DEFERRED)

    engine = SyncEngine(cache, sign_in(server.base_url, "alice"), page_size=20, **FAST)
    engine.start()
    try:
        assert wait_until(lambda: synced(engine), 20)
        assert cache_versions(cache) == server_versions(server)
        with cache.read_session() as s:
            assert missing_indexes(s) == []
            assert s.execute(text("SELECT bulk_load FROM sync_state")).scalar() == 0
    finally:
        engine.stop()


def test_gone_resyncs_from_scratch_and_keeps_unsent_actions(cache: Cache) -> None:
    # Small enough that the re-sync is one page: the sandbox answers 410 to a mid-pull
    # cursor older than its newest pruned tombstone.
    server = start_sandbox(clients=8, seed=7, controls=True)
    try:
        _gone(server, cache)
    finally:
        server.stop()


def _gone(server: SandboxServer, cache: Cache) -> None:
    api = sign_in(server.base_url, "alice")
    engine = SyncEngine(cache, api, **FAST)
    engine.start()
    assert wait_until(lambda: synced(engine), 20)
    engine.stop()

    # Offline: the person queues replies; meanwhile the server deletes a policy and, a week
    # later, forgets the deletion: the cache's cursor is now older than the retention.
    tickets = open_ticket_ids(server, 2)
    with cache.session() as s:
        for n, tid in enumerate(tickets):
            cmd, effect, key = reply(tid, f"gone-test {n}", "S0001")
            ob.enqueue(s, cmd, effect, key=key)
    from vipclient.sandbox.core import emit_change
    from vipclient.sandbox.db import Policy

    assert server.sandbox is not None
    with server.sandbox.transaction() as s:
        victim = s.scalars(select(Policy).order_by(Policy.position.desc())).first()
        assert victim is not None
        s.delete(victim)
        emit_change(s, "policy", victim.id, "delete", victim.version + 1, None)
    advance_clock(server.base_url, 8 * 24 * 3600)
    with cache.read_session() as s:
        assert s.get(PolicyRow, victim.id) is not None
        cursor = s.execute(text("SELECT cursor FROM sync_state")).scalar()
    with pytest.raises(Exception) as gone:
        sign_in(server.base_url, "alice").changes(cursor, limit=10)
    assert getattr(gone.value, "status", None) == 410

    # The week-old session has ended: sign in again and start.
    engine = SyncEngine(cache, sign_in(server.base_url, "alice"), **FAST)
    engine.start()
    try:
        assert wait_until(lambda: synced(engine) and not _unsent(cache), 20)
        with cache.read_session() as s:
            assert s.get(PolicyRow, victim.id) is None  # the missed delete is applied
            assert s.execute(text("SELECT full_sync FROM sync_state")).scalar() == 0
            assert s.execute(text("SELECT count(*) FROM resync_seen")).scalar() == 0
        # Both queued replies reached the server, once each, and the cache matches it.
        assert sorted(server_bodies(server, "gone-test")) == ["gone-test 0", "gone-test 1"]
        assert wait_until(lambda: cache_versions(cache) == server_versions(server), 5)
    finally:
        engine.stop()


def _unsent(cache: Cache) -> int:
    with cache.read_session() as s:
        return ob.counts(s)[0]


def test_a_day_old_action_is_checked_before_it_is_sent_again(
    server: SandboxServer, cache: Cache
) -> None:
    """The answer of the first attempt was lost; a day later the key has expired: the engine
    reads the server, sees the reply there, and does not send it a second time."""
    from tests.support.sync import clear_faults, set_faults

    api = sign_in(server.base_url, "alice")
    engine = SyncEngine(cache, api, **FAST)
    engine.start()
    assert wait_until(lambda: synced(engine), 20)
    engine.stop()
    ticket = open_ticket_ids(server, 1)[0]
    with cache.session() as s:
        cmd, effect, key = reply(ticket, "old-row: only once", "S0001")
        oid = ob.enqueue(s, cmd, effect, key=key).id
    # One attempt whose answer is lost (it took effect on the server).
    set_faults(server.base_url, lost_answer_rate=1.0, paths=[f"/api/v1/tickets/{ticket}"])
    engine = SyncEngine(cache, api, **FAST)
    engine.start()

    def attempted() -> bool:
        with cache.read_session() as s:
            row = s.get(OutboxRow, oid)
            return row is not None and row.attempts >= 1 and row.state == "pending"

    assert wait_until(attempted, 10)
    engine.stop()
    clear_faults(server.base_url)
    assert server_bodies(server, "old-row") == ["old-row: only once"]

    advance_clock(server.base_url, 24 * 3600 + 60)  # the key has expired on the server
    engine = SyncEngine(cache, sign_in(server.base_url, "alice"), **FAST)
    engine.start()
    try:
        def settled() -> bool:
            with cache.read_session() as s:
                row = s.get(OutboxRow, oid)
                return row is not None and row.state == "done"

        assert wait_until(settled, 10)
        assert server_bodies(server, "old-row") == ["old-row: only once"]
        with cache.read_session() as s:
            row = s.get(OutboxRow, oid)
            assert row is not None and row.result_id is not None
            assert s.get(MessageRow, f"local-{key}") is None
            t = s.get(TicketRow, ticket)
            assert t is not None
    finally:
        engine.stop()
