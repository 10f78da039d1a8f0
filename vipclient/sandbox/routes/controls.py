"""Sandbox-only controls (served with ``--controls``): clock, faults, current TOTP codes, and
raising a risk alert at once (demo, training, tests).

They need no token and no idempotency key, and faults never apply to them.
"""

from __future__ import annotations

import random
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from pydantic import Field
from sqlalchemy import select

from vipclient.domain.enums import AlertKind, AlertSeverity
from vipclient.sandbox.auth import TOTP_STEP, totp_code
from vipclient.sandbox.clock import iso
from vipclient.sandbox.core import Sandbox, new_id, now_of
from vipclient.sandbox.db import Client, Staff
from vipclient.sandbox.demo_alerts import alert_for
from vipclient.sandbox.deps import get_sandbox
from vipclient.sandbox.faults import FaultConfig, FaultInjector
from vipclient.sandbox.problems import not_found
from vipclient.sandbox.routes.alerts import AlertOut, raise_alert
from vipclient.sandbox.schemas import Body, ClockIn, ClockOut, FaultsIn, FaultsOut, TotpOut

router = APIRouter(prefix="/_sandbox", tags=["sandbox controls"])


def get_faults(request: Request) -> FaultInjector:
    faults = request.app.state.faults
    assert isinstance(faults, FaultInjector)
    return faults


@router.get("/clock", response_model=ClockOut)
def get_clock(sb: Annotated[Sandbox, Depends(get_sandbox)]) -> dict[str, Any]:
    return {"now": iso(sb.now())}


@router.post("/clock", response_model=ClockOut)
def advance_clock(
    body: ClockIn, sb: Annotated[Sandbox, Depends(get_sandbox)]
) -> dict[str, Any]:
    """Move the sandbox clock forward; breaches and expiries due by then are processed
    before this answers."""
    sb.clock.advance(body.advance_seconds)
    return {"now": iso(sb.now())}


@router.get("/faults", response_model=FaultsOut)
def get_faults_config(faults: Annotated[FaultInjector, Depends(get_faults)]) -> dict[str, Any]:
    return faults.config.to_api()


@router.post("/faults", response_model=FaultsOut)
def set_faults(
    body: FaultsIn, faults: Annotated[FaultInjector, Depends(get_faults)]
) -> dict[str, Any]:
    faults.set(FaultConfig(**body.model_dump()))
    return faults.config.to_api()


@router.delete("/faults", response_model=FaultsOut)
def clear_faults(faults: Annotated[FaultInjector, Depends(get_faults)]) -> dict[str, Any]:
    faults.clear()
    return faults.config.to_api()


@router.get("/totp/{username}", response_model=TotpOut)
def current_totp(
    username: str, sb: Annotated[Sandbox, Depends(get_sandbox)]
) -> dict[str, Any]:
    now = sb.now()
    with sb.read() as s:
        staff = s.scalars(select(Staff).where(Staff.username == username)).first()
        if staff is None:
            raise not_found("staff member", username)
        secret = staff.totp_secret
    return {
        "username": username,
        "code": totp_code(secret, now),
        "valid_for_seconds": TOTP_STEP - int(now.timestamp()) % TOTP_STEP,
    }


class RaiseAlertIn(Body):
    client_uid: str = Field(min_length=1, max_length=40)
    kind: AlertKind
    severity: AlertSeverity


@router.post("/risk-alerts", status_code=201, response_model=AlertOut)
def raise_risk_alert(
    body: RaiseAlertIn, sb: Annotated[Sandbox, Depends(get_sandbox)],
) -> dict[str, Any]:
    """Raise one alert now, as the platform's monitoring would (audited, in the feed)."""
    with sb.transaction() as s:
        client = s.get(Client, body.client_uid)
        if client is None:
            raise not_found("client", body.client_uid)
        record = alert_for(random.Random(), new_id("RA"), client.to_api(), now_of(s),
                           body.kind, body.severity)
        return raise_alert(s, record).to_api()
