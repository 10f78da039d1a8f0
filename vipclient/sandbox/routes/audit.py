"""``GET /audit``: the hash-chained audit log, oldest first, for supervisors and security.

Entries are served exactly as they were hashed, so anyone holding them can check the chain
with :func:`vipclient.domain.audit.verify` (a later page from the ``hash`` of the entry
before it). ``actor`` and ``target`` filter the entries; a filtered page is for reading, not
for verifying, since the entries between are left out.

v1.1: ``from_seq=N`` starts the page at the entry numbered N (a client re-reads the entry it
pinned without paging from the start); it is a lower bound that ``actor``/``target`` filter
further, and it cannot be combined with ``cursor`` (which continues a paging already begun).
``GET /audit/head`` says how long the chain is and how it ends.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlalchemy import select

from vipclient.domain.audit import GENESIS
from vipclient.domain.enums import Role
from vipclient.sandbox.clock import iso
from vipclient.sandbox.core import Sandbox, now_of
from vipclient.sandbox.db import AuditEntry
from vipclient.sandbox.deps import Principal, get_sandbox, require_roles
from vipclient.sandbox.paging import MAX_INT_KEY, decode_position, encode_key
from vipclient.sandbox.problems import validation_problem
from vipclient.sandbox.schemas import Page

router = APIRouter(tags=["audit"])

Reader = Annotated[
    Principal, Depends(require_roles(Role.SUPERVISOR.value, Role.SECURITY_OFFICER.value))
]


class AuditEntryOut(BaseModel):
    seq: int
    at: str
    actor_id: str | None
    action: str
    target: str | None
    details: dict[str, Any]
    prev_hash: str
    hash: str


@router.get("/audit", response_model=Page[AuditEntryOut])
def list_audit(
    _staff: Reader,
    sb: Annotated[Sandbox, Depends(get_sandbox)],
    cursor: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    actor: Annotated[str | None, Query(max_length=64)] = None,
    target: Annotated[str | None, Query(max_length=128)] = None,
    from_seq: Annotated[int | None, Query(ge=1, le=MAX_INT_KEY,
                                          description="Start at this entry (v1.1)")] = None,
) -> dict[str, Any]:
    stmt = select(AuditEntry)
    if from_seq is not None:
        if cursor is not None:
            raise validation_problem([{"field": "from_seq", "message":
                                       "Give either from_seq or cursor, not both."}])
        stmt = stmt.where(AuditEntry.seq >= from_seq)
    if cursor is not None:
        stmt = stmt.where(AuditEntry.seq > decode_position(cursor, "audit"))
    if actor:
        stmt = stmt.where(AuditEntry.actor_id == actor)
    if target:
        stmt = stmt.where(AuditEntry.target == target)
    with sb.read() as s:
        rows = list(s.scalars(stmt.order_by(AuditEntry.seq).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return {
        "items": [r.to_api() for r in rows],
        "next_cursor": encode_key("audit", rows[-1].seq) if more and rows else None,
        "has_more": more,
    }


class AuditHeadOut(BaseModel):
    size: int
    head_hash: str
    at: str


@router.get("/audit/head", response_model=AuditHeadOut)
def audit_head(_staff: Reader, sb: Annotated[Sandbox, Depends(get_sandbox)]) -> dict[str, Any]:
    """``{size, head_hash, at}``: the number of entries, the last one's hash and time (64
    zeros, 0 and the server's time for an empty log)."""
    with sb.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
        if last is None:
            return {"size": 0, "head_hash": GENESIS, "at": iso(now_of(s))}
        return {"size": last.seq, "head_hash": last.hash, "at": last.to_api()["at"]}
