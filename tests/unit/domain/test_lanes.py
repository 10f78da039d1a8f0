"""Lane routing, SLA state and the priority score (vipclient.domain.lanes)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipclient.domain.enums import Category, Priority, SlaClock, TicketStatus, Tier
from vipclient.domain.lanes import (
    BREACHED_POINTS,
    Lane,
    SlaState,
    clock_target,
    place,
    priority_score,
    read_sla,
    route,
    sla_points,
    sla_state_for,
)
from vipclient.domain.sla import format_ts

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
M = timedelta(minutes=1)
H = timedelta(hours=1)

tiers = st.sampled_from(list(Tier))
priorities = st.sampled_from(list(Priority))
categories = st.sampled_from(list(Category))
statuses = st.sampled_from(list(TicketStatus))
sla_states = st.sampled_from(list(SlaState))
seconds = st.one_of(st.none(), st.floats(min_value=-1e7, max_value=1e7, allow_nan=False))


def ticket(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "status": "open",
        "priority": "normal",
        "category": "trading",
        "first_response_due": format_ts(NOW + H),
        "first_responded_at": None,
        "next_response_due": None,
        "resolution_due": format_ts(NOW + 24 * H),
    }
    base.update(fields)
    return base


# --- routing ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "tier", "priority", "category", "sla", "lane"),
    [
        ("solved", "VIP10", "urgent", "withdrawal", SlaState.NONE, None),
        ("closed", "VIP9", "urgent", "account_security", SlaState.NONE, None),
        (
            "pending_client", "VIP10", "urgent", "withdrawal", SlaState.BREACHED,
            Lane.WAITING_ON_CLIENT,
        ),
        ("new", "VIP1", "urgent", "account_security", SlaState.OK, Lane.EMERGENCY),
        ("open", "VIP2", "urgent", "withdrawal", SlaState.NONE, Lane.EMERGENCY),
        ("escalated", "VIP3", "urgent", "withdrawal", SlaState.OK, Lane.EMERGENCY),
        ("open", "VIP7", "low", "other", SlaState.BREACHED, Lane.EMERGENCY),
        ("escalated", "VIP8", "low", "fees", SlaState.BREACHED, Lane.EMERGENCY),
        ("open", "VIP6", "low", "other", SlaState.BREACHED, Lane.VIP_PRIORITY),
        ("escalated", "VIP6", "high", "withdrawal", SlaState.BREACHED, Lane.ESCALATED),
        ("escalated", "VIP1", "normal", "other", SlaState.OK, Lane.ESCALATED),
        ("open", "VIP5", "normal", "other", SlaState.OK, Lane.VIP_PRIORITY),
        ("new", "VIP2", "urgent", "trading", SlaState.AT_RISK, Lane.VIP_PRIORITY),
        ("new", "VIP4", "high", "withdrawal", SlaState.BREACHED, Lane.STANDARD),
        ("open", "VIP1", "low", "other", SlaState.OK, Lane.STANDARD),
    ],
)
def test_route_table(
    status: str, tier: str, priority: str, category: str, sla: SlaState, lane: Lane | None
) -> None:
    assert route(status, tier, priority, category, sla) == lane


@given(tiers, priorities, categories, statuses, sla_states)
def test_every_open_ticket_has_exactly_one_lane(
    tier: Tier, priority: Priority, category: Category, status: TicketStatus, sla: SlaState
) -> None:
    lane = route(status, tier, priority, category, sla)
    if status in (TicketStatus.SOLVED, TicketStatus.CLOSED):
        assert lane is None
    else:
        assert isinstance(lane, Lane)


@given(tiers, priorities, categories, st.sampled_from(["new", "open", "escalated"]))
def test_a_breach_never_moves_a_ticket_out_of_emergency(
    tier: Tier, priority: Priority, category: Category, status: str
) -> None:
    """Breaching can only make a ticket more urgent, never less."""
    before = route(status, tier, priority, category, SlaState.AT_RISK)
    after = route(status, tier, priority, category, SlaState.BREACHED)
    if before is Lane.EMERGENCY:
        assert after is Lane.EMERGENCY


# --- SLA state --------------------------------------------------------------------------------


def test_state_thresholds_are_a_quarter_of_the_clock() -> None:
    target = 4 * H
    assert sla_state_for(NOW + 2 * H, target, NOW) is SlaState.OK
    assert sla_state_for(NOW + H + timedelta(seconds=1), target, NOW) is SlaState.OK
    assert sla_state_for(NOW + H, target, NOW) is SlaState.AT_RISK
    assert sla_state_for(NOW, target, NOW) is SlaState.AT_RISK
    assert sla_state_for(NOW - timedelta(microseconds=1), target, NOW) is SlaState.BREACHED


def test_reading_follows_the_applying_clock() -> None:
    # VIP8 urgent: first response 5 min, next 10 min, resolution 4 h.
    fresh = ticket(priority="urgent", first_response_due=format_ts(NOW + 4 * M))
    r = read_sla(fresh, "VIP8", NOW)
    assert (r.clock, r.state, r.seconds_left) == (SlaClock.FIRST_RESPONSE, SlaState.OK, 240.0)
    r = read_sla(fresh, "VIP8", NOW + 3 * M)
    assert r.state is SlaState.AT_RISK
    r = read_sla(fresh, "VIP8", NOW + 5 * M)
    assert r.state is SlaState.BREACHED and r.seconds_left == -60.0

    answered = ticket(
        priority="urgent",
        first_responded_at=format_ts(NOW - H),
        next_response_due=format_ts(NOW + 9 * M),
    )
    r = read_sla(answered, "VIP8", NOW)
    assert (r.clock, r.state) == (SlaClock.NEXT_RESPONSE, SlaState.OK)

    waiting = ticket(status="pending_client", first_responded_at=format_ts(NOW - H))
    assert read_sla(waiting, "VIP8", NOW).state is SlaState.NONE
    assert read_sla(ticket(status="solved"), "VIP8", NOW).state is SlaState.NONE


def test_clock_target_matches_the_sla_table() -> None:
    assert clock_target("VIP9", "urgent", SlaClock.FIRST_RESPONSE) == 5 * M
    assert clock_target("VIP9", "urgent", SlaClock.NEXT_RESPONSE) == 10 * M
    assert clock_target("VIP1", "low", SlaClock.RESOLUTION) == 120 * H


@given(st.integers(min_value=-10**6, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_state_only_worsens_as_time_passes(due_offset: int, step: int) -> None:
    order = [SlaState.OK, SlaState.AT_RISK, SlaState.BREACHED]
    due = NOW + timedelta(seconds=due_offset)
    earlier = sla_state_for(due, 2 * H, NOW)
    later = sla_state_for(due, 2 * H, NOW + timedelta(seconds=step))
    assert order.index(later) >= order.index(earlier)


def test_emergency_after_breach_for_vip7_plus() -> None:
    overdue = ticket(first_response_due=format_ts(NOW - M))
    assert place(overdue, "VIP7", NOW).lane is Lane.EMERGENCY
    assert place(overdue, "VIP6", NOW).lane is Lane.VIP_PRIORITY
    assert place(overdue, "VIP2", NOW).lane is Lane.STANDARD


# --- priority score ---------------------------------------------------------------------------


@given(tiers, priorities, categories, seconds, seconds)
def test_less_time_left_never_lowers_the_score(
    tier: Tier, priority: Priority, category: Category, a: float | None, b: float | None
) -> None:
    if a is None or b is None:
        # No clock running scores no SLA points: never more than any running clock.
        assert sla_points(None) <= sla_points(a if a is not None else b)
        return
    less, more = sorted((a, b))
    assert priority_score(tier, priority, category, less) >= priority_score(
        tier, priority, category, more
    )


@given(st.integers(min_value=1, max_value=9), priorities, categories, seconds)
def test_a_bigger_tier_never_lowers_the_score(
    level: int, priority: Priority, category: Category, left: float | None
) -> None:
    low, high = Tier.from_level(level), Tier.from_level(level + 1)
    assert priority_score(high, priority, category, left) > priority_score(
        low, priority, category, left
    )


@given(tiers, categories, seconds)
def test_a_higher_priority_never_lowers_the_score(
    tier: Tier, category: Category, left: float | None
) -> None:
    order = [Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT]
    scores = [priority_score(tier, p, category, left) for p in order]
    assert scores == sorted(scores)


def test_score_components() -> None:
    # VIP10 (30) + urgent (30) + account security (20) + breached (40).
    assert priority_score("VIP10", "urgent", "account_security", -1) == 120
    assert priority_score("VIP1", "low", "other", None) == 3
    assert priority_score("VIP1", "low", "other", 10 * 60) == 33
    assert priority_score("VIP1", "low", "other", 3600) == 23
    assert priority_score("VIP1", "low", "other", 3601) == 13
    assert priority_score("VIP1", "low", "other", 25 * 3600) == 3
    assert sla_points(-0.001) == BREACHED_POINTS
    assert sla_points(0) == 30


def test_security_and_withdrawal_outrank_other_categories() -> None:
    base = priority_score("VIP5", "normal", "other", None)
    assert priority_score("VIP5", "normal", "account_security", None) > base
    assert priority_score("VIP5", "normal", "withdrawal", None) > base
