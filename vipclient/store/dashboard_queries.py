"""The dashboard's reads over the cache: every figure it draws, and the rows behind a bar.

Plain SQL on a DB-API connection (the standard library's ``sqlite3``, ``store.reader``), one
snapshot for the lot. Time-based figures read ranges of ``dashboard_facts``
(``store/dashboard_facts.py``); the open tickets per lane count the lane rules' SQL
(``store/lane_sql.py``) over the lanes' covering index; requests, freezes and risk alerts are
small tables read whole. A scope is the signed-in person's (tickets assigned to them, requests
they made, freezes and alerts of the clients they manage or froze) or the whole team's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple

from vipclient.domain.dashboard import Day, attainment, median
from vipclient.domain.enums import Category, Channel, Tier
from vipclient.domain.lanes import Lane
from vipclient.store import lane_sql
from vipclient.store.alert_queries import QUEUE_STATUSES
from vipclient.store.dashboard_facts import CHANNELS_SQL, SLA_KINDS, TABLE, FactKind
from vipclient.store.lane_queries import (
    Connection,
    LaneFilter,
    Scope,
    TicketListRow,
    lane_index,
    ticket_rows,
    truncate_now,
)
from vipclient.store.timefmt import db_time

__all__ = [
    "ChannelFigures", "DashScope", "DashboardFigures", "DayFigures", "FactSelection", "Freeze",
    "LaneCount", "PendingRequest", "RiskAlert", "Tally", "TicketList", "TierMedian",
    "figures", "pending_requests", "tickets_behind",
]


@dataclass(frozen=True, slots=True)
class DashScope:
    """Whose figures: the person's (``me_id``) or, with ``team``, everyone's."""

    me_id: str
    team: bool = False


@dataclass(frozen=True, slots=True)
class Tally:
    """Settled cycles: how many met their target, how many missed it."""

    met: int = 0
    missed: int = 0

    @property
    def total(self) -> int:
        return self.met + self.missed

    @property
    def pct(self) -> float | None:
        return attainment(self.met, self.missed)


@dataclass(frozen=True, slots=True)
class DayFigures:
    day: date
    first_response: Tally
    next_response: Tally
    resolution: Tally


@dataclass(frozen=True, slots=True)
class LaneCount:
    lane: Lane
    open: int
    breached: int


@dataclass(frozen=True, slots=True)
class TierMedian:
    """Tickets of one tier opened in the window that had a first response: how many, and
    the median time to it in seconds (``None`` when none)."""

    tier: int
    responses: int
    median_secs: float | None


@dataclass(frozen=True, slots=True)
class ChannelFigures:
    channel: str
    opened: int
    first_response: Tally
    resolution: Tally


class PendingRequest(NamedTuple):
    kind: str  # fee_request | withdrawal_request | api_access_request
    id: str
    client_uid: str
    client_name: str
    requester_id: str | None
    requester_name: str
    created_at: str | None


class Freeze(NamedTuple):
    id: str
    client_uid: str
    client_name: str
    scopes: tuple[str, ...]
    reason_code: str | None
    created_by: str
    created_at: str | None


class RiskAlert(NamedTuple):
    id: str
    client_uid: str
    client_name: str
    kind: str
    severity: str
    status: str
    summary: str
    created_at: str | None


@dataclass(frozen=True)
class DashboardFigures:
    """Everything the dashboard draws, read in one snapshot at ``now``."""

    now: datetime
    days: list[Day]
    lanes: list[LaneCount]
    per_day: list[DayFigures]
    medians: list[TierMedian]
    channels: list[ChannelFigures]
    breaches: dict[tuple[int, str], int]
    pending: list[PendingRequest]
    freezes: list[Freeze]
    risk_alerts: list[RiskAlert] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- helpers


def _window(days: Sequence[Day]) -> tuple[str, str]:
    return str(db_time(days[0].start)), str(db_time(days[-1].end))


def _mine(scope: DashScope, column: str) -> tuple[str, dict[str, Any]]:
    if scope.team:
        return "", {}
    return f" AND {column} = :me", {"me": scope.me_id}


def _facts(kinds: Iterable[FactKind], alias: str = "") -> str:
    """Facts of these kinds, every channel named: the index is read in its order."""
    a = f"{alias}." if alias else ""
    return (f"{a}kind IN ({', '.join(str(int(k)) for k in kinds)})"
            f" AND {a}channel IN {CHANNELS_SQL}")


def _ordered(known: Iterable[str], seen: Iterable[str | None]) -> list[str]:
    """The contract's values in its order, then anything else the cache holds (sorted)."""
    order = list(known)
    extra = sorted({v for v in seen if v is not None and v not in order})
    return order + extra


def has_table(conn: Connection, name: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def _columns(conn: Connection, table: str) -> set[str]:
    return {str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")}


# --------------------------------------------------------------------------- figures


def lane_counts(conn: Connection, scope: DashScope, now: datetime) -> list[LaneCount]:
    """Open tickets per lane, with how many of them are breached now."""
    filt = LaneFilter(scope=Scope.ALL if scope.team else Scope.MINE, me_id=scope.me_id)
    where, values = filt.where()
    sql = (f"SELECT {lane_sql.lane()}, count(*), coalesce(sum({lane_sql.BREACHED}), 0)"
           f" FROM tickets AS t WHERE {where} GROUP BY 1")
    found = {name: (n, late) for name, n, late in
             conn.execute(sql, {**lane_sql.params(truncate_now(now)), **values})}
    return [LaneCount(lane, *found.get(lane.value, (0, 0))) for lane in Lane]


def per_day(conn: Connection, scope: DashScope, days: Sequence[Day]) -> list[DayFigures]:
    """Settled SLA cycles per clock for each day (by the moment each was settled)."""
    rows = ", ".join(f"({n}, :s{n}, :e{n})" for n in range(len(days)))
    values: dict[str, Any] = {}
    for n, d in enumerate(days):
        values[f"s{n}"], values[f"e{n}"] = db_time(d.start), db_time(d.end)
    mine, extra = _mine(scope, "f.assignee_id")
    sql = (f"WITH days(n, s, e) AS (VALUES {rows})"
           f" SELECT d.n, f.kind, count(*), coalesce(sum(f.met), 0) FROM days AS d"
           f" JOIN {TABLE} AS f ON {_facts(SLA_KINDS, 'f')}"
           f" AND f.at >= d.s AND f.at < d.e WHERE true{mine} GROUP BY d.n, f.kind")
    tallies: dict[tuple[int, int], Tally] = {}
    for n, kind, total, met in conn.execute(sql, {**values, **extra}):
        tallies[(n, kind)] = Tally(met, total - met)
    return [
        DayFigures(
            d.day,
            tallies.get((n, FactKind.FIRST_RESPONSE), Tally()),
            tallies.get((n, FactKind.NEXT_RESPONSE), Tally()),
            tallies.get((n, FactKind.RESOLUTION), Tally()),
        )
        for n, d in enumerate(days)
    ]


def channel_figures(conn: Connection, scope: DashScope, days: Sequence[Day]
                    ) -> list[ChannelFigures]:
    """Per channel: tickets opened in the window, and first responses and resolutions
    settled in it."""
    start, end = _window(days)
    mine, extra = _mine(scope, "assignee_id")
    kinds = (FactKind.FIRST_RESPONSE, FactKind.RESOLUTION, FactKind.CREATED)
    sql = (f"SELECT kind, channel, count(*), coalesce(sum(met), 0) FROM {TABLE}"
           f" WHERE {_facts(kinds)} AND at >= :start AND at < :end{mine}"
           f" GROUP BY kind, channel")
    found: dict[tuple[int, str | None], tuple[int, int]] = {}
    for kind, channel, total, met in conn.execute(sql, {"start": start, "end": end, **extra}):
        found[(kind, channel)] = (total, met)

    def tally(kind: FactKind, channel: str) -> Tally:
        total, met = found.get((kind, channel), (0, 0))
        return Tally(met, total - met)

    channels = _ordered((c.value for c in Channel), (ch for _k, ch in found))
    return [
        ChannelFigures(ch, found.get((FactKind.CREATED, ch), (0, 0))[0],
                       tally(FactKind.FIRST_RESPONSE, ch), tally(FactKind.RESOLUTION, ch))
        for ch in channels
    ]


def breaches(conn: Connection, scope: DashScope, days: Sequence[Day]
             ) -> dict[tuple[int, str], int]:
    """SLA cycles (any clock) that missed their target in the window, by tier and category."""
    start, end = _window(days)
    mine, extra = _mine(scope, "assignee_id")
    sql = (f"SELECT tier, coalesce(category, ''), count(*) FROM {TABLE}"
           f" WHERE {_facts(SLA_KINDS)}"
           f" AND at >= :start AND at < :end AND met = 0{mine} GROUP BY tier, category")
    return {(int(tier), str(cat)): int(n)
            for tier, cat, n in conn.execute(sql, {"start": start, "end": end, **extra})}


def first_response_medians(conn: Connection, scope: DashScope, days: Sequence[Day]
                           ) -> list[TierMedian]:
    """Per tier, the median time to the first response of the tickets opened in the window
    that have had one."""
    start, end = _window(days)
    mine, extra = _mine(scope, "assignee_id")
    sql = (f"SELECT tier, secs FROM {TABLE} WHERE {_facts((FactKind.CREATED,))}"
           f" AND at >= :start AND at < :end AND secs IS NOT NULL{mine}")
    by_tier: dict[int, list[int]] = {t.level: [] for t in Tier}
    for tier, secs in conn.execute(sql, {"start": start, "end": end, **extra}):
        by_tier.setdefault(int(tier), []).append(int(secs))
    return [TierMedian(tier, len(v), median(v)) for tier, v in sorted(by_tier.items())]


_REQUEST_TABLES = (
    ("fee_request", "fee_requests"),
    ("withdrawal_request", "withdrawal_requests"),
    ("api_access_request", "api_access_requests"),
)
_REQUEST_COLUMNS = {"id", "client_uid", "requester_id", "status", "created_at"}


def pending_requests(conn: Connection, scope: DashScope) -> list[PendingRequest]:
    """Requests waiting for approval, oldest first (fee and withdrawal requests, and API
    access requests where the cache keeps them); the person's: those they made."""
    mine, values = _mine(scope, "r.requester_id")
    parts = [
        f"SELECT '{kind}', r.id, r.client_uid, coalesce(c.display_name, r.client_uid),"
        f" r.requester_id, coalesce(s.display_name, r.requester_id, ''), r.created_at"
        f" FROM {table} AS r LEFT JOIN clients AS c ON c.uid = r.client_uid"
        f" LEFT JOIN staff AS s ON s.id = r.requester_id"
        f" WHERE r.status = 'pending_approval'{mine}"
        for kind, table in _REQUEST_TABLES
        if has_table(conn, table) and _columns(conn, table) >= _REQUEST_COLUMNS
    ]
    if not parts:
        return []
    sql = " UNION ALL ".join(parts) + " ORDER BY 7, 2"
    return [PendingRequest(*row) for row in conn.execute(sql, values)]


def active_freezes(conn: Connection, scope: DashScope) -> list[Freeze]:
    """Freezes in force, newest first (the person's: of clients they manage or froze)."""
    mine = "" if scope.team else " AND (c.manager_id = :me OR f.created_by = :me)"
    sql = (
        "SELECT f.id, f.client_uid, coalesce(c.display_name, f.client_uid), f.scopes,"
        " f.reason_code, coalesce(s.display_name, f.created_by, ''), f.created_at"
        " FROM freezes AS f LEFT JOIN clients AS c ON c.uid = f.client_uid"
        " LEFT JOIN staff AS s ON s.id = f.created_by"
        f" WHERE f.status = 'active'{mine} ORDER BY f.created_at DESC, f.id"
    )
    return [
        Freeze(fid, uid, name, tuple(x for x in (scopes or "").split(",") if x), reason, by, at)
        for fid, uid, name, scopes, reason, by, at in
        conn.execute(sql, {} if scope.team else {"me": scope.me_id})
    ]




def _text(value: Any) -> str:
    return "" if value is None else str(value)


def open_risk_alerts(conn: Connection, scope: DashScope) -> list[RiskAlert]:
    """Alerts in the security desk's queue (not yet dismissed or actioned: the same statuses),
    newest first; the columns the cache keeps choose them, each row's ``data`` describes it."""
    statuses = ", ".join(f"'{s}'" for s in QUEUE_STATUSES)
    mine = "" if scope.team else " AND c.manager_id = :me"
    sql = (
        "SELECT r.id, r.data, coalesce(c.display_name, r.client_uid)"
        " FROM risk_alerts AS r LEFT JOIN clients AS c ON c.uid = r.client_uid"
        f" WHERE r.status IN ({statuses}) AND json_valid(r.data){mine}"
    )
    alerts = []
    for alert_id, data, name in conn.execute(sql, {} if scope.team else {"me": scope.me_id}):
        d = json.loads(data)
        alerts.append(RiskAlert(
            str(alert_id), _text(d.get("client_uid")), _text(name), _text(d.get("kind")),
            _text(d.get("severity")), _text(d.get("status")), _text(d.get("summary")),
            db_time(d["created_at"]) if isinstance(d.get("created_at"), str) else None,
        ))
    alerts.sort(key=lambda a: (a.created_at or "", a.id), reverse=True)
    return alerts


def figures(conn: Connection, scope: DashScope, now: datetime, days: Sequence[Day]
            ) -> DashboardFigures:
    """Every figure of the dashboard at ``now`` over ``days`` (oldest first)."""
    found_breaches = breaches(conn, scope, days)
    categories = _ordered((c.value for c in Category), (cat for _t, cat in found_breaches))
    return DashboardFigures(
        now=now,
        days=list(days),
        lanes=lane_counts(conn, scope, now),
        per_day=per_day(conn, scope, days),
        medians=first_response_medians(conn, scope, days),
        channels=channel_figures(conn, scope, days),
        breaches=found_breaches,
        pending=pending_requests(conn, scope),
        freezes=active_freezes(conn, scope),
        risk_alerts=open_risk_alerts(conn, scope),
        categories=categories,
    )


# --------------------------------------------------------------------------- behind a bar


@dataclass(frozen=True, slots=True)
class FactSelection:
    """Which facts a bar or point stands for: their kinds, a span of time, and optionally
    met/missed, a tier, a category, a channel, only tickets that had a first response
    (``answered``: the slowest first). ``lane`` instead: the open tickets of a lane (with
    ``met=False``, those breached now)."""

    kinds: tuple[FactKind, ...] = ()
    start: datetime | None = None
    end: datetime | None = None
    met: bool | None = None
    tier: int | None = None
    category: str | None = None
    channel: str | None = None
    answered: bool = False
    lane: Lane | None = None


@dataclass(frozen=True)
class TicketList:
    """The tickets behind a bar: the first ``limit`` rows (most telling first) and how many
    there are in all."""

    rows: list[TicketListRow]
    total: int


def tickets_behind(conn: Connection, selection: FactSelection, scope: DashScope,
                   now: datetime, limit: int = 500) -> TicketList:
    """The tickets a bar stands for. Facts: those that missed first, then the newest; a
    lane: in the lane's own order."""
    if selection.lane is not None:
        filt = LaneFilter(scope=Scope.ALL if scope.team else Scope.MINE, me_id=scope.me_id)
        index = lane_index(conn, filt, now)
        ids = index.ids[selection.lane]
        if selection.met is False:
            ids = [tid for tid in ids if tid in index.late]
        total = len(ids)
    else:
        clauses = [_facts(selection.kinds)]
        values: dict[str, Any] = {}
        for name, value in (("start", selection.start), ("end", selection.end)):
            if value is not None:
                clauses.append(f"at {'>=' if name == 'start' else '<'} :{name}")
                values[name] = db_time(value)
        for column in ("tier", "category", "channel"):
            value = getattr(selection, column)
            if value is not None:
                clauses.append(f"{column} = :{column}")
                values[column] = value
        if selection.met is not None:
            clauses.append("met = :met")
            values["met"] = 1 if selection.met else 0
        if selection.answered:
            clauses.append("secs IS NOT NULL")
        mine, extra = _mine(scope, "assignee_id")
        where = " AND ".join(clauses) + mine
        total = int(conn.execute(
            f"SELECT count(DISTINCT ticket_id) FROM {TABLE} WHERE {where}", {**values, **extra}
        ).fetchone()[0])
        first = "max(secs) DESC" if selection.answered else "min(coalesce(met, 1))"
        ids = [str(tid) for (tid,) in conn.execute(
            f"SELECT ticket_id FROM {TABLE} WHERE {where} GROUP BY ticket_id"
            f" ORDER BY {first}, max(at) DESC, ticket_id LIMIT :limit",
            {**values, **extra, "limit": limit},
        )]
    shown = ids[:limit]
    rows = ticket_rows(conn, shown)
    return TicketList([rows[tid] for tid in shown if tid in rows], total)
