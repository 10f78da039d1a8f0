"""Tickets for the screens: lane placement over the cache (``store.lane_queries``), list rows,
a ticket's thread, and the commands a person gives on a ticket (each one an outbox row).
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from vipclient.domain.enums import (
    ESCALATABLE_FROM,
    Team,
    TicketStatus,
    allowed_status_changes,
)
from vipclient.domain.lanes import (
    NO_LANE_STATUSES,
)
from vipclient.services.attachment_values import AttachmentRef
from vipclient.services.ticket_values import MessageState, ThreadItem, TicketDetail
from vipclient.store import outbox, uploads
from vipclient.store.effects import Patch
from vipclient.store.models import ClientRow, MessageRow, OutboxRow, StaffRow, TicketRow
from vipclient.store.timefmt import db_time

if TYPE_CHECKING:
    from vipclient.store.reader import CacheReader

_T: Table = TicketRow.__table__  # type: ignore[assignment]


class SessionSource(Protocol):
    """What the services need of ``vipclient.store.cache.Cache``."""

    @property
    def reader(self) -> CacheReader: ...

    def read_session(self) -> Any: ...

    def session(self) -> Any: ...


# --- one ticket: detail and thread ----------------------------------------------------------------


def ticket_detail(session: Session, ticket_id: str) -> TicketDetail | None:
    row = session.get(TicketRow, ticket_id)
    if row is None:
        return None
    assignee = session.get(StaffRow, row.assignee_id) if row.assignee_id else None
    level = row.client_tier if row.client_tier and 1 <= row.client_tier <= 10 else 1
    client = session.get(ClientRow, row.client_uid)
    client_data = json.loads(client.data or "{}") if client is not None else {}
    return TicketDetail(
        id=row.id,
        version=row.version,
        data=json.loads(row.data or "{}"),
        client_uid=row.client_uid,
        client_name=row.client_name or row.client_uid,
        tier_level=level,
        assignee_name=(assignee.display_name if assignee else (row.assignee_id or "")),
        client_languages=tuple(str(x) for x in client_data.get("languages") or ()),
        client_timezone=str(client_data.get("timezone") or ""),
        client_region=str(client_data.get("region") or ""),
    )


MESSAGE_KIND = "ticket.message"


def thread(session: Session, ticket_id: str) -> list[ThreadItem]:
    """Server messages oldest first, then the person's replies not yet in the feed."""
    m: Table = MessageRow.__table__  # type: ignore[assignment]
    staff: Table = StaffRow.__table__  # type: ignore[assignment]
    rows = session.execute(
        select(m.c.id, m.c.author_kind, m.c.author_id,
               func.coalesce(staff.c.display_name, m.c.author_id, ""), m.c.internal,
               m.c.body, m.c.created_at, m.c.data)
        .select_from(m.outerjoin(staff, staff.c.id == m.c.author_id))
        .where(m.c.ticket_id == ticket_id, m.c.local_outbox_id.is_(None))
        .order_by(m.c.created_at, m.c.id)
    ).all()
    items = [
        ThreadItem(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], MessageState.SENT,
                   attachments=message_files(r[7]))
        for r in rows
    ]
    seen = {item.id for item in items}
    queued = session.scalars(
        select(OutboxRow)
        .where(OutboxRow.kind == MESSAGE_KIND, OutboxRow.entity_id == ticket_id)
        .order_by(OutboxRow.id)
    ).all()
    # Messages already accounted for: answers of done rows, then (below) ones the feed brought
    # before the push's own answer did — the same message must never show twice.
    claimed = {q.result_id for q in queued if q.state == outbox.DONE and q.result_id}
    position = {item.id: n for n, item in enumerate(items)}

    def mark_sent(message_id: str, outbox_id: int) -> None:
        # The server's message of the person's own reply: shown once, labelled "sent".
        n = position[message_id]
        items[n] = items[n]._replace(outbox_id=outbox_id)

    for q in queued:
        if q.state == outbox.DONE and (q.result_id is None or q.result_id in seen):
            if q.result_id is not None:
                mark_sent(q.result_id, q.id)
            continue  # the server's own message is shown (or the answer carried none)
        body = outbox.body_of(q) or {}
        text_body = str(body.get("body") or "")
        internal = bool(body.get("internal"))
        if q.state in (outbox.SENDING, outbox.PENDING) and q.first_sent_at:
            twin = _arrived_twin(items, claimed, text_body, internal, q.first_sent_at)
            if twin is not None:
                claimed.add(twin)
                mark_sent(twin, q.id)
                continue
        state = {
            outbox.DONE: MessageState.SENT,
            outbox.FAILED: MessageState.FAILED,
            outbox.CONFLICT: MessageState.FAILED,
        }.get(q.state, MessageState.PENDING)
        items.append(
            ThreadItem(
                q.result_id or f"local-{q.key}", "staff", None, "", internal,
                text_body, q.created_at, state, q.id, q.error,
                queued_files(session, body, state),
            )
        )
    return items


def message_files(data: str | None) -> tuple[AttachmentRef, ...]:
    """A cached message's files (its ``data`` holds the fields beyond its columns)."""
    if not data or data == "{}":
        return ()
    files = json.loads(data).get("attachments")
    if not isinstance(files, list):
        return ()
    return tuple(AttachmentRef.from_json(f) for f in files if isinstance(f, dict))


def queued_files(session: Session, body: Any, state: str) -> tuple[AttachmentRef, ...]:
    """The files a queued reply carries, from its upload rows."""
    keys = uploads.upload_keys(body)
    if not keys:
        return ()
    return tuple(
        AttachmentRef.from_json(f, state=(MessageState.SENT if f["state"] == outbox.DONE
                                          else MessageState.FAILED if f["state"] in
                                          outbox.PROBLEM_STATES else state))
        for f in uploads.queued_files(session, keys)
    )


#: How far the server-clock stamp of a push may trail the message it created (the client's
#: estimate of the server clock has whole-second resolution).
_TWIN_SLACK = timedelta(seconds=5)


def _arrived_twin(items: list[ThreadItem], claimed: set[str], body: str, internal: bool,
                  first_sent_at: str) -> str | None:
    """The server message a push in flight created, when the changes feed brought it before
    the push's answer: same text, same visibility, written by staff after the first attempt."""
    from vipclient.store.timefmt import parse_db_time

    since = db_time(parse_db_time(first_sent_at) - _TWIN_SLACK) or ""
    for item in items:
        if (
            item.state == MessageState.SENT
            and not item.id.startswith("local-")
            and item.id not in claimed
            and item.author_kind == "staff"
            and item.internal == internal
            and item.body == body
            and (item.created_at or "") >= since
        ):
            return item.id
    return None


# --- commands (each one an outbox row; the GUI nudges the sync engine afterwards) ---------------


def _ticket_command(
    kind: str, ticket_id: str, action: str, body: dict[str, Any], description: str
) -> outbox.Command:
    return outbox.Command(
        kind=kind,
        method="POST",
        path=f"/tickets/{ticket_id}/{action}",
        description=description,
        body=body,
        entity="ticket",
        entity_id=ticket_id,
        result_entity="message" if action == "messages" else "ticket",
    )


def enqueue_reply(session: Session, ticket_id: str, body: str, internal: bool) -> int:
    text_body = body.strip()
    if not text_body:
        raise ValueError("an empty message cannot be sent")
    what = "Internal note on" if internal else "Reply to"
    cmd = _ticket_command(
        MESSAGE_KIND, ticket_id, "messages", {"body": text_body, "internal": internal},
        f"{what} ticket {ticket_id}",
    )
    return outbox.enqueue(session, cmd).id


def enqueue_assign(session: Session, ticket_id: str, assignee_id: str | None) -> int:
    cmd = _ticket_command(
        "ticket.assign", ticket_id, "assign", {"assignee_id": assignee_id},
        f"Assign ticket {ticket_id}",
    )
    effect = [Patch("ticket", ticket_id, {"assignee_id": assignee_id})]
    return outbox.enqueue(session, cmd, effect).id


def enqueue_status(session: Session, ticket_id: str, status: TicketStatus | str) -> int:
    target = TicketStatus(status)
    row = session.get(TicketRow, ticket_id)
    if row is None:
        raise KeyError(ticket_id)
    current = TicketStatus(row.status)
    if target not in allowed_status_changes(current):
        raise ValueError(f"{current.value} cannot change to {target.value}")
    cmd = _ticket_command(
        "ticket.status", ticket_id, "status", {"status": target.value},
        f"Set ticket {ticket_id} to {target.value}",
    )
    return outbox.enqueue(session, cmd, [Patch("ticket", ticket_id, {"status": target.value})]).id


def enqueue_escalate(session: Session, ticket_id: str, team: Team | str, note: str) -> int:
    row = session.get(TicketRow, ticket_id)
    if row is None:
        raise KeyError(ticket_id)
    if TicketStatus(row.status) not in ESCALATABLE_FROM:
        raise ValueError(f"a {row.status} ticket cannot be escalated")
    cmd = _ticket_command(
        "ticket.escalate", ticket_id, "escalate", {"team": Team(team).value, "note": note},
        f"Escalate ticket {ticket_id} to {Team(team).value}",
    )
    effect = [Patch("ticket", ticket_id, {"status": TicketStatus.ESCALATED.value,
                                           "team": Team(team).value})]
    return outbox.enqueue(session, cmd, effect).id


# --- the service the screens hold ----------------------------------------------------------------


class TicketsService:
    """Session-per-call wrapper the GUI uses (screens never see SQL sessions)."""

    def __init__(self, cache: SessionSource) -> None:
        self._cache = cache

    def detail(self, ticket_id: str) -> TicketDetail | None:
        with self._cache.read_session() as s:
            return ticket_detail(s, ticket_id)

    def thread(self, ticket_id: str) -> list[ThreadItem]:
        with self._cache.read_session() as s:
            return thread(s, ticket_id)

    def open_tickets_of(self, client_uid: str) -> list[tuple[str, str]]:
        """(id, subject) of a client's tickets still open, newest first (quick reply)."""
        with self._cache.read_session() as s:
            stmt = (
                select(_T.c.id, _T.c.subject)
                .where(_T.c.client_uid == client_uid,
                       _T.c.status.not_in([x.value for x in NO_LANE_STATUSES]))
                .order_by(_T.c.created_at.desc())
            )
            return [(str(a), str(b)) for a, b in s.execute(stmt)]

    def reply(self, ticket_id: str, body: str, internal: bool) -> int:
        with self._cache.session() as s:
            return enqueue_reply(s, ticket_id, body, internal)

    def assign(self, ticket_id: str, assignee_id: str | None) -> int:
        with self._cache.session() as s:
            return enqueue_assign(s, ticket_id, assignee_id)

    def set_status(self, ticket_id: str, status: TicketStatus | str) -> int:
        with self._cache.session() as s:
            return enqueue_status(s, ticket_id, status)

    def escalate(self, ticket_id: str, team: Team | str, note: str) -> int:
        with self._cache.session() as s:
            return enqueue_escalate(s, ticket_id, team, note)

    def resend(self, outbox_id: int) -> bool:
        with self._cache.session() as s:
            return outbox.resend(s, outbox_id)

    def discard(self, outbox_id: int) -> bool:
        with self._cache.session() as s:
            return outbox.discard(s, outbox_id)
