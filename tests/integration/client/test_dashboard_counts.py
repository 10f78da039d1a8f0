"""The dashboard's figures equal an independent count over the same data.

A seeded sandbox is synced into a real cache by the real sync engine; the dashboard reads its
figures from that cache (facts kept by triggers, SQL). The same figures are then counted here
a different way: plain Python over the wire JSON read from the sandbox's changes feed — SLA
cycles split by ``started`` events, days as local calendar dates, lanes by the pure rules,
medians by ``statistics`` — and the two must agree, for the team and for one person.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tests.support.sandbox import Api, all_items, login
from tests.support.screens import live_desk
from tests.support.sync import cache_versions
from vipclient.domain.enums import Category, Channel
from vipclient.domain.lanes import Lane, SlaState, place
from vipclient.domain.sla import parse_ts
from vipclient.services.dashboard import DashboardService, DashScope
from vipclient.store.models import ENTITY_TABLES

ZONE = ZoneInfo("Asia/Shanghai")  # not the machine's (UTC): days must be the person's
KEPT = frozenset(ENTITY_TABLES)  # what the cache keeps, whatever kinds later releases add


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any]]:
    # Module-wide, so the per-test folders of conftest are not made yet: its own here.
    home = tmp_path_factory.mktemp("dashboard-home")
    with pytest.MonkeyPatch.context() as mp:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            mp.setenv(name, str(home / name.lower()))
        with live_desk(clients=60, username="alice") as (srv, ctx):
            yield srv, ctx


def wire_entities(srv: Any) -> dict[str, dict[str, dict[str, Any]]]:
    """Every live entity the feed serves from the start, by kind and id (the wire JSON)."""
    api = Api(srv.base_url, login(srv.base_url, "carol")["access_token"])
    try:
        by: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
        for change in all_items(api, "/changes", field="changes"):
            if change["op"] == "upsert":
                by[change["entity"]][change["id"]] = change["data"] | {
                    "version": change["version"]}
            else:
                by[change["entity"]].pop(change["id"], None)
        return by
    finally:
        api.close()


def same_moment(srv: Any, ctx: Any) -> dict[str, dict[str, dict[str, Any]]]:
    """The wire's entities once the cache holds exactly the same versions (the sandbox's
    clock keeps recording breaches, so read again until both sides agree)."""
    for _ in range(20):
        wire = wire_entities(srv)
        want = {(e, i): d["version"] for e, rows in wire.items() if e in KEPT
                for i, d in rows.items()}
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            have = cache_versions(ctx.cache)
            if have == want:
                return wire
            if any(have.get(k, 0) > v for k, v in want.items()):
                break  # the cache is ahead: the server moved on, read the feed again
            time.sleep(0.05)
    raise AssertionError("the cache never caught up with the feed")


# --------------------------------------------------------------------------- counted by hand


def cycles(events: list[dict[str, str]]) -> list[tuple[str, str, bool]]:
    """(clock, when settled, met) per finished cycle: split each clock's events at
    ``started``, then a cycle's first breach or fulfilment decides it."""
    per_clock: dict[str, list[list[dict[str, str]]]] = defaultdict(list)
    for e in events:
        if e["event"] == "started":
            per_clock[e["clock"]].append([])
        if per_clock[e["clock"]]:
            per_clock[e["clock"]][-1].append(e)
    out = []
    for clock, runs in per_clock.items():
        for run in runs:
            decisive = [e for e in run if e["event"] in ("breached", "fulfilled")]
            if decisive:
                out.append((clock, decisive[0]["at"], decisive[0]["event"] == "fulfilled"))
    return out


def local_date(stamp: str) -> date:
    return parse_ts(stamp).astimezone(ZONE).date()


def count(wire: dict[str, dict[str, dict[str, Any]]], me: str | None, now: datetime
          ) -> dict[str, Any]:
    """The dashboard's figures, counted straight from the wire JSON."""
    today = now.astimezone(ZONE).date()
    dates = [today - timedelta(days=k) for k in range(29, -1, -1)]
    in_window = set(dates)
    clients = wire["client"]
    tier = {uid: int(c["tier"][3:]) for uid, c in clients.items()}
    tickets = [t for t in wire["ticket"].values() if me is None or t["assignee_id"] == me]

    per_day: dict[tuple[date, str], list[int]] = defaultdict(lambda: [0, 0])
    channel_sla: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    opened: Counter[str] = Counter()
    breaches: Counter[tuple[int, str]] = Counter()
    waits: dict[int, list[int]] = defaultdict(list)
    lanes: dict[Lane, list[int]] = {lane: [0, 0] for lane in Lane}
    now_s = now.replace(microsecond=0)
    for t in tickets:
        t_tier = tier[t["client_uid"]]
        for clock, at, met in cycles(t["sla_events"]):
            if local_date(at) not in in_window:
                continue
            per_day[(local_date(at), clock)][0 if met else 1] += 1
            channel_sla[(t["channel"], clock)][0 if met else 1] += 1
            if not met:
                breaches[(t_tier, t["category"])] += 1
        if local_date(t["created_at"]) in in_window:
            opened[t["channel"]] += 1
            if t["first_responded_at"]:
                waits[t_tier].append(int((parse_ts(t["first_responded_at"])
                                          - parse_ts(t["created_at"])).total_seconds()))
        spot = place(t, f"VIP{t_tier}", now_s)
        if spot.lane is not None:
            lanes[spot.lane][0] += 1
            lanes[spot.lane][1] += spot.sla.state is SlaState.BREACHED

    pending = sorted(
        (kind, r["id"])
        for kind in ("fee_request", "withdrawal_request", "api_access_request")
        for r in wire[kind].values()
        if r["status"] == "pending_approval" and (me is None or r["requester_id"] == me)
    )
    freezes = sorted(
        f["id"] for f in wire["freeze"].values()
        if f["status"] == "active" and (
            me is None or clients[f["client_uid"]]["manager_id"] == me or f["created_by"] == me)
    )
    return {
        "per_day": [
            (d, *(tuple(per_day.get((d, c), [0, 0]))
                  for c in ("first_response", "next_response", "resolution")))
            for d in dates
        ],
        "lanes": {lane.value: tuple(v) for lane, v in lanes.items()},
        "opened": {ch.value: opened.get(ch.value, 0) for ch in Channel},
        "channel_sla": {
            (ch.value, clock): tuple(channel_sla.get((ch.value, clock), [0, 0]))
            for ch in Channel for clock in ("first_response", "resolution")
        },
        "breaches": dict(breaches),
        "medians": {t: (len(v), statistics.median(v)) for t, v in waits.items() if v},
        "pending": pending,
        "freezes": freezes,
    }


def read(figures: Any) -> dict[str, Any]:
    """The same shape from what the dashboard computed."""
    return {
        "per_day": [
            (d.day, *((t.met, t.missed)
                      for t in (d.first_response, d.next_response, d.resolution)))
            for d in figures.per_day
        ],
        "lanes": {lc.lane.value: (lc.open, lc.breached) for lc in figures.lanes},
        "opened": {ch.channel: ch.opened for ch in figures.channels},
        "channel_sla": {
            (ch.channel, clock): (t.met, t.missed)
            for ch in figures.channels
            for clock, t in (("first_response", ch.first_response),
                             ("resolution", ch.resolution))
        },
        "breaches": dict(figures.breaches),
        "medians": {m.tier: (m.responses, m.median_secs) for m in figures.medians
                    if m.responses},
        "pending": sorted((r.kind, r.id) for r in figures.pending),
        "freezes": sorted(f.id for f in figures.freezes),
    }


@pytest.mark.slow
def test_team_and_personal_figures_equal_a_count_over_the_wire(desk: tuple[Any, Any]) -> None:
    srv, ctx = desk
    wire = same_moment(srv, ctx)
    now = ctx.now()
    service = DashboardService(ctx.cache, tz=ZONE)
    me = ctx.me.id
    for scope, who in ((DashScope(me, team=True), None), (DashScope(me), me)):
        expected = count(wire, who, now)
        got = read(service.figures(scope, now))
        assert got == expected, scope
    team = count(wire, None, now)
    # The seeded book exercises every figure: not a comparison of empty sets.
    assert sum(n for _d, fr, _nr, _res in team["per_day"] for n in fr) > 50
    assert sum(team["breaches"].values()) > 10 and team["pending"] and team["freezes"]
    assert set(team["medians"]) and sum(team["opened"].values()) > 20
    assert any(o for o, _b in team["lanes"].values())
    assert set(team["opened"]) == {c.value for c in Channel}
    assert {cat for _t, cat in team["breaches"]} <= {c.value for c in Category}


@pytest.mark.slow
def test_the_figures_follow_sync(desk: tuple[Any, Any]) -> None:
    """A breach recorded on the server reaches the figures with the next page of changes."""
    srv, ctx = desk
    service = DashboardService(ctx.cache, tz=ZONE)
    scope = DashScope(ctx.me.id, team=True)
    before = service.figures(scope, ctx.now())
    from tests.support.sandbox import advance

    advance(srv.base_url, 6 * 3600)  # open tickets' clocks run out; the sandbox records it
    wire = same_moment(srv, ctx)
    now = ctx.now()
    after = service.figures(scope, now)
    assert read(after) == count(wire, None, now)
    assert sum(after.breaches.values()) > sum(before.breaches.values())
