"""The lane rules of :mod:`vipclient.domain.lanes` as SQL text over the cache's ``tickets``.

Placing 100,000 tickets must not load them into Python, so the cache computes lane, SLA state
and priority score itself, with ``CASE`` expressions built here from the domain's constants
and SLA table. The text is plain SQL for SQLite's own driver: the lanes are read through the
standard library's ``sqlite3`` (``store.reader``), so the first paint of the window needs no
ORM (it costs a third of a second to import). ``now`` enters only as named parameters
(:func:`params`): the applying clock's due time is compared with ``now`` and with ``now``
plus a quarter of that clock's target — stored timestamps are fixed-width RFC 3339 text, so
text order is time order. ``tests/unit/services/test_lane_sql.py`` checks on generated
tickets that this SQL and the pure functions always agree.

Every expression reads the row of ``tickets`` aliased ``t``. A ticket whose client is not
in the cache yet has no ``client_tier``; both sides treat it as VIP1
(:data:`UNKNOWN_TIER_LEVEL`) until the client arrives (the cache stores 0 for a tier it
cannot read; that counts as unknown too).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta
from functools import cache

from vipclient.domain.enums import Priority, SlaClock, TicketStatus, Tier
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
    SlaState,
    clock_target,
)
from vipclient.store.timefmt import db_time

UNKNOWN_TIER_LEVEL = 1


def _text(value: str) -> str:
    """A constant of the domain as an SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def _in(values: Iterable[str]) -> str:
    """``(v1, v2, …)`` in sorted order: the domain keeps these values in sets, whose order
    changes from one process to the next (hash randomisation), and the text must not. SQLite
    uses the partial index ``ix_tickets_lanes`` only for a query whose ``WHERE`` repeats the
    index's condition word for word; with the set's order, every other start scanned the
    whole table instead (the lane index took 110 ms instead of 65)."""
    return "(" + ", ".join(_text(v) for v in sorted(values)) + ")"


CLOSED = _in(s.value for s in NO_LANE_STATUSES)

#: The columns the lanes read of an open ticket, in the order of the partial covering index
#: ``ix_tickets_lanes`` (migration 0007): the lanes are read from that index alone, never
#: from the table, whose rows carry each ticket's whole JSON (a scan of 100,000 of them
#: cost most of the lane index's time).
LANE_COLUMNS = (
    "status", "priority", "category", "client_tier", "first_response_due",
    "first_responded_at", "next_response_due", "resolution_due", "created_at",
    "assignee_id", "language", "channel", "id",
)
#: The condition of that index: a query's ``WHERE`` must contain it word for word.
OPEN = f"status NOT IN {CLOSED}"

TIER_LEVEL = (
    f"(CASE WHEN t.client_tier BETWEEN 1 AND 10 THEN t.client_tier "
    f"ELSE {UNKNOWN_TIER_LEVEL} END)"
)

#: Mirror of ``sla.current_target``: which clock counts down now (NULL: none).
APPLYING_CLOCK = (
    f"(CASE WHEN t.status IN {CLOSED} THEN NULL"
    f" WHEN t.first_responded_at IS NULL AND t.first_response_due IS NOT NULL"
    f" THEN {_text(SlaClock.FIRST_RESPONSE.value)}"
    f" WHEN t.next_response_due IS NOT NULL THEN {_text(SlaClock.NEXT_RESPONSE.value)}"
    f" WHEN t.status = {_text(TicketStatus.PENDING_CLIENT.value)} THEN NULL"
    f" WHEN t.resolution_due IS NOT NULL THEN {_text(SlaClock.RESOLUTION.value)}"
    f" ELSE NULL END)"
)

#: The due time of :data:`APPLYING_CLOCK` (NULL when nothing counts down).
DUE = (
    f"(CASE WHEN t.status IN {CLOSED} THEN NULL"
    f" WHEN t.first_responded_at IS NULL AND t.first_response_due IS NOT NULL"
    f" THEN t.first_response_due"
    f" WHEN t.next_response_due IS NOT NULL THEN t.next_response_due"
    f" WHEN t.status = {_text(TicketStatus.PENDING_CLIENT.value)} THEN NULL"
    f" ELSE t.resolution_due END)"
)

BREACHED = f"({DUE} < :now)"


@cache
def _risk_groups() -> list[tuple[str, str, timedelta, tuple[int, ...]]]:
    """(priority, clock, a quarter of the target, tier levels): rows sharing a target share
    one ``WHEN`` of :func:`sla_state`."""
    groups: dict[tuple[str, str, timedelta], list[int]] = defaultdict(list)
    for tier in Tier:
        for priority in Priority:
            for sla_clock in SlaClock:
                quarter = clock_target(tier, priority, sla_clock) * AT_RISK_SHARE
                groups[(priority.value, sla_clock.value, quarter)].append(tier.level)
    return [(p, c, q, tuple(levels)) for (p, c, q), levels in groups.items()]


@cache
def _at_risk_from() -> str:
    """Per row, the moment from which the applying clock is at risk: its due time minus a
    quarter of its target is ≤ now ⇔ due ≤ now + quarter (parameter ``risk_<n>``)."""
    whens = " ".join(
        f"WHEN t.priority = {_text(prio)} AND {APPLYING_CLOCK} = {_text(clk)}"
        f" AND {TIER_LEVEL} IN ({', '.join(str(level) for level in levels)}) THEN :risk_{n}"
        for n, (prio, clk, _q, levels) in enumerate(_risk_groups())
    )
    return f"(CASE {whens} ELSE NULL END)"


@cache
def sla_state() -> str:
    return (
        f"(CASE WHEN {DUE} IS NULL THEN {_text(SlaState.NONE.value)}"
        f" WHEN {DUE} < :now THEN {_text(SlaState.BREACHED.value)}"
        f" WHEN {DUE} <= {_at_risk_from()} THEN {_text(SlaState.AT_RISK.value)}"
        f" ELSE {_text(SlaState.OK.value)} END)"
    )


@cache
def lane() -> str:
    """Mirror of ``lanes.route`` (NULL for solved and closed tickets)."""
    urgent = _text(Priority.URGENT.value)
    emergency = (
        f"((t.priority = {urgent} AND t.category IN "
        f"{_in(c.value for c in EMERGENCY_CATEGORIES)})"
        f" OR ({TIER_LEVEL} >= {EMERGENCY_BREACH_MIN_LEVEL} AND {BREACHED}))"
    )
    return (
        f"(CASE WHEN t.status IN {CLOSED} THEN NULL"
        f" WHEN t.status = {_text(TicketStatus.PENDING_CLIENT.value)}"
        f" THEN {_text(Lane.WAITING_ON_CLIENT.value)}"
        f" WHEN {emergency} THEN {_text(Lane.EMERGENCY.value)}"
        f" WHEN t.status = {_text(TicketStatus.ESCALATED.value)}"
        f" THEN {_text(Lane.ESCALATED.value)}"
        f" WHEN {TIER_LEVEL} >= {VIP_PRIORITY_MIN_LEVEL} OR t.priority = {urgent}"
        f" THEN {_text(Lane.VIP_PRIORITY.value)}"
        f" ELSE {_text(Lane.STANDARD.value)} END)"
    )


@cache
def score() -> str:
    """Mirror of ``lanes.priority_score`` (parameters ``now`` and ``step_<n>``)."""
    steps = " ".join(
        f"WHEN {DUE} <= :step_{n} THEN {points}" for n, (_limit, points) in enumerate(SLA_STEPS)
    )
    priority = " ".join(f"WHEN t.priority = {_text(p.value)} THEN {v}"
                        for p, v in PRIORITY_POINTS.items())
    category = " ".join(f"WHEN t.category = {_text(c.value)} THEN {v}"
                        for c, v in CATEGORY_POINTS.items())
    return (
        f"({TIER_LEVEL} * {TIER_POINTS_PER_LEVEL}"
        f" + (CASE {priority} ELSE 0 END)"
        f" + (CASE {category} ELSE 0 END)"
        f" + (CASE WHEN {DUE} IS NULL THEN 0 WHEN {DUE} < :now THEN {BREACHED_POINTS}"
        f" {steps} ELSE 0 END))"
    )


def params(now: datetime) -> dict[str, str | None]:
    """The named parameters every expression here may use, at ``now`` (whole seconds)."""
    out: dict[str, str | None] = {"now": db_time(now)}
    for n, (limit, _points) in enumerate(SLA_STEPS):
        out[f"step_{n}"] = db_time(now + limit)
    for n, (_prio, _clk, quarter, _levels) in enumerate(_risk_groups()):
        out[f"risk_{n}"] = db_time(now + quarter)
    return out
