"""The security desk's reads of risk alerts: the queue, one alert, a client's other alerts and
recent tickets.

The queue holds what still needs an officer — open and acknowledged alerts — most severe
first, then oldest first (an alert that has waited longer is more urgent at the same
severity). It is a list of ids (``ix_risk_alerts_queue`` answers it from the index); rows are
read for the ids a screen shows. Plain SQL on a DB-API connection (the cache's ``sqlite3``
reader, or a write session's own connection), so the screens that show these rows need no
ORM to know their shape.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from vipclient.domain.enums import AlertStatus

#: What the queue shows: alerts an officer can still act on.
QUEUE_STATUSES = (AlertStatus.OPEN.value, AlertStatus.ACKNOWLEDGED.value)


class Connection(Protocol):
    """What these queries need of a DB-API connection (``sqlite3.Connection``)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


class AlertRow(NamedTuple):
    """One alert as a list shows it (the client's name and tier from the cached client)."""

    id: str
    client_uid: str
    client_name: str
    client_tier: int
    kind: str
    severity: str
    status: str
    created_at: str
    summary: str
    version: int
    handled_by: str | None
    pending: bool  # an acknowledge or dismiss of it is on its way (outbox)


@dataclass(frozen=True)
class AlertDetail:
    row: AlertRow
    data: dict[str, Any]
    details: list[tuple[str, str]] = field(default_factory=list)
    note: str = ""
    freeze_id: str | None = None
    handled_at: str | None = None
    handled_by_name: str = ""


class TicketLine(NamedTuple):
    id: str
    subject: str
    status: str
    updated_at: str


_ROWS = (
    "SELECT a.id, a.client_uid, coalesce(c.display_name, a.client_uid), coalesce(c.tier, 0),"
    " coalesce(a.kind, ''), coalesce(a.severity, 'low'), a.status, coalesce(a.created_at, ''),"
    " coalesce(json_extract(a.data, '$.summary'), ''), a.version, a.handled_by,"
    " a.server_data IS NOT NULL"
    " FROM risk_alerts AS a LEFT OUTER JOIN clients AS c ON c.uid = a.client_uid"
)


def _alert(r: Any) -> AlertRow:
    return AlertRow(str(r[0]), str(r[1]), str(r[2]), int(r[3] or 0), str(r[4]), str(r[5]),
                    str(r[6]), str(r[7]), str(r[8]), int(r[9] or 0), r[10], bool(r[11]))


def _marks(values: Sequence[Any], prefix: str) -> tuple[str, dict[str, Any]]:
    names = {f"{prefix}{n}": v for n, v in enumerate(values)}
    return "(" + ", ".join(f":{name}" for name in names) + ")", names


def queue_ids(conn: Connection, statuses: Sequence[str] = QUEUE_STATUSES,
              severities: Sequence[str] = ()) -> list[str]:
    """Alert ids in queue order: most severe first, then oldest first."""
    among, params = _marks(list(statuses), "s")
    sql = f"SELECT id FROM risk_alerts WHERE status IN {among}"
    if severities:
        sev, more = _marks(list(severities), "v")
        sql += f" AND severity IN {sev}"
        params |= more
    sql += " ORDER BY severity_rank DESC, created_at ASC, id ASC"
    return [str(r[0]) for r in conn.execute(sql, params)]


def alert_rows(conn: Connection, ids: Iterable[str]) -> dict[str, AlertRow]:
    wanted = list(ids)
    if not wanted:
        return {}
    among, params = _marks(wanted, "i")
    return {str(r[0]): _alert(r) for r in conn.execute(f"{_ROWS} WHERE a.id IN {among}", params)}


def alert_detail(conn: Connection, alert_id: str) -> AlertDetail | None:
    row = alert_rows(conn, [alert_id]).get(alert_id)
    if row is None:
        return None
    raw, handler = conn.execute(
        "SELECT a.data, coalesce(s.display_name, a.handled_by, '') FROM risk_alerts AS a"
        " LEFT OUTER JOIN staff AS s ON s.id = a.handled_by WHERE a.id = :i",
        {"i": alert_id},
    ).fetchone()
    data: dict[str, Any] = json.loads(raw or "{}")
    details = data.get("details")
    pairs = [(str(k), str(v)) for k, v in details.items()] if isinstance(details, dict) else []
    return AlertDetail(row, data, pairs, str(data.get("note") or ""), data.get("freeze_id"),
                       data.get("handled_at"), str(handler or ""))


def alerts_of_client(conn: Connection, uid: str, limit: int = 50) -> list[AlertRow]:
    """Every cached alert about one client, newest first."""
    rows = conn.execute(
        f"{_ROWS} WHERE a.client_uid = :u ORDER BY a.created_at DESC, a.id DESC LIMIT :n",
        {"u": uid, "n": limit},
    )
    return [_alert(r) for r in rows]


def recent_tickets(conn: Connection, uid: str, limit: int = 10) -> list[TicketLine]:
    rows = conn.execute(
        "SELECT id, subject, status, coalesce(updated_at, created_at, '') FROM tickets"
        " WHERE client_uid = :u ORDER BY coalesce(updated_at, created_at) DESC, id DESC"
        " LIMIT :n",
        {"u": uid, "n": limit},
    )
    return [TicketLine(str(a), str(b), str(c), str(d)) for a, b, c, d in rows]


def open_alerts_of(conn: Connection, uid: str) -> list[str]:
    """Ids of a client's alerts a freeze can answer (open or acknowledged), queue order."""
    among, params = _marks(list(QUEUE_STATUSES), "s")
    rows = conn.execute(
        f"SELECT id FROM risk_alerts WHERE client_uid = :u AND status IN {among}"
        " ORDER BY severity_rank DESC, created_at ASC, id ASC",
        {**params, "u": uid},
    )
    return [str(r[0]) for r in rows]
