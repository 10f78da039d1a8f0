"""The lanes over the cache: which open tickets are in which lane, in order; the few rows a
screen shows; what the person must hear about. Plain SQL (``store.lane_sql``) on a DB-API
connection to the cache — the standard library's ``sqlite3`` — so the window's first paint
reads its lanes without loading the ORM.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple, Protocol

from vipclient.domain.enums import Channel, Tier
from vipclient.domain.lanes import Lane, SlaReading, SlaState, read_sla
from vipclient.store import lane_sql
from vipclient.store.lane_sql import CLOSED, DUE, OPEN, TIER_LEVEL


class Connection(Protocol):
    """What these queries need of a DB-API connection (``sqlite3.Connection``)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


def truncate_now(now: datetime) -> datetime:
    """The cache keeps whole seconds; comparing with a whole-second ``now`` keeps the SQL and
    the pure rules in exact agreement (callers place tickets at this ``now``)."""
    return now.replace(microsecond=0)


class Scope:
    """The "whose tickets" filter of the lanes screen."""

    MINE = "mine"
    UNASSIGNED = "unassigned"
    ALL = "all"


@dataclass(frozen=True)
class LaneFilter:
    scope: str = Scope.ALL
    me_id: str | None = None
    language: str | None = None
    channel: str | None = None

    def where(self) -> tuple[str, dict[str, Any]]:
        """The ``WHERE`` clause of open tickets matching this filter, and its parameters."""
        clauses = [f"t.{OPEN}"]
        values: dict[str, Any] = {}
        if self.scope == Scope.MINE:
            clauses.append("t.assignee_id = :me_id")
            values["me_id"] = self.me_id or ""
        elif self.scope == Scope.UNASSIGNED:
            clauses.append("t.assignee_id IS NULL")
        if self.language:
            clauses.append("t.language = :language")
            values["language"] = self.language
        if self.channel:
            clauses.append("t.channel = :channel")
            values["channel"] = self.channel
        return " AND ".join(clauses), values


#: A ticket's place in its lane's order: (−score, no clock running, due, created, id) — the
#: ``ORDER BY`` of :func:`lane_index` as a Python sort key (NULL sorts first, like "").
SortKey = tuple[int, bool, str, str, str]


def sort_key(score_value: int, due: str | None, created_at: str | None, ticket_id: str) -> SortKey:
    return (-int(score_value), due is None, due or "", created_at or "", ticket_id)


@dataclass
class LaneIndex:
    """Ticket ids per lane in priority order, plus breach counts, at one ``now``.

    ``mark`` is the newest ``updated_at`` of the cache when the index was read: the tickets
    changed since can be placed again (:func:`lane_patch`, :meth:`apply`) without
    recomputing every lane.
    """

    now: datetime
    ids: dict[Lane, list[str]] = field(default_factory=lambda: {lane: [] for lane in Lane})
    breached: dict[Lane, int] = field(default_factory=lambda: dict.fromkeys(Lane, 0))
    mark: str | None = None
    late: set[str] = field(default_factory=set, repr=False, compare=False)
    _lanes: dict[str, Lane] | None = field(default=None, repr=False, compare=False)

    def count(self, lane: Lane) -> int:
        return len(self.ids[lane])

    def lane_of(self, ticket_id: str) -> Lane | None:
        return self.lanes().get(ticket_id)

    def lanes(self) -> dict[str, Lane]:
        """``{id: lane}``, made on first use (a patch's worker) and kept by :meth:`apply`."""
        if self._lanes is None:
            self._lanes = {tid: lane for lane, ids in self.ids.items() for tid in ids}
        return self._lanes

    def apply(self, patch: LanePatch) -> None:
        """Take the patch's lists (made from this index's) and counts."""
        lanes = self.lanes()
        for lane, tid in patch.left:
            lanes.pop(tid, None)
            if tid in self.late:
                self.late.discard(tid)
                self.breached[lane] -= 1
        for lane, new_ids in patch.ids.items():
            self.ids[lane] = new_ids
        for tid, (lane, is_late) in patch.placed.items():
            lanes[tid] = lane
            if is_late:
                self.late.add(tid)
                self.breached[lane] += 1
        self.mark = patch.mark


@dataclass(frozen=True)
class LanePatch:
    """Tickets whose cache row changed since a mark: where they were, where they go, and the
    new id lists of the lanes they touched (each ``came`` item is ``(row, id)``, ascending)."""

    mark: str | None
    changed: frozenset[str]
    left: list[tuple[Lane, str]]
    placed: dict[str, tuple[Lane, bool]]
    ids: dict[Lane, list[str]]
    came: dict[Lane, list[tuple[int, str]]]


_BY_NAME = {lane.value: lane for lane in Lane}


def _newest_change(conn: Connection) -> str | None:
    """The newest ``updated_at`` in the cache (the index on it answers at once)."""
    value = conn.execute("SELECT max(updated_at) FROM tickets").fetchone()[0]
    return None if value is None else str(value)


def _placed_ids(ids: list[str]) -> tuple[str, dict[str, str]]:
    """``t.id IN (:id0, …)`` for ``ids`` and its parameters."""
    names = {f"id{n}": tid for n, tid in enumerate(ids)}
    return "t.id IN (" + ", ".join(f":{name}" for name in names) + ")", names


def lane_index_query(filt: LaneFilter, now: datetime) -> tuple[str, dict[str, Any]]:
    """Every open ticket matching ``filt`` as rows ``(id, lane, late)`` in lane order
    (priority score, then due soonest, then oldest), and the parameters (``now`` truncated)."""
    where, values = filt.where()
    sql = (
        f"SELECT t.id AS id, {lane_sql.lane()} AS lane, coalesce({lane_sql.BREACHED}, 0) AS late"
        f" FROM tickets AS t WHERE {where}"
        f" ORDER BY {lane_sql.score()} DESC, {DUE} IS NULL, {DUE}, t.created_at, t.id"
    )
    return sql, {**lane_sql.params(now), **values}


def lane_index(conn: Connection, filt: LaneFilter, now: datetime) -> LaneIndex:
    """Every open ticket matching ``filt``, placed in its lane and ordered by priority score
    (ties: due soonest, then oldest). One query, answered in one row.

    The rows of :func:`lane_index_query` are folded by SQLite itself into three values (the
    ids as a JSON array, the lanes and the late flags as text) in their order: SQLite keeps a
    subquery's ``ORDER BY`` when the outer query aggregates with anything but count, min or
    max, for exactly this use of ``group_concat`` (a test compares both on every change).
    One row instead of 32,000 matters at the start: ``sqlite3`` lets go of the interpreter's
    lock for each row and must take it back after, and the warm start's thread reads the
    lanes while the UI thread imports Qt, which keeps that lock; row by row, the lane index
    took 110–190 ms there against 65 alone, in one row about the time it takes alone."""
    now = truncate_now(now)
    # Read before the lanes: a change committed meanwhile is newer and a patch finds it.
    mark = _newest_change(conn)
    sql, values = lane_index_query(filt, now)
    ids_json, lanes, late = conn.execute(
        "SELECT json_group_array(id), group_concat(lane, ','), group_concat(late, '')"
        f" FROM ({sql})", values,
    ).fetchone()
    index = LaneIndex(now, mark=mark)
    if not lanes:
        return index
    ids, breached, late_ids = index.ids, index.breached, index.late
    for ticket_id, lane_name, is_late in zip(json.loads(ids_json), lanes.split(","), late,
                                             strict=True):
        which = _BY_NAME[lane_name]
        ids[which].append(ticket_id)
        if is_late == "1":
            breached[which] += 1
            late_ids.add(ticket_id)
    return index


def lane_patch(
    conn: Connection, filt: LaneFilter, index: LaneIndex, since: str, limit: int
) -> LanePatch | None:
    """The tickets changed since ``since`` (``updated_at`` at or after it) placed again at the
    index's ``now`` into copies of the lanes they touch; None when more than ``limit`` changed
    (then a full :func:`lane_index` is the cheaper way). ``index`` is only read here."""
    now = index.now
    at = lane_sql.params(now)
    mark = _newest_change(conn)
    changed = [
        str(tid) for (tid,) in conn.execute(
            "SELECT id FROM tickets WHERE updated_at >= :since LIMIT :n",
            {"since": since, "n": limit + 1},
        )
    ]
    if len(changed) > limit:
        return None
    placed: dict[str, tuple[Lane, bool]] = {}
    keys: dict[str, SortKey] = {}
    if changed:
        where, values = filt.where()
        among, names = _placed_ids(changed)
        sql = (
            f"SELECT t.id, {lane_sql.lane()}, {lane_sql.BREACHED}, {lane_sql.score()}, {DUE},"
            f" t.created_at FROM tickets AS t WHERE {among} AND {where}"
        )
        for tid, lane_name, is_late, score_value, due_at, created in conn.execute(
            sql, {**at, **values, **names}
        ):
            placed[tid] = (_BY_NAME[lane_name], bool(is_late))
            keys[tid] = sort_key(score_value, due_at, created, tid)
    lanes = index.lanes()
    left = [(lanes[tid], tid) for tid in changed if tid in lanes]
    touched = {ln for ln, _ in left} | {ln for ln, _ in placed.values()}
    gone = frozenset(changed)
    key_sql = f"SELECT {lane_sql.score()}, {DUE}, t.created_at FROM tickets AS t WHERE t.id = :tid"

    def key_of(tid: str) -> SortKey:
        # Only the ~log2(n) rows a binary search probes are read, by primary key.
        key = keys.get(tid)
        if key is None:
            got = conn.execute(key_sql, {**at, "tid": tid}).fetchone()
            row = (0, None, None) if got is None else (got[0], got[1], got[2])
            key = sort_key(row[0], row[1], row[2], tid)
            keys[tid] = key
        return key

    new_ids: dict[Lane, list[str]] = {}
    came: dict[Lane, list[tuple[int, str]]] = {}
    for ln in touched:
        ids = [tid for tid in index.ids[ln] if tid not in gone]
        arriving = sorted((keys[tid], tid) for tid, (where_to, _) in placed.items()
                          if where_to is ln)
        for key, tid in arriving:
            ids.insert(bisect.bisect_left(ids, key, key=key_of), tid)
        new_ids[ln] = ids
        came[ln] = sorted((ids.index(tid), tid) for _, tid in arriving)
    return LanePatch(mark=mark or since, changed=gone, left=left, placed=placed,
                     ids=new_ids, came=came)


def place_in_sql(conn: Connection, ticket_ids: Iterable[str],
                 now: datetime) -> dict[str, Any]:
    """``{id: (lane, sla_state, score)}`` as the SQL computes them (tests compare with the
    pure rules; the screens use :func:`lane_index`)."""
    now = truncate_now(now)
    among, names = _placed_ids(list(ticket_ids))
    sql = (f"SELECT t.id, {lane_sql.lane()}, {lane_sql.sla_state()}, {lane_sql.score()}"
           f" FROM tickets AS t WHERE {among}")
    return {tid: (ln, st, sc)
            for tid, ln, st, sc in conn.execute(sql, {**lane_sql.params(now), **names})}


class TicketListRow(NamedTuple):
    """What one row of a lane shows; the SLA countdown is read from it at paint time."""

    id: str
    client_uid: str
    client_name: str
    tier_level: int
    subject: str
    language: str
    channel: str
    category: str
    priority: str
    status: str
    assignee_id: str | None
    assignee_name: str
    created_at: str | None
    first_response_due: str | None
    first_responded_at: str | None
    next_response_due: str | None
    resolution_due: str | None
    client_status: str = "active"  # "frozen": the lanes mark the client's name

    @property
    def tier(self) -> Tier:
        return Tier.from_level(self.tier_level)

    def sla(self, now: datetime) -> SlaReading:
        """The applying clock at ``now`` (the pure rules, so it agrees with the lane SQL)."""
        return read_sla(self._asdict(), self.tier, now)


#: The columns of a :class:`TicketListRow`, in its order.
_ROW_COLUMNS = (
    "t.id", "t.client_uid", "coalesce(t.client_name, t.client_uid)", TIER_LEVEL,
    "t.subject", "coalesce(t.language, '')", "coalesce(t.channel, '')",
    "coalesce(t.category, 'other')", "coalesce(t.priority, 'normal')", "t.status",
    "t.assignee_id", "coalesce(s.display_name, t.assignee_id, '')", "t.created_at",
    "t.first_response_due", "t.first_responded_at", "t.next_response_due", "t.resolution_due",
    "coalesce((SELECT c.status FROM clients AS c WHERE c.uid = t.client_uid), 'active')",
)
# One row of JSON, not a row per ticket, for the reason given in :func:`lane_index` (the warm
# start reads the first screenful of rows while the UI thread imports).
_ROWS_SQL = (
    f"SELECT json_group_array(json_array({', '.join(_ROW_COLUMNS)}))"
    " FROM tickets AS t LEFT OUTER JOIN staff AS s ON s.id = t.assignee_id WHERE "
)


def ticket_rows(conn: Connection, ticket_ids: Iterable[str]) -> dict[str, TicketListRow]:
    """List rows for a few ids (the visible ones), with the assignee's display name."""
    ids = list(ticket_ids)
    if not ids:
        return {}
    among, names = _placed_ids(ids)
    (found,) = conn.execute(_ROWS_SQL + among, names).fetchone()
    return {row[0]: TicketListRow(*row) for row in json.loads(found)}


def languages_and_channels(conn: Connection) -> tuple[list[str], list[str]]:
    """Values for the lanes' filter menus: the languages the book's clients speak and the
    contract's channels (scanning 100,000 tickets for distinct values would cost more than
    the lane index itself). Each client's languages are a comma-separated list; SQLite joins
    the distinct lists with commas too, in one row (see :func:`lane_index` for why)."""
    (listed,) = conn.execute("SELECT group_concat(DISTINCT languages) FROM clients").fetchone()
    langs = {x for x in (listed or "").split(",") if x}
    return sorted(langs), [c.value for c in Channel]


class WatchItem(NamedTuple):
    """A ticket of the person's book that is in Emergency or about to breach."""

    id: str
    kind: str  # "emergency" | "at_risk"
    subject: str
    client_name: str


def watch_list(conn: Connection, me_id: str, now: datetime) -> list[WatchItem]:
    """Open tickets assigned to ``me_id`` or of a client they manage that are in Emergency or
    whose applying SLA clock is at risk."""
    now = truncate_now(now)
    lane_col, state_col = lane_sql.lane(), lane_sql.sla_state()
    sql = (
        f"SELECT t.id, {lane_col}, t.subject, coalesce(t.client_name, t.client_uid)"
        f" FROM tickets AS t WHERE t.status NOT IN {CLOSED}"
        " AND (t.assignee_id = :me OR t.client_uid IN"
        " (SELECT uid FROM clients WHERE manager_id = :me))"
        f" AND ({lane_col} = '{Lane.EMERGENCY.value}'"
        f" OR {state_col} = '{SlaState.AT_RISK.value}')"
    )
    out: list[WatchItem] = []
    for tid, lane_name, subject, client_name in conn.execute(
        sql, {**lane_sql.params(now), "me": me_id}
    ):
        kind = "emergency" if lane_name == Lane.EMERGENCY.value else "at_risk"
        out.append(WatchItem(tid, kind, subject, client_name))
    return out
