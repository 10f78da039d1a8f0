"""The lane SQL of vipclient.store.lane_sql agrees with the pure rules of domain.lanes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, delete
from sqlalchemy.orm import Session

from vipclient.domain.enums import Category, Channel, Priority, SlaClock, TicketStatus, Tier
from vipclient.domain.lanes import AT_RISK_SHARE, SLA_STEPS, Lane, clock_target, place
from vipclient.store.lane_queries import (
    LaneFilter,
    Scope,
    lane_index,
    lane_index_query,
    place_in_sql,
    ticket_rows,
)
from vipclient.store.models import Base, StaffRow, TicketRow
from vipclient.store.timefmt import db_time

NOW = datetime(2026, 11, 25, 9, 0, 0, tzinfo=UTC)


def raw(session: Any) -> Any:
    """The session's own sqlite3 connection: the lane queries run on a DB-API connection."""
    return session.connection().connection.driver_connection


@pytest.fixture(scope="module")
def engine() -> Iterator[Any]:
    eng = create_engine("sqlite://")
    Base.metadata.create_all(eng)
    yield eng
    eng.dispose()


def _offsets() -> st.SearchStrategy[int | None]:
    """Due offsets from now in seconds, dense around every threshold the rules use."""
    edges = {0, -1, 1}
    for tier in Tier:
        for prio in Priority:
            for clock in SlaClock:
                q = int((clock_target(tier, prio, clock) * AT_RISK_SHARE).total_seconds())
                edges |= {q - 1, q, q + 1}
    for limit, _ in SLA_STEPS:
        s = int(limit.total_seconds())
        edges |= {s - 1, s, s + 1}
    return st.one_of(
        st.none(),
        st.sampled_from(sorted(edges)),
        st.integers(min_value=-10 * 86400, max_value=10 * 86400),
    )


ticket_st = st.fixed_dictionaries(
    {
        "status": st.sampled_from([s.value for s in TicketStatus]),
        "tier": st.one_of(st.none(), st.integers(min_value=0, max_value=10)),
        "priority": st.sampled_from([p.value for p in Priority]),
        "category": st.sampled_from([c.value for c in Category]),
        "first_response_due": _offsets(),
        "responded": st.booleans(),
        "next_response_due": _offsets(),
        "resolution_due": _offsets(),
    }
)


def _ts(offset: int | None) -> str | None:
    return None if offset is None else db_time(NOW + timedelta(seconds=offset))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(ticket_st, min_size=1, max_size=40), st.integers(min_value=0, max_value=999))
def test_sql_lanes_match_the_pure_rules(
    engine: Any, specs: list[dict[str, Any]], micro: int
) -> None:
    # A now with a fraction of a second: both sides must truncate it the same way.
    now = NOW + timedelta(microseconds=micro * 1000)
    with Session(engine) as s:
        s.execute(delete(TicketRow))
        wire: dict[str, dict[str, Any]] = {}
        for i, spec in enumerate(specs):
            fields = {
                "status": spec["status"],
                "priority": spec["priority"],
                "category": spec["category"],
                "first_response_due": _ts(spec["first_response_due"]),
                "first_responded_at": _ts(-60) if spec["responded"] else None,
                "next_response_due": _ts(spec["next_response_due"]),
                "resolution_due": _ts(spec["resolution_due"]),
            }
            tid = f"T{i}"
            s.add(TicketRow(id=tid, client_uid="U1", client_tier=spec["tier"], data="{}",
                            **fields))
            wire[tid] = fields
        s.flush()
        got = place_in_sql(raw(s), wire, now)
        whole = now.replace(microsecond=0)
        for tid, fields in wire.items():
            level = specs[int(tid[1:])]["tier"] or 1
            p = place(fields, Tier.from_level(level), whole)
            expected = (None if p.lane is None else p.lane.value, p.sla.state.value, p.score)
            assert got[tid] == expected, (fields, level)
        s.rollback()


def _add(s: Session, tid: str, **kw: Any) -> None:
    base: dict[str, Any] = {
        "client_uid": "U1",
        "client_tier": 3,
        "status": "open",
        "priority": "normal",
        "category": "trading",
        "channel": Channel.CHAT.value,
        "language": "en",
        "created_at": db_time(NOW - timedelta(hours=1)),
        "first_response_due": db_time(NOW + timedelta(hours=2)),
        "resolution_due": db_time(NOW + timedelta(hours=40)),
        "data": "{}",
    }
    base.update(kw)
    s.add(TicketRow(id=tid, **base))


def test_lane_index_orders_by_score_then_due_and_filters(engine: Any) -> None:
    with Session(engine) as s:
        s.execute(delete(TicketRow))
        s.add(StaffRow(id="S1", display_name="Alice Wang", data="{}"))
        _add(s, "a", first_response_due=db_time(NOW + timedelta(hours=3)))
        _add(s, "b", first_response_due=db_time(NOW + timedelta(minutes=10)))
        _add(s, "c", first_response_due=db_time(NOW + timedelta(hours=3, minutes=30)))
        _add(s, "d", status="pending_client", assignee_id="S1")
        _add(s, "e", status="solved")
        _add(s, "f", priority="urgent", category="withdrawal", language="zh", assignee_id="S1")
        _add(s, "g", client_tier=8, first_response_due=db_time(NOW - timedelta(minutes=1)))
        _add(s, "h", status="escalated", channel="email")
        _add(s, "i", client_tier=6)
        s.flush()
        idx = lane_index(raw(s), LaneFilter(), NOW)
        assert idx.ids[Lane.STANDARD] == ["b", "a", "c"]
        assert idx.ids[Lane.WAITING_ON_CLIENT] == ["d"]
        assert idx.ids[Lane.EMERGENCY] == ["g", "f"]  # 24+10+8+40 beats 9+30+15+10
        assert idx.breached[Lane.EMERGENCY] == 1
        assert idx.ids[Lane.ESCALATED] == ["h"]
        assert idx.ids[Lane.VIP_PRIORITY] == ["i"]
        assert idx.lane_of("e") is None

        mine = lane_index(raw(s), LaneFilter(scope=Scope.MINE, me_id="S1"), NOW)
        assert sum(mine.count(lane) for lane in Lane) == 2
        unassigned = lane_index(raw(s), LaneFilter(scope=Scope.UNASSIGNED), NOW)
        assert sum(unassigned.count(lane) for lane in Lane) == 6
        assert lane_index(raw(s), LaneFilter(language="zh"), NOW).ids[Lane.EMERGENCY] == ["f"]
        assert lane_index(raw(s), LaneFilter(channel="email"), NOW).ids[Lane.ESCALATED] == ["h"]

        rows = ticket_rows(raw(s), ["f", "a"])
        assert rows["f"].assignee_name == "Alice Wang"
        assert rows["a"].assignee_name == ""
        assert rows["a"].sla(NOW).clock is SlaClock.FIRST_RESPONSE
        s.rollback()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(ticket_st, st.integers(min_value=0, max_value=5),
                          st.sampled_from(["S1", None])), min_size=0, max_size=60))
def test_lane_index_folds_the_rows_in_their_order(
    engine: Any, specs: list[tuple[dict[str, Any], int, str | None]]
) -> None:
    """:func:`lane_index` reads its rows folded into one by SQLite; folded or row by row,
    every lane holds the same ids in the same order (SQLite keeps the subquery's ORDER BY
    under an aggregate: this fails if a version ever stops doing so)."""
    with Session(engine) as s:
        s.execute(delete(TicketRow))
        for i, (spec, hours_ago, assignee) in enumerate(specs):
            _add(s, f"T{i:03d}", status=spec["status"], priority=spec["priority"],
                 category=spec["category"], client_tier=spec["tier"], assignee_id=assignee,
                 created_at=db_time(NOW - timedelta(hours=hours_ago)),
                 first_response_due=_ts(spec["first_response_due"]),
                 first_responded_at=_ts(-60) if spec["responded"] else None,
                 next_response_due=_ts(spec["next_response_due"]),
                 resolution_due=_ts(spec["resolution_due"]))
        s.flush()
        for filt in (LaneFilter(), LaneFilter(scope=Scope.MINE, me_id="S1"),
                     LaneFilter(scope=Scope.UNASSIGNED)):
            folded = lane_index(raw(s), filt, NOW)
            by_row: dict[Lane, list[str]] = {lane: [] for lane in Lane}
            late: set[str] = set()
            for tid, lane, is_late in raw(s).execute(*lane_index_query(filt, NOW)):
                by_row[Lane(lane)].append(tid)
                if is_late:
                    late.add(tid)
            assert folded.ids == by_row
            assert folded.late == late
            assert folded.breached == {lane: len(late & set(ids)) for lane, ids in by_row.items()}
        s.rollback()
