"""A lane patch (only the tickets changed since the index was read, placed again) leaves the
index exactly as a full recompute at the same ``now`` would."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from tests.support.screens import NOW, apply, fill_book, ticket_json
from tests.support.sync import upsert
from vipclient.domain.lanes import Lane
from vipclient.domain.sla import format_ts
from vipclient.store.cache import Cache
from vipclient.store.lane_queries import LaneFilter, Scope, lane_index, lane_patch
from vipclient.store.models import TicketRow


def raw(session: Any) -> Any:
    """The session's own sqlite3 connection: the lane queries run on a DB-API connection."""
    return session.connection().connection.driver_connection


def _book(tmp_path: Path) -> Cache:
    cache = Cache.open(tmp_path / "cache.db")
    fill_book(cache, clients=30, tickets=400)
    return cache


def _ticket(cache: Cache, tid: str) -> TicketRow:
    with cache.read_session() as s:
        row = s.get(TicketRow, tid)
        assert row is not None
        return row


def test_a_patch_matches_the_full_recompute(tmp_path: Path) -> None:
    cache = _book(tmp_path)
    for filt in (LaneFilter(), LaneFilter(scope=Scope.UNASSIGNED)):
        with cache.read_session() as s:
            index = lane_index(raw(s), filt, NOW)
        assert index.mark is not None
        standard = index.ids[Lane.STANDARD]
        vip = index.ids[Lane.VIP_PRIORITY]
        later = NOW + timedelta(days=30)
        solved, moved = standard[len(standard) // 2], vip[-1]
        solved_row, moved_row = _ticket(cache, solved), _ticket(cache, moved)
        apply(
            cache,
            # Solved: leaves its lane.
            upsert("ticket", ticket_json(solved, solved_row.client_uid, status="solved",
                                         version=90, updated_at=format_ts(later))),
            # Urgent withdrawal now: an emergency, placed at its score.
            upsert("ticket", ticket_json(moved, moved_row.client_uid, priority="urgent",
                                         category="withdrawal", version=91,
                                         created=NOW - timedelta(minutes=3),
                                         updated_at=format_ts(later))),
            # A new ticket from a client.
            upsert("ticket", ticket_json(f"T-new-{filt.scope}", moved_row.client_uid,
                                         tier=moved_row.client_tier or 1, priority="high",
                                         created=NOW - timedelta(minutes=20),
                                         updated_at=format_ts(later))),
        )
        with cache.read_session() as s:
            patch = lane_patch(raw(s), filt, index, index.mark, limit=50)
            full = lane_index(raw(s), filt, NOW)
        assert patch is not None
        assert {solved, moved, f"T-new-{filt.scope}"} <= patch.changed
        assert solved not in patch.placed
        index.apply(patch)
        assert index.ids == full.ids
        assert index.breached == full.breached
        assert index.lane_of(moved) is Lane.EMERGENCY
        assert index.mark == full.mark
        assert index.late == full.late
        assert index.lanes() == full.lanes()
        # Where each arriving ticket goes in its new list, ascending.
        for lane, came in patch.came.items():
            assert came == sorted(came)
            assert all(index.ids[lane][at] == tid for at, tid in came)


def test_too_many_changes_ask_for_the_full_recompute(tmp_path: Path) -> None:
    cache = _book(tmp_path)
    with cache.read_session() as s:
        index = lane_index(raw(s), LaneFilter(), NOW)
        oldest = min(str(t.updated_at) for t in s.query(TicketRow) if t.updated_at)
        assert lane_patch(raw(s), LaneFilter(), index, oldest, limit=10) is None
        assert index.mark is not None
        unchanged = lane_patch(raw(s), LaneFilter(), index, index.mark, limit=400)
    assert unchanged is not None
    before = {lane: list(ids) for lane, ids in index.ids.items()}
    index.apply(unchanged)  # the newest rows again: placed where they were
    assert index.ids == before
