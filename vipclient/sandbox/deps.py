"""What every router depends on: the sandbox, the caller, roles, step-up and ETags.

Use in a router (order of checks of the contract: token → role → body → existence → state →
concurrency → policy → step-up → effect)::

    @router.post("/clients/{uid}/freeze", status_code=201)
    def freeze(uid: str, body: FreezeIn,
               staff: Principal = Depends(require_roles("security_officer")),  # 401, 403
               sb: Sandbox = Depends(get_sandbox)) -> dict[str, Any]:
        # body validation (422) has happened; now existence (404), state (409) …
        require_step_up(staff, sb.now(), max_age=120)                           # 401 challenge
        ...

``current_staff`` alone is "any signed-in staff member". ``require_step_up`` is a plain call,
made inside the handler once every check before it has passed, so nobody is asked for a code
for a request that would fail anyway. ``check_if_match(request_header, version)`` raises 428 /
412; ``etag(version)`` is the header value to send back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from vipclient.sandbox.auth import (
    Principal,
    remembered_access,
    resolve_access,
    resolved_principal,
)
from vipclient.sandbox.core import Sandbox, record_refusal
from vipclient.sandbox.problems import Problem

__all__ = [
    "IdempotencyKey",
    "Principal",
    "check_if_match",
    "current_staff",
    "etag",
    "get_sandbox",
    "require_roles",
    "require_step_up",
]

_bearer = HTTPBearer(auto_error=False, description="Access token from /auth/login")


async def get_sandbox(request: Request) -> Sandbox:
    # async: a plain lookup, not worth a hop to the thread pool.
    sb = request.app.state.sandbox
    assert isinstance(sb, Sandbox)
    return sb


def unauthorized(detail: str = "A valid access token is required.") -> Problem:
    """401 for a token that is invalid, expired or revoked (RFC 6750 ``invalid_token``)."""
    return Problem(401, detail, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


async def current_staff(
    request: Request,
    sb: Annotated[Sandbox, Depends(get_sandbox)],
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The signed-in staff member behind the bearer token; 401 problem otherwise."""
    if creds is None or creds.scheme.lower() != "bearer" or not creds.credentials:
        # No token at all: a bare challenge, no error code (RFC 6750 section 3.1).
        raise Problem(401, "A valid access token is required.",
                      headers={"WWW-Authenticate": 'Bearer realm="vipdesk"'})
    token = creds.credentials
    # The idempotency middleware already resolved this very token for this request.
    who = resolved_principal(request.scope, token)
    if who is None:
        # A caller resolved before and still valid is answered here, without a thread hop.
        who = remembered_access(sb.db, token, sb.now())
    if who is None:
        def lookup() -> Principal | None:
            with sb.read() as s:
                return resolve_access(s, token, sb.now())

        who = await run_in_threadpool(lookup)
    if who is None:
        raise unauthorized("The access token is invalid, expired or revoked.")
    return who


def require_roles(*roles: str) -> Callable[..., Principal]:
    """A dependency: the caller must hold one of ``roles`` (403, audited as access.denied)."""
    wanted = frozenset(roles)

    def dependency(
        request: Request,
        staff: Annotated[Principal, Depends(current_staff)],
        sb: Annotated[Sandbox, Depends(get_sandbox)],
    ) -> Principal:
        if not staff.roles & wanted:
            record_refusal(
                sb, staff.id, "access.denied", request.url.path,
                {"method": request.method, "needs_one_of": sorted(wanted)},
            )
            raise Problem(
                403, f"This needs the role {' or '.join(sorted(wanted))}.", slug="missing-role",
                required_roles=sorted(wanted),
            )
        return staff

    return dependency


def step_up_challenge(max_age: int, detail: str) -> Problem:
    header = (
        'Bearer error="insufficient_user_authentication", '
        f'error_description="{detail}", acr_values="totp", max_age={max_age}'
    )
    return Problem(
        401, detail, slug="step-up-required", title="Step-up authentication required",
        headers={"WWW-Authenticate": header}, acr_values="totp", max_age=max_age,
    )


def require_step_up(staff: Principal, now: datetime, max_age: int) -> None:
    """RFC 9470: the token must carry ``acr=totp`` with ``auth_time`` at most ``max_age`` s ago."""
    if staff.acr != "totp" or staff.auth_time is None:
        raise step_up_challenge(max_age, "A fresh TOTP code is required for this action.")
    if (now - staff.auth_time).total_seconds() > max_age:
        raise step_up_challenge(max_age, "The last TOTP check is too old for this action.")


# --------------------------------------------------------------------------- ETags


def etag(version: int) -> str:
    return f'"{version}"'


def check_if_match(if_match: str | None, version: int) -> None:
    """428 without If-Match, 412 when it does not name the current version."""
    if if_match is None or not if_match.strip():
        raise Problem(428, "This change needs an If-Match header with the version you read.")
    candidates = [c.strip() for c in if_match.split(",")]
    if "*" in candidates:
        return
    current = etag(version)
    for c in candidates:
        if c.removeprefix("W/") == current:
            return
    raise Problem(
        412, "The resource changed since you read it; reload it and try again.",
        current_version=version,
    )


# Declares the header in the OpenAPI document; the idempotency middleware enforces it.
IdempotencyKey = Annotated[
    str,
    Header(
        alias="Idempotency-Key", min_length=1, max_length=255, pattern=r"^[\x21-\x7e]+$",
        description="Unique per intended effect (a UUID); a retry reuses it. Visible ASCII.",
    ),
]
