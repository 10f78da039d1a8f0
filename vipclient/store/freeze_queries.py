"""The security desk's reads of freezes: the active ones, each with the request to lift it
that waits for a second officer (if any). Plain SQL on a DB-API connection (the cache's
``sqlite3`` reader)."""

from __future__ import annotations

from typing import Any, NamedTuple, Protocol


class Connection(Protocol):
    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


class PendingUnfreeze(NamedTuple):
    id: str
    requester_id: str
    requester_name: str
    reason: str
    created_at: str
    version: int


class ActiveFreezeItem(NamedTuple):
    id: str
    client_uid: str
    client_name: str
    client_tier: int
    scopes: tuple[str, ...]
    reason_code: str
    note: str
    created_by: str
    created_by_name: str
    created_at: str
    version: int
    unfreeze: PendingUnfreeze | None


_FREEZES = (
    "SELECT f.id, f.client_uid, coalesce(c.display_name, f.client_uid), coalesce(c.tier, 0),"
    " f.scopes, coalesce(f.reason_code, ''), coalesce(json_extract(f.data, '$.note'), ''),"
    " coalesce(f.created_by, ''), coalesce(s.display_name, f.created_by, ''),"
    " coalesce(f.created_at, ''), f.version"
    " FROM freezes AS f LEFT OUTER JOIN clients AS c ON c.uid = f.client_uid"
    " LEFT OUTER JOIN staff AS s ON s.id = f.created_by WHERE f.status = 'active'"
)

_PENDING = (
    "SELECT u.freeze_id, u.id, coalesce(u.requester_id, ''),"
    " coalesce(s.display_name, u.requester_id, ''),"
    " coalesce(json_extract(u.data, '$.reason'), ''), coalesce(u.created_at, ''), u.version"
    " FROM unfreeze_requests AS u LEFT OUTER JOIN staff AS s ON s.id = u.requester_id"
    " WHERE u.status = 'pending'"
)


def _scopes(listed: str | None) -> tuple[str, ...]:
    return tuple(x for x in (listed or "").split(",") if x)


def active_freezes(conn: Connection, client_uid: str | None = None) -> list[ActiveFreezeItem]:
    """Active freezes, newest first, with their pending unfreeze requests."""
    pending = {str(r[0]): PendingUnfreeze(str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                                          int(r[6] or 0))
               for r in conn.execute(_PENDING)}
    sql, params = _FREEZES, {}
    if client_uid is not None:
        sql += " AND f.client_uid = :u"
        params = {"u": client_uid}
    return [
        ActiveFreezeItem(str(r[0]), str(r[1]), str(r[2]), int(r[3] or 0), _scopes(r[4]),
                         str(r[5]), str(r[6]), str(r[7]), str(r[8]), str(r[9]), int(r[10] or 0),
                         pending.get(str(r[0])))
        for r in conn.execute(sql + " ORDER BY f.created_at DESC, f.id DESC", params)
    ]


def pending_unfreeze_ids(conn: Connection) -> list[tuple[str, str]]:
    """(request id, requester id) of every request waiting for a second officer."""
    rows = conn.execute(
        "SELECT id, coalesce(requester_id, '') FROM unfreeze_requests WHERE status = 'pending'")
    return [(str(a), str(b)) for a, b in rows]
