"""The SLA table and the three clocks of a ticket."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipclient.domain.enums import Priority, SlaClock, SlaEventKind, TicketStatus, Tier
from vipclient.domain.sla import (
    SLA_TABLE,
    SLA_TABLE_DOC,
    SlaTargets,
    TicketSla,
    current_target,
    format_ts,
    parse_ts,
    tally,
    targets_for,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
M = timedelta(minutes=1)
H = timedelta(hours=1)


def events(sla: TicketSla) -> list[tuple[timedelta, str, str]]:
    return [(e.at - T0, e.clock.value, e.event.value) for e in sla.sla_events]


def test_table_covers_every_tier_and_priority_with_sane_values() -> None:
    assert len(SLA_TABLE) == 40
    for (tier, priority), t in SLA_TABLE.items():
        assert t.first_response <= t.next_response <= t.resolution, (tier, priority)
    assert SLA_TABLE[(Tier.VIP10, Priority.URGENT)].first_response == 5 * M
    assert SLA_TABLE[(Tier.VIP8, Priority.URGENT)].first_response == 5 * M
    assert SLA_TABLE[(Tier.VIP1, Priority.LOW)].first_response == 8 * H
    assert SLA_TABLE[(Tier.VIP1, Priority.LOW)].resolution == timedelta(days=5)


def test_higher_tiers_and_priorities_are_never_slower() -> None:
    order = [Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT]
    for tier in Tier:
        for slower, faster in itertools.pairwise(order):
            fast, slow = SLA_TABLE[(tier, faster)], SLA_TABLE[(tier, slower)]
            assert all(a <= b for a, b in zip(fast, slow, strict=True)), (tier, faster)
    for priority in Priority:
        for level in range(1, 10):
            lo = SLA_TABLE[(Tier.from_level(level), priority)]
            hi = SLA_TABLE[(Tier.from_level(level + 1), priority)]
            assert all(a <= b for a, b in zip(hi, lo, strict=True))


def test_doc_names_every_band() -> None:
    for band in ("VIP8–VIP10", "VIP5–VIP7", "VIP3–VIP4", "VIP1–VIP2"):
        assert band in SLA_TABLE_DOC
    assert "| VIP8–VIP10 | urgent | 5 min | 10 min | 4 h |" in SLA_TABLE_DOC
    assert "| VIP1–VIP2 | low | 8 h | 12 h | 5 d |" in SLA_TABLE_DOC


def started(tier: str = "VIP9", priority: str = "urgent") -> TicketSla:
    sla = TicketSla.for_ticket(tier, priority)
    sla.start(T0)
    return sla


def test_start_sets_dues_and_events() -> None:
    sla = started()
    assert sla.first_response_due == T0 + 5 * M
    assert sla.resolution_due == T0 + 4 * H
    assert sla.next_response_due is None
    assert events(sla) == [(0 * M, "first_response", "started"), (0 * M, "resolution", "started")]
    with pytest.raises(ValueError):
        sla.start(T0)


def test_internal_note_never_satisfies_a_response_clock() -> None:
    sla = started()
    sla.on_staff_reply(T0 + 2 * M, internal=True)
    assert sla.first_responded_at is None
    sla.on_staff_reply(T0 + 3 * M, internal=False)
    assert sla.first_responded_at == T0 + 3 * M
    assert events(sla)[-1] == (3 * M, "first_response", "fulfilled")


def test_breach_is_recorded_once_at_the_due_time() -> None:
    sla = started()
    new = sla.check_breaches(T0 + 6 * M)
    assert [(e.clock, e.event, e.at) for e in new] == [
        (SlaClock.FIRST_RESPONSE, SlaEventKind.BREACHED, T0 + 5 * M)
    ]
    assert sla.check_breaches(T0 + 7 * M) == []
    assert sla.check_breaches(T0 + 5 * H) != []  # resolution, once
    assert sla.check_breaches(T0 + 6 * H) == []
    kinds = [(c, e) for _, c, e in events(sla)]
    assert kinds.count(("first_response", "breached")) == 1
    assert kinds.count(("resolution", "breached")) == 1


def test_exactly_at_due_is_still_met() -> None:
    sla = started()
    assert sla.check_breaches(T0 + 5 * M) == []
    sla.on_staff_reply(T0 + 5 * M, internal=False)
    assert ("first_response", "breached") not in [(c, e) for _, c, e in events(sla)]


def test_late_reply_notices_the_breach_first() -> None:
    sla = started()
    sla.on_staff_reply(T0 + 9 * M, internal=False)
    assert events(sla)[-2:] == [
        (5 * M, "first_response", "breached"),
        (9 * M, "first_response", "fulfilled"),
    ]


def test_next_response_runs_from_the_oldest_unanswered_message() -> None:
    sla = started()
    sla.on_client_message(T0 + 1 * M)  # before the first response: covered by that clock
    assert sla.next_response_due is None
    sla.on_staff_reply(T0 + 2 * M, internal=False)
    sla.on_client_message(T0 + 10 * M)
    sla.on_client_message(T0 + 15 * M)
    assert sla.next_response_due == T0 + 20 * M  # 10 min after the first of the two
    assert sla.awaiting_since() == T0 + 10 * M
    sla.on_staff_reply(T0 + 18 * M, internal=True)
    assert sla.next_response_due == T0 + 20 * M
    sla.on_staff_reply(T0 + 19 * M, internal=False)
    assert sla.next_response_due is None
    assert events(sla)[-2:] == [
        (10 * M, "next_response", "started"),
        (19 * M, "next_response", "fulfilled"),
    ]
    # A second cycle may breach on its own.
    sla.on_client_message(T0 + 30 * M)
    sla.check_breaches(T0 + 41 * M)
    assert events(sla)[-1] == (40 * M, "next_response", "breached")


def test_resolution_pauses_while_pending_client_and_keeps_its_remaining_time() -> None:
    sla = started()  # resolution due T0+4h
    sla.on_staff_reply(T0 + 1 * M, internal=False)
    sla.on_status(TicketStatus.OPEN, T0 + 1 * M)
    sla.on_status(TicketStatus.PENDING_CLIENT, T0 + 1 * H)
    assert sla.is_paused(SlaClock.RESOLUTION)
    assert sla.check_breaches(T0 + 10 * H) == []  # paused: no breach however long
    sla.on_client_message(T0 + 10 * H)  # moves pending_client → open and resumes
    assert sla.status is TicketStatus.OPEN
    assert sla.resolution_due == T0 + 13 * H  # 3 h were left
    assert [e for _, c, e in events(sla) if c == "resolution"] == [
        "started", "paused", "resumed",
    ]
    assert sla.next_response_due == T0 + 10 * H + 10 * M


def test_solving_fulfils_running_clocks_and_closing_changes_nothing() -> None:
    sla = started()
    sla.on_status(TicketStatus.SOLVED, T0 + 3 * M)
    assert sla.solved_at == T0 + 3 * M
    assert [(c, e) for _, c, e in events(sla)][-2:] == [
        ("first_response", "fulfilled"),
        ("resolution", "fulfilled"),
    ]
    before = list(sla.sla_events)
    sla.on_status(TicketStatus.CLOSED, T0 + 1 * H)
    assert sla.check_breaches(T0 + 100 * H) == []
    assert sla.sla_events == before


def test_reopening_starts_a_new_resolution_cycle() -> None:
    sla = started()
    sla.on_staff_reply(T0 + 1 * M, internal=False)
    sla.on_status(TicketStatus.SOLVED, T0 + 1 * H)
    sla.on_client_message(T0 + 2 * H)
    assert sla.status is TicketStatus.OPEN
    assert sla.solved_at is None
    assert sla.resolution_due == T0 + 6 * H
    assert sla.next_response_due == T0 + 2 * H + 10 * M
    res = tally(sla.sla_events)
    assert res[SlaClock.RESOLUTION].met == 1


def test_paused_resolution_ends_when_solved() -> None:
    sla = started()
    sla.on_status(TicketStatus.PENDING_CLIENT, T0 + 1 * H)
    sla.on_status(TicketStatus.SOLVED, T0 + 2 * H)
    assert events(sla)[-1] == (2 * H, "resolution", "fulfilled")
    assert not sla.is_paused(SlaClock.RESOLUTION)


def test_feeding_before_start_or_naive_times_is_refused() -> None:
    sla = TicketSla.for_ticket(Tier.VIP1, Priority.LOW)
    with pytest.raises(ValueError):
        sla.on_client_message(T0)
    with pytest.raises(ValueError):
        sla.start(datetime(2026, 3, 2, 9, 0))
    sla.start(T0)
    with pytest.raises(ValueError):
        sla.check_breaches(datetime(2026, 3, 2, 9, 0))


def test_round_trip_through_api_fields_keeps_the_machine() -> None:
    sla = started("VIP3", "high")
    sla.on_staff_reply(T0 + 30 * M, internal=False)
    sla.on_status(TicketStatus.PENDING_CLIENT, T0 + 2 * H)
    fields = sla.to_fields() | {"status": sla.status.value, "created_at": format_ts(T0),
                                "tier": "VIP3", "priority": "high"}
    assert fields["sla_events"][0] == {
        "at": "2026-03-02T09:00:00Z", "clock": "first_response", "event": "started",
    }
    again = TicketSla.from_fields(fields)
    assert again == sla
    again.on_status(TicketStatus.OPEN, T0 + 5 * H)
    sla.on_status(TicketStatus.OPEN, T0 + 5 * H)
    assert again == sla
    assert again.resolution_due == T0 + 27 * H  # 24 h target, 2 h used before the pause


def test_timestamps() -> None:
    assert format_ts(T0) == "2026-03-02T09:00:00Z"
    assert format_ts(T0 + timedelta(microseconds=5)) == "2026-03-02T09:00:00.000005Z"
    assert parse_ts("2026-03-02T10:00:00+01:00") == T0
    assert parse_ts("2026-03-02T09:00:00Z") == T0
    with pytest.raises(ValueError):
        parse_ts("2026-03-02T09:00:00")
    with pytest.raises(ValueError):
        format_ts(datetime(2026, 1, 1))


def test_current_target_follows_the_clocks() -> None:
    sla = started()
    now = T0 + 1 * M

    def target() -> tuple[SlaClock, datetime] | None:
        fields = sla.to_fields() | {"status": sla.status.value}
        return current_target(fields, now)

    assert target() == (SlaClock.FIRST_RESPONSE, T0 + 5 * M)
    sla.on_staff_reply(T0 + 2 * M, internal=False)
    sla.on_status(TicketStatus.OPEN, T0 + 2 * M)
    assert target() == (SlaClock.RESOLUTION, T0 + 4 * H)
    sla.on_client_message(T0 + 3 * M)
    assert target() == (SlaClock.NEXT_RESPONSE, T0 + 13 * M)
    sla.on_staff_reply(T0 + 4 * M, internal=False)
    sla.on_status(TicketStatus.PENDING_CLIENT, T0 + 4 * M)
    assert target() is None  # resolution paused: nothing counts down
    sla.on_status(TicketStatus.SOLVED, T0 + 5 * M)
    assert target() is None
    with pytest.raises(ValueError):
        current_target({"status": "open"}, datetime(2026, 1, 1))


def test_tally_counts_met_and_breached_cycles() -> None:
    sla = started()
    sla.on_staff_reply(T0 + 9 * M, internal=False)  # first response breached
    sla.on_client_message(T0 + 10 * M)
    sla.on_staff_reply(T0 + 12 * M, internal=False)  # next response met
    sla.on_status(TicketStatus.SOLVED, T0 + 1 * H)  # resolution met
    counts = tally([e.to_json() for e in sla.sla_events])
    assert counts[SlaClock.FIRST_RESPONSE].breached == 1
    assert counts[SlaClock.FIRST_RESPONSE].met == 0
    assert counts[SlaClock.NEXT_RESPONSE].met == 1
    assert counts[SlaClock.RESOLUTION].pct_met == 100.0


_actions = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=600),  # minutes since the previous step
        st.sampled_from(["client", "reply", "note", "open", "pending", "solved", "check"]),
    ),
    max_size=30,
)


@given(tier=st.sampled_from(list(Tier)), priority=st.sampled_from(list(Priority)),
       steps=_actions)
def test_any_history_keeps_events_ordered_unique_and_serializable(
    tier: Tier, priority: Priority, steps: list[tuple[int, str]]
) -> None:
    sla = TicketSla.for_ticket(tier, priority)
    sla.start(T0)
    at = T0
    for gap, action in steps:
        at += gap * M
        if action == "client":
            sla.on_client_message(at)
        elif action in ("reply", "note"):
            sla.on_staff_reply(at, internal=action == "note")
        elif action == "check":
            sla.check_breaches(at)
        else:
            target = {"open": TicketStatus.OPEN, "pending": TicketStatus.PENDING_CLIENT,
                      "solved": TicketStatus.SOLVED}[action]
            sla.on_status(target, at)
    times = [e.at for e in sla.sla_events]
    assert times == sorted(times)
    # Within one cycle of a clock, no event kind is repeated except pause/resume pairs.
    for clock in SlaClock:
        cycle: list[SlaEventKind] = []
        for e in sla.sla_events:
            if e.clock is not clock:
                continue
            if e.event is SlaEventKind.STARTED:
                cycle = []
            cycle.append(e.event)
            for kind in (SlaEventKind.STARTED, SlaEventKind.FULFILLED, SlaEventKind.BREACHED):
                assert cycle.count(kind) <= 1
    fields = sla.to_fields() | {"status": sla.status.value, "created_at": format_ts(T0)}
    assert TicketSla.from_fields(fields, targets_for(tier, priority)) == sla


def test_targets_are_a_named_tuple() -> None:
    t = targets_for("VIP5", "normal")
    assert isinstance(t, SlaTargets)
    assert t.first_response == 1 * H
