"""The dashboard's rules: settled SLA cycles, attainment, medians, local days, request ages."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vipclient.domain.dashboard import (
    AgeBand,
    Settled,
    age_band,
    attainment,
    last_days,
    median,
    settled_cycles,
)
from vipclient.domain.enums import SlaClock, TicketStatus
from vipclient.domain.sla import TicketSla, tally

T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def ev(minutes: int, clock: str, event: str) -> dict[str, str]:
    at = (T0 + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"at": at, "clock": clock, "event": event}


def at(minutes: int) -> str:
    return str(ev(minutes, "x", "x")["at"])


def test_a_reply_in_time_settles_the_first_response_as_met() -> None:
    events = [ev(0, "first_response", "started"), ev(0, "resolution", "started"),
              ev(12, "first_response", "fulfilled")]
    assert settled_cycles(events) == [Settled("first_response", at(12), True)]


def test_a_breach_settles_the_cycle_then_and_its_later_fulfilment_counts_nowhere() -> None:
    events = [ev(0, "first_response", "started"), ev(30, "first_response", "breached"),
              ev(45, "first_response", "fulfilled")]
    assert settled_cycles(events) == [Settled("first_response", at(30), False)]


def test_each_resolution_cycle_of_a_reopened_ticket_counts_and_pauses_do_not() -> None:
    events = [
        ev(0, "resolution", "started"), ev(10, "resolution", "paused"),
        ev(20, "resolution", "resumed"), ev(30, "resolution", "fulfilled"),
        ev(40, "resolution", "started"), ev(90, "resolution", "breached"),
        ev(95, "resolution", "fulfilled"),
        ev(100, "resolution", "started"),  # running: not settled yet
    ]
    assert settled_cycles(events) == [
        Settled("resolution", at(30), True), Settled("resolution", at(90), False),
    ]


@pytest.mark.parametrize("events", [
    None, "started", 42, {"at": "x"}, [None, 3, "x", [1, 2]],
    [{"clock": ["first_response"], "event": "started", "at": at(0)}],  # unhashable clock
    [{"clock": "first_response", "event": "started"},
     {"clock": "first_response", "event": "fulfilled", "at": 17}],  # a time that is no text
    [{"clock": "lunch", "event": "started", "at": at(0)},
     {"clock": "lunch", "event": "fulfilled", "at": at(1)}],
    [{"clock": "first_response", "event": "fulfilled", "at": at(1)}],  # never started
])
def test_what_a_server_should_never_send_is_skipped(events: Any) -> None:
    assert settled_cycles(events) == []


# The clock machine, driven at random, must settle exactly what ``tally`` reports.
_steps = st.lists(
    st.tuples(
        st.integers(min_value=1, max_value=600),  # minutes since the previous step
        st.sampled_from(["client", "reply", "note", "pending", "open", "solve", "check"]),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(_steps, st.sampled_from(["VIP1", "VIP5", "VIP10"]),
       st.sampled_from(["urgent", "normal", "low"]))
def test_settled_cycles_agree_with_the_sla_tally(
    steps: list[tuple[int, str]], tier: str, priority: str
) -> None:
    sla = TicketSla.for_ticket(tier, priority)
    now = T0
    sla.start(now)
    for minutes, step in steps:
        now += timedelta(minutes=minutes)
        if step == "client":
            sla.on_client_message(now)
        elif step in ("reply", "note"):
            sla.on_staff_reply(now, internal=step == "note")
        elif step == "check":
            sla.check_breaches(now)
        elif sla.status is not TicketStatus.CLOSED:
            target = {"pending": TicketStatus.PENDING_CLIENT, "open": TicketStatus.OPEN,
                      "solve": TicketStatus.SOLVED}[step]
            sla.on_status(target, now)
    events = sla.to_fields()["sla_events"]
    settled = settled_cycles(events)
    expected = tally(events)
    for clock in SlaClock:
        mine = [s for s in settled if s.clock == clock.value]
        assert sum(s.met for s in mine) == expected[clock].met
        assert sum(not s.met for s in mine) == expected[clock].breached


def test_attainment_is_a_share_and_nothing_settled_is_no_figure() -> None:
    assert attainment(3, 1) == 75.0
    assert attainment(0, 2) == 0.0
    assert attainment(0, 0) is None


def test_median_of_odd_and_even_counts() -> None:
    assert median([]) is None
    assert median([7]) == 7.0
    assert median([5, 1, 3]) == 3.0
    assert median([4, 1, 3, 2]) == 2.5


def test_thirty_local_days_end_today_in_the_persons_zone() -> None:
    shanghai = ZoneInfo("Asia/Shanghai")
    # 20:00 UTC is already the next morning in Shanghai.
    now = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
    days = last_days(now, shanghai)
    assert len(days) == 30
    assert days[-1].day == date(2026, 11, 21) and days[0].day == date(2026, 10, 23)
    assert days[-1].start == datetime(2026, 11, 20, 16, 0, tzinfo=UTC)
    assert all(a.end == b.start for a, b in itertools.pairwise(days))
    assert days[0].start <= now < days[-1].end


def test_a_daylight_saving_day_lasts_23_hours_and_half_hour_zones_keep_their_offset() -> None:
    berlin = last_days(datetime(2026, 3, 30, 12, 0, tzinfo=UTC), ZoneInfo("Europe/Berlin"), 3)
    assert [d.day for d in berlin] == [date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30)]
    assert [d.end - d.start for d in berlin] == [
        timedelta(hours=24), timedelta(hours=23), timedelta(hours=24)
    ]
    kolkata = last_days(datetime(2026, 11, 20, 20, 0, tzinfo=UTC), ZoneInfo("Asia/Kolkata"), 1)
    assert kolkata[0].start == datetime(2026, 11, 20, 18, 30, tzinfo=UTC)


def test_days_in_the_systems_zone_and_a_naive_now_is_refused() -> None:
    days = last_days(datetime(2026, 11, 20, 20, 0, tzinfo=UTC))
    assert len(days) == 30 and days[0].start < days[-1].end
    with pytest.raises(ValueError):
        last_days(datetime(2026, 11, 20, 20, 0))


@pytest.mark.parametrize(("age", "band"), [
    (timedelta(minutes=-5), AgeBand.UNDER_1H),
    (timedelta(minutes=59), AgeBand.UNDER_1H),
    (timedelta(hours=1), AgeBand.UNDER_4H),
    (timedelta(hours=23, minutes=59), AgeBand.UNDER_24H),
    (timedelta(days=2), AgeBand.UNDER_3D),
    (timedelta(days=3), AgeBand.OVER_3D),
])
def test_request_ages_fall_in_bands(age: timedelta, band: AgeBand) -> None:
    assert age_band(age) is band
