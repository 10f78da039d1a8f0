"""Ticket operations shared by the routes and the live generator.

Every operation runs inside the caller's ``Sandbox.transaction()``: it changes the ticket
through the SLA machine of ``vipclient.domain.sla``, bumps ``version``, emits the changes and
writes the audit entry, so the whole effect commits (or not) at once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select
from sqlalchemy.orm import Session

from vipclient.domain.enums import (
    ESCALATABLE_FROM,
    STATUS_TRANSITIONS,
    AuthorKind,
    TicketStatus,
    allowed_status_changes,
)
from vipclient.domain.sla import TicketSla, targets_for
from vipclient.sandbox import attaching
from vipclient.sandbox.clock import parse_ts
from vipclient.sandbox.core import audit, emit_change, new_id, now_of
from vipclient.sandbox.db import MESSAGE_ORDINAL, Attachment, Client, Database, Message, Ticket
from vipclient.sandbox.problems import Problem, not_found

_TIER_OF = select(Client.tier).where(Client.uid == bindparam("uid"))
_TICKET_BY_ID = select(Ticket).where(Ticket.id == bindparam("id"))
_LAST_ORDINAL = select(func.max(Message.ordinal))
_INSERT_MESSAGE = insert(cast(Table, Message.__table__))


def sla_of(s: Session, ticket: Ticket) -> TicketSla:
    # Only the tier is needed: no whole client row (this runs on every ticket change).
    tier = s.execute(_TIER_OF, {"uid": ticket.client_uid}).scalar() or "VIP1"
    return TicketSla.from_fields(ticket.to_api(), targets_for(tier, ticket.priority))


def _ts(text: Any) -> datetime | None:
    return None if text is None else parse_ts(str(text))


def apply_sla(ticket: Ticket, sla: TicketSla) -> None:
    """Copy the machine's state back onto the row."""
    f = sla.to_fields()
    ticket.first_response_due = _ts(f["first_response_due"])
    ticket.next_response_due = _ts(f["next_response_due"])
    ticket.resolution_due = _ts(f["resolution_due"])
    ticket.first_responded_at = _ts(f["first_responded_at"])
    ticket.solved_at = _ts(f["solved_at"])
    ticket.sla_events = f["sla_events"]
    ticket.status = sla.status.value
    ticket.sla_check_at = sla.next_deadline()


def _bump(s: Session, ticket: Ticket, *, touch: bool = True) -> None:
    ticket.version += 1
    if touch:
        ticket.updated_at = now_of(s)
    emit_change(s, "ticket", ticket.id, "upsert", ticket.version, ticket.to_api())


def next_ordinal(s: Session) -> int:
    # Counted in the transaction and kept by the Database as it commits (like the feed's
    # seq: one writing process, under the write lock), so the table is asked only once.
    last = s.info.get(MESSAGE_ORDINAL)
    if last is None:
        db = s.info.get("db")
        last = db.message_ordinal if isinstance(db, Database) else None
    if last is None:
        last = int(s.scalar(_LAST_ORDINAL) or 0)
    s.info[MESSAGE_ORDINAL] = last + 1
    return int(last) + 1


def _message(
    s: Session, ticket: Ticket, kind: AuthorKind, author_id: str | None, body: str,
    internal: bool, attachments: list[Attachment] | None = None,
) -> Message:
    message_id = new_id("M")
    row = {
        "id": message_id, "ticket_id": ticket.id, "author_kind": kind.value,
        "author_id": author_id, "body": body, "internal": internal, "created_at": now_of(s),
        "ordinal": next_ordinal(s), "version": 1,
        "attachments": attaching.attach(attachments, message_id) if attachments else None,
    }
    # A prebuilt insert rather than the unit of work: a new message is never changed in the
    # transaction that writes it.
    s.execute(_INSERT_MESSAGE, row)
    msg = Message(**row)
    emit_change(s, "message", msg.id, "upsert", 1, msg.to_api())
    return msg


def ticket_or_404(s: Session, ticket_id: str) -> Ticket:
    # A prebuilt statement: ``Session.get`` builds its query anew on every call.
    ticket = s.scalars(_TICKET_BY_ID, {"id": ticket_id}).first()
    if ticket is None:
        raise not_found("ticket", ticket_id)
    return ticket


def check_open(ticket: Ticket) -> None:
    """409 on a closed ticket (final)."""
    if ticket.status == TicketStatus.CLOSED.value:
        raise Problem(409, "This ticket is closed; nothing more can happen on it.",
                      slug="ticket-closed", allowed=[])


def staff_message(
    s: Session, ticket: Ticket, staff_id: str, body: str, internal: bool,
    attachments: list[Attachment] | None = None,
) -> Message:
    """A staff reply (public: fulfils the response clocks, sets first_responded_at, moves
    new → open) or an internal note (fulfils nothing), carrying ``attachments`` (from
    :func:`attaching.for_message`)."""
    check_open(ticket)
    now = now_of(s)
    sla = sla_of(s, ticket)
    sla.on_staff_reply(now, internal)
    if not internal and sla.status is TicketStatus.NEW:
        sla.on_status(TicketStatus.OPEN, now)
    msg = _message(s, ticket, AuthorKind.STAFF, staff_id, body, internal, attachments)
    apply_sla(ticket, sla)
    _bump(s, ticket)
    audit(s, staff_id, "ticket.message", ticket.id,
          {"message_id": msg.id, "internal": internal, "status": ticket.status,
           **_attachment_ids(attachments)})
    return msg


def _attachment_ids(attachments: list[Attachment] | None) -> dict[str, Any]:
    # Only where there are some: the audit details of a plain reply stay as they were.
    return {"attachment_ids": [a.id for a in attachments]} if attachments else {}


def client_message(
    s: Session, ticket: Ticket, body: str, attachments: list[Attachment] | None = None
) -> Message:
    """The client wrote (live generator): pending_client/solved go back to open and the
    next-response clock starts."""
    check_open(ticket)
    sla = sla_of(s, ticket)
    sla.on_client_message(now_of(s))
    msg = _message(s, ticket, AuthorKind.CLIENT, ticket.client_uid, body, False, attachments)
    apply_sla(ticket, sla)
    _bump(s, ticket)
    audit(s, None, "ticket.message", ticket.id,
          {"message_id": msg.id, "author_kind": "client", "status": ticket.status,
           **_attachment_ids(attachments)})
    return msg


def assign(s: Session, ticket: Ticket, assignee_id: str | None, actor: str) -> None:
    check_open(ticket)
    before = ticket.assignee_id
    ticket.assignee_id = assignee_id
    _bump(s, ticket)
    audit(s, actor, "ticket.assign", ticket.id, {"from": before, "to": assignee_id})


def check_transition(ticket: Ticket, new: TicketStatus) -> None:
    """409 naming the allowed statuses when ``/status`` may not move the ticket to ``new``."""
    current = TicketStatus(ticket.status)
    if new not in STATUS_TRANSITIONS[current]:
        allowed = [st.value for st in allowed_status_changes(current)]
        listed = ", ".join(allowed) if allowed else "none (the ticket is closed)"
        raise Problem(
            409, f"A {current.value} ticket cannot become {new.value}; allowed: {listed}.",
            slug="illegal-transition", allowed=allowed,
        )


def set_status(s: Session, ticket: Ticket, new: TicketStatus, actor: str) -> None:
    check_transition(ticket, new)
    current = TicketStatus(ticket.status)
    sla = sla_of(s, ticket)
    sla.on_status(new, now_of(s))
    apply_sla(ticket, sla)
    _bump(s, ticket)
    audit(s, actor, "ticket.status", ticket.id, {"from": current.value, "to": new.value})


def check_escalation(ticket: Ticket) -> None:
    current = TicketStatus(ticket.status)
    if current not in ESCALATABLE_FROM:
        allowed = sorted(st.value for st in ESCALATABLE_FROM)
        raise Problem(
            409, f"A {current.value} ticket cannot be escalated; only a ticket that is "
            f"{', '.join(allowed)}.", slug="illegal-transition", allowed=allowed,
        )


def escalate(s: Session, ticket: Ticket, team: str, note: str, actor: str) -> Message:
    check_escalation(ticket)
    current = TicketStatus(ticket.status)
    now = now_of(s)
    sla = sla_of(s, ticket)
    sla.on_status(TicketStatus.ESCALATED, now)
    msg = _message(s, ticket, AuthorKind.STAFF, actor, note, True)
    ticket.team = team
    apply_sla(ticket, sla)
    _bump(s, ticket)
    audit(s, actor, "ticket.escalate", ticket.id,
          {"team": team, "from": current.value, "message_id": msg.id})
    return msg


def open_ticket(
    s: Session, record: dict[str, Any], first: dict[str, Any],
    attachments: list[Attachment] | None = None,
) -> Ticket:
    """A ticket the client opens now (live generator) with its first message ``first``
    (a message record, carrying ``attachments``); the SLA clocks start now, whatever times
    the records carry."""
    now = now_of(s)
    client = s.get(Client, record["client_uid"])
    tier = client.tier if client is not None else "VIP1"
    row = Ticket.row_from_api({**record, "status": "new", "created_at": now, "updated_at": now,
                               "sla_events": [], "version": 1})
    ticket = Ticket(**row)
    sla = TicketSla(targets=targets_for(tier, ticket.priority))
    sla.start(now)
    apply_sla(ticket, sla)
    s.add(ticket)
    emit_change(s, "ticket", ticket.id, "upsert", ticket.version, ticket.to_api())
    message_id = str(first.get("id") or new_id("M"))
    msg = Message(
        id=message_id, ticket_id=ticket.id,
        author_kind=AuthorKind.CLIENT.value, author_id=ticket.client_uid,
        body=str(first["body"]), internal=False, created_at=now, ordinal=next_ordinal(s),
        version=1,
        attachments=attaching.attach(attachments, message_id) if attachments else None,
    )
    s.add(msg)
    emit_change(s, "message", msg.id, "upsert", 1, msg.to_api())
    audit(s, None, "ticket.create", ticket.id,
          {"client_uid": ticket.client_uid, "priority": ticket.priority})
    return ticket


def record_breaches(s: Session, now: datetime) -> int:
    """Tick: record a breach for every running clock whose due time has passed, so that
    after a clock advance everything due by then is on the tickets. Returns how many tickets
    changed."""
    changed = 0
    while True:
        due = s.scalars(
            select(Ticket).where(Ticket.sla_check_at.is_not(None), Ticket.sla_check_at <= now)
            .order_by(Ticket.sla_check_at).limit(2000)
        ).all()
        if not due:
            return changed
        for ticket in due:
            sla = sla_of(s, ticket)
            fresh = sla.check_breaches(now)
            apply_sla(ticket, sla)
            if ticket.sla_check_at is not None and ticket.sla_check_at <= now:
                # Due exactly now: a breach is "past due", so look again next second.
                ticket.sla_check_at = now + timedelta(seconds=1)
            if fresh:
                changed += 1
                _bump(s, ticket, touch=False)
        s.flush()
