"""Emergency freezes and their dual-control lifting (platform-api, "Emergency freeze").

A security officer freezes a client at once behind a TOTP check at most 120 s old; lifting
takes two different security officers: one asks (``unfreeze-requests``), another approves.
Every step is audited and emitted on the changes feed (freeze, unfreeze_request, client).

Choices the contract leaves open: asking to lift and approving use the same 120 s step-up as
freezing; a rejection needs the role but no step-up (it only keeps the freeze) and may come
from the officer who asked (that is how a request is withdrawn); one freeze has at most one
pending unfreeze request at a time (409 otherwise).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from vipclient.domain.alerts import can_be_frozen_with
from vipclient.domain.enums import (
    ClientStatus,
    FreezeReason,
    FreezeScope,
    FreezeStatus,
    Role,
    UnfreezeStatus,
)
from vipclient.domain.freezes import (
    NOTE_MAX,
    in_order,
    note_problem,
    unfreeze_reason_problem,
    widened,
)
from vipclient.sandbox.core import Sandbox, audit, emit_change, new_id, now_of
from vipclient.sandbox.db import Client, Freeze, RiskAlert, UnfreezeRequest
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
from vipclient.sandbox.refusals import Errors, Refusal, refuse
from vipclient.sandbox.routes import alerts as alert_routes
from vipclient.sandbox.schemas import Body, Page

router = APIRouter(tags=["freezes"])

FREEZE_MAX_AGE = 120

SbDep = Annotated[Sandbox, Depends(get_sandbox)]
AnyStaff = Annotated[Principal, Depends(current_staff)]
Officer = Annotated[Principal, Depends(require_roles(Role.SECURITY_OFFICER.value))]
Limit = Annotated[int, Query(ge=1, le=1000)]


class FreezeIn(Body):
    scopes: list[FreezeScope] = Field(min_length=1, max_length=4)
    reason_code: FreezeReason
    note: str = Field(default="", max_length=NOTE_MAX)
    # v1.1: risk alerts of this client the freeze answers; they become actioned with it.
    alert_ids: list[Annotated[str, Field(min_length=1, max_length=40)]] = Field(
        default_factory=list, max_length=50,
    )


class FreezeOut(BaseModel):
    id: str
    client_uid: str
    scopes: list[FreezeScope]
    status: FreezeStatus
    reason_code: FreezeReason
    note: str | None
    created_by: str
    created_at: str
    updated_at: str
    lifted_by: str | None
    lifted_at: str | None
    version: int


class UnfreezeIn(Body):
    reason: str = Field(max_length=4000)


class DecisionIn(Body):
    comment: str = Field(default="", max_length=NOTE_MAX)


class UnfreezeOut(BaseModel):
    id: str
    freeze_id: str
    client_uid: str
    requester_id: str
    reason: str
    status: UnfreezeStatus
    decided_by: str | None
    decided_at: str | None
    comment: str | None
    created_at: str
    updated_at: str
    version: int


def _touch_client(s: Session, client: Client, now: datetime) -> None:
    client.version += 1
    client.updated_at = now
    emit_change(s, "client", client.uid, "upsert", client.version, client.to_api())


def _emit_freeze(s: Session, f: Freeze) -> None:
    emit_change(s, "freeze", f.id, "upsert", f.version, f.to_api())


def _emit_unfreeze(s: Session, u: UnfreezeRequest) -> None:
    emit_change(s, "unfreeze_request", u.id, "upsert", u.version, u.to_api())


# --------------------------------------------------------------------------- freeze


@router.post("/clients/{uid}/freeze", status_code=201, response_model=FreezeOut,
             responses={200: {"description": "The client was frozen already: the active "
                                              "freeze, its scopes widened"}})
def freeze_client(uid: str, body: FreezeIn, staff: Officer, sb: SbDep, _key: IdempotencyKey,
                  response: Response) -> dict[str, Any]:
    errors = Errors()
    note = body.note.strip()
    problem = note_problem(body.reason_code, note)
    if problem is not None:
        errors.add("note", problem)
    if len(set(body.scopes)) != len(body.scopes):
        errors.add("scopes", "Name each scope once.")
    for n, alert_id in enumerate(body.alert_ids):
        if alert_id in body.alert_ids[:n]:
            errors.add(f"alert_ids.{n}", "Name each alert once.")
    errors.raise_if_any()
    with sb.transaction() as s:
        now = now_of(s)
        client = s.get(Client, uid)
        if client is None:
            raise not_found("client", uid)
        alerts = _alerts_to_action(s, uid, body.alert_ids)
        require_step_up(staff, now, FREEZE_MAX_AGE)
        active = s.scalars(select(Freeze).where(
            Freeze.client_uid == uid, Freeze.status == FreezeStatus.ACTIVE.value
        )).first()
        wanted = {sc.value for sc in body.scopes}
        if active is not None:
            scopes = widened(active.scopes, wanted)
            added = [sc for sc in scopes if sc not in active.scopes]
            if added:
                active.scopes = scopes
                active.version += 1
                active.updated_at = now
                _emit_freeze(s, active)
                client.freeze_scopes = scopes
                client.status = ClientStatus.FROZEN.value
                _touch_client(s, client, now)
            audit(s, staff.id, "client.freeze", uid, {
                "freeze_id": active.id, "scopes": scopes, "added": added, "widened": True,
                "reason_code": body.reason_code.value, "note": note,
                **({"alert_ids": body.alert_ids} if body.alert_ids else {}),
            })
            for alert in alerts:
                alert_routes.action(s, alert, active.id, staff.id)
            response.status_code = 200
            return active.to_api()
        freeze = Freeze(
            id=new_id("FZ"), client_uid=uid, scopes=in_order(wanted), status="active",
            reason_code=body.reason_code.value, note=note, created_by=staff.id,
            created_at=now, updated_at=now, version=1,
        )
        s.add(freeze)
        client.status = ClientStatus.FROZEN.value
        client.freeze_scopes = list(freeze.scopes)
        s.flush()
        audit(s, staff.id, "client.freeze", uid, {
            "freeze_id": freeze.id, "scopes": freeze.scopes,
            "reason_code": freeze.reason_code, "note": note,
            **({"alert_ids": body.alert_ids} if body.alert_ids else {}),
        })
        _emit_freeze(s, freeze)
        _touch_client(s, client, now)
        for alert in alerts:
            alert_routes.action(s, alert, freeze.id, staff.id)
        return freeze.to_api()


def _alerts_to_action(s: Session, uid: str, alert_ids: list[str]) -> list[RiskAlert]:
    """The named alerts, each of this client and still open or acknowledged (422 naming the
    entry otherwise): checked before the step-up, like every body check."""
    errors = Errors()
    found: list[RiskAlert] = []
    for n, alert_id in enumerate(alert_ids):
        alert = s.get(RiskAlert, alert_id)
        if alert is None or alert.client_uid != uid:
            errors.add(f"alert_ids.{n}", f"{alert_id} is not an alert about this client.")
        elif not can_be_frozen_with(alert.status):
            errors.add(f"alert_ids.{n}", f"{alert_id} is {alert.status} already.")
        else:
            found.append(alert)
    errors.raise_if_any()
    return found


# --------------------------------------------------------------------------- dual control


@router.post("/freezes/{freeze_id}/unfreeze-requests", status_code=201,
             response_model=UnfreezeOut)
def request_unfreeze(freeze_id: str, body: UnfreezeIn, staff: Officer,
                     sb: SbDep, _key: IdempotencyKey) -> dict[str, Any]:
    reason = body.reason.strip()
    problem = unfreeze_reason_problem(reason)
    if problem is not None:
        raise validation_problem([{"field": "reason", "message": problem}])
    with sb.transaction() as s:
        now = now_of(s)
        freeze = s.get(Freeze, freeze_id)
        if freeze is None:
            raise not_found("freeze", freeze_id)
        if freeze.status != FreezeStatus.ACTIVE.value:
            raise Problem(409, "This freeze has been lifted already.", slug="freeze-lifted")
        pending = s.scalars(select(UnfreezeRequest).where(
            UnfreezeRequest.freeze_id == freeze_id,
            UnfreezeRequest.status == UnfreezeStatus.PENDING.value,
        )).first()
        if pending is not None:
            raise Problem(409, "A request to lift this freeze is already waiting for a second "
                          "security officer.", slug="unfreeze-pending",
                          unfreeze_request_id=pending.id)
        require_step_up(staff, now, FREEZE_MAX_AGE)
        req = UnfreezeRequest(
            id=new_id("UF"), freeze_id=freeze.id, client_uid=freeze.client_uid,
            requester_id=staff.id, reason=reason, status=UnfreezeStatus.PENDING.value,
            created_at=now, updated_at=now, version=1,
        )
        s.add(req)
        s.flush()
        audit(s, staff.id, "unfreeze_request.create", req.id,
              {"freeze_id": freeze.id, "client_uid": freeze.client_uid, "reason": reason})
        _emit_unfreeze(s, req)
        return req.to_api()


def _decide(request_id: str, verdict: str, body: DecisionIn | None, staff: Principal,
            sb: Sandbox) -> dict[str, Any]:
    comment = (body.comment if body else "").strip()
    path = f"/api/v1/unfreeze-requests/{request_id}/{verdict}"
    try:
        with sb.transaction() as s:
            now = now_of(s)
            req = s.get(UnfreezeRequest, request_id)
            if req is None:
                raise not_found("unfreeze request", request_id)
            if verdict == "approve" and req.requester_id == staff.id:
                raise Refusal(
                    Problem(403, "Lifting a freeze needs a second security officer: you asked "
                            "for it, so someone else must approve.", slug="dual-control"),
                    staff.id, "access.denied", path,
                    {"unfreeze_request_id": req.id, "reason": "dual_control"},
                )
            if req.status != UnfreezeStatus.PENDING.value:
                raise Problem(409, f"This request is {req.status} already.",
                              slug="unfreeze-not-pending", status_now=req.status)
            freeze = s.get(Freeze, req.freeze_id)
            assert freeze is not None
            if verdict == "approve":
                require_step_up(staff, now, FREEZE_MAX_AGE)
            req.status = (UnfreezeStatus.APPROVED if verdict == "approve"
                          else UnfreezeStatus.REJECTED).value
            req.decided_by, req.decided_at, req.comment = staff.id, now, comment
            req.updated_at = now
            req.version += 1
            audit(s, staff.id, f"unfreeze_request.{verdict}", req.id,
                  {"freeze_id": freeze.id, "client_uid": req.client_uid, "comment": comment})
            if verdict == "approve" and freeze.status == FreezeStatus.ACTIVE.value:
                freeze.status = FreezeStatus.LIFTED.value
                freeze.lifted_by, freeze.lifted_at = staff.id, now
                freeze.updated_at = now
                freeze.version += 1
                _emit_freeze(s, freeze)
                client = s.get(Client, freeze.client_uid)
                if client is not None:
                    client.status = ClientStatus.ACTIVE.value
                    client.freeze_scopes = []
                    _touch_client(s, client, now)
                audit(s, staff.id, "client.unfreeze", req.client_uid, {
                    "freeze_id": freeze.id, "requested_by": req.requester_id,
                    "approved_by": staff.id,
                })
            _emit_unfreeze(s, req)
            return req.to_api()
    except Refusal as r:
        refuse(sb, r)


@router.post("/unfreeze-requests/{request_id}/approve", response_model=UnfreezeOut)
def approve_unfreeze(request_id: str, staff: Officer, sb: SbDep, _key: IdempotencyKey,
                     body: DecisionIn | None = None) -> dict[str, Any]:
    return _decide(request_id, "approve", body, staff, sb)


@router.post("/unfreeze-requests/{request_id}/reject", response_model=UnfreezeOut)
def reject_unfreeze(request_id: str, staff: Officer, sb: SbDep, _key: IdempotencyKey,
                    body: DecisionIn | None = None) -> dict[str, Any]:
    return _decide(request_id, "reject", body, staff, sb)


# --------------------------------------------------------------------------- reading


@router.get("/freezes", response_model=Page[FreezeOut])
def list_freezes(_staff: AnyStaff, sb: SbDep, active: bool | None = None,
                 client_uid: str | None = None, limit: Limit = 200,
                 cursor: str | None = None) -> dict[str, Any]:
    stmt = select(Freeze)
    if active is not None:
        wanted = FreezeStatus.ACTIVE if active else FreezeStatus.LIFTED
        stmt = stmt.where(Freeze.status == wanted.value)
    if client_uid:
        stmt = stmt.where(Freeze.client_uid == client_uid)
    with sb.read() as s:
        return page_newest_first(s, Freeze, stmt, limit, cursor)


@router.get("/freezes/{freeze_id}", response_model=FreezeOut)
def get_freeze(freeze_id: str, _staff: AnyStaff, sb: SbDep) -> dict[str, Any]:
    with sb.read() as s:
        freeze = s.get(Freeze, freeze_id)
        if freeze is None:
            raise not_found("freeze", freeze_id)
        return freeze.to_api()


@router.get("/unfreeze-requests", response_model=Page[UnfreezeOut])
def list_unfreeze_requests(_staff: AnyStaff, sb: SbDep, status: UnfreezeStatus | None = None,
                           freeze_id: str | None = None, limit: Limit = 200,
                           cursor: str | None = None) -> dict[str, Any]:
    stmt = select(UnfreezeRequest)
    if status is not None:
        stmt = stmt.where(UnfreezeRequest.status == status.value)
    if freeze_id:
        stmt = stmt.where(UnfreezeRequest.freeze_id == freeze_id)
    with sb.read() as s:
        return page_newest_first(s, UnfreezeRequest, stmt, limit, cursor)


@router.get("/unfreeze-requests/{request_id}", response_model=UnfreezeOut)
def get_unfreeze_request(request_id: str, _staff: AnyStaff, sb: SbDep) -> dict[str, Any]:
    with sb.read() as s:
        req = s.get(UnfreezeRequest, request_id)
        if req is None:
            raise not_found("unfreeze request", request_id)
        return req.to_api()
