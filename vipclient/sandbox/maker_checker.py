"""The life cycle every maker-checker request shares: fee, withdrawal and API-access requests.

A kind of request is a :class:`RequestSpec` — its table, its path, its effect on the client
and its fall-back at the end of validity; its own module validates its body and says what the
policies look at (:class:`~vipclient.domain.policy.RequestFacts`). Everything else is here,
once: who may ask, the first matching policy, step-up, approvals (maker-checker), rejection,
cancellation, expiry, paging, the changes feed and the audit.

Every state-changing step follows the contract's order of checks — token (401) → role (403)
→ body (422) → existence (404) → who may act / state (403, 409) → policy (403 naming the rule)
→ step-up (401 challenge) → effect — so nobody is asked for a TOTP code for a request that
would fail anyway. The decisions themselves are the domain's (:mod:`vipclient.domain.policy`).

Choices the contract leaves open (documented in docs/sandbox.md):

* a rule with ``step_up`` asks for a TOTP check at most :data:`STEP_UP_MAX_AGE` seconds old;
* a rejection needs the rule's approver role but no step-up (it can only stop a change);
* a second decision by someone who already approved is 409 (one person counts once);
* approving for a client frozen in the meantime is 409, like a new request would be, and so
  is approving a change whose ``valid_until`` has passed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from vipclient.domain.enums import PolicyAction, RequestStatus, Role
from vipclient.domain.policy import Decision, PolicyRule, RequestFacts, evaluate
from vipclient.domain.requests import (
    VALIDITY_MESSAGES,
    reason_problem,
    validity_problem,
)
from vipclient.sandbox.clock import iso, parse_ts
from vipclient.sandbox.core import Sandbox, audit, emit_change, new_id, now_of
from vipclient.sandbox.db import ApiAccessRequest, Client, FeeRequest, WithdrawalRequest
from vipclient.sandbox.deps import (
    Principal,
    current_staff,
    get_sandbox,
    require_roles,
    require_step_up,
)
from vipclient.sandbox.paging import page_newest_first
from vipclient.sandbox.problems import Problem, not_found
from vipclient.sandbox.refusals import Errors, Refusal, refuse
from vipclient.sandbox.routes.policies import load_rules
from vipclient.sandbox.schemas import Body

STEP_UP_MAX_AGE = 300
# Audit targets of refusals name the full URL path, as the framework's role check does.
API = "/api/v1"
COMMENT_MAX = 2000

RequestRow = FeeRequest | WithdrawalRequest | ApiAccessRequest
# Value-restricted so each use is checked for every model.
R = TypeVar("R", FeeRequest, WithdrawalRequest, ApiAccessRequest)

Limit = Annotated[int, Query(ge=1, le=1000)]
SbDep = Annotated[Sandbox, Depends(get_sandbox)]
AnyStaff = Annotated[Principal, Depends(current_staff)]
# Who may ask: an account manager (for their own clients, checked later) or a supervisor.
Requester = Annotated[
    Principal, Depends(require_roles(Role.ACCOUNT_MANAGER.value, Role.SUPERVISOR.value))
]


@dataclass(frozen=True)
class RequestSpec(Generic[R]):
    """One kind of maker-checker request.

    ``apply(session, row, client, now)`` makes the request's change to the client (bumping
    and emitting the client where it changed it) and returns what the ``….apply`` audit entry
    records beside the client's uid; ``fall_back(session, now)`` ends what applied requests
    of this kind changed until a time now past, returning how many things it changed.
    """

    model: type[R]
    noun: str
    path: str
    id_prefix: str
    apply: Callable[[Session, R, Client, datetime], dict[str, Any]]
    fall_back: Callable[[Session, datetime], int]

    @property
    def entity(self) -> str:
        return self.model.entity


# --------------------------------------------------------------------------- validation


def check_reason(errors: Errors, reason: str, field: str = "reason") -> str:
    problem = reason_problem(reason)
    if problem is not None:
        errors.add(field, problem)
    return reason.strip()


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
    problem = validity_problem(at, now)
    if problem is not None:
        errors.add(field, VALIDITY_MESSAGES[problem])
    return at


# --------------------------------------------------------------------------- wire models


class DecisionIn(Body):
    comment: str = Field(default="", max_length=COMMENT_MAX)


class ApprovalOut(BaseModel):
    staff_id: str
    decision: str
    comment: str
    at: str
    role: str | None = None
    step_up: bool = False


class RequestOut(BaseModel):
    """The fields every kind serves; each kind's answer adds its own."""

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


# --------------------------------------------------------------------------- shared steps


def client_for_request(s: Session, staff: Principal, uid: str, path: str) -> Client:
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
    refuse_if_frozen(client)
    return client


def refuse_if_frozen(client: Client) -> None:
    if client.status == "frozen":
        raise Problem(409, f"Client {client.uid} is frozen; no fee, limit or API access change "
                      "is possible until the freeze is lifted.", slug="client-frozen",
                      client_uid=client.uid)


def decide_policy(rules: list[PolicyRule], facts: RequestFacts, staff: Principal, kind: str,
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


def touch_client(s: Session, client: Client, now: datetime) -> None:
    client.version += 1
    client.updated_at = now
    emit_change(s, "client", client.uid, "upsert", client.version, client.to_api())


def _emit(s: Session, row: RequestRow) -> None:
    emit_change(s, row.entity, row.id, "upsert", row.version, row.to_api())


def _apply(s: Session, kind: RequestSpec[R], row: R, actor: str | None,
           now: datetime) -> None:
    """The request's effect on the client; status ``applied``."""
    client = s.get(Client, row.client_uid)
    assert client is not None
    details: dict[str, Any] = {"client_uid": client.uid, **kind.apply(s, row, client, now)}
    row.status = RequestStatus.APPLIED.value
    row.expires_at = None
    audit(s, actor, f"{kind.entity}.apply", row.id, details)


def _create(s: Session, kind: RequestSpec[R], row: R, decision: Decision, staff: Principal,
            now: datetime) -> None:
    rule = decision.rule
    assert rule is not None
    row.rule_id = rule.id
    row.approvals = []
    row.created_at = row.updated_at = now
    row.version = 1
    if decision.action is PolicyAction.ALLOW:
        row.approvals_required, row.approver_role, row.step_up = 0, None, rule.step_up
        row.status = RequestStatus.PENDING_APPROVAL.value
        row.expires_at = None
        s.add(row)
        s.flush()
        audit(s, staff.id, f"{kind.entity}.create", row.id,
              {"client_uid": row.client_uid, "rule_id": rule.id})
        _apply(s, kind, row, staff.id, now)
    else:
        row.approvals_required = rule.approvals
        row.approver_role = None if rule.approver_role is None else rule.approver_role.value
        row.step_up = rule.step_up
        row.status = RequestStatus.PENDING_APPROVAL.value
        row.expires_at = rule.expires_at(now)
        s.add(row)
        s.flush()
        audit(s, staff.id, f"{kind.entity}.create", row.id,
              {"client_uid": row.client_uid, "rule_id": rule.id,
               "approvals_required": rule.approvals, "approver_role": row.approver_role})
    _emit(s, row)


# --------------------------------------------------------------------------- create


def submit(sb: Sandbox, staff: Principal, kind: RequestSpec[R], client_uid: str,
           prepare: Callable[[Session, Client], tuple[RequestFacts, R]]) -> dict[str, Any]:
    """Make a request whose body is valid: the client exists (404), is the caller's to ask
    for (403) and is not frozen (409); ``prepare`` checks what the kind needs of the client's
    state and returns the facts the policies look at and the new row (its id, client and
    requester are set here); then the first matching policy decides (403 naming the rule),
    step-up is asked where it says so (401), and the request is stored, applied at once where
    the rule allows it."""
    try:
        with sb.transaction() as s:
            now = now_of(s)
            client = client_for_request(s, staff, client_uid, API + kind.path)
            facts, row = prepare(s, client)
            decision = decide_policy(load_rules(s), facts, staff, kind.entity, client.uid)
            if decision.step_up:
                require_step_up(staff, now, STEP_UP_MAX_AGE)
            row.id = new_id(kind.id_prefix)
            row.client_uid = client.uid
            row.requester_id = staff.id
            _create(s, kind, row, decision, staff, now)
            return row.to_api()
    except Refusal as r:
        refuse(sb, r)


# --------------------------------------------------------------------------- decisions


def load(s: Session, kind: RequestSpec[R], request_id: str) -> R:
    row = s.get(kind.model, request_id)
    if row is None:
        raise not_found(kind.noun, request_id)
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


def decide(kind: RequestSpec[R], request_id: str, verdict: str, body: DecisionIn | None,
           staff: Principal, sb: Sandbox) -> dict[str, Any]:
    """Approve or reject (``verdict``); the last approval needed applies the request."""
    path = f"{API}{kind.path}/{request_id}/{verdict}"
    comment = (body.comment if body else "").strip()
    try:
        with sb.transaction() as s:
            now = now_of(s)
            row: R = load(s, kind, request_id)
            _check_decider(staff, row, path)
            _check_pending(row)
            if any(a.get("staff_id") == staff.id for a in row.approvals):
                raise Problem(409, "You have already approved this request; one person counts "
                              "once, so another approver is needed.", slug="already-approved")
            client = s.get(Client, row.client_uid)
            if verdict == "approve":
                if client is not None:
                    refuse_if_frozen(client)
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
            audit(s, staff.id, f"{kind.entity}.{verdict}", row.id,
                  {"client_uid": row.client_uid, "comment": comment})
            if verdict == "reject":
                row.status = RequestStatus.REJECTED.value
                row.expires_at = None
            elif sum(a.get("decision") == "approve" for a in row.approvals) >= max(
                1, row.approvals_required
            ):
                row.status = RequestStatus.APPROVED.value
                _apply(s, kind, row, staff.id, now)
            _emit(s, row)
            return row.to_api()
    except Refusal as r:
        refuse(sb, r)


def cancel(kind: RequestSpec[R], request_id: str, staff: Principal,
           sb: Sandbox) -> dict[str, Any]:
    path = f"{API}{kind.path}/{request_id}/cancel"
    try:
        with sb.transaction() as s:
            now = now_of(s)
            row: R = load(s, kind, request_id)
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
            audit(s, staff.id, f"{kind.entity}.cancel", row.id, {"client_uid": row.client_uid})
            _emit(s, row)
            return row.to_api()
    except Refusal as r:
        refuse(sb, r)


# --------------------------------------------------------------------------- reading


def list_requests(kind: RequestSpec[R], sb: Sandbox, status: RequestStatus | None,
                  client_uid: str | None, requester_id: str | None, limit: int,
                  cursor: str | None) -> dict[str, Any]:
    model = kind.model
    stmt = select(model)
    if status is not None:
        stmt = stmt.where(model.status == status.value)
    if client_uid:
        stmt = stmt.where(model.client_uid == client_uid)
    if requester_id:
        stmt = stmt.where(model.requester_id == requester_id)
    with sb.read() as s:
        return page_newest_first(s, model, stmt, limit, cursor)


# --------------------------------------------------------------------------- expiry


def expire_pending(s: Session, kind: RequestSpec[R], now: datetime) -> int:
    """Pending requests past their rule's ``expires_after_hours`` become ``expired``."""
    model = kind.model
    due = s.scalars(select(model).where(
        model.status == RequestStatus.PENDING_APPROVAL.value,
        model.expires_at.is_not(None), model.expires_at <= now,
    ).order_by(model.expires_at, model.id)).all()
    for row in due:
        row.status = RequestStatus.EXPIRED.value
        row.updated_at = now
        row.version += 1
        audit(s, None, f"{kind.entity}.expire", row.id,
              {"client_uid": row.client_uid, "expired_at": iso(row.expires_at)})
        row.expires_at = None
        _emit(s, row)
    return len(due)
