"""Fee requests and withdrawal requests: policies, maker-checker and their application.

Every state-changing endpoint follows the contract's order of checks — token (401) → role
(403) → body (422) → existence (404) → who may act / state (403, 409) → policy (403 naming the
rule) → step-up (401 challenge) → effect — so nobody is asked for a TOTP code for a request that
would fail anyway. The decisions themselves are the domain's (:mod:`vipclient.domain.policy`,
:mod:`vipclient.domain.money`); this module stores, audits and emits them.

Choices the contract leaves open (documented in docs/sandbox.md):

* a rule with ``step_up`` asks for a TOTP check at most :data:`STEP_UP_MAX_AGE` seconds old;
* a rejection needs the rule's approver role but no step-up (it can only stop a change);
* a second decision by someone who already approved is 409 (one person counts once);
* approving for a client frozen in the meantime is 409, like a new request would be;
* a limit increase that is not above the client's current limit is 409 (``not-an-increase``);
* an applied expedite is the release of that withdrawal: the request records it and the audit
  entry says ``released: true`` (the contract has no withdrawal entity to update).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from typing import Annotated, Any, NoReturn, TypeVar

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from vipclient.domain.enums import (
    FeeScope,
    PolicyAction,
    RequestStatus,
    Role,
    WithdrawalKind,
)
from vipclient.domain.money import (
    MoneyError,
    check_rates,
    parse_amount,
    parse_rate_bps,
    quantize,
    to_wire,
)
from vipclient.domain.policy import (
    Decision,
    PolicyRule,
    RequestFacts,
    evaluate,
    tier_fees,
    usd_value,
)
from vipclient.sandbox.clock import iso, parse_ts
from vipclient.sandbox.core import Sandbox, audit, emit_change, new_id, now_of, record_refusal
from vipclient.sandbox.db import Asset, Client, FeeRequest, WithdrawalRequest
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
from vipclient.sandbox.routes.policies import load_rules
from vipclient.sandbox.schemas import Body, Page

router = APIRouter(tags=["requests"])

STEP_UP_MAX_AGE = 300
# Audit targets of refusals name the full URL path, as the framework's role check does.
API = "/api/v1"
MAX_VALIDITY = timedelta(days=365)
REASON_MIN, REASON_MAX = 10, 2000
COMMENT_MAX = 2000

RequestRow = FeeRequest | WithdrawalRequest
# Value-restricted so each body is checked for both models.
R = TypeVar("R", FeeRequest, WithdrawalRequest)
SbDep = Annotated[Sandbox, Depends(get_sandbox)]
AnyStaff = Annotated[Principal, Depends(current_staff)]
Requester = Annotated[
    Principal, Depends(require_roles(Role.ACCOUNT_MANAGER.value, Role.SUPERVISOR.value))
]


# --------------------------------------------------------------------------- refusals


class Refusal(Exception):
    """A refusal that is audited (in its own transaction, after the work one rolled back)."""

    def __init__(self, problem: Problem, actor: str, action: str, target: str | None,
                 details: dict[str, Any]) -> None:
        super().__init__(problem.detail)
        self.problem = problem
        self.actor, self.action, self.target, self.details = actor, action, target, details


def refuse(sb: Sandbox, r: Refusal) -> NoReturn:
    record_refusal(sb, r.actor, r.action, r.target, r.details)
    raise r.problem from None


# --------------------------------------------------------------------------- validation


class Errors:
    """Collects ``{field, message}`` pairs so one 422 names every bad field at once."""

    def __init__(self) -> None:
        self.items: list[dict[str, str]] = []

    def add(self, field: str, message: str) -> None:
        self.items.append({"field": field, "message": message})

    def raise_if_any(self) -> None:
        if self.items:
            raise validation_problem(self.items)


def check_reason(errors: Errors, reason: str, field: str = "reason") -> str:
    text = reason.strip()
    if not REASON_MIN <= len(text) <= REASON_MAX:
        errors.add(field, f"Write a reason of {REASON_MIN} to {REASON_MAX} characters.")
    return text


def check_valid_until(errors: Errors, value: str | None, now: datetime,
                      field: str = "valid_until") -> datetime | None:
    if value is None:
        errors.add(field, "Say until when the change is valid.")
        return None
    try:
        at = parse_ts(value)
        if "T" not in value:
            raise ValueError(value)
    except ValueError:
        errors.add(field, "Use a date and time such as 2026-06-30T00:00:00Z.")
        return None
    if at <= now:
        errors.add(field, "The end of validity must be in the future.")
    elif at > now + MAX_VALIDITY:
        errors.add(field, "The end of validity can be at most 365 days ahead.")
    return at


# --------------------------------------------------------------------------- paging


Limit = Annotated[int, Query(ge=1, le=1000)]


# --------------------------------------------------------------------------- bodies


class FeeRequestIn(Body):
    client_uid: str = Field(min_length=1, max_length=20)
    maker_bps: str = Field(max_length=32, description="basis points, decimal string")
    taker_bps: str = Field(max_length=32, description="basis points, decimal string")
    scope: FeeScope = FeeScope.ALL
    valid_until: str = Field(max_length=40, description="RFC 3339, in the future, ≤ 365 days")
    reason: str = Field(max_length=4000)


class WithdrawalRequestIn(Body):
    client_uid: str = Field(min_length=1, max_length=20)
    kind: WithdrawalKind
    asset: str = Field(min_length=1, max_length=10)
    amount: str = Field(max_length=64, description="decimal string; USD for limit_increase")
    withdrawal_id: str | None = Field(default=None, max_length=64)
    valid_until: str | None = Field(default=None, max_length=40)
    reason: str = Field(max_length=4000)


class DecisionIn(Body):
    comment: str = Field(default="", max_length=COMMENT_MAX)


class ApprovalOut(BaseModel):
    staff_id: str
    decision: str
    comment: str
    at: str
    role: str | None = None
    step_up: bool = False


class _RequestOut(BaseModel):
    id: str
    client_uid: str
    requester_id: str
    status: RequestStatus
    rule_id: str | None
    approvals_required: int
    approver_role: Role | None
    step_up: bool
    approvals: list[ApprovalOut]
    expires_at: str | None
    valid_until: str | None
    reason: str
    created_at: str
    updated_at: str
    version: int


class FeeRequestOut(_RequestOut):
    maker_bps: str
    taker_bps: str
    scope: FeeScope


class WithdrawalRequestOut(_RequestOut):
    kind: WithdrawalKind
    asset: str
    amount: str
    usd_amount: str
    withdrawal_id: str | None


# --------------------------------------------------------------------------- shared steps


def _client_for_request(s: Session, staff: Principal, uid: str, path: str) -> Client:
    """404 for an unknown client; 403 for a manager asking about a client not theirs; 409
    when the client is frozen."""
    client = s.get(Client, uid)
    if client is None:
        raise not_found("client", uid)
    if Role.SUPERVISOR.value not in staff.roles and client.manager_id != staff.id:
        raise Refusal(
            Problem(403, "Account managers may only make requests for the clients they manage.",
                    slug="not-your-client"),
            staff.id, "access.denied", path, {"client_uid": uid, "reason": "not_manager"},
        )
    _refuse_if_frozen(client)
    return client


def _refuse_if_frozen(client: Client) -> None:
    if client.status == "frozen":
        raise Problem(409, f"Client {client.uid} is frozen; no fee or limit change is possible "
                      "until the freeze is lifted.", slug="client-frozen",
                      client_uid=client.uid)


def _decide(rules: list[PolicyRule], facts: RequestFacts, staff: Principal, kind: str,
            client_uid: str) -> Decision:
    decision = evaluate(rules, facts)
    if decision.action is PolicyAction.BLOCK:
        rule = decision.rule_id
        detail = (f"The policy {rule!r} blocks this request." if rule
                  else "No policy allows this request, so it is blocked.")
        raise Refusal(
            Problem(403, detail, slug="policy-block", title="Blocked by policy", rule_id=rule),
            staff.id, "policy.block", client_uid, {"rule_id": rule, "kind": kind},
        )
    return decision


def _touch_client(s: Session, client: Client, now: datetime) -> None:
    client.version += 1
    client.updated_at = now
    emit_change(s, "client", client.uid, "upsert", client.version, client.to_api())


def _emit(s: Session, row: RequestRow) -> None:
    entity = "fee_request" if isinstance(row, FeeRequest) else "withdrawal_request"
    emit_change(s, entity, row.id, "upsert", row.version, row.to_api())


def _apply(s: Session, row: RequestRow, actor: str | None, now: datetime) -> None:
    """The request's effect on the client; status ``applied``."""
    client = s.get(Client, row.client_uid)
    assert client is not None
    details: dict[str, Any] = {"client_uid": client.uid}
    if isinstance(row, FeeRequest):
        client.fee_maker_bps, client.fee_taker_bps = row.maker_bps, row.taker_bps
        client.fee_source = "custom"
        client.fee_expires_at = row.valid_until
        details |= {"maker_bps": row.maker_bps, "taker_bps": row.taker_bps,
                    "expires_at": iso(row.valid_until)}
        _touch_client(s, client, now)
        action = "fee_request.apply"
    elif row.kind == WithdrawalKind.LIMIT_INCREASE.value:
        if client.base_withdrawal_limit_24h_usd is None:
            # Keep the limit to fall back to; a second increase on top keeps the first base.
            client.base_withdrawal_limit_24h_usd = client.withdrawal_limit_24h_usd
        client.withdrawal_limit_24h_usd = row.amount
        client.withdrawal_limit_expires_at = row.valid_until
        details |= {"withdrawal_limit_24h_usd": row.amount, "until": iso(row.valid_until)}
        _touch_client(s, client, now)
        action = "withdrawal_request.apply"
    else:
        details |= {"withdrawal_id": row.withdrawal_id, "released": True,
                    "asset": row.asset, "amount": row.amount}
        action = "withdrawal_request.apply"
    row.status = RequestStatus.APPLIED.value
    row.expires_at = None
    audit(s, actor, action, row.id, details)


def _create(s: Session, row: RequestRow, decision: Decision, staff: Principal,
            now: datetime) -> None:
    rule = decision.rule
    assert rule is not None
    row.rule_id = rule.id
    row.approvals = []
    row.created_at = row.updated_at = now
    row.version = 1
    entity = "fee_request" if isinstance(row, FeeRequest) else "withdrawal_request"
    if decision.action is PolicyAction.ALLOW:
        row.approvals_required, row.approver_role, row.step_up = 0, None, rule.step_up
        row.status = RequestStatus.PENDING_APPROVAL.value
        row.expires_at = None
        s.add(row)
        s.flush()
        audit(s, staff.id, f"{entity}.create", row.id,
              {"client_uid": row.client_uid, "rule_id": rule.id})
        _apply(s, row, staff.id, now)
    else:
        row.approvals_required = rule.approvals
        row.approver_role = None if rule.approver_role is None else rule.approver_role.value
        row.step_up = rule.step_up
        row.status = RequestStatus.PENDING_APPROVAL.value
        row.expires_at = rule.expires_at(now)
        s.add(row)
        s.flush()
        audit(s, staff.id, f"{entity}.create", row.id,
              {"client_uid": row.client_uid, "rule_id": rule.id,
               "approvals_required": rule.approvals, "approver_role": row.approver_role})
    _emit(s, row)


# --------------------------------------------------------------------------- create


@router.post("/fee-requests", status_code=201, response_model=FeeRequestOut)
def create_fee_request(body: FeeRequestIn, staff: Requester, sb: SbDep,
                       _key: IdempotencyKey) -> dict[str, Any]:
    now = sb.now()
    errors = Errors()
    maker = taker = None
    try:
        maker = parse_rate_bps(body.maker_bps, what="maker rate")
    except MoneyError as exc:
        errors.add("maker_bps", exc.message)
    try:
        taker = parse_rate_bps(body.taker_bps, what="taker rate")
    except MoneyError as exc:
        errors.add("taker_bps", exc.message)
    if maker is not None and taker is not None:
        try:
            check_rates(maker, taker)
        except MoneyError as exc:
            errors.add("maker_bps", exc.message)
    valid_until = check_valid_until(errors, body.valid_until, now)
    reason = check_reason(errors, body.reason)
    errors.raise_if_any()
    assert maker is not None and taker is not None and valid_until is not None
    try:
        with sb.transaction() as s:
            now = now_of(s)
            client = _client_for_request(s, staff, body.client_uid, API + "/fee-requests")
            decision = _decide(load_rules(s), RequestFacts.fee(client.tier, maker, taker),
                               staff, "fee_request", client.uid)
            if decision.step_up:
                require_step_up(staff, now, STEP_UP_MAX_AGE)
            row = FeeRequest(
                id=new_id("FR"), client_uid=client.uid, requester_id=staff.id,
                maker_bps=to_wire(maker), taker_bps=to_wire(taker), scope=body.scope.value,
                valid_until=valid_until, reason=reason,
            )
            _create(s, row, decision, staff, now)
            return row.to_api()
    except Refusal as r:
        refuse(sb, r)


@router.post("/withdrawal-requests", status_code=201, response_model=WithdrawalRequestOut)
def create_withdrawal_request(body: WithdrawalRequestIn, staff: Requester,
                              sb: SbDep, _key: IdempotencyKey) -> dict[str, Any]:
    now = sb.now()
    errors = Errors()
    with sb.read() as s:
        asset = s.get(Asset, body.asset)
        precision = asset.precision if asset else None
        usd_price = Decimal(asset.usd_price) if asset else None
    amount = None
    if asset is None:
        errors.add("asset", f"The asset {body.asset!r} is not known.")
    elif body.kind is WithdrawalKind.LIMIT_INCREASE and body.asset != "USD":
        errors.add("asset", "A limit increase is stated in USD.")
    if precision is not None:
        try:
            amount = parse_amount(body.amount, precision, asset=body.asset)
        except MoneyError as exc:
            errors.add("amount", exc.message)
    valid_until = None
    if body.kind is WithdrawalKind.LIMIT_INCREASE:
        valid_until = check_valid_until(errors, body.valid_until, now)
    else:
        if not (body.withdrawal_id or "").strip():
            errors.add("withdrawal_id", "Say which withdrawal to expedite.")
        if body.valid_until is not None:
            valid_until = check_valid_until(errors, body.valid_until, now)
    reason = check_reason(errors, body.reason)
    errors.raise_if_any()
    assert amount is not None and usd_price is not None
    usd = usd_value(body.kind, amount, usd_price)
    try:
        with sb.transaction() as s:
            now = now_of(s)
            client = _client_for_request(s, staff, body.client_uid,
                                         API + "/withdrawal-requests")
            if body.kind is WithdrawalKind.LIMIT_INCREASE and amount <= Decimal(
                client.withdrawal_limit_24h_usd
            ):
                raise Problem(409, "The requested limit is not above the client's current "
                              f"limit of {client.withdrawal_limit_24h_usd} USD.",
                              slug="not-an-increase",
                              current_limit=client.withdrawal_limit_24h_usd)
            facts = RequestFacts.withdrawal(client.tier, body.kind, usd)
            decision = _decide(load_rules(s), facts, staff, "withdrawal_request", client.uid)
            if decision.step_up:
                require_step_up(staff, now, STEP_UP_MAX_AGE)
            row = WithdrawalRequest(
                id=new_id("WR"), client_uid=client.uid, requester_id=staff.id,
                kind=body.kind.value, asset=body.asset, amount=to_wire(amount),
                usd_amount=to_wire(quantize(usd, 2)),
                withdrawal_id=(body.withdrawal_id or "").strip() or None,
                valid_until=valid_until, reason=reason,
            )
            _create(s, row, decision, staff, now)
            return row.to_api()
    except Refusal as r:
        refuse(sb, r)


# --------------------------------------------------------------------------- decisions


def _load(s: Session, model: type[R], request_id: str) -> R:
    row = s.get(model, request_id)
    if row is None:
        raise not_found("fee request" if model is FeeRequest else "withdrawal request",
                        request_id)
    return row


def _check_pending(row: RequestRow) -> None:
    if row.status != RequestStatus.PENDING_APPROVAL.value:
        raise Problem(409, f"This request is {row.status}; only a pending request can be "
                      "decided or cancelled.", slug="request-not-pending", status_now=row.status)


def _check_decider(staff: Principal, row: RequestRow, path: str) -> None:
    role = row.approver_role
    if role is None or role not in staff.roles:
        raise Refusal(
            Problem(403, f"Deciding this request needs the role {role}.", slug="missing-role",
                    required_roles=[role] if role else []),
            staff.id, "access.denied", path, {"request_id": row.id, "needs": role},
        )
    if staff.id == row.requester_id:
        raise Refusal(
            Problem(403, "You made this request, so someone else must decide it "
                    "(maker-checker).", slug="self-approval"),
            staff.id, "access.denied", path, {"request_id": row.id, "reason": "self_approval"},
        )


def _decision(model: type[R], request_id: str, verdict: str, body: DecisionIn | None,
              staff: Principal, sb: Sandbox) -> dict[str, Any]:
    entity = "fee_request" if model is FeeRequest else "withdrawal_request"
    path = f"{API}/{entity.replace('_', '-')}s/{request_id}/{verdict}"
    comment = (body.comment if body else "").strip()
    try:
        with sb.transaction() as s:
            now = now_of(s)
            row: R = _load(s, model, request_id)
            _check_decider(staff, row, path)
            _check_pending(row)
            if any(a.get("staff_id") == staff.id for a in row.approvals):
                raise Problem(409, "You have already approved this request; one person counts "
                              "once, so another approver is needed.", slug="already-approved")
            client = s.get(Client, row.client_uid)
            if verdict == "approve":
                if client is not None:
                    _refuse_if_frozen(client)
                if row.valid_until is not None and row.valid_until <= now:
                    raise Problem(409, "The requested change's end of validity has passed; "
                                  "reject it and make a new request.", slug="validity-passed")
                if row.step_up:
                    require_step_up(staff, now, STEP_UP_MAX_AGE)
            entry: dict[str, Any] = {"staff_id": staff.id, "decision": verdict, "comment": comment,
                     "at": iso(now), "role": row.approver_role,
                     "step_up": bool(row.step_up and verdict == "approve")}
            row.approvals = [*row.approvals, entry]
            row.updated_at = now
            row.version += 1
            audit(s, staff.id, f"{entity}.{verdict}", row.id,
                  {"client_uid": row.client_uid, "comment": comment})
            if verdict == "reject":
                row.status = RequestStatus.REJECTED.value
                row.expires_at = None
            elif sum(a.get("decision") == "approve" for a in row.approvals) >= max(
                1, row.approvals_required
            ):
                row.status = RequestStatus.APPROVED.value
                _apply(s, row, staff.id, now)
            _emit(s, row)
            return row.to_api()
    except Refusal as r:
        refuse(sb, r)


def _cancel(model: type[R], request_id: str, staff: Principal,
            sb: Sandbox) -> dict[str, Any]:
    entity = "fee_request" if model is FeeRequest else "withdrawal_request"
    path = f"{API}/{entity.replace('_', '-')}s/{request_id}/cancel"
    try:
        with sb.transaction() as s:
            now = now_of(s)
            row: R = _load(s, model, request_id)
            if row.requester_id != staff.id:
                raise Refusal(
                    Problem(403, "Only the person who made a request can cancel it.",
                            slug="not-requester"),
                    staff.id, "access.denied", path,
                    {"request_id": row.id, "reason": "not_requester"},
                )
            _check_pending(row)
            row.status = RequestStatus.CANCELLED.value
            row.expires_at = None
            row.updated_at = now
            row.version += 1
            audit(s, staff.id, f"{entity}.cancel", row.id, {"client_uid": row.client_uid})
            _emit(s, row)
            return row.to_api()
    except Refusal as r:
        refuse(sb, r)


@router.post("/fee-requests/{request_id}/approve", response_model=FeeRequestOut)
def approve_fee_request(request_id: str, staff: AnyStaff, sb: SbDep, _key: IdempotencyKey,
                        body: DecisionIn | None = None) -> dict[str, Any]:
    return _decision(FeeRequest, request_id, "approve", body, staff, sb)


@router.post("/fee-requests/{request_id}/reject", response_model=FeeRequestOut)
def reject_fee_request(request_id: str, staff: AnyStaff, sb: SbDep, _key: IdempotencyKey,
                       body: DecisionIn | None = None) -> dict[str, Any]:
    return _decision(FeeRequest, request_id, "reject", body, staff, sb)


@router.post("/fee-requests/{request_id}/cancel", response_model=FeeRequestOut)
def cancel_fee_request(request_id: str, staff: AnyStaff, sb: SbDep,
                       _key: IdempotencyKey) -> dict[str, Any]:
    return _cancel(FeeRequest, request_id, staff, sb)


@router.post("/withdrawal-requests/{request_id}/approve", response_model=WithdrawalRequestOut)
def approve_withdrawal_request(request_id: str, staff: AnyStaff, sb: SbDep, _key: IdempotencyKey,
                               body: DecisionIn | None = None) -> dict[str, Any]:
    return _decision(WithdrawalRequest, request_id, "approve", body, staff, sb)


@router.post("/withdrawal-requests/{request_id}/reject", response_model=WithdrawalRequestOut)
def reject_withdrawal_request(request_id: str, staff: AnyStaff, sb: SbDep, _key: IdempotencyKey,
                              body: DecisionIn | None = None) -> dict[str, Any]:
    return _decision(WithdrawalRequest, request_id, "reject", body, staff, sb)


@router.post("/withdrawal-requests/{request_id}/cancel", response_model=WithdrawalRequestOut)
def cancel_withdrawal_request(request_id: str, staff: AnyStaff, sb: SbDep,
                              _key: IdempotencyKey) -> dict[str, Any]:
    return _cancel(WithdrawalRequest, request_id, staff, sb)


# --------------------------------------------------------------------------- reading


def _list(model: type[R], sb: Sandbox, status: RequestStatus | None,
          client_uid: str | None, requester_id: str | None, limit: int,
          cursor: str | None) -> dict[str, Any]:
    stmt = select(model)
    if status is not None:
        stmt = stmt.where(model.status == status.value)
    if client_uid:
        stmt = stmt.where(model.client_uid == client_uid)
    if requester_id:
        stmt = stmt.where(model.requester_id == requester_id)
    with sb.read() as s:
        return page_newest_first(s, model, stmt, limit, cursor)


@router.get("/fee-requests", response_model=Page[FeeRequestOut])
def list_fee_requests(
    _staff: AnyStaff, sb: SbDep, status: RequestStatus | None = None,
    client_uid: str | None = None, requester_id: str | None = None, limit: Limit = 200,
    cursor: str | None = None,
) -> dict[str, Any]:
    return _list(FeeRequest, sb, status, client_uid, requester_id, limit, cursor)


@router.get("/withdrawal-requests", response_model=Page[WithdrawalRequestOut])
def list_withdrawal_requests(
    _staff: AnyStaff, sb: SbDep, status: RequestStatus | None = None,
    client_uid: str | None = None, requester_id: str | None = None, limit: Limit = 200,
    cursor: str | None = None,
) -> dict[str, Any]:
    return _list(WithdrawalRequest, sb, status, client_uid, requester_id, limit, cursor)


@router.get("/fee-requests/{request_id}", response_model=FeeRequestOut)
def get_fee_request(request_id: str, _staff: AnyStaff, sb: SbDep) -> dict[str, Any]:
    with sb.read() as s:
        return _load(s, FeeRequest, request_id).to_api()


@router.get("/withdrawal-requests/{request_id}", response_model=WithdrawalRequestOut)
def get_withdrawal_request(request_id: str, _staff: AnyStaff, sb: SbDep) -> dict[str, Any]:
    with sb.read() as s:
        return _load(s, WithdrawalRequest, request_id).to_api()


# --------------------------------------------------------------------------- expiry


def _expire_requests(s: Session, model: type[R], entity: str, now: datetime) -> int:
    due = s.scalars(select(model).where(
        model.status == RequestStatus.PENDING_APPROVAL.value,
        model.expires_at.is_not(None), model.expires_at <= now,
    ).order_by(model.expires_at, model.id)).all()
    for row in due:
        row.status = RequestStatus.EXPIRED.value
        row.updated_at = now
        row.version += 1
        audit(s, None, f"{entity}.expire", row.id,
              {"client_uid": row.client_uid, "expired_at": iso(row.expires_at)})
        row.expires_at = None
        _emit(s, row)
    return len(due)


def expire_due(s: Session, now: datetime) -> int:
    """Time-based endings, for the sandbox's tick (periodic and on clock advance): pending
    requests past their rule's ``expires_after_hours`` expire; custom fee schedules past
    ``expires_at`` fall back to the tier's; applied limit increases past ``valid_until`` fall
    back to the limit before them. Returns how many things changed."""
    changed = _expire_requests(s, FeeRequest, "fee_request", now)
    changed += _expire_requests(s, WithdrawalRequest, "withdrawal_request", now)
    for client in s.scalars(select(Client).where(
        Client.fee_source == "custom", Client.fee_expires_at.is_not(None),
        Client.fee_expires_at <= now,
    ).order_by(Client.uid)).all():
        rates = tier_fees(client.tier)
        client.fee_maker_bps, client.fee_taker_bps = to_wire(rates.maker_bps), to_wire(
            rates.taker_bps
        )
        client.fee_source, client.fee_expires_at = "tier", None
        audit(s, None, "client.update", client.uid,
              {"fee_schedule": "custom schedule expired; back to the tier's"})
        _touch_client(s, client, now)
        changed += 1
    for client in s.scalars(select(Client).where(
        Client.withdrawal_limit_expires_at.is_not(None),
        Client.withdrawal_limit_expires_at <= now,
    ).order_by(Client.uid)).all():
        base = client.base_withdrawal_limit_24h_usd or client.withdrawal_limit_24h_usd
        audit(s, None, "client.update", client.uid,
              {"withdrawal_limit_24h_usd": base, "from": client.withdrawal_limit_24h_usd,
               "reason": "limit increase ended"})
        client.withdrawal_limit_24h_usd = base
        client.base_withdrawal_limit_24h_usd = None
        client.withdrawal_limit_expires_at = None
        _touch_client(s, client, now)
        changed += 1
    return changed
