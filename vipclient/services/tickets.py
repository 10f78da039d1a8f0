"""Tickets for the screens: lane placement over the cache, list rows, a ticket's thread, and the
commands a person gives on a ticket (each one an outbox row).

**Lanes in SQL.** Placing 100,000 tickets must not load them into Python, so the cache computes
lane, SLA state and priority score itself with the rules of :mod:`vipclient.domain.lanes`
written as SQL ``CASE`` expressions. Every threshold comes from the domain module's constants
and the SLA table; ``now`` enters only as bound parameters (the applying clock's due time is
compared with ``now`` and with ``now`` plus a quarter of that clock's target — stored
timestamps are fixed-width RFC 3339 text, so text order is time order).
``tests/unit/services/test_lane_sql.py`` checks on generated tickets that the SQL and the pure
functions always agree.

A ticket whose client is not in the cache yet has no ``client_tier``; both sides treat it as
VIP1 (:data:`UNKNOWN_TIER_LEVEL`) until the client arrives (the cache stores 0 for a tier
it cannot read; that counts as unknown too).
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple, Protocol

from sqlalchemy import Table, and_, bindparam, case, func, literal, null, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from vipclient.domain.enums import (
    ESCALATABLE_FROM,
    Channel,
    Priority,
    SlaClock,
    Team,
    TicketStatus,
    Tier,
    allowed_status_changes,
)
from vipclient.domain.lanes import (
    AT_RISK_SHARE,
    BREACHED_POINTS,
    CATEGORY_POINTS,
    EMERGENCY_BREACH_MIN_LEVEL,
    EMERGENCY_CATEGORIES,
    NO_LANE_STATUSES,
    PRIORITY_POINTS,
    SLA_STEPS,
    TIER_POINTS_PER_LEVEL,
    VIP_PRIORITY_MIN_LEVEL,
    Lane,
    SlaReading,
    SlaState,
    clock_target,
    read_sla,
)
from vipclient.store import outbox
from vipclient.store.effects import Patch
from vipclient.store.models import MessageRow, OutboxRow, StaffRow, TicketRow
from vipclient.store.timefmt import db_time

UNKNOWN_TIER_LEVEL = 1

_T: Table = TicketRow.__table__  # type: ignore[assignment]


def truncate_now(now: datetime) -> datetime:
    """The cache keeps whole seconds; comparing with a whole-second ``now`` keeps the SQL and
    the pure rules in exact agreement (callers place tickets at this ``now``)."""
    return now.replace(microsecond=0)


def tier_level() -> ColumnElement[Any]:
    """The client's tier level 1–10; unknown (no client row yet, or 0) counts as VIP1."""
    return case(
        (_T.c.client_tier.between(1, 10), _T.c.client_tier), else_=literal(UNKNOWN_TIER_LEVEL)
    )


def applying_clock() -> ColumnElement[Any]:
    """Mirror of ``sla.current_target``: which clock counts down now (NULL: none)."""
    closed = [s.value for s in NO_LANE_STATUSES]
    return case(
        (_T.c.status.in_(closed), null()),
        (
            and_(_T.c.first_responded_at.is_(None), _T.c.first_response_due.is_not(None)),
            literal(SlaClock.FIRST_RESPONSE.value),
        ),
        (_T.c.next_response_due.is_not(None), literal(SlaClock.NEXT_RESPONSE.value)),
        (_T.c.status == TicketStatus.PENDING_CLIENT.value, null()),
        (_T.c.resolution_due.is_not(None), literal(SlaClock.RESOLUTION.value)),
        else_=null(),
    )


def applying_due() -> ColumnElement[Any]:
    """The due time of :func:`applying_clock` (NULL when nothing counts down)."""
    closed = [s.value for s in NO_LANE_STATUSES]
    return case(
        (_T.c.status.in_(closed), null()),
        (
            and_(_T.c.first_responded_at.is_(None), _T.c.first_response_due.is_not(None)),
            _T.c.first_response_due,
        ),
        (_T.c.next_response_due.is_not(None), _T.c.next_response_due),
        (_T.c.status == TicketStatus.PENDING_CLIENT.value, null()),
        else_=_T.c.resolution_due,
    )


def _at_risk_from(now: datetime) -> ColumnElement[Any]:
    """Per row, the moment from which the applying clock is at risk: its due time minus a
    quarter of its target is ≤ now ⇔ due ≤ now + quarter. Rows sharing a target share a WHEN."""
    groups: dict[tuple[str, str, timedelta], list[int]] = defaultdict(list)
    for tier in Tier:
        for priority in Priority:
            for sla_clock in SlaClock:
                quarter = clock_target(tier, priority, sla_clock) * AT_RISK_SHARE
                groups[(priority.value, sla_clock.value, quarter)].append(tier.level)
    running = applying_clock()
    whens = [
        (
            and_(_T.c.priority == prio, running == clk, tier_level().in_(levels)),
            literal(db_time(now + quarter)),
        )
        for (prio, clk, quarter), levels in groups.items()
    ]
    return case(*whens, else_=null())


def sla_state(now: datetime) -> ColumnElement[Any]:
    due = applying_due()
    stamp = db_time(now)
    return case(
        (due.is_(None), literal(SlaState.NONE.value)),
        (due < stamp, literal(SlaState.BREACHED.value)),
        (due <= _at_risk_from(now), literal(SlaState.AT_RISK.value)),
        else_=literal(SlaState.OK.value),
    )


def is_breached(now: datetime) -> ColumnElement[Any]:
    return applying_due() < db_time(now)


def lane(now: datetime) -> ColumnElement[Any]:
    """Mirror of ``lanes.route`` (NULL for solved and closed tickets)."""
    closed = [s.value for s in NO_LANE_STATUSES]
    emergency = or_(
        and_(
            _T.c.priority == Priority.URGENT.value,
            _T.c.category.in_([c.value for c in EMERGENCY_CATEGORIES]),
        ),
        and_(tier_level() >= EMERGENCY_BREACH_MIN_LEVEL, is_breached(now)),
    )
    return case(
        (_T.c.status.in_(closed), null()),
        (_T.c.status == TicketStatus.PENDING_CLIENT.value, literal(Lane.WAITING_ON_CLIENT.value)),
        (emergency, literal(Lane.EMERGENCY.value)),
        (_T.c.status == TicketStatus.ESCALATED.value, literal(Lane.ESCALATED.value)),
        (
            or_(tier_level() >= VIP_PRIORITY_MIN_LEVEL, _T.c.priority == Priority.URGENT.value),
            literal(Lane.VIP_PRIORITY.value),
        ),
        else_=literal(Lane.STANDARD.value),
    )


def score(now: datetime) -> ColumnElement[Any]:
    """Mirror of ``lanes.priority_score``."""
    due = applying_due()
    sla_whens: list[tuple[ColumnElement[Any], Any]] = [
        (due.is_(None), literal(0)),
        (due < db_time(now), literal(BREACHED_POINTS)),
    ]
    sla_whens += [(due <= db_time(now + limit), literal(points)) for limit, points in SLA_STEPS]
    return (
        tier_level() * TIER_POINTS_PER_LEVEL
        + case(
            *[(_T.c.priority == p.value, literal(v)) for p, v in PRIORITY_POINTS.items()],
            else_=literal(0),
        )
        + case(
            *[(_T.c.category == c.value, literal(v)) for c, v in CATEGORY_POINTS.items()],
            else_=literal(0),
        )
        + case(*sla_whens, else_=literal(0))
    )


# --- lane index: which tickets are in which lane, in order -------------------------------------


class SessionSource(Protocol):
    """What the services need of ``vipclient.store.cache.Cache``."""

    def read_session(self) -> Any: ...

    def session(self) -> Any: ...


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


def _filters(filt: LaneFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [
        _T.c.status.not_in([s.value for s in NO_LANE_STATUSES])
    ]
    if filt.scope == Scope.MINE:
        where.append(_T.c.assignee_id == (filt.me_id or ""))
    elif filt.scope == Scope.UNASSIGNED:
        where.append(_T.c.assignee_id.is_(None))
    if filt.language:
        where.append(_T.c.language == filt.language)
    if filt.channel:
        where.append(_T.c.channel == filt.channel)
    return where


def _newest_change(session: Session) -> str | None:
    """The newest ``updated_at`` in the cache (the index on it answers at once)."""
    value = session.execute(select(func.max(_T.c.updated_at))).scalar()
    return None if value is None else str(value)


def lane_index(session: Session, filt: LaneFilter, now: datetime) -> LaneIndex:
    """Every open ticket matching ``filt``, placed in its lane and ordered by priority score
    (ties: due soonest, then oldest). One query; only ids and lane names come back."""
    now = truncate_now(now)
    # Read before the lanes: a change committed meanwhile is newer and a patch finds it.
    mark = _newest_change(session)
    due = applying_due()
    stmt = (
        select(_T.c.id, lane(now).label("lane"), is_breached(now).label("breached"))
        .where(*_filters(filt))
        .order_by(
            score(now).desc(),
            due.is_(None),
            due,
            _T.c.created_at,
            _T.c.id,
        )
    )
    index = LaneIndex(now, mark=mark)
    by_name = {lane.value: lane for lane in Lane}
    ids = index.ids
    breached = index.breached
    late = index.late
    for ticket_id, lane_name, is_late in session.execute(stmt):
        which = by_name[lane_name]
        ids[which].append(ticket_id)
        if is_late:
            breached[which] += 1
            late.add(ticket_id)
    return index


def lane_patch(
    session: Session, filt: LaneFilter, index: LaneIndex, since: str, limit: int
) -> LanePatch | None:
    """The tickets changed since ``since`` (``updated_at`` at or after it) placed again at the
    index's ``now`` into copies of the lanes they touch; None when more than ``limit`` changed
    (then a full :func:`lane_index` is the cheaper way). ``index`` is only read here."""
    now = index.now
    mark = _newest_change(session)
    changed = [
        str(tid)
        for (tid,) in session.execute(
            select(_T.c.id).where(_T.c.updated_at >= since).limit(limit + 1)
        )
    ]
    if len(changed) > limit:
        return None
    by_name = {lane.value: lane for lane in Lane}
    due = applying_due()
    placed: dict[str, tuple[Lane, bool]] = {}
    keys: dict[str, SortKey] = {}
    if changed:
        stmt = select(
            _T.c.id, lane(now), is_breached(now), score(now), due, _T.c.created_at
        ).where(_T.c.id.in_(changed), *_filters(filt))
        for tid, lane_name, is_late, score_value, due_at, created in session.execute(stmt):
            placed[tid] = (by_name[lane_name], bool(is_late))
            keys[tid] = sort_key(score_value, due_at, created, tid)
    lanes = index.lanes()
    left = [(lanes[tid], tid) for tid in changed if tid in lanes]
    touched = {ln for ln, _ in left} | {ln for ln, _ in placed.values()}
    gone = frozenset(changed)
    key_stmt = select(score(now), due, _T.c.created_at).where(_T.c.id == bindparam("tid"))

    def key_of(tid: str) -> SortKey:
        # Only the ~log2(n) rows a binary search probes are read, by primary key.
        key = keys.get(tid)
        if key is None:
            got = session.execute(key_stmt, {"tid": tid}).first()
            row = (0, None, None) if got is None else (got[0], got[1], got[2])
            key = sort_key(row[0], row[1], row[2], tid)
            keys[tid] = key
        return key

    new_ids: dict[Lane, list[str]] = {}
    came: dict[Lane, list[tuple[int, str]]] = {}
    for ln in touched:
        ids = [tid for tid in index.ids[ln] if tid not in gone]
        arriving = sorted((keys[tid], tid) for tid, (at, _) in placed.items() if at is ln)
        for key, tid in arriving:
            ids.insert(bisect.bisect_left(ids, key, key=key_of), tid)
        new_ids[ln] = ids
        came[ln] = sorted((ids.index(tid), tid) for _, tid in arriving)
    return LanePatch(mark=mark or since, changed=gone, left=left, placed=placed,
                     ids=new_ids, came=came)


def place_in_sql(session: Session, ticket_ids: Iterable[str], now: datetime) -> dict[str, Any]:
    """``{id: (lane, sla_state, score)}`` as the SQL computes them (tests compare with the
    pure rules; the screens use :func:`lane_index`)."""
    now = truncate_now(now)
    stmt = select(_T.c.id, lane(now), sla_state(now), score(now)).where(
        _T.c.id.in_(list(ticket_ids))
    )
    return {tid: (ln, st, sc) for tid, ln, st, sc in session.execute(stmt)}


# --- list rows ---------------------------------------------------------------------------------


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

    @property
    def tier(self) -> Tier:
        return Tier.from_level(self.tier_level)

    def sla(self, now: datetime) -> SlaReading:
        """The applying clock at ``now`` (the pure rules, so it agrees with the lane SQL)."""
        return read_sla(self._asdict(), self.tier, now)


def ticket_rows(session: Session, ticket_ids: Iterable[str]) -> dict[str, TicketListRow]:
    """List rows for a few ids (the visible ones), with the assignee's display name."""
    ids = list(ticket_ids)
    if not ids:
        return {}
    staff: Table = StaffRow.__table__  # type: ignore[assignment]
    stmt = (
        select(
            _T.c.id,
            _T.c.client_uid,
            func.coalesce(_T.c.client_name, _T.c.client_uid),
            tier_level(),
            _T.c.subject,
            func.coalesce(_T.c.language, ""),
            func.coalesce(_T.c.channel, ""),
            func.coalesce(_T.c.category, "other"),
            func.coalesce(_T.c.priority, "normal"),
            _T.c.status,
            _T.c.assignee_id,
            func.coalesce(staff.c.display_name, _T.c.assignee_id, ""),
            _T.c.created_at,
            _T.c.first_response_due,
            _T.c.first_responded_at,
            _T.c.next_response_due,
            _T.c.resolution_due,
        )
        .select_from(_T.outerjoin(staff, staff.c.id == _T.c.assignee_id))
        .where(_T.c.id.in_(ids))
    )
    return {row[0]: TicketListRow(*row) for row in session.execute(stmt)}


def languages_and_channels(session: Session) -> tuple[list[str], list[str]]:
    """Values for the lanes' filter menus: the languages the book's clients speak and the
    contract's channels (scanning 100,000 tickets for distinct values would cost more than
    the lane index itself)."""
    from vipclient.store.models import ClientRow

    langs: set[str] = set()
    for listed in session.scalars(select(ClientRow.languages).distinct()):
        langs.update(x for x in (listed or "").split(",") if x)
    return sorted(langs), [c.value for c in Channel]


# --- one ticket: detail and thread ----------------------------------------------------------------


@dataclass(frozen=True)
class TicketDetail:
    id: str
    version: int
    data: dict[str, Any]
    client_uid: str
    client_name: str
    tier_level: int
    assignee_name: str

    @property
    def status(self) -> TicketStatus:
        return TicketStatus(self.data.get("status", TicketStatus.NEW))

    @property
    def tier(self) -> Tier:
        return Tier.from_level(self.tier_level)

    def sla(self, now: datetime) -> SlaReading:
        return read_sla(self.data, self.tier, now)


def ticket_detail(session: Session, ticket_id: str) -> TicketDetail | None:
    row = session.get(TicketRow, ticket_id)
    if row is None:
        return None
    assignee = session.get(StaffRow, row.assignee_id) if row.assignee_id else None
    level = row.client_tier if row.client_tier and 1 <= row.client_tier <= 10 else 1
    return TicketDetail(
        id=row.id,
        version=row.version,
        data=json.loads(row.data or "{}"),
        client_uid=row.client_uid,
        client_name=row.client_name or row.client_uid,
        tier_level=level,
        assignee_name=(assignee.display_name if assignee else (row.assignee_id or "")),
    )


class MessageState:
    SENT = "sent"
    PENDING = "pending"
    FAILED = "failed"


class ThreadItem(NamedTuple):
    """One entry of a ticket's thread: a server message, or an outgoing one still in the outbox
    (its state is the outbox row's, so a refused reply stays visible). ``outbox_id`` names
    the person's own action: on an outgoing message, and on the server's message that a
    recent reply of theirs became (shown "sent")."""

    id: str
    author_kind: str
    author_id: str | None
    author_name: str
    internal: bool
    body: str
    created_at: str | None
    state: str
    outbox_id: int | None = None
    error: str | None = None


MESSAGE_KIND = "ticket.message"


def thread(session: Session, ticket_id: str) -> list[ThreadItem]:
    """Server messages oldest first, then the person's replies not yet in the feed."""
    m: Table = MessageRow.__table__  # type: ignore[assignment]
    staff: Table = StaffRow.__table__  # type: ignore[assignment]
    rows = session.execute(
        select(m.c.id, m.c.author_kind, m.c.author_id,
               func.coalesce(staff.c.display_name, m.c.author_id, ""), m.c.internal,
               m.c.body, m.c.created_at)
        .select_from(m.outerjoin(staff, staff.c.id == m.c.author_id))
        .where(m.c.ticket_id == ticket_id, m.c.local_outbox_id.is_(None))
        .order_by(m.c.created_at, m.c.id)
    ).all()
    items = [
        ThreadItem(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], MessageState.SENT)
        for r in rows
    ]
    seen = {item.id for item in items}
    queued = session.scalars(
        select(OutboxRow)
        .where(OutboxRow.kind == MESSAGE_KIND, OutboxRow.entity_id == ticket_id)
        .order_by(OutboxRow.id)
    ).all()
    # Messages already accounted for: answers of done rows, then (below) ones the feed brought
    # before the push's own answer did — the same message must never show twice.
    claimed = {q.result_id for q in queued if q.state == outbox.DONE and q.result_id}
    position = {item.id: n for n, item in enumerate(items)}

    def mark_sent(message_id: str, outbox_id: int) -> None:
        # The server's message of the person's own reply: shown once, labelled "sent".
        n = position[message_id]
        items[n] = items[n]._replace(outbox_id=outbox_id)

    for q in queued:
        if q.state == outbox.DONE and (q.result_id is None or q.result_id in seen):
            if q.result_id is not None:
                mark_sent(q.result_id, q.id)
            continue  # the server's own message is shown (or the answer carried none)
        body = outbox.body_of(q) or {}
        text_body = str(body.get("body") or "")
        internal = bool(body.get("internal"))
        if q.state in (outbox.SENDING, outbox.PENDING) and q.first_sent_at:
            twin = _arrived_twin(items, claimed, text_body, internal, q.first_sent_at)
            if twin is not None:
                claimed.add(twin)
                mark_sent(twin, q.id)
                continue
        state = {
            outbox.DONE: MessageState.SENT,
            outbox.FAILED: MessageState.FAILED,
            outbox.CONFLICT: MessageState.FAILED,
        }.get(q.state, MessageState.PENDING)
        items.append(
            ThreadItem(
                q.result_id or f"local-{q.key}", "staff", None, "", internal,
                text_body, q.created_at, state, q.id, q.error,
            )
        )
    return items


#: How far the server-clock stamp of a push may trail the message it created (the client's
#: estimate of the server clock has whole-second resolution).
_TWIN_SLACK = timedelta(seconds=5)


def _arrived_twin(items: list[ThreadItem], claimed: set[str], body: str, internal: bool,
                  first_sent_at: str) -> str | None:
    """The server message a push in flight created, when the changes feed brought it before
    the push's answer: same text, same visibility, written by staff after the first attempt."""
    from vipclient.store.timefmt import db_time, parse_db_time

    since = db_time(parse_db_time(first_sent_at) - _TWIN_SLACK) or ""
    for item in items:
        if (
            item.state == MessageState.SENT
            and not item.id.startswith("local-")
            and item.id not in claimed
            and item.author_kind == "staff"
            and item.internal == internal
            and item.body == body
            and (item.created_at or "") >= since
        ):
            return item.id
    return None


# --- commands (each one an outbox row; the GUI nudges the sync engine afterwards) ---------------


def _ticket_command(
    kind: str, ticket_id: str, action: str, body: dict[str, Any], description: str
) -> outbox.Command:
    return outbox.Command(
        kind=kind,
        method="POST",
        path=f"/tickets/{ticket_id}/{action}",
        description=description,
        body=body,
        entity="ticket",
        entity_id=ticket_id,
        result_entity="message" if action == "messages" else "ticket",
    )


def enqueue_reply(session: Session, ticket_id: str, body: str, internal: bool) -> int:
    text_body = body.strip()
    if not text_body:
        raise ValueError("an empty message cannot be sent")
    what = "Internal note on" if internal else "Reply to"
    cmd = _ticket_command(
        MESSAGE_KIND, ticket_id, "messages", {"body": text_body, "internal": internal},
        f"{what} ticket {ticket_id}",
    )
    return outbox.enqueue(session, cmd).id


def enqueue_assign(session: Session, ticket_id: str, assignee_id: str | None) -> int:
    cmd = _ticket_command(
        "ticket.assign", ticket_id, "assign", {"assignee_id": assignee_id},
        f"Assign ticket {ticket_id}",
    )
    effect = [Patch("ticket", ticket_id, {"assignee_id": assignee_id})]
    return outbox.enqueue(session, cmd, effect).id


def enqueue_status(session: Session, ticket_id: str, status: TicketStatus | str) -> int:
    target = TicketStatus(status)
    row = session.get(TicketRow, ticket_id)
    if row is None:
        raise KeyError(ticket_id)
    current = TicketStatus(row.status)
    if target not in allowed_status_changes(current):
        raise ValueError(f"{current.value} cannot change to {target.value}")
    cmd = _ticket_command(
        "ticket.status", ticket_id, "status", {"status": target.value},
        f"Set ticket {ticket_id} to {target.value}",
    )
    return outbox.enqueue(session, cmd, [Patch("ticket", ticket_id, {"status": target.value})]).id


def enqueue_escalate(session: Session, ticket_id: str, team: Team | str, note: str) -> int:
    row = session.get(TicketRow, ticket_id)
    if row is None:
        raise KeyError(ticket_id)
    if TicketStatus(row.status) not in ESCALATABLE_FROM:
        raise ValueError(f"a {row.status} ticket cannot be escalated")
    cmd = _ticket_command(
        "ticket.escalate", ticket_id, "escalate", {"team": Team(team).value, "note": note},
        f"Escalate ticket {ticket_id} to {Team(team).value}",
    )
    effect = [Patch("ticket", ticket_id, {"status": TicketStatus.ESCALATED.value,
                                           "team": Team(team).value})]
    return outbox.enqueue(session, cmd, effect).id


# --- the service the screens hold ----------------------------------------------------------------


class TicketsService:
    """Session-per-call wrapper the GUI uses (screens never see SQL sessions)."""

    def __init__(self, cache: SessionSource) -> None:
        self._cache = cache

    def lane_index(self, filt: LaneFilter, now: datetime) -> LaneIndex:
        with self._cache.read_session() as s:
            return lane_index(s, filt, now)

    def lane_patch(
        self, filt: LaneFilter, index: LaneIndex, since: str, limit: int
    ) -> LanePatch | None:
        with self._cache.read_session() as s:
            return lane_patch(s, filt, index, since, limit)

    def rows(self, ticket_ids: Iterable[str]) -> dict[str, TicketListRow]:
        with self._cache.read_session() as s:
            return ticket_rows(s, ticket_ids)

    def filter_values(self) -> tuple[list[str], list[str]]:
        with self._cache.read_session() as s:
            return languages_and_channels(s)

    def detail(self, ticket_id: str) -> TicketDetail | None:
        with self._cache.read_session() as s:
            return ticket_detail(s, ticket_id)

    def thread(self, ticket_id: str) -> list[ThreadItem]:
        with self._cache.read_session() as s:
            return thread(s, ticket_id)

    def open_tickets_of(self, client_uid: str) -> list[tuple[str, str]]:
        """(id, subject) of a client's tickets still open, newest first (quick reply)."""
        with self._cache.read_session() as s:
            stmt = (
                select(_T.c.id, _T.c.subject)
                .where(_T.c.client_uid == client_uid,
                       _T.c.status.not_in([x.value for x in NO_LANE_STATUSES]))
                .order_by(_T.c.created_at.desc())
            )
            return [(str(a), str(b)) for a, b in s.execute(stmt)]

    def watch_list(self, me_id: str, now: datetime) -> list[WatchItem]:
        with self._cache.read_session() as s:
            return watch_list(s, me_id, now)

    def reply(self, ticket_id: str, body: str, internal: bool) -> int:
        with self._cache.session() as s:
            return enqueue_reply(s, ticket_id, body, internal)

    def assign(self, ticket_id: str, assignee_id: str | None) -> int:
        with self._cache.session() as s:
            return enqueue_assign(s, ticket_id, assignee_id)

    def set_status(self, ticket_id: str, status: TicketStatus | str) -> int:
        with self._cache.session() as s:
            return enqueue_status(s, ticket_id, status)

    def escalate(self, ticket_id: str, team: Team | str, note: str) -> int:
        with self._cache.session() as s:
            return enqueue_escalate(s, ticket_id, team, note)

    def resend(self, outbox_id: int) -> bool:
        with self._cache.session() as s:
            return outbox.resend(s, outbox_id)

    def discard(self, outbox_id: int) -> bool:
        with self._cache.session() as s:
            return outbox.discard(s, outbox_id)


# --- what the person must hear about ----------------------------------------------------------


class WatchItem(NamedTuple):
    """A ticket of the person's book that is in Emergency or about to breach."""

    id: str
    kind: str  # "emergency" | "at_risk"
    subject: str
    client_name: str


def watch_list(session: Session, me_id: str, now: datetime) -> list[WatchItem]:
    """Open tickets assigned to ``me_id`` or of a client they manage that are in Emergency or
    whose applying SLA clock is at risk."""
    from vipclient.store.models import ClientRow

    now = truncate_now(now)
    clients: Table = ClientRow.__table__  # type: ignore[assignment]
    mine = or_(
        _T.c.assignee_id == me_id,
        _T.c.client_uid.in_(select(clients.c.uid).where(clients.c.manager_id == me_id)),
    )
    lane_col, state_col = lane(now), sla_state(now)
    stmt = select(
        _T.c.id, lane_col, state_col, _T.c.subject, func.coalesce(_T.c.client_name, _T.c.client_uid)
    ).where(
        _T.c.status.not_in([s.value for s in NO_LANE_STATUSES]),
        mine,
        or_(lane_col == Lane.EMERGENCY.value, state_col == SlaState.AT_RISK.value),
    )
    out: list[WatchItem] = []
    for tid, lane_name, _state, subject, client_name in session.execute(stmt):
        kind = "emergency" if lane_name == Lane.EMERGENCY.value else "at_risk"
        out.append(WatchItem(tid, kind, subject, client_name))
    return out
