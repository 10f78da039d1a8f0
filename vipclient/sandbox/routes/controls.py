"""Sandbox-only controls (served with ``--controls``): clock, faults, current TOTP codes.

They need no token and no idempotency key, and faults never apply to them.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select

from vipclient.sandbox.auth import TOTP_STEP, totp_code
from vipclient.sandbox.clock import iso
from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.db import Staff
from vipclient.sandbox.deps import get_sandbox
from vipclient.sandbox.faults import FaultConfig, FaultInjector
from vipclient.sandbox.problems import not_found
from vipclient.sandbox.schemas import ClockIn, ClockOut, FaultsIn, FaultsOut, TotpOut

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
