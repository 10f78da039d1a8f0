"""Risk alerts (platform-api, "Risk alerts (v1.1)"): listed for every staff member, triaged
by security officers, actioned by a freeze that names them (``routes/freezes.py``).

Acknowledging and dismissing follow the contract's order of checks: token → role (403) →
body (422: a note of 10–2000 characters, required to dismiss) → existence (404) → state (409,
with the moves still allowed) → ``If-Match`` (428/412) → effect. The life cycle is the
domain's (:mod:`vipclient.domain.alerts`). Alerts are raised by the platform's monitoring: in
the sandbox by the demo book, ``--live`` and ``POST /_sandbox/risk-alerts``, all through
:func:`raise_alert`; a raised alert is audited ``risk_alert.create`` with no actor.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Response
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from vipclient.domain.alerts import allowed_moves, can_move, note_problem
from vipclient.domain.enums import AlertKind, AlertSeverity, AlertStatus, Role
from vipclient.sandbox.core import Sandbox, audit, emit_change, now_of
from vipclient.sandbox.db import RiskAlert
from vipclient.sandbox.deps import (
    IdempotencyKey,
    Principal,
    check_if_match,
    current_staff,
    etag,
    get_sandbox,
    require_roles,
)
from vipclient.sandbox.paging import page_newest_first
from vipclient.sandbox.problems import Problem, not_found, validation_problem
from vipclient.sandbox.schemas import Body, Page

router = APIRouter(tags=["risk alerts"])

SbDep = Annotated[Sandbox, Depends(get_sandbox)]
AnyStaff = Annotated[Principal, Depends(current_staff)]
Officer = Annotated[Principal, Depends(require_roles(Role.SECURITY_OFFICER.value))]
IfMatch = Annotated[
    str | None,
    Header(alias="If-Match", description="The version read (required: 428 without, 412 stale)"),
]


class NoteIn(Body):
    note: str | None = Field(default=None, max_length=4000)


class AlertOut(BaseModel):
    id: str
    client_uid: str
    kind: AlertKind
    severity: AlertSeverity
    summary: str
    details: dict[str, str]
    created_at: str
    status: AlertStatus
    handled_by: str | None
    handled_at: str | None
    note: str | None
    freeze_id: str | None
    version: int


def emit_alert(s: Session, alert: RiskAlert) -> None:
    emit_change(s, "risk_alert", alert.id, "upsert", alert.version, alert.to_api())


def raise_alert(s: Session, record: dict[str, Any]) -> RiskAlert:
    """Store a new alert (``record`` in its API form), audit and emit it."""
    alert = RiskAlert(**RiskAlert.row_from_api(record))
    s.add(alert)
    s.flush()
    audit(s, None, "risk_alert.create", alert.client_uid, {
        "alert_id": alert.id, "kind": alert.kind, "severity": alert.severity,
    })
    emit_alert(s, alert)
    return alert


def action(s: Session, alert: RiskAlert, freeze_id: str, staff_id: str) -> None:
    """The freeze that names ``alert`` actions it (in the freeze's transaction)."""
    alert.status = AlertStatus.ACTIONED.value
    alert.freeze_id = freeze_id
    alert.handled_by = staff_id
    alert.handled_at = now_of(s)
    alert.version += 1
    audit(s, staff_id, "risk_alert.action", alert.client_uid,
          {"alert_id": alert.id, "freeze_id": freeze_id})
    emit_alert(s, alert)


@router.get("/risk-alerts", response_model=Page[AlertOut])
def list_alerts(
    _staff: AnyStaff, sb: SbDep,
    status: AlertStatus | None = None,
    client_uid: Annotated[str | None, Query(max_length=40)] = None,
    severity: AlertSeverity | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    cursor: Annotated[str | None, Query(max_length=400)] = None,
) -> dict[str, Any]:
    """Newest first."""
    stmt = select(RiskAlert)
    if status is not None:
        stmt = stmt.where(RiskAlert.status == status.value)
    if client_uid is not None:
        stmt = stmt.where(RiskAlert.client_uid == client_uid)
    if severity is not None:
        stmt = stmt.where(RiskAlert.severity == severity.value)
    with sb.read() as s:
        return page_newest_first(s, RiskAlert, stmt, limit, cursor)


@router.get("/risk-alerts/{alert_id}", response_model=AlertOut)
def get_alert(alert_id: str, _staff: AnyStaff, sb: SbDep, response: Response) -> dict[str, Any]:
    with sb.read() as s:
        alert = s.get(RiskAlert, alert_id)
        if alert is None:
            raise not_found("risk alert", alert_id)
        response.headers["ETag"] = etag(alert.version)
        return alert.to_api()


def _handle(alert_id: str, target: AlertStatus, body: NoteIn | None, staff: Principal,
            sb: Sandbox, if_match: str | None, response: Response) -> dict[str, Any]:
    note = (body.note if body is not None else None) or None
    problem = note_problem(note, required=target is AlertStatus.DISMISSED)
    if problem is not None:
        raise validation_problem([{"field": "note", "message": problem}])
    with sb.transaction() as s:
        alert = s.get(RiskAlert, alert_id)
        if alert is None:
            raise not_found("risk alert", alert_id)
        if not can_move(alert.status, target):
            allowed = sorted(m.value for m in allowed_moves(alert.status))
            raise Problem(409, f"A {alert.status} alert cannot be {target.value}.",
                          slug="illegal-transition", allowed=allowed)
        check_if_match(if_match, alert.version)
        alert.status = target.value
        alert.handled_by = staff.id
        alert.handled_at = now_of(s)
        alert.note = note.strip() if note else alert.note
        alert.version += 1
        verb = "acknowledge" if target is AlertStatus.ACKNOWLEDGED else "dismiss"
        audit(s, staff.id, f"risk_alert.{verb}", alert.client_uid,
              {"alert_id": alert.id, "note": alert.note or ""})
        emit_alert(s, alert)
        response.headers["ETag"] = etag(alert.version)
        return alert.to_api()


@router.post("/risk-alerts/{alert_id}/acknowledge", response_model=AlertOut)
def acknowledge(alert_id: str, staff: Officer, sb: SbDep, _key: IdempotencyKey,
                response: Response, body: NoteIn | None = None,
                if_match: IfMatch = None) -> dict[str, Any]:
    return _handle(alert_id, AlertStatus.ACKNOWLEDGED, body, staff, sb, if_match, response)


@router.post("/risk-alerts/{alert_id}/dismiss", response_model=AlertOut)
def dismiss(alert_id: str, staff: Officer, sb: SbDep, _key: IdempotencyKey,
            response: Response, body: NoteIn | None = None,
            if_match: IfMatch = None) -> dict[str, Any]:
    return _handle(alert_id, AlertStatus.DISMISSED, body, staff, sb, if_match, response)
