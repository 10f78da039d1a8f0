"""What a transcript export reads from the cache: a client's tickets and their messages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session


def client(session: Session, uid: str) -> str | None:
    """The client's JSON."""
    found = session.connection().exec_driver_sql(
        "SELECT data FROM clients WHERE uid = ?", (uid,)).first()
    return None if found is None else str(found[0])


def tickets_of(session: Session, uid: str) -> list[dict[str, Any]]:
    """A client's tickets (server rows), newest first."""
    rows = session.connection().exec_driver_sql(
        "SELECT id, subject, status, category, language, created_at FROM tickets "
        "WHERE client_uid = ? AND local_outbox_id IS NULL ORDER BY created_at DESC, id",
        (uid,)).all()
    keys = ("id", "subject", "status", "category", "language", "created_at")
    return [dict(zip(keys, row, strict=True)) for row in rows]


def messages_of(session: Session, ticket_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """The cached server messages of each ticket, oldest first (``data``: fields beyond the
    columns, e.g. ``attachments``)."""
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in ticket_ids}
    if not ticket_ids:
        return out
    marks = ", ".join("?" for _ in ticket_ids)
    rows = session.connection().exec_driver_sql(
        "SELECT id, ticket_id, author_kind, author_id, internal, created_at, body, data "
        f"FROM messages WHERE ticket_id IN ({marks}) AND local_outbox_id IS NULL "
        "ORDER BY created_at, id", tuple(ticket_ids)).all()
    keys = ("id", "ticket_id", "author_kind", "author_id", "internal", "created_at", "body",
            "data")
    for row in rows:
        message = dict(zip(keys, row, strict=True))
        out[str(message["ticket_id"])].append(message)
    return out


def staff_names(session: Session) -> dict[str, str]:
    rows = session.connection().exec_driver_sql("SELECT id, display_name FROM staff").all()
    return {str(i): str(n or i) for i, n in rows}


def feed_complete(session: Session) -> bool:
    """The cache has read the whole feed (no first pull or re-sync under way): every
    message of a cached ticket is in it."""
    found = session.connection().exec_driver_sql(
        "SELECT cursor, full_sync FROM sync_state WHERE id = 1").first()
    return found is not None and found[0] is not None and not found[1]
