"""Transcript exports (v1.1): a client's conversations handed over, always on the record.

The desk records an export here *before* it writes the file, with the SHA-256 of the bytes it
is about to write; the server keeps the record and an audit entry (``client.transcript_export``
with the tickets and the hash), so every copy that leaves the desk can be matched later.

Order of checks: token → role (account manager or supervisor) → body (422: tickets listed,
each once; a SHA-256; a reason) → the client exists (404) → an account manager exports only
the clients they manage (403, audited) → every ticket is that client's (422 naming the entry)
→ step-up, at most 300 s old (401 challenge) → the record.
"""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from sqlalchemy import select

from vipclient.domain.enums import Role
from vipclient.sandbox.core import Sandbox, audit, new_id, now_of, record_refusal
from vipclient.sandbox.db import Client, Ticket, TranscriptExport
from vipclient.sandbox.deps import (
    IdempotencyKey,
    Principal,
    current_staff,
    get_sandbox,
    require_roles,
    require_step_up,
)
from vipclient.sandbox.paging import page_newest_first
from vipclient.sandbox.problems import Problem, not_found, validation_problem
from vipclient.sandbox.schemas import Page, TranscriptExportIn, TranscriptExportOut

router = APIRouter(tags=["transcript exports"])

STEP_UP_MAX_AGE = 300
REASON_MIN, REASON_MAX = 10, 2000
_SHA256 = re.compile(r"[0-9a-f]{64}")

Sb = Annotated[Sandbox, Depends(get_sandbox)]
Exporter = Annotated[
    Principal, Depends(require_roles(Role.ACCOUNT_MANAGER.value, Role.SUPERVISOR.value))
]


class _NotYourClient(Exception):
    """Refused after the work transaction rolled back, so the refusal's audit entry commits
    on its own."""


def _check_body(body: TranscriptExportIn) -> str:
    errors: list[dict[str, str]] = []
    if not body.ticket_ids:
        errors.append({"field": "ticket_ids", "message": "List at least one ticket."})
    seen: set[str] = set()
    for i, ticket_id in enumerate(body.ticket_ids):
        if ticket_id in seen:
            errors.append({"field": f"ticket_ids.{i}", "message": f"{ticket_id} is listed "
                                                                  "twice."})
        seen.add(ticket_id)
    if not _SHA256.fullmatch(body.sha256):
        errors.append({"field": "sha256", "message": "The SHA-256 of the file: 64 lower-case "
                                                     "hexadecimal digits."})
    reason = body.reason.strip()
    if not REASON_MIN <= len(reason) <= REASON_MAX:
        errors.append({"field": "reason", "message": f"Write a reason of {REASON_MIN} to "
                                                     f"{REASON_MAX} characters."})
    if errors:
        raise validation_problem(errors)
    return reason


def _check_tickets(s: Any, uid: str, ticket_ids: list[str]) -> None:
    owners = dict(s.execute(
        select(Ticket.id, Ticket.client_uid).where(Ticket.id.in_(ticket_ids))
    ).tuples().all())
    errors = []
    for i, ticket_id in enumerate(ticket_ids):
        owner = owners.get(ticket_id)
        if owner != uid:
            message = (f"No ticket {ticket_id}." if owner is None
                       else f"Ticket {ticket_id} is not a ticket of client {uid}.")
            errors.append({"field": f"ticket_ids.{i}", "message": message})
    if errors:
        raise validation_problem(errors, "Every ticket must be one of this client's.")


@router.post(
    "/clients/{uid}/transcript-exports", response_model=TranscriptExportOut, status_code=201,
    responses={
        401: {"description": "No valid token, or the step-up challenge (max_age=300)"},
        404: {"description": "No such client"},
        422: {"description": "No tickets, a ticket listed twice or not this client's, a "
                             "sha256 that is not 64 lower-case hex digits, a reason outside "
                             "10-2000 characters (errors name each entry)"},
        403: {"description": "Not an account manager or supervisor, or not this client's "
                             "manager"},
    },
)
def create_transcript_export(
    uid: str, body: TranscriptExportIn, request: Request, staff: Exporter, sb: Sb,
    _key: IdempotencyKey,
) -> dict[str, Any]:
    reason = _check_body(body)
    try:
        with sb.transaction() as s:
            client = s.get(Client, uid)
            if client is None:
                raise not_found("client", uid)
            if Role.SUPERVISOR.value not in staff.roles and client.manager_id != staff.id:
                raise _NotYourClient
            _check_tickets(s, uid, body.ticket_ids)
            require_step_up(staff, now_of(s), STEP_UP_MAX_AGE)
            row = TranscriptExport(
                id=new_id("TX"), client_uid=uid, ticket_ids=list(body.ticket_ids),
                format=body.format, sha256=body.sha256, reason=reason, exported_by=staff.id,
                created_at=now_of(s),
            )
            s.add(row)
            audit(s, staff.id, "client.transcript_export", uid, {
                "export_id": row.id, "ticket_ids": row.ticket_ids, "format": row.format,
                "sha256": row.sha256, "reason": reason,
            })
            return row.to_api()
    except _NotYourClient:
        record_refusal(sb, staff.id, "access.denied", request.url.path,
                       {"client_uid": uid, "reason": "not_manager"})
        raise Problem(403, "Account managers may only export the transcripts of the clients "
                      "they manage.", slug="not-your-client") from None


@router.get("/clients/{uid}/transcript-exports", response_model=Page[TranscriptExportOut])
def list_transcript_exports(
    uid: str,
    _staff: Annotated[Principal, Depends(current_staff)],
    sb: Sb,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    cursor: Annotated[str | None, Query(max_length=400)] = None,
) -> dict[str, Any]:
    """Newest first."""
    with sb.read() as s:
        if s.get(Client, uid) is None:
            raise not_found("client", uid)
        stmt = select(TranscriptExport).where(TranscriptExport.client_uid == uid)
        return page_newest_first(s, TranscriptExport, stmt, limit, cursor)
