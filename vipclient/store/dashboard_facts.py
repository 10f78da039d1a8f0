"""The dashboard's facts: one small row per dated thing it counts, kept beside the tickets.

Reading every ticket's ``sla_events`` out of its JSON took 250–660 ms at 100,000 tickets for
a bare scan (``json_each`` over ``data``, before any grouping; the whole refresh must stay
under 500 ms), so the events are boiled down as each ticket is written:

- ``tickets.sla_settled`` holds the ticket's settled SLA cycles
  (:func:`vipclient.domain.dashboard.settled_cycles`) as compact JSON,
  ``[[kind, at, met], …]``. Like every column it is derived from the ticket's JSON by
  ``store.apply.columns_for``, so it follows the row's version rules (an echo or an older
  version is never written) and its optimistic edits;
- triggers on ``tickets`` keep ``dashboard_facts`` equal to what the ticket says: its settled
  cycles and its creation (with how long its first response took, once there is one), each
  with the ticket's tier (an unknown one counted as the lanes count it), category, channel
  (one the contract does not name: ``''``) and assignee. A client's new tier reaches its
  tickets' ``client_tier`` through the clients' triggers, and from there its facts.

Every figure of the dashboard reads ranges of the covering index ``(kind, channel, at, …)``
— first responses settled in the last 30 days, per channel; tickets opened in them… — from
consecutive pages, never from the tickets' wide rows. The channel before the time lets the
figures per channel stream out in index order; grouping 140,000 rows by channel otherwise
cost a sort (90 of 130 ms). So every query names the channels (:data:`CHANNELS`: the
contract's, and ``''``), and a trigger finds a ticket's old facts by that index too (their
kinds, channel and times are in the old row).

**First pull.** Kept row by row, the facts made a first pull of 100,000 tickets a third slower
(12.3 → 16.9 s of CPU), and building them afterwards in steps straight into the index cost
4 s more (each step rewrote pages all over it). So a first pull treats them as it treats the
tickets' indexes (``store/bulk_load.py``): while ``sync_state.bulk_load`` is 1 the triggers
keep only the tickets at or below ``sync_state.dashboard_facts_upto`` (a rowid; NULL: none),
the index is dropped, :func:`build` appends the rest of the facts in short steps, and the index
is then created once, sorted. A finished build sets the mark to :data:`ALL_ROWS`.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

import orjson

from vipclient.domain.dashboard import settled_cycles
from vipclient.domain.enums import Channel, SlaClock
from vipclient.store.lane_sql import UNKNOWN_TIER_LEVEL
from vipclient.store.steps import in_short_steps

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from vipclient.store.cache import Cache


class FactKind(IntEnum):
    """What a row of ``dashboard_facts`` records (stored as these numbers)."""

    FIRST_RESPONSE = 1  # a settled first-response cycle (``met`` 1/0)
    NEXT_RESPONSE = 2  # a settled next-response cycle
    RESOLUTION = 3  # a settled resolution cycle
    CREATED = 4  # the ticket was opened (``secs``: its first response came that much later)


CLOCK_KINDS: dict[str, FactKind] = {
    SlaClock.FIRST_RESPONSE.value: FactKind.FIRST_RESPONSE,
    SlaClock.NEXT_RESPONSE.value: FactKind.NEXT_RESPONSE,
    SlaClock.RESOLUTION.value: FactKind.RESOLUTION,
}
SLA_KINDS = (FactKind.FIRST_RESPONSE, FactKind.NEXT_RESPONSE, FactKind.RESOLUTION)

#: Every value of ``dashboard_facts.channel``: the contract's channels, and ``''`` for any
#: other (a query that names them all reads the index in its order).
CHANNELS: tuple[str, ...] = (*(c.value for c in Channel), "")
CHANNELS_SQL = "(" + ", ".join(f"'{c}'" for c in CHANNELS) + ")"

TABLE = "dashboard_facts"
COLUMNS = ("kind", "at", "ticket_id", "met", "secs", "tier", "category", "channel",
           "assignee_id")
INDEX = "ix_dashboard_facts"
#: The covering index's columns (it holds every column the queries read).
INDEX_COLUMNS = ("kind", "channel", "at", "met", "secs", "tier", "category", "assignee_id",
                 "ticket_id")
MARK = "dashboard_facts_upto"
#: The mark once every ticket has its facts (the triggers keep every row from then on).
ALL_ROWS = 2**63 - 1


def settled_column(events: Any, stamp: Callable[[Any], str | None]) -> str | None:
    """``tickets.sla_settled`` for a ticket's ``sla_events``: ``None`` when nothing settled.
    ``stamp`` brings a wire timestamp to the cache's form (``None``: unreadable, skipped)."""
    cycles = settled_cycles(events)
    if not cycles:
        return None
    codes = _CODES
    rows = [(codes[clock], at, 1 if met else 0)
            for clock, raw, met in cycles if (at := stamp(raw)) is not None]
    return orjson.dumps(rows).decode() if rows else None


_CODES = {clock: int(kind) for clock, kind in CLOCK_KINDS.items()}


# --------------------------------------------------------------------------- SQL text


def _tier(src: str) -> str:
    return (f"(CASE WHEN {src}.client_tier BETWEEN 1 AND 10 THEN {src}.client_tier"
            f" ELSE {UNKNOWN_TIER_LEVEL} END)")


def _channel(src: str) -> str:
    return f"(CASE WHEN {src}.channel IN {CHANNELS_SQL} THEN {src}.channel ELSE '' END)"


def _seconds(column: str) -> str:
    return f"CAST(strftime('%s', {column}) AS INTEGER)"


def _inserts(src: str, where: str = "", source: str = "") -> list[str]:
    """Statements writing the facts of the ticket row ``src``: ``NEW`` in a trigger, or an
    alias of ``tickets`` (with ``source``, its ``FROM``, and ``where``, which rows)."""
    cols = ", ".join(COLUMNS)
    common = f"{_tier(src)}, {src}.category, {_channel(src)}, {src}.assignee_id"
    also = f" AND {where}" if where else ""
    of_rows = f" FROM {source}" if source else ""
    settled_from = f" FROM {source}, " if source else " FROM "
    secs = (f"CASE WHEN {src}.first_responded_at IS NULL THEN NULL ELSE"
            f" {_seconds(f'{src}.first_responded_at')} - {_seconds(f'{src}.created_at')} END")
    return [
        f"INSERT INTO {TABLE} ({cols}) SELECT json_extract(j.value, '$[0]'),"
        f" json_extract(j.value, '$[1]'), {src}.id, json_extract(j.value, '$[2]'),"
        f" NULL, {common}{settled_from}json_each({src}.sla_settled) AS j"
        f" WHERE {src}.sla_settled IS NOT NULL{also}",
        f"INSERT INTO {TABLE} ({cols}) SELECT {int(FactKind.CREATED)},"
        f" {src}.created_at, {src}.id, NULL, {secs}, {common}{of_rows}"
        f" WHERE {src}.created_at IS NOT NULL{also}",
    ]


def _deletes(src: str) -> list[str]:
    """Statements removing the facts the ticket row ``src`` (``OLD``) gave, by their key."""
    kinds = ", ".join(str(int(k)) for k in SLA_KINDS)
    channel = _channel(src)
    return [
        f"DELETE FROM {TABLE} WHERE kind IN ({kinds}) AND channel = {channel}"
        f" AND at IN (SELECT json_extract(j.value, '$[1]') FROM json_each({src}.sla_settled)"
        f" AS j) AND ticket_id = {src}.id",
        f"DELETE FROM {TABLE} WHERE kind = {int(FactKind.CREATED)} AND channel = {channel}"
        f" AND at = {src}.created_at AND ticket_id = {src}.id",
    ]


#: The ticket columns the facts are made of: a change to any of them rewrites the ticket's.
SOURCE_COLUMNS = ("sla_settled", "created_at", "first_responded_at", "client_tier", "category",
                  "channel", "assignee_id")


def _live(row: str) -> str:
    """SQL: are ``row``'s facts kept by the triggers now? (Not during a first pull, above the
    mark; no sync state row at all counts as live.)"""
    return (f"coalesce((SELECT bulk_load IS NOT 1 OR {row}.rowid <= coalesce({MARK}, 0)"
            f" FROM sync_state WHERE id = 1), 1)")


TRIGGERS = ("dashboard_facts_ai", "dashboard_facts_au", "dashboard_facts_ad")


def trigger_statements() -> list[str]:
    """The triggers that keep ``dashboard_facts`` equal to ``tickets`` (migration 0010)."""
    insert = "; ".join(_inserts("NEW"))
    delete = "; ".join(_deletes("OLD"))
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in SOURCE_COLUMNS)
    return [
        f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON tickets WHEN {_live('NEW')} BEGIN"
        f" {insert}; END",
        # An upsert keeps its rowid, so OLD.rowid is NEW.rowid.
        f"CREATE TRIGGER {TRIGGERS[1]} AFTER UPDATE OF {', '.join(SOURCE_COLUMNS)} ON tickets"
        f" WHEN ({changed}) AND {_live('OLD')} BEGIN {delete}; {insert}; END",
        f"CREATE TRIGGER {TRIGGERS[2]} AFTER DELETE ON tickets WHEN {_live('OLD')} BEGIN"
        f" {delete}; END",
    ]


def range_statements() -> list[str]:
    """Statements writing the facts of the tickets with ``:upto < rowid <= :end``."""
    return _inserts("t", "t.rowid > :upto AND t.rowid <= :end", "tickets AS t")


# --------------------------------------------------------------------------- first pull


def pause(session: Session) -> None:
    """A first pull begins (``bulk_load`` is being set): the triggers keep no ticket's facts
    until :func:`build` has written them."""
    from sqlalchemy import text

    session.execute(text(f"UPDATE sync_state SET {MARK} = NULL WHERE id = 1"))


def build_step(session: Session, rows: int) -> bool:
    """Write the facts of up to ``rows`` more tickets a first pull wrote; True when every
    ticket has its facts."""
    from sqlalchemy import text

    state = session.execute(
        text(f"SELECT bulk_load, {MARK} FROM sync_state WHERE id = 1")
    ).first()
    if state is None or not state[0] or (state[1] or 0) >= ALL_ROWS:
        return True
    upto = state[1] or 0
    found: int | None = session.execute(
        text("SELECT rowid FROM tickets WHERE rowid > :upto ORDER BY rowid LIMIT 1 OFFSET :n"),
        {"upto": upto, "n": max(1, rows) - 1},
    ).scalar()
    done = found is None
    end: int = (session.execute(text("SELECT max(rowid) FROM tickets")).scalar() or 0
                if found is None else found)
    if end > upto:
        for statement in range_statements():
            session.execute(text(statement), {"upto": upto, "end": end})
    session.execute(text(f"UPDATE sync_state SET {MARK} = :mark WHERE id = 1"),
                    {"mark": ALL_ROWS if done else end})
    return done


def build(cache: Cache, stop: Callable[[], bool] = lambda: False) -> bool:
    """Run :func:`build_step` in short background transactions until every ticket has its
    facts (→ True) or ``stop()`` says so (→ False; the next call carries on)."""
    return in_short_steps(cache, build_step, stop)
