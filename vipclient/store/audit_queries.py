"""The audit log in the cache: pages written as the server sent them, the ids a view lists,
the rows it shows, and every entry in order for the verifier and the exports.

Plain SQL on a DB-API connection (the cache's ``sqlite3`` reader for reads, the write
session's driver connection for writes): at 100,000 entries the ORM's per-row cost would be
most of the time. ``raw`` is each entry's JSON text as served; the columns are copies of its
fields for filtering.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

import orjson


class Connection(Protocol):
    """What these queries need of a DB-API connection (``sqlite3.Connection``)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


class Writer(Protocol):
    def executemany(self, sql: str, parameters: Any, /) -> Any: ...


@dataclass(frozen=True)
class AuditFilter:
    """``actor``: a staff id; ``target``: exact; ``action``: exact or a prefix ending in "."
    ("client." for every client action); ``since``/``until``: stored-time text bounds."""

    actor: str | None = None
    target: str | None = None
    action: str | None = None
    since: str | None = None
    until: str | None = None

    @property
    def empty(self) -> bool:
        return not (self.actor or self.target or self.action or self.since or self.until)


class AuditLine(NamedTuple):
    seq: int
    at: str
    actor_id: str | None
    actor_name: str
    action: str
    target: str
    raw: str

    def entry(self) -> dict[str, Any]:
        value: dict[str, Any] = orjson.loads(self.raw)
        return value


def encode(entry: Mapping[str, Any]) -> str:
    """An entry's JSON text, its keys in the order served (what the JSON Lines export writes:
    the hash covers the values, and these are the server's values)."""
    return orjson.dumps(dict(entry)).decode()


def store(conn: Writer, entries: Sequence[Mapping[str, Any]]) -> None:
    """Append served entries (a seq the cache has already is kept as it was first read: the
    pin, not a silent overwrite, is what notices a rewritten history)."""
    conn.executemany(
        "INSERT OR IGNORE INTO audit_entries (seq, at, actor_id, action, target, raw)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(int(e["seq"]), str(e.get("at") or ""), e.get("actor_id"), str(e.get("action") or ""),
          None if e.get("target") is None else str(e.get("target")), encode(e))
         for e in entries],
    )


def last_seq(conn: Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM audit_entries").fetchone()[0])


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM audit_entries").fetchone()[0])


def _where(filt: AuditFilter) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if filt.actor:
        clauses.append("actor_id = :actor")
        params["actor"] = filt.actor
    if filt.target:
        clauses.append("target = :target")
        params["target"] = filt.target
    if filt.action:
        if filt.action.endswith("."):
            # A family of actions: a range on the index, not LIKE (no escaping, no scan).
            clauses.append("action >= :act AND action < :act_end")
            params["act"], params["act_end"] = filt.action, filt.action[:-1] + "/"
        else:
            clauses.append("action = :act")
            params["act"] = filt.action
    if filt.since:
        clauses.append("at >= :since")
        params["since"] = filt.since
    if filt.until:
        clauses.append("at < :until")
        params["until"] = filt.until
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def seqs(conn: Connection, filt: AuditFilter = AuditFilter()) -> list[int]:
    """The entries' numbers matching ``filt``, newest first."""
    where, params = _where(filt)
    return [r[0] for r in conn.execute(
        f"SELECT seq FROM audit_entries{where} ORDER BY seq DESC", params)]


def lines(conn: Connection, wanted: Iterable[int]) -> dict[int, AuditLine]:
    """The rows of a few entries, with the actor's name where the cache knows it."""
    numbers = list(wanted)
    if not numbers:
        return {}
    marks = ", ".join("?" for _ in numbers)
    rows = conn.execute(
        "SELECT a.seq, a.at, a.actor_id, coalesce(s.display_name, a.actor_id, ''), a.action,"
        " coalesce(a.target, ''), a.raw FROM audit_entries AS a"
        f" LEFT OUTER JOIN staff AS s ON s.id = a.actor_id WHERE a.seq IN ({marks})",
        numbers,
    )
    return {r[0]: AuditLine(*r) for r in rows}


def raw_in_order(conn: Connection, since_seq: int = 1, batch: int = 5000) -> Iterator[str]:
    """Every entry's JSON text from ``since_seq`` on, oldest first, a batch at a time."""
    cursor = conn.execute("SELECT raw FROM audit_entries WHERE seq >= ? ORDER BY seq",
                          (since_seq,))
    while True:
        rows = cursor.fetchmany(batch)
        if not rows:
            return
        for (raw,) in rows:
            yield raw


def entry_at(conn: Connection, seq: int) -> dict[str, Any] | None:
    row = conn.execute("SELECT raw FROM audit_entries WHERE seq = ?", (seq,)).fetchone()
    return None if row is None else dict(orjson.loads(row[0]))


def actors(conn: Connection) -> list[tuple[str, str]]:
    """(staff id, name) of everyone who acted in the cached log, by name."""
    rows = conn.execute(
        "SELECT DISTINCT a.actor_id, coalesce(s.display_name, a.actor_id) FROM audit_entries"
        " AS a LEFT OUTER JOIN staff AS s ON s.id = a.actor_id WHERE a.actor_id IS NOT NULL")
    return sorted(((str(i), str(n)) for i, n in rows), key=lambda p: (p[1].casefold(), p[0]))


def actions(conn: Connection) -> list[str]:
    return [str(r[0]) for r in conn.execute(
        "SELECT DISTINCT action FROM audit_entries ORDER BY action")]


def staff_names(conn: Connection) -> dict[str, str]:
    return {str(i): str(n) for i, n in conn.execute("SELECT id, display_name FROM staff")}


def clear(conn: Connection) -> None:
    conn.execute("DELETE FROM audit_entries")
