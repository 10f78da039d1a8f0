"""``/auth/login``, ``/auth/refresh``, ``/auth/logout``, ``/auth/step-up`` and ``/me``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from vipclient.domain.lockout import LOCKOUT_FAILURES, LOCKOUT_WINDOW
from vipclient.sandbox import auth
from vipclient.sandbox.clock import iso
from vipclient.sandbox.core import Sandbox, audit, now_of
from vipclient.sandbox.db import Staff
from vipclient.sandbox.deps import Principal, current_staff, get_sandbox, unauthorized
from vipclient.sandbox.problems import Problem
from vipclient.sandbox.schemas import (
    LoginIn,
    LoginOut,
    RefreshIn,
    StaffOut,
    StepUpIn,
    StepUpOut,
)

router = APIRouter(tags=["auth"])

GENERIC_FAILURE = "The username, password or code is not correct."


def _locked(retry_after: int) -> Problem:
    return Problem(
        429, "Too many failed attempts; try again later.", slug="locked-out",
        headers={"Retry-After": str(retry_after)}, retry_after=retry_after,
    )


def _fail(s: Session, username: str, kind: str, actor: str | None) -> None:
    """Count and audit a failed login/step-up, auditing the lockout it may start."""
    now = now_of(s)
    action = "auth.login_failed" if kind == "login" else "auth.step_up_failed"
    audit(s, actor, action, username, {"username": username})
    if auth.record_failure(s, username, kind, now):
        audit(s, actor, "auth.lockout", username, {
            "username": username, "failures": LOCKOUT_FAILURES,
            "window_seconds": int(LOCKOUT_WINDOW.total_seconds()),
        })


@router.post("/auth/login", response_model=LoginOut)
def login(body: LoginIn, sb: Annotated[Sandbox, Depends(get_sandbox)]) -> dict[str, Any]:
    failure: Problem | None = None
    with sb.transaction() as s:
        now = now_of(s)
        retry = auth.lockout_retry_after(s, body.username, now)
        if retry is not None:
            failure = _locked(retry)
        else:
            staff = s.scalars(select(Staff).where(Staff.username == body.username)).first()
            ok = auth.verify_password(staff.password_hash if staff else None, body.password)
            ok = ok and staff is not None and auth.check_totp(staff, body.totp, now)
            if not ok or staff is None:
                _fail(s, body.username, "login", staff.id if staff else None)
                retry = auth.lockout_retry_after(s, body.username, now)
                failure = _locked(retry) if retry is not None else Problem(401, GENERIC_FAILURE)
            else:
                tokens = auth.issue_login(s, staff, now)
                audit(s, staff.id, "auth.login", staff.id, {"username": staff.username})
                result = {
                    "access_token": tokens.access_token,
                    "refresh_token": tokens.refresh_token,
                    "token_type": "Bearer",
                    "expires_in": tokens.expires_in,
                    "refresh_expires_in": tokens.refresh_expires_in,
                    "staff": staff.to_api(),
                }
    if failure is not None:
        raise failure
    return result


@router.post("/auth/refresh", response_model=LoginOut)
def refresh(body: RefreshIn, sb: Annotated[Sandbox, Depends(get_sandbox)]) -> dict[str, Any]:
    with sb.transaction() as s:
        outcome, staff, tokens, family = auth.rotate_refresh(s, body.refresh_token, now_of(s))
        if outcome == auth.RefreshOutcome.REUSED:
            audit(s, staff.id if staff else None, "auth.refresh_reuse", family,
                  {"revoked_family": family})
        if outcome == auth.RefreshOutcome.OK and staff is not None and tokens is not None:
            return {
                "access_token": tokens.access_token,
                "refresh_token": tokens.refresh_token,
                "token_type": "Bearer",
                "expires_in": tokens.expires_in,
                "refresh_expires_in": tokens.refresh_expires_in,
                "staff": staff.to_api(),
            }
    if outcome == auth.RefreshOutcome.REUSED:
        raise unauthorized("This refresh token was already used; every token of the session "
                           "is revoked. Sign in again.")
    raise unauthorized("The refresh token is invalid or expired. Sign in again.")


@router.post("/auth/logout", status_code=204, response_class=Response)
def logout(
    staff: Annotated[Principal, Depends(current_staff)],
    sb: Annotated[Sandbox, Depends(get_sandbox)],
) -> Response:
    with sb.transaction() as s:
        auth.revoke_family(s, staff.family_id, "logout", now_of(s))
        audit(s, staff.id, "auth.logout", staff.id, {})
    return Response(status_code=204)


@router.post("/auth/step-up", response_model=StepUpOut)
def step_up(
    body: StepUpIn,
    staff: Annotated[Principal, Depends(current_staff)],
    sb: Annotated[Sandbox, Depends(get_sandbox)],
) -> dict[str, Any]:
    failure: Problem | None = None
    with sb.transaction() as s:
        now = now_of(s)
        retry = auth.lockout_retry_after(s, staff.username, now)
        row = s.get(Staff, staff.id)
        if retry is not None:
            failure = _locked(retry)
        elif row is None or not auth.check_totp(row, body.totp, now):
            _fail(s, staff.username, "step_up", staff.id)
            retry = auth.lockout_retry_after(s, staff.username, now)
            # A wrong code is a plain 401: no challenge header, the person just retries.
            failure = _locked(retry) if retry is not None else Problem(
                401, "The code is not correct.", slug="step-up-failed"
            )
        else:
            tokens = auth.issue_step_up(s, staff, now)
            audit(s, staff.id, "auth.step_up", staff.id, {"acr": "totp"})
            result = {
                "access_token": tokens.access_token,
                "token_type": "Bearer",
                "expires_in": tokens.expires_in,
                "acr": "totp",
                "auth_time": iso(now),
            }
    if failure is not None:
        raise failure
    return result


@router.get("/me", response_model=StaffOut, tags=["staff"])
def me(
    staff: Annotated[Principal, Depends(current_staff)],
    sb: Annotated[Sandbox, Depends(get_sandbox)],
) -> dict[str, Any]:
    with sb.read() as s:
        row = s.get(Staff, staff.id)
        if row is None:
            raise unauthorized()
        return row.to_api()
