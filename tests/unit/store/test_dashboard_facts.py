"""The dashboard's facts follow the tickets: written, rewritten, removed with them; paused
through a first pull and built after it; filled from the JSON when an old cache upgrades."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from tests.support.sync import client_json, delete, ticket_json, upsert
from vipclient.domain.dashboard import settled_cycles
from vipclient.store import bulk_load, dashboard_facts, migrate
from vipclient.store.apply import EntityChange, apply_changes, columns_for
from vipclient.store.cache import Cache
from vipclient.store.dashboard_facts import CLOCK_KINDS, FactKind

Fact = tuple[int, str, str, int | None, int | None, int, str | None, str | None, str | None]


def events(*items: tuple[str, str, str]) -> list[dict[str, str]]:
    return [{"at": f"2026-01-01T{hhmm}:00Z", "clock": clock, "event": event}
            for hhmm, clock, event in items]


REPLIED_LATE = events(("00:00", "first_response", "started"),
                      ("00:00", "resolution", "started"),
                      ("00:15", "first_response", "breached"),
                      ("00:20", "first_response", "fulfilled"))
SOLVED = [*REPLIED_LATE, *events(("03:00", "resolution", "fulfilled"))]


def ticket(tid: str, *, version: int = 1, sla: list[dict[str, str]] | None = None,
           responded: str | None = None, client_uid: str = "U1", **extra: Any
           ) -> dict[str, Any]:
    return ticket_json(tid, client_uid, f"Subject {tid}", version=version,
                       sla_events=sla or [], first_responded_at=responded, **extra)


def expected(data: dict[str, Any], tier: int) -> set[Fact]:
    """The facts a ticket should have, worked out here from its JSON."""
    common = (tier, data["category"], data["channel"], data["assignee_id"])
    facts: set[Fact] = {
        (int(CLOCK_KINDS[c.clock]), c.at, data["id"], int(c.met), None, *common)
        for c in settled_cycles(data["sla_events"])
    }
    secs = None
    if data["first_responded_at"]:
        secs = int(_t(data["first_responded_at"]) - _t(data["created_at"]))
    facts.add((int(FactKind.CREATED), data["created_at"], data["id"], None, secs, *common))
    return facts


def _t(stamp: str) -> float:
    from vipclient.store.timefmt import parse_db_time

    return parse_db_time(stamp).timestamp()


def facts(cache: Cache, ticket_id: str | None = None) -> set[Fact]:
    where = "" if ticket_id is None else " WHERE ticket_id = :t"
    with cache.read_session() as s:
        return {tuple(r) for r in s.execute(text(  # type: ignore[misc]
            "SELECT kind, at, ticket_id, met, secs, tier, category, channel, assignee_id"
            f" FROM dashboard_facts{where}"), {"t": ticket_id})}


def apply(cache: Cache, *changes: EntityChange) -> None:
    with cache.session() as s:
        apply_changes(s, changes)


@pytest.fixture
def cache(tmp_path: Path) -> Cache:
    c = Cache.open(tmp_path / "c.sqlite3")
    apply(c, upsert("client", client_json("U1", "王小明", tier="VIP7")))
    return c


def test_a_ticket_brings_its_facts_and_a_newer_version_replaces_them(cache: Cache) -> None:
    first = ticket("T1", sla=REPLIED_LATE, responded="2026-01-01T00:20:00Z")
    apply(cache, upsert("ticket", first))
    assert facts(cache) == expected(first, 7)
    assert (1, "2026-01-01T00:15:00Z", "T1", 0, None, 7, "withdrawal", "chat", "S1") in \
        facts(cache)

    solved = ticket("T1", version=2, sla=SOLVED, responded="2026-01-01T00:20:00Z",
                    assignee_id="S2", channel="email")
    apply(cache, upsert("ticket", solved))
    assert facts(cache) == expected(solved, 7)
    # An older version arriving late is not written, and neither are its facts.
    apply(cache, upsert("ticket", first))
    assert facts(cache) == expected(solved, 7)


def test_the_clients_new_tier_reaches_its_tickets_facts(cache: Cache) -> None:
    data = ticket("T1", sla=SOLVED, responded="2026-01-01T00:20:00Z")
    apply(cache, upsert("ticket", data))
    apply(cache, upsert("client", client_json("U1", "王小明", tier="VIP9", version=2)))
    assert facts(cache) == expected(data, 9)


def test_a_ticket_before_its_client_counts_as_the_lanes_count_it(tmp_path: Path) -> None:
    c = Cache.open(tmp_path / "c.sqlite3")
    data = ticket("T1", client_uid="U404", sla=SOLVED)
    apply(c, upsert("ticket", data))
    assert {f[5] for f in facts(c)} == {1}  # unknown tier: VIP1, as in store/lane_sql.py
    c.close()


def test_a_deleted_ticket_takes_its_facts_along(cache: Cache) -> None:
    apply(cache, upsert("ticket", ticket("T1", sla=SOLVED)),
          upsert("ticket", ticket("T2", sla=REPLIED_LATE)))
    apply(cache, delete("ticket", "T1"))
    assert {f[2] for f in facts(cache)} == {"T2"}


def test_an_unchanged_rewrite_leaves_the_facts_alone(cache: Cache) -> None:
    data = ticket("T1", sla=SOLVED)
    apply(cache, upsert("ticket", data))
    with cache.read_session() as s:
        before = s.execute(text("SELECT max(id) FROM dashboard_facts")).scalar()
    apply(cache, upsert("ticket", dict(data, version=2, subject="New subject")))
    with cache.read_session() as s:
        assert s.execute(text("SELECT max(id) FROM dashboard_facts")).scalar() == before


def test_hostile_events_give_no_facts_and_no_failure(cache: Cache) -> None:
    bad = ticket("T1", sla=[{"clock": "resolution", "event": "started", "at": "garbage"},
                            {"clock": "resolution", "event": "fulfilled", "at": "nope"},
                            "x", None], channel="carrier pigeon")
    apply(cache, upsert("ticket", bad))
    # Only its opening counts, under no channel the contract names ('').
    assert [(f[0], f[7]) for f in facts(cache)] == [(int(FactKind.CREATED), "")]
    assert columns_for("ticket", bad)["sla_settled"] is None
    # Rewritten, its old facts are found and replaced, the odd channel's too.
    apply(cache, upsert("ticket", dict(bad, version=2, sla_events=SOLVED)))
    assert {f[7] for f in facts(cache)} == {""} and len(facts(cache)) == 3


def test_a_first_pull_writes_the_facts_after_its_rows(cache: Cache) -> None:
    with cache.session() as s:
        s.execute(text("UPDATE sync_state SET bulk_load = 1"))
        bulk_load.defer_indexes(s)
    tickets = [ticket(f"T{n}", sla=SOLVED if n % 2 else REPLIED_LATE) for n in range(30)]
    apply(cache, *(upsert("ticket", t) for t in tickets))
    assert facts(cache) == set()  # paused: built once the pull is written
    with cache.session() as s:
        assert not dashboard_facts.build_step(s, 10)  # the first ten…
    # …whose facts are kept from now on, while the rest wait for the next steps.
    changed = dict(tickets[0], version=2, sla_events=SOLVED, assignee_id="S9")
    apply(cache, upsert("ticket", changed))
    assert facts(cache, "T0") == expected(changed, 7)
    assert bulk_load.finish_bulk_load(cache)
    assert facts(cache) == set().union(*(expected(t, 7) for t in [changed, *tickets[1:]]))
    with cache.read_session() as s:
        assert not bulk_load.missing_indexes(s)
        plan = " ".join(str(r[3]) for r in s.execute(text(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM dashboard_facts WHERE kind = 1"
            " AND at >= '2026' AND met = 0")))
        assert "COVERING INDEX ix_dashboard_facts" in plan
    # Finished: later tickets are kept row by row again.
    later = ticket("T99", sla=SOLVED)
    apply(cache, upsert("ticket", later))
    assert facts(cache, "T99") == expected(later, 7)


def _cache_before_the_dashboard(path: Path, tickets: list[dict[str, Any]]) -> None:
    """A cache as the release before the dashboard left it, with tickets in it."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrate.upgrade(conn, "0009_workspace")
        for t in tickets:
            cols = {k: v for k, v in columns_for("ticket", t).items() if k != "sla_settled"}
            names = ["id", *cols, "data", "version"]
            conn.execute(
                text(f"INSERT INTO tickets ({', '.join(names)}) VALUES "
                     f"({', '.join(':' + n for n in names)})"),
                {"id": t["id"], **cols, "data": json.dumps(t), "version": t["version"]},
            )
        # The client after its tickets: its arrival fills their tier (the 0001 trigger).
        conn.execute(text(
            "INSERT INTO clients (uid, display_name, email, tier, status, languages, tags, data,"
            " version) VALUES ('U1', '王小明', 'w@example.com', 7, 'active', '', '', '{}', 1)"))
        conn.execute(text("UPDATE sync_state SET cursor = 'c-7', full_sync = 0"))
    engine.dispose()


def test_an_old_cache_gets_its_facts_from_the_json_it_holds(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    tickets = [ticket("T1", sla=SOLVED, responded="2026-01-01T00:20:00Z"),
               ticket("T2", sla=REPLIED_LATE), ticket("T3")]
    _cache_before_the_dashboard(path, tickets)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrate.upgrade(conn, "0010_dashboard")
        # No re-sync for the dashboard: the cursor stays, the feed has nothing the cache lacks.
        assert conn.execute(text("SELECT cursor FROM sync_state")).scalar() == "c-7"
    engine.dispose()
    cache = Cache.open(path)  # and on to the head
    try:
        assert facts(cache) == set().union(*(expected(t, 7) for t in tickets))
        # And the triggers keep them from now on.
        newer = dict(tickets[2], version=2, sla_events=REPLIED_LATE)
        apply(cache, upsert("ticket", newer))
        assert facts(cache, "T3") == expected(newer, 7)
    finally:
        cache.close()


def test_the_revision_goes_down_and_up_again(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    cache = Cache.open(path)
    apply(cache, upsert("client", client_json("U1", "王小明", tier="VIP7")),
          upsert("ticket", ticket("T1", sla=SOLVED)))
    cache.close()
    engine = create_engine(f"sqlite:///{path}")
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0009_workspace")
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
        assert "dashboard_facts" not in names and "clients_denorm_update" in names
        migrate.upgrade(conn)
    engine.dispose()
    cache = Cache.open(path)
    try:
        assert {f[2] for f in facts(cache)} == {"T1"} and len(facts(cache)) == 3
    finally:
        cache.close()
