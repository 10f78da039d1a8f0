"""The security desk's reads of freezes: the active ones, each with the request to lift it
that waits for a second officer (if any)."""

from __future__ import annotations

import json
from typing import NamedTuple

from sqlalchemy import text
from sqlalchemy.orm import Session


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
    " coalesce(s.display_name, u.requester_id, ''), coalesce(json_extract(u.data, '$.reason'), ''),"
    " coalesce(u.created_at, ''), u.version"
    " FROM unfreeze_requests AS u LEFT OUTER JOIN staff AS s ON s.id = u.requester_id"
    " WHERE u.status = 'pending'"
)


def _scopes(listed: str | None) -> tuple[str, ...]:
    return tuple(x for x in (listed or "").split(",") if x)


def active_freezes(session: Session, client_uid: str | None = None) -> list[ActiveFreezeItem]:
    """Active freezes, newest first, with their pending unfreeze requests."""
    pending = {r[0]: PendingUnfreeze(*r[1:]) for r in session.execute(text(_PENDING))}
    sql, params = _FREEZES, {}
    if client_uid is not None:
        sql += " AND f.client_uid = :u"
        params = {"u": client_uid}
    out = []
    for r in session.execute(text(sql + " ORDER BY f.created_at DESC, f.id DESC"), params):
        out.append(ActiveFreezeItem(r[0], r[1], r[2], r[3], _scopes(r[4]), r[5], r[6], r[7],
                                    r[8], r[9], r[10], pending.get(r[0])))
    return out


def pending_unfreeze_ids(session: Session) -> list[tuple[str, str]]:
    """(request id, requester id) of every request waiting for a second officer."""
    rows = session.execute(text(
        "SELECT id, coalesce(requester_id, '') FROM unfreeze_requests WHERE status = 'pending'"))
    return [(str(a), str(b)) for a, b in rows]


def freeze_data(session: Session, freeze_id: str) -> dict[str, object] | None:
    raw = session.execute(text("SELECT data FROM freezes WHERE id = :i"),
                          {"i": freeze_id}).scalar()
    return None if raw is None else dict(json.loads(raw))
