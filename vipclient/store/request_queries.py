"""The maker-checker requests of all three kinds over the cache, for the Requests section.

Plain SQL on a DB-API connection (the cache's ``sqlite3`` reader), like the lanes: the lists
are ids only (``<entity>:<id>``, newest first), rows are read a screenful at a time, and one
request is read whole for its page. The three tables share their columns (``_RequestMixin``),
so one ``UNION ALL`` serves every list.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from vipclient.store.lane_queries import Connection

#: Feed entity → table of the three kinds of request.
REQUEST_TABLES: dict[str, str] = {
    "fee_request": "fee_requests",
    "withdrawal_request": "withdrawal_requests",
    "api_access_request": "api_access_requests",
}
PENDING = "pending_approval"

_COMMON = ("id, client_uid, requester_id, status, rule_id, approver_role, approvals_required, "
           "created_at, expires_at, local_outbox_id, data")
_ALL = " UNION ALL ".join(
    f"SELECT '{entity}' AS entity, {_COMMON} FROM {table}"
    for entity, table in REQUEST_TABLES.items()
)


def key_of(entity: str, request_id: str) -> str:
    return f"{entity}:{request_id}"


def split_key(key: str) -> tuple[str, str]:
    entity, _, request_id = key.partition(":")
    if entity not in REQUEST_TABLES or not request_id:
        raise KeyError(key)
    return entity, request_id


# --- lists ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestFilter:
    """The "All" tab's filters; empty fields filter nothing. Dates are the stored time text
    (``created_at`` from ``since`` inclusive to ``until`` exclusive)."""

    client: str = ""
    entity: str | None = None
    status: str | None = None
    requester_id: str | None = None
    since: str | None = None
    until: str | None = None

    def where(self) -> tuple[str, dict[str, Any]]:
        clauses, values = ["1"], {}
        if self.client.strip():
            # A uid, or part of the client's name (any script, any length).
            clauses.append("(r.client_uid = :client OR instr(lower(coalesce(c.display_name, "
                           "'')), lower(:client)) > 0)")
            values["client"] = self.client.strip()
        if self.entity:
            clauses.append("r.entity = :entity")
            values["entity"] = self.entity
        if self.status:
            clauses.append("r.status = :status")
            values["status"] = self.status
        if self.requester_id:
            clauses.append("r.requester_id = :requester")
            values["requester"] = self.requester_id
        if self.since:
            clauses.append("r.created_at >= :since")
            values["since"] = self.since
        if self.until:
            clauses.append("r.created_at < :until")
            values["until"] = self.until
        return " AND ".join(clauses), values


def _keys(conn: Connection, where: str, values: dict[str, Any]) -> list[str]:
    sql = (f"SELECT r.entity || ':' || r.id FROM ({_ALL}) AS r "
           f"LEFT JOIN clients AS c ON c.uid = r.client_uid WHERE {where} "
           "ORDER BY r.created_at IS NULL, r.created_at DESC, r.id DESC")
    return [row[0] for row in conn.execute(sql, values)]


def mine(conn: Connection, me_id: str) -> list[str]:
    """The person's own requests (those still being sent included), newest first."""
    return _keys(conn, "r.requester_id = :me", {"me": me_id})


def awaiting(conn: Connection, me_id: str, roles: Iterable[str]) -> list[str]:
    """Pending requests this person may decide: their rule's approver role is one of
    ``roles``, someone else asked, and this person has not decided yet."""
    wanted = sorted(set(roles))
    if not wanted:
        return []
    marks = ", ".join(f":role{i}" for i in range(len(wanted)))
    values: dict[str, Any] = {"me": me_id, "pending": PENDING,
                              **{f"role{i}": r for i, r in enumerate(wanted)}}
    where = (f"r.status = :pending AND r.local_outbox_id IS NULL AND r.approver_role IN "
             f"({marks}) AND coalesce(r.requester_id, '') != :me AND NOT EXISTS ("
             "SELECT 1 FROM json_each(r.data, '$.approvals') AS a "
             "WHERE json_extract(a.value, '$.staff_id') = :me)")
    return _keys(conn, where, values)


def all_requests(conn: Connection, filt: RequestFilter) -> list[str]:
    where, values = filt.where()
    return _keys(conn, where, values)


@dataclass(frozen=True)
class RequestIndex:
    """The three tabs' ids, read in one snapshot."""

    mine: list[str] = field(default_factory=list)
    awaiting: list[str] = field(default_factory=list)
    all: list[str] = field(default_factory=list)


def request_index(conn: Connection, me_id: str, roles: Iterable[str],
                  filt: RequestFilter) -> RequestIndex:
    return RequestIndex(mine(conn, me_id), awaiting(conn, me_id, roles), all_requests(conn, filt))


# --- rows -------------------------------------------------------------------------------------


class RequestRow(NamedTuple):
    """What a list shows of one request (``data`` is its JSON)."""

    key: str
    entity: str
    id: str
    client_uid: str
    client_name: str
    client_tier: int
    requester_id: str | None
    requester_name: str
    status: str
    rule_id: str | None
    created_at: str | None
    expires_at: str | None
    local: bool
    data: dict[str, Any]


def request_rows(conn: Connection, keys: Iterable[str]) -> dict[str, RequestRow]:
    by_entity: dict[str, list[str]] = {}
    for key in keys:
        try:
            entity, request_id = split_key(key)
        except KeyError:
            continue
        by_entity.setdefault(entity, []).append(request_id)
    out: dict[str, RequestRow] = {}
    for entity, ids in by_entity.items():
        marks = ", ".join("?" for _ in ids)
        sql = (f"SELECT r.id, r.client_uid, coalesce(c.display_name, r.client_uid), "
               f"coalesce(c.tier, 0), r.requester_id, coalesce(s.display_name, r.requester_id, "
               f"''), r.status, r.rule_id, r.created_at, r.expires_at, r.local_outbox_id, r.data "
               f"FROM {REQUEST_TABLES[entity]} AS r "
               "LEFT JOIN clients AS c ON c.uid = r.client_uid "
               "LEFT JOIN staff AS s ON s.id = r.requester_id "
               f"WHERE r.id IN ({marks})")
        for row in conn.execute(sql, ids):
            key = key_of(entity, row[0])
            out[key] = RequestRow(key, entity, row[0], row[1], row[2], int(row[3] or 0), row[4],
                                  row[5], row[6], row[7], row[8], row[9], row[10] is not None,
                                  json.loads(row[11] or "{}"))
    return out


# --- one request ------------------------------------------------------------------------------


class QueuedAction(NamedTuple):
    """An action on a request that has not reached the server, or that it refused."""

    outbox_id: int
    kind: str
    state: str
    error: str | None


@dataclass(frozen=True)
class RequestDetail:
    row: RequestRow
    client: dict[str, Any]
    staff_names: dict[str, str]
    actions: list[QueuedAction]


def request_detail(conn: Connection, key: str) -> RequestDetail | None:
    row = request_rows(conn, [key]).get(key)
    if row is None:
        return None
    found = conn.execute("SELECT data FROM clients WHERE uid = ?", (row.client_uid,)).fetchone()
    client = json.loads(found[0]) if found else {}
    names = dict(conn.execute("SELECT id, display_name FROM staff").fetchall())
    actions = [
        QueuedAction(*r) for r in conn.execute(
            "SELECT id, kind, state, error FROM outbox WHERE entity = ? AND entity_id = ? "
            "AND state IN ('pending', 'sending', 'failed', 'conflict') ORDER BY id",
            (row.entity, row.id))
    ]
    return RequestDetail(row, client, names, actions)


# --- what requests are read against ------------------------------------------------------------


def policy_json(conn: Connection) -> list[dict[str, Any]]:
    """The rules as the server serves them, in its order: the order ``GET /policies`` gave
    (``position``, :func:`set_policy_order`), then the order they came in."""
    rows = conn.execute(
        "SELECT data FROM policies WHERE local_outbox_id IS NULL "
        "ORDER BY position IS NULL, position, rowid"
    ).fetchall()
    return [json.loads(r[0]) for r in rows]


def policy_order_known(conn: Connection) -> bool:
    """Whether every rule has the position ``GET /policies`` gave it."""
    missing = conn.execute("SELECT count(*) FROM policies WHERE position IS NULL").fetchone()
    return not missing or int(missing[0]) == 0


class StaffEntry(NamedTuple):
    id: str
    display_name: str
    roles: tuple[str, ...]


def staff(conn: Connection) -> list[StaffEntry]:
    rows = conn.execute(
        "SELECT id, coalesce(nullif(display_name, ''), username, id), roles FROM staff "
        "ORDER BY 2").fetchall()
    return [StaffEntry(r[0], r[1], tuple(x for x in (r[2] or "").split(",") if x)) for r in rows]


class ClientChoice(NamedTuple):
    uid: str
    display_name: str
    tier: int
    manager_id: str | None
    status: str


def client_choices(conn: Connection, text: str, manager_id: str | None,
                   limit: int = 50) -> list[ClientChoice]:
    """Clients whose uid or name contains ``text`` (a manager's own book only when
    ``manager_id`` is given), highest tier first."""
    clauses: list[str] = ["1"]
    values: dict[str, Any] = {"limit": limit}
    if text.strip():
        clauses.append("(instr(lower(uid), lower(:t)) > 0 OR instr(lower(display_name), "
                       "lower(:t)) > 0)")
        values["t"] = text.strip()
    if manager_id is not None:
        clauses.append("manager_id = :m")
        values["m"] = manager_id
    sql = (f"SELECT uid, display_name, tier, manager_id, status FROM clients "
           f"WHERE {' AND '.join(clauses)} ORDER BY tier DESC, display_name, uid LIMIT :limit")
    return [ClientChoice(*r) for r in conn.execute(sql, values)]


def client_json(conn: Connection, uid: str) -> dict[str, Any] | None:
    found = conn.execute("SELECT data FROM clients WHERE uid = ?", (uid,)).fetchone()
    return None if found is None else json.loads(found[0])


def requests_of_client(conn: Connection, uid: str) -> list[str]:
    """A client's requests of every kind, newest first (its profile's "requests")."""
    return _keys(conn, "r.client_uid = :uid", {"uid": uid})


# --- what the person must hear about ----------------------------------------------------------


class WatchEntry(NamedTuple):
    """One thing to tell the person: ``kind`` is ``awaiting`` (theirs to decide), ``deadline``
    (theirs to decide, due before ``soon``) or, for their own requests, the status it reached
    (``applied``, ``rejected``, ``expired``)."""

    key: str
    kind: str
    entity: str
    client_name: str


def watch_list(conn: Connection, me_id: str, roles: Iterable[str], soon: str) -> list[WatchEntry]:
    out: list[WatchEntry] = []
    waiting = awaiting(conn, me_id, roles)
    if waiting:
        marks = ", ".join("?" for _ in waiting)
        for key, expires, name in conn.execute(
            f"SELECT r.entity || ':' || r.id, r.expires_at, coalesce(c.display_name, "
            f"r.client_uid) FROM ({_ALL}) AS r LEFT JOIN clients AS c ON c.uid = r.client_uid "
            f"WHERE r.entity || ':' || r.id IN ({marks})", waiting):
            entity = key.partition(":")[0]
            out.append(WatchEntry(key, "awaiting", entity, name))
            if expires is not None and expires <= soon:
                out.append(WatchEntry(key, "deadline", entity, name))
    for key, status, name in conn.execute(
        f"SELECT r.entity || ':' || r.id, r.status, coalesce(c.display_name, r.client_uid) "
        f"FROM ({_ALL}) AS r LEFT JOIN clients AS c ON c.uid = r.client_uid "
        "WHERE r.requester_id = ? AND r.local_outbox_id IS NULL AND r.status IN "
        "('applied', 'rejected', 'expired')", (me_id,)):
        out.append(WatchEntry(key, status, key.partition(":")[0], name))
    return out


# --- writes -----------------------------------------------------------------------------------


def set_policy_order(execute: Callable[[str, tuple[Any, ...]], Any], ids: Sequence[str]) -> None:
    """Record ``ids`` as the rules' order (the order ``GET /policies`` served them): each rule
    its position, any other none. ``execute(sql, parameters)`` runs in the caller's write
    transaction. A rule's next change from the feed clears its position (the feed does not
    carry the order), and the desk asks the server again."""
    execute("UPDATE policies SET position = NULL", ())
    for n, rule_id in enumerate(ids):
        execute("UPDATE policies SET position = ? WHERE id = ?", (n, rule_id))
