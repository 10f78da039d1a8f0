"""Priority lanes: which lane a ticket belongs in, its SLA state and its priority score.

Pure rules, read by a person in ``docs/lanes.md`` and mirrored in SQL by
``vipclient.services.tickets`` (a test checks that both agree on generated tickets). Keep the
two in step: every threshold the SQL needs is a public constant here.

Routing, first match wins:

1. ``solved`` / ``closed`` → no lane (nothing left to do);
2. ``pending_client`` → **Waiting on client** (the ball is in the client's court; the
   resolution clock is paused);
3. **Emergency**: an ``urgent`` ticket about account security or a withdrawal, or any ticket of
   a VIP7+ client whose applying SLA clock is breached;
4. ``escalated`` → **Escalated** (another team holds it; the manager follows up);
5. a VIP5+ client, or an ``urgent`` ticket → **VIP priority**;
6. everything else that is ``new`` or ``open`` → **Standard**.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from vipclient.domain.enums import Category, Priority, SlaClock, TicketStatus, Tier
from vipclient.domain.sla import current_target, targets_for


class Lane(StrEnum):
    """The lanes in display order (most urgent first)."""

    EMERGENCY = "emergency"
    VIP_PRIORITY = "vip_priority"
    STANDARD = "standard"
    ESCALATED = "escalated"
    WAITING_ON_CLIENT = "waiting_on_client"


class SlaState(StrEnum):
    """How the clock that applies now stands; ``NONE`` when nothing counts down."""

    NONE = "none"
    OK = "ok"
    AT_RISK = "at_risk"
    BREACHED = "breached"


# --- thresholds (public: the SQL mirror reads them) ------------------------------------------

#: At risk once this share of the applying clock's full target (or less) is left.
AT_RISK_SHARE = 0.25
#: A breached SLA sends tickets of clients at this tier or above to Emergency.
EMERGENCY_BREACH_MIN_LEVEL = 7
#: Clients at this tier or above are served in the VIP priority lane.
VIP_PRIORITY_MIN_LEVEL = 5
#: Categories whose urgent tickets are emergencies: money or access may be leaving right now.
EMERGENCY_CATEGORIES: frozenset[Category] = frozenset(
    {Category.ACCOUNT_SECURITY, Category.WITHDRAWAL}
)
NO_LANE_STATUSES: frozenset[TicketStatus] = frozenset({TicketStatus.SOLVED, TicketStatus.CLOSED})

# --- priority score weights -------------------------------------------------------------------

#: Points per tier level: VIP1 = 3 … VIP10 = 30.
TIER_POINTS_PER_LEVEL = 3
PRIORITY_POINTS: dict[Priority, int] = {
    Priority.URGENT: 30,
    Priority.HIGH: 20,
    Priority.NORMAL: 10,
    Priority.LOW: 0,
}
CATEGORY_POINTS: dict[Category, int] = {
    Category.ACCOUNT_SECURITY: 20,
    Category.WITHDRAWAL: 15,
    Category.DEPOSIT: 10,
    Category.TRADING: 8,
    Category.API: 6,
    Category.KYC: 4,
    Category.FEES: 4,
    Category.OTHER: 0,
}
#: Points for the SLA time left: ``(at most this much left, points)``, tightest first. A
#: breached clock (less than zero left) earns :data:`BREACHED_POINTS`; more time left than the
#: last step, or no clock running, earns nothing.
SLA_STEPS: tuple[tuple[timedelta, int], ...] = (
    (timedelta(minutes=15), 30),
    (timedelta(hours=1), 20),
    (timedelta(hours=4), 10),
    (timedelta(hours=24), 5),
)
BREACHED_POINTS = 40


@dataclass(frozen=True)
class SlaReading:
    """The applying clock at one moment: which clock, when it is due, its state."""

    clock: SlaClock | None
    due_at: datetime | None
    state: SlaState
    #: Seconds until due (negative once breached); None when nothing counts down.
    seconds_left: float | None


def clock_target(tier: Tier | str, priority: Priority | str, clock: SlaClock) -> timedelta:
    """The full length of one clock for a tier and priority (the 100 % of "time left")."""
    targets = targets_for(tier, priority)
    if clock is SlaClock.FIRST_RESPONSE:
        return targets.first_response
    if clock is SlaClock.NEXT_RESPONSE:
        return targets.next_response
    return targets.resolution


def sla_state_for(due_at: datetime, target: timedelta, now: datetime) -> SlaState:
    """Breached after the due time; at risk with a quarter of the target (or less) left."""
    if now > due_at:
        return SlaState.BREACHED
    if due_at - now <= target * AT_RISK_SHARE:
        return SlaState.AT_RISK
    return SlaState.OK


def read_sla(ticket: Mapping[str, Any], tier: Tier | str, now: datetime) -> SlaReading:
    """Which clock applies now (``sla.current_target``) and how it stands.

    ``ticket`` holds the ticket's API fields (``status``, ``priority`` and the due/responded
    timestamps); ``tier`` is the client's tier, which a ticket does not carry itself.
    """
    target = current_target(ticket, now)
    if target is None:
        return SlaReading(None, None, SlaState.NONE, None)
    full = clock_target(tier, ticket["priority"], target.clock)
    state = sla_state_for(target.due_at, full, now)
    return SlaReading(target.clock, target.due_at, state, (target.due_at - now).total_seconds())


def is_emergency(
    tier: Tier | str, priority: Priority | str, category: Category | str, sla: SlaState
) -> bool:
    """Urgent account-security or withdrawal tickets, and VIP7+ tickets with a breached SLA."""
    if Priority(priority) is Priority.URGENT and Category(category) in EMERGENCY_CATEGORIES:
        return True
    return sla is SlaState.BREACHED and Tier(tier).level >= EMERGENCY_BREACH_MIN_LEVEL


def route(
    status: TicketStatus | str,
    tier: Tier | str,
    priority: Priority | str,
    category: Category | str,
    sla: SlaState,
) -> Lane | None:
    """The lane of one ticket (see the module doc for the order of the rules)."""
    st = TicketStatus(status)
    if st in NO_LANE_STATUSES:
        return None
    if st is TicketStatus.PENDING_CLIENT:
        return Lane.WAITING_ON_CLIENT
    if is_emergency(tier, priority, category, sla):
        return Lane.EMERGENCY
    if st is TicketStatus.ESCALATED:
        return Lane.ESCALATED
    if Tier(tier).level >= VIP_PRIORITY_MIN_LEVEL or Priority(priority) is Priority.URGENT:
        return Lane.VIP_PRIORITY
    return Lane.STANDARD


def sla_points(seconds_left: float | None) -> int:
    """Points for the time left on the applying clock; never fewer for less time left."""
    if seconds_left is None:
        return 0
    if seconds_left < 0:
        return BREACHED_POINTS
    for limit, points in SLA_STEPS:
        if seconds_left <= limit.total_seconds():
            return points
    return 0


def priority_score(
    tier: Tier | str,
    priority: Priority | str,
    category: Category | str,
    seconds_left: float | None,
) -> int:
    """How urgent a ticket is within its lane: higher first. Ties go to the earlier due time.

    A sum of independent parts, so each ingredient only ever pushes one way: a bigger tier, a
    higher priority, a more dangerous category or less time left never lowers the score.
    """
    return (
        Tier(tier).level * TIER_POINTS_PER_LEVEL
        + PRIORITY_POINTS[Priority(priority)]
        + CATEGORY_POINTS[Category(category)]
        + sla_points(seconds_left)
    )


@dataclass(frozen=True)
class Placement:
    """Everything the lanes screen needs to place one ticket."""

    lane: Lane | None
    score: int
    sla: SlaReading


def place(ticket: Mapping[str, Any], tier: Tier | str, now: datetime) -> Placement:
    """Lane, score and SLA reading of one ticket (API fields) of a client of ``tier``."""
    sla = read_sla(ticket, tier, now)
    lane = route(ticket["status"], tier, ticket["priority"], ticket["category"], sla.state)
    score = priority_score(tier, ticket["priority"], ticket["category"], sla.seconds_left)
    return Placement(lane, score, sla)
