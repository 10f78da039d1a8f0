"""``GET /policies``: the ordered rules the sandbox applies to fee, withdrawal and API-access
requests.

The rules live in the ``policies`` table (first match by ``position``) and start as the
domain's :data:`~vipclient.domain.policy.DEFAULT_POLICIES`. :func:`seed_policies` writes them
at seed time; :func:`load_rules` seeds lazily the first time, so a database made without the
seed step still has the contract's rules. A deployment (or a test) may replace them: what is in
the table is what is served and what is enforced.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, SerializerFunctionWrapHandler, model_serializer
from sqlalchemy import select
from sqlalchemy.orm import Session

from vipclient.domain.enums import (
    PolicyAction,
    RateLimitTier,
    RequestKind,
    Role,
    Tier,
    WithdrawalKind,
)
from vipclient.domain.policy import DEFAULT_POLICIES, PolicyRule, rules_from_json
from vipclient.sandbox.core import Sandbox, emit_change
from vipclient.sandbox.db import Meta, Policy
from vipclient.sandbox.deps import Principal, current_staff, get_sandbox
from vipclient.sandbox.paging import decode_position, encode_key
from vipclient.sandbox.schemas import Page

router = APIRouter(tags=["policies"])

_SEEDED = "policies_seeded"


class PolicyWhenOut(BaseModel):
    tiers: list[Tier] | None = None
    kind: WithdrawalKind | None = None
    discount_pct_lte: str | None = None
    maker_bps_lt: str | None = None
    usd_amount_lte: str | None = None
    rate_limit_tiers: list[RateLimitTier] | None = None
    whitelist_cleared: Literal["true", "false"] | None = None

    @model_serializer(mode="wrap")
    def _only_set(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # A condition that is absent is served absent, as in the contract's examples.
        data: dict[str, Any] = handler(self)
        return {k: v for k, v in data.items() if v is not None}


class PolicyOut(BaseModel):
    id: str
    applies_to: RequestKind
    when: PolicyWhenOut
    action: PolicyAction
    approvals: int
    approver_role: Role | None
    step_up: bool
    expires_after_hours: int | None
    description: str | None = None


def replace_policies(s: Session, rules: list[PolicyRule] | tuple[PolicyRule, ...]) -> None:
    """Make ``rules`` (in this order) the served and enforced ones, emitting changes."""
    existing = {p.id: p for p in s.scalars(select(Policy))}
    wanted = {r.id for r in rules}
    for pid, row in existing.items():
        if pid not in wanted:
            s.delete(row)
            emit_change(s, "policy", pid, "delete", row.version + 1, None)
    for position, rule in enumerate(rules):
        data = rule.to_json()
        found = existing.get(rule.id)
        if found is None:
            row = Policy(id=rule.id, version=1)
            s.add(row)
        else:
            row = found
            row.version += 1
        row.position = position
        row.applies_to = data["applies_to"]
        row.when = data["when"]
        row.action = data["action"]
        row.approvals = data["approvals"]
        row.approver_role = data["approver_role"]
        row.step_up = data["step_up"]
        row.expires_after_hours = data["expires_after_hours"]
        row.description = rule.description
        s.flush()
        emit_change(s, "policy", row.id, "upsert", row.version, row.to_api())
    marker = s.get(Meta, _SEEDED)
    if marker is None:
        s.add(Meta(key=_SEEDED, value=1))


def _seeded(s: Session) -> bool:
    # The bulk seed writes the rules without the marker; any rule means "seeded" too.
    return s.get(Meta, _SEEDED) is not None or s.scalars(select(Policy.id).limit(1)).first() \
        is not None


def seed_policies(s: Session) -> None:
    """Write the contract's default rules unless rules were seeded before."""
    if not _seeded(s):
        replace_policies(s, DEFAULT_POLICIES)


def load_rules(s: Session) -> list[PolicyRule]:
    """The enforced rules in order (seeding the defaults on first use)."""
    seed_policies(s)
    rows = s.scalars(select(Policy).order_by(Policy.position, Policy.id))
    return rules_from_json(row.to_api() for row in rows)


def _rows(sb: Sandbox) -> list[dict[str, Any]]:
    with sb.read() as s:
        if _seeded(s):
            return [p.to_api() for p in s.scalars(
                select(Policy).order_by(Policy.position, Policy.id)
            )]
    with sb.transaction() as s:
        return [rule.to_json() for rule in load_rules(s)]


@router.get("/policies", response_model=Page[PolicyOut])
def list_policies(
    _staff: Annotated[Principal, Depends(current_staff)],
    sb: Annotated[Sandbox, Depends(get_sandbox)],
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    cursor: str | None = None,
) -> dict[str, Any]:
    """A page of the rules in the order they are applied (the cursor holds an offset)."""
    start = decode_position(cursor, "policies") if cursor is not None else 0
    rows = _rows(sb)
    items = rows[start:start + limit]
    more = start + limit < len(rows)
    return {"items": items, "next_cursor": encode_key("policies", start + limit) if more else None,
            "has_more": more}
