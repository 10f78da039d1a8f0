"""Tickets: list, get, messages, reply, assign, status and escalate."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from vipclient.domain.enums import Category, Channel, Priority, Team, TicketStatus
from vipclient.sandbox import attaching, ticketing
from vipclient.sandbox.clock import iso
from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.db import Client, Message, Staff, Ticket
from vipclient.sandbox.deps import (
    IdempotencyKey,
    Principal,
    check_if_match,
    current_staff,
    etag,
    get_sandbox,
)
from vipclient.sandbox.paging import decode_text_key, decode_time_key, encode_key
from vipclient.sandbox.problems import validation_problem
from vipclient.sandbox.schemas import (
    AssignIn,
    EscalateIn,
    MessageIn,
    MessageOut,
    Page,
    StatusIn,
    TicketOut,
)

router = APIRouter(tags=["tickets"])

Staff_ = Annotated[Principal, Depends(current_staff)]
Sb = Annotated[Sandbox, Depends(get_sandbox)]
IfMatch = Annotated[
    str | None,
    Header(alias="If-Match", description="Optional: refuse (412) unless this is the version"),
]


@router.get("/tickets", response_model=Page[TicketOut])
def list_tickets(
    _staff: Staff_,
    sb: Sb,
    status: Annotated[list[TicketStatus] | None, Query()] = None,
    client_uid: Annotated[str | None, Query(max_length=20)] = None,
    assignee_id: Annotated[str | None, Query(max_length=40)] = None,
    unassigned: Annotated[bool, Query()] = False,
    priority: Annotated[list[Priority] | None, Query()] = None,
    category: Annotated[list[Category] | None, Query()] = None,
    channel: Annotated[list[Channel] | None, Query()] = None,
    team: Annotated[Team | None, Query()] = None,
    manager: Annotated[str | None, Query(max_length=40, description="the client's manager")]
    = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    cursor: Annotated[str | None, Query(max_length=400)] = None,
) -> dict[str, Any]:
    stmt = select(Ticket).order_by(Ticket.id).limit(limit + 1)
    if status:
        stmt = stmt.where(Ticket.status.in_([s.value for s in status]))
    if client_uid is not None:
        stmt = stmt.where(Ticket.client_uid == client_uid)
    if assignee_id is not None:
        stmt = stmt.where(Ticket.assignee_id == assignee_id)
    if unassigned:
        stmt = stmt.where(Ticket.assignee_id.is_(None))
    if priority:
        stmt = stmt.where(Ticket.priority.in_([p.value for p in priority]))
    if category:
        stmt = stmt.where(Ticket.category.in_([c.value for c in category]))
    if channel:
        stmt = stmt.where(Ticket.channel.in_([c.value for c in channel]))
    if team is not None:
        stmt = stmt.where(Ticket.team == team.value)
    if manager is not None:
        stmt = stmt.where(
            Ticket.client_uid.in_(select(Client.uid).where(Client.manager_id == manager))
        )
    if cursor is not None:
        stmt = stmt.where(Ticket.id > decode_text_key(cursor, "tickets"))
    with sb.read() as s:
        rows = s.scalars(stmt).all()
        items = [t.to_api() for t in rows[:limit]]
    more = len(rows) > limit
    return {
        "items": items,
        "next_cursor": encode_key("tickets", rows[limit - 1].id) if more else None,
        "has_more": more,
    }


_ticket = ticketing.ticket_or_404


@router.get("/tickets/{ticket_id}", response_model=TicketOut)
def get_ticket(ticket_id: str, response: Response, _staff: Staff_, sb: Sb) -> dict[str, Any]:
    with sb.read() as s:
        ticket = _ticket(s, ticket_id)
        response.headers["ETag"] = etag(ticket.version)
        return ticket.to_api()


# exclude_unset: a message without attachments is served without the field, as in the feed.
@router.get("/tickets/{ticket_id}/messages", response_model=Page[MessageOut],
            response_model_exclude_unset=True)
def list_messages(
    ticket_id: str,
    _staff: Staff_,
    sb: Sb,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    cursor: Annotated[str | None, Query(max_length=400)] = None,
) -> dict[str, Any]:
    stmt = (
        select(Message).where(Message.ticket_id == ticket_id)
        .order_by(Message.created_at, Message.ordinal).limit(limit + 1)
    )
    if cursor is not None:
        at, after = decode_time_key(cursor, "messages", int)
        stmt = stmt.where(
            (Message.created_at > at)
            | ((Message.created_at == at) & (Message.ordinal > after))
        )
    with sb.read() as s:
        _ticket(s, ticket_id)
        rows = s.scalars(stmt).all()
        items = [m.to_api() for m in rows[:limit]]
    more = len(rows) > limit
    last = rows[limit - 1] if more else None
    return {
        "items": items,
        "next_cursor": encode_key("messages", iso(last.created_at), last.ordinal) if last else None,
        "has_more": more,
    }


@router.post("/tickets/{ticket_id}/messages", response_model=MessageOut, status_code=201,
             response_model_exclude_unset=True)
async def post_message(
    ticket_id: str, body: MessageIn, staff: Staff_, sb: Sb, _key: IdempotencyKey,
    if_match: IfMatch = None,
) -> dict[str, Any]:
    # async, handing its work to a worker thread itself: FastAPI then checks the answer
    # against MessageOut right on the event loop (for a plain ``def`` route it takes a second
    # trip to the thread pool for that). The reply is the outbox's hot path.
    return await run_in_threadpool(_post_message, sb, ticket_id, body, staff.id, if_match)


def _post_message(
    sb: Sandbox, ticket_id: str, body: MessageIn, staff_id: str, if_match: str | None
) -> dict[str, Any]:
    with sb.transaction() as s:
        ticket = _ticket(s, ticket_id)
        attachments = attaching.for_message(s, ticket.id, body.attachment_ids)
        ticketing.check_open(ticket)
        if if_match is not None:
            check_if_match(if_match, ticket.version)
        msg = ticketing.staff_message(s, ticket, staff_id, body.body, body.internal,
                                      attachments)
        return msg.to_api()


def _answer(response: Response, ticket: Ticket) -> dict[str, Any]:
    response.headers["ETag"] = etag(ticket.version)
    return ticket.to_api()


@router.post("/tickets/{ticket_id}/assign", response_model=TicketOut)
def assign_ticket(
    ticket_id: str, body: AssignIn, response: Response, staff: Staff_, sb: Sb,
    _key: IdempotencyKey, if_match: IfMatch = None,
) -> dict[str, Any]:
    with sb.transaction() as s:
        if body.assignee_id is not None and s.get(Staff, body.assignee_id) is None:
            raise validation_problem([{"field": "assignee_id", "message": "no such staff"}])
        ticket = _ticket(s, ticket_id)
        ticketing.check_open(ticket)
        if if_match is not None:
            check_if_match(if_match, ticket.version)
        ticketing.assign(s, ticket, body.assignee_id, staff.id)
        return _answer(response, ticket)


@router.post("/tickets/{ticket_id}/status", response_model=TicketOut)
def change_status(
    ticket_id: str, body: StatusIn, response: Response, staff: Staff_, sb: Sb,
    _key: IdempotencyKey, if_match: IfMatch = None,
) -> dict[str, Any]:
    with sb.transaction() as s:
        ticket = _ticket(s, ticket_id)
        ticketing.check_transition(ticket, body.status)
        if if_match is not None:
            check_if_match(if_match, ticket.version)
        ticketing.set_status(s, ticket, body.status, staff.id)
        return _answer(response, ticket)


@router.post("/tickets/{ticket_id}/escalate", response_model=TicketOut)
def escalate_ticket(
    ticket_id: str, body: EscalateIn, response: Response, staff: Staff_, sb: Sb,
    _key: IdempotencyKey, if_match: IfMatch = None,
) -> dict[str, Any]:
    with sb.transaction() as s:
        ticket = _ticket(s, ticket_id)
        ticketing.check_escalation(ticket)
        if if_match is not None:
            check_if_match(if_match, ticket.version)
        ticketing.escalate(s, ticket, body.team.value, body.note, staff.id)
        return _answer(response, ticket)
