"""The sandbox's ASGI application: routers, problem handlers and the middleware stack.

Stack, outermost first: faults → last resort (any crash is a problem answer) → ``Date``
header → body guard (refuses bodies no later layer can parse safely) → idempotency →
FastAPI (problem handlers, routers under ``/api/v1``). The sandbox controls are served (with
``--controls`` only) under ``/api/v1/_sandbox/…`` and, for convenience, ``/_sandbox/…``.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, FastAPI
from starlette.concurrency import run_in_threadpool

from vipclient.sandbox.asgi import (
    ASGIApp,
    Message,
    Receive,
    Scope,
    Send,
    header,
    routes_of,
    send_problem,
)
from vipclient.sandbox.auth import remembered_access, resolve_access
from vipclient.sandbox.body_guard import BodyGuardMiddleware
from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.deps import unauthorized
from vipclient.sandbox.faults import DateHeaderMiddleware, FaultInjector, FaultMiddleware
from vipclient.sandbox.idempotency import IdempotencyMiddleware
from vipclient.sandbox.problems import (
    PROBLEM_JSON,
    PROBLEM_SCHEMA,
    Problem,
    busy,
    install_handlers,
    is_busy,
)
from vipclient.sandbox.routes import (
    alerts,
    assets,
    attachments,
    audit,
    auth,
    changes,
    clients,
    controls,
    freezes,
    help_centre,
    policies,
    requests,
    tickets,
    transcripts,
)

API_PREFIX = "/api/v1"

log = logging.getLogger(__name__)

def create_app(sb: Sandbox, faults: FaultInjector | None = None) -> FastAPI:
    """The FastAPI app alone (what the OpenAPI document describes)."""
    app = FastAPI(
        title="VIP Desk platform API (sandbox)",
        version="1.0.0",
        description=(
            "The back-office API of platform-api v1 as served by the VIP Desk sandbox. "
            "Every error is application/problem+json (RFC 9457)."
        ),
        openapi_url=API_PREFIX + "/openapi.json",
        docs_url=API_PREFIX + "/docs",
        redoc_url=None,
    )
    app.state.sandbox = sb
    app.state.faults = faults or FaultInjector(seed=sb.seed)
    install_handlers(app, lambda request: unauthenticated(sb, request.scope))
    routers: list[APIRouter] = [
        auth.router, clients.router, tickets.router, changes.router, assets.router,
        requests.router, freezes.router, audit.router, policies.router,
    ]
    # Workspace (v1.1): attachments, the help centre, transcript exports.
    routers += [attachments.router, help_centre.router, transcripts.router]
    # Security desk (v1.1): risk alerts.
    routers += [alerts.router]
    for router in routers:
        app.include_router(router, prefix=API_PREFIX)
    if sb.controls:
        app.include_router(controls.router, prefix=API_PREFIX)
        app.include_router(controls.router, include_in_schema=False)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi

            schema = get_openapi(
                title=app.title, version=app.version, description=app.description,
                routes=app.routes,
            )
            app.openapi_schema = document_problems(schema)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


_OPEN_PATHS = (API_PREFIX + "/auth/login", API_PREFIX + "/auth/refresh")


async def unauthenticated(sb: Sandbox, scope: Scope) -> Problem | None:
    """The 401 a request would get from ``current_staff``, for routes that need a token (for
    layers that refuse a request before its route runs: the token comes first)."""
    path = scope["path"]
    if path in _OPEN_PATHS or "/_sandbox/" in path or not path.startswith(API_PREFIX):
        return None
    authorization = header(scope, b"authorization") or ""
    token = authorization[7:].strip() if authorization.lower().startswith("bearer ") else ""
    if token and remembered_access(sb.db, token, sb.now()) is not None:
        return None
    if token:
        def lookup() -> bool:
            with sb.read() as s:
                return resolve_access(s, token, sb.now()) is not None

        if await run_in_threadpool(lookup):
            return None
    return unauthorized()


class LastResortMiddleware:
    """Whatever fails in a layer outside FastAPI's own handlers still answers problem+json
    (a 500 that says nothing of the cause), never a bare text answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            if started:
                raise
            if is_busy(exc):
                log.warning("database busy: %s", exc)
                await send_problem(send, busy())
                return
            log.exception("unhandled error outside the routes")
            await send_problem(send, Problem(500, "The server failed to handle this request."))


def build_asgi(sb: Sandbox, faults: FaultInjector | None = None) -> tuple[FastAPI, ASGIApp]:
    """The FastAPI app and the full stack to serve."""
    faults = faults or FaultInjector(seed=sb.seed)
    app = create_app(sb, faults)
    stack: ASGIApp = IdempotencyMiddleware(app, sb)
    stack = BodyGuardMiddleware(stack, routes_of(app), lambda scope: unauthenticated(sb, scope))
    stack = DateHeaderMiddleware(stack, sb.clock.now)
    stack = LastResortMiddleware(stack)
    # Outermost: a dropped connection needs uvicorn's own ``send`` (see faults.py).
    stack = FaultMiddleware(stack, faults, sb.clock.now)
    return app, stack


# --------------------------------------------------------------------------- OpenAPI


_ERRORS_BY_METHOD = {
    "get": ("401", "403", "404", "410", "422", "429"),
    "post": ("400", "401", "403", "404", "409", "412", "413", "415", "422", "428", "429"),
    "patch": ("400", "401", "403", "404", "409", "412", "413", "415", "422", "428"),
    "delete": ("401", "403", "404", "409"),
}

_ERROR_TEXT = {
    "400": "Missing Idempotency-Key, or a body that is not well-formed JSON (not UTF-8, "
           "nested too deeply, duplicate keys, NaN, overlong numbers)",
    "401": "No valid token, or a step-up challenge (WWW-Authenticate)",
    "403": "A role is missing or a policy blocks the request",
    "404": "No such resource",
    "409": "State conflict, or the same Idempotency-Key still in flight",
    "410": "Cursor older than the server's retention",
    "412": "If-Match does not name the current version",
    "413": "The body is larger than the server accepts",
    "415": "The body is not application/json",
    "422": "Invalid fields (errors: [{field, message}])",
    "428": "If-Match is required",
    "429": "Locked out or rate limited (Retry-After)",
}


_FASTAPI_422 = "Validation Error"


def document_problems(schema: dict[str, Any]) -> dict[str, Any]:
    """Describe every error answer as problem+json, replacing FastAPI's own 422 schema."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components["Problem"] = PROBLEM_SCHEMA
    components.pop("HTTPValidationError", None)
    components.pop("ValidationError", None)
    ref = {"$ref": "#/components/schemas/Problem"}
    problem = {"content": {PROBLEM_JSON: {"schema": ref}}}
    for path, item in schema.get("paths", {}).items():
        for method, op in item.items():
            if method not in _ERRORS_BY_METHOD:
                continue
            responses = op.setdefault("responses", {})
            codes = list(_ERRORS_BY_METHOD[method])
            if "/_sandbox/" in path:
                codes = ["404", "422"]
                if method in ("post", "patch"):
                    codes += ["400", "413", "415"]
            for code in codes:
                # A route's own words for an error it answers win over the generic ones
                # (FastAPI's "Validation Error" is not a route's own).
                own = responses.get(code, {}).get("description")
                if own == _FASTAPI_422:
                    own = None
                responses[code] = {"description": own or _ERROR_TEXT[code], **problem}
            for code, answer in responses.items():
                if code.startswith(("4", "5")):
                    answer.update(problem)  # errors that only some routes answer
            responses["503"] = {
                "description": "Busy, or unavailable (injected fault): nothing was done; retry",
                **problem,
            }
            responses["500"] = {"description": "Unexpected server error", **problem}
    return schema
