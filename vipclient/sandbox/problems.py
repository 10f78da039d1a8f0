"""RFC 9457 problem details for every error the sandbox answers.

Routers raise :class:`Problem` (or one of the helpers below); the handlers installed by
:func:`install_handlers` turn it — and FastAPI's own validation errors, unknown routes,
wrong methods and anything unexpected — into ``application/problem+json``.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from vipclient.sandbox.db import DatabaseBusy

PROBLEM_JSON = "application/problem+json"
# What goes on the wire: without a charset some clients guess the encoding of a problem
# (it is not "application/json") and garble non-ASCII details.
PROBLEM_CONTENT_TYPE = PROBLEM_JSON + "; charset=utf-8"
TYPE_BASE = "https://vipdesk.example/problems/"

log = logging.getLogger(__name__)

_TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    410: "Gone",
    412: "Precondition failed",
    413: "Payload too large",
    415: "Unsupported media type",
    422: "Unprocessable content",
    428: "Precondition required",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
}

_SLUGS = {
    400: "bad-request",
    401: "unauthorized",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    409: "conflict",
    410: "gone",
    412: "precondition-failed",
    413: "payload-too-large",
    415: "unsupported-media-type",
    422: "validation",
    428: "precondition-required",
    429: "rate-limited",
    500: "internal",
    503: "unavailable",
}


class Problem(Exception):
    """An error answer. ``extra`` members are added to the problem object (e.g. ``rule_id``)."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        slug: str | None = None,
        title: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.slug = slug or _SLUGS.get(status, "error")
        self.title = title or _TITLES.get(status, "Error")
        self.headers = dict(headers or {})
        self.extra = extra

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": TYPE_BASE + self.slug,
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
        }
        out.update(self.extra)
        return out


def problem_response(problem: Problem) -> JSONResponse:
    return JSONResponse(
        problem.body(), status_code=problem.status, headers=problem.headers,
        media_type=PROBLEM_CONTENT_TYPE,
    )


def validation_problem(errors: list[dict[str, str]], detail: str | None = None) -> Problem:
    """422 with ``errors: [{field, message}]``."""
    return Problem(
        422, detail or "The request has invalid fields.", slug="validation", errors=errors
    )


def not_found(what: str, ident: str) -> Problem:
    return Problem(404, f"No {what} {ident!r}.")


def _field_of(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        parts = parts[1:]
    return ".".join(parts) or "body"


async def _on_problem(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, Problem)
    return problem_response(exc)


def _make_on_validation(
    unauthenticated: Callable[[Request], Awaitable[Problem | None]] | None,
) -> Callable[[Request, Exception], Awaitable[JSONResponse]]:
    async def on_validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        # FastAPI rejects a body that is not JSON before any dependency runs; the token still
        # comes first in the contract's order of checks.
        if unauthenticated is not None and any(
            e.get("type") == "json_invalid" for e in exc.errors()
        ):
            problem = await unauthenticated(request)
            if problem is not None:
                return problem_response(problem)
        return await _on_validation(request, exc)

    return on_validation


async def _on_validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"field": _field_of(err.get("loc", ())), "message": str(err.get("msg", "invalid"))}
        for err in exc.errors()
    ]
    return problem_response(validation_problem(errors))


async def _on_http(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "Error")
    if exc.status_code == 404:
        detail = "There is no such resource."
    elif exc.status_code == 405:
        detail = "This method is not allowed on this resource."
    return problem_response(Problem(exc.status_code, detail, headers=dict(exc.headers or {})))


def busy() -> Problem:
    return Problem(503, "The server is busy; nothing was done. Try again in a moment.",
                   slug="busy", headers={"Retry-After": "1"})


async def _on_busy(_request: Request, _exc: Exception) -> JSONResponse:
    return problem_response(busy())


def is_busy(exc: BaseException) -> bool:
    """The database stayed locked by another writer (another process on the same file):
    nothing was done, and trying again is the answer."""
    if isinstance(exc, DatabaseBusy):
        return True
    text = str(getattr(exc, "orig", exc)).lower()
    return isinstance(exc, OperationalError) and ("locked" in text or "busy" in text)


async def _on_unexpected(_request: Request, exc: Exception) -> JSONResponse:
    if is_busy(exc):
        log.warning("database busy: %s", exc)
        return problem_response(busy())
    log.exception("unhandled error", exc_info=exc)
    return problem_response(Problem(500, "The server failed to handle this request."))


def install_handlers(
    app: FastAPI,
    unauthenticated: Callable[[Request], Awaitable[Problem | None]] | None = None,
) -> None:
    """``unauthenticated(request)`` answers the 401 problem for a request whose route needs
    a token it lacks (or None): used when FastAPI refuses a body before authenticating."""
    app.add_exception_handler(Problem, _on_problem)
    app.add_exception_handler(RequestValidationError, _make_on_validation(unauthenticated))
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(DatabaseBusy, _on_busy)
    app.add_exception_handler(Exception, _on_unexpected)


# OpenAPI description of a problem answer, attached to every operation's error responses.
PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["type", "title", "status"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["field", "message"],
                "properties": {"field": {"type": "string"}, "message": {"type": "string"}},
            },
        },
    },
    "additionalProperties": True,
}
