"""The sandbox's ASGI application: routers, problem handlers and the middleware stack.

Stack, outermost first: faults → ``Date`` header → idempotency → FastAPI (problem handlers,
routers under ``/api/v1``). The sandbox controls are served (with ``--controls`` only) under
``/api/v1/_sandbox/…`` and, for convenience, ``/_sandbox/…``.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, FastAPI, Request
from starlette.concurrency import run_in_threadpool

from vipclient.sandbox.auth import remembered_access, resolve_access
from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.deps import unauthorized
from vipclient.sandbox.faults import DateHeaderMiddleware, FaultInjector, FaultMiddleware
from vipclient.sandbox.idempotency import ASGIApp, IdempotencyMiddleware
from vipclient.sandbox.problems import PROBLEM_JSON, PROBLEM_SCHEMA, Problem, install_handlers
from vipclient.sandbox.routes import (
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
    install_handlers(app, _unauthenticated)
    routers: list[APIRouter] = [
        auth.router, clients.router, tickets.router, changes.router, assets.router,
        requests.router, freezes.router, audit.router, policies.router,
    ]
    # Workspace (v1.1): attachments, the help centre, transcript exports.
    routers += [attachments.router, help_centre.router, transcripts.router]
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


async def _unauthenticated(request: Request) -> Problem | None:
    """The 401 a request would get from ``current_staff``, for routes that need a token."""
    path = request.url.path
    if path in _OPEN_PATHS or "/_sandbox/" in path or not path.startswith(API_PREFIX):
        return None
    sb = request.app.state.sandbox
    assert isinstance(sb, Sandbox)
    header = request.headers.get("authorization", "")
    token = header[7:].strip() if header.lower().startswith("bearer ") else ""
    if token and remembered_access(sb.db, token, sb.now()) is not None:
        return None
    if token:
        def lookup() -> bool:
            with sb.read() as s:
                return resolve_access(s, token, sb.now()) is not None

        if await run_in_threadpool(lookup):
            return None
    return unauthorized()


def build_asgi(sb: Sandbox, faults: FaultInjector | None = None) -> tuple[FastAPI, ASGIApp]:
    """The FastAPI app and the full stack to serve."""
    faults = faults or FaultInjector(seed=sb.seed)
    app = create_app(sb, faults)
    stack: ASGIApp = IdempotencyMiddleware(app, sb)
    stack = DateHeaderMiddleware(stack, sb.clock.now)
    stack = FaultMiddleware(stack, faults, sb.clock.now)
    return app, stack


# --------------------------------------------------------------------------- OpenAPI


_ERRORS_BY_METHOD = {
    "get": ("401", "403", "404", "410", "422", "429"),
    "post": ("400", "401", "403", "404", "409", "412", "422", "428", "429"),
    "patch": ("401", "403", "404", "409", "412", "422", "428"),
    "delete": ("401", "403", "404", "409"),
}

_ERROR_TEXT = {
    "400": "Missing Idempotency-Key or malformed request",
    "401": "No valid token, or a step-up challenge (WWW-Authenticate)",
    "403": "A role is missing or a policy blocks the request",
    "404": "No such resource",
    "409": "State conflict, or the same Idempotency-Key still in flight",
    "410": "Cursor older than the server's retention",
    "412": "If-Match does not name the current version",
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
            for code in codes:
                # A route's own words for an error it answers win over the generic ones
                # (FastAPI's "Validation Error" is not a route's own).
                own = responses.get(code, {}).get("description")
                if own == _FASTAPI_422:
                    own = None
                responses[code] = {"description": own or _ERROR_TEXT[code], **problem}
            for code, answer in responses.items():
                if code.startswith(("4", "5")):
                    answer.update(problem)  # 413, 415 … that only some routes answer
            responses["503"] = {"description": "Unavailable (injected fault)", **problem}
            responses["500"] = {"description": "Unexpected server error", **problem}
    return schema
