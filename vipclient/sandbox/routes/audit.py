"""``GET /audit``: the hash-chained audit log, oldest first, for supervisors and security.

Entries are served exactly as they were hashed, so anyone holding them can check the chain
with :func:`vipclient.domain.audit.verify` (a later page from the ``hash`` of the entry
before it). ``actor`` and ``target`` filter the entries; a filtered page is for reading, not
for verifying, since the entries between are left out.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlalchemy import select

from vipclient.domain.enums import Role
from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.db import AuditEntry
from vipclient.sandbox.deps import Principal, get_sandbox, require_roles
from vipclient.sandbox.paging import decode_position, encode_key
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
) -> dict[str, Any]:
    stmt = select(AuditEntry)
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
