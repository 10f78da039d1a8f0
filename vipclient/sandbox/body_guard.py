"""Refuses a request body the sandbox cannot read safely, before anything else reads it.

Every layer behind this one parses the body again (the idempotency middleware hashes it,
FastAPI decodes it for the route), with parsers that were never meant for hostile input:
5,000 nested arrays exhaust the interpreter's recursion, a 10,000-digit number or a 10 MB
string costs seconds, duplicate keys silently keep the last value. So a JSON body of a
routed request is checked once, here, and either passed on unchanged or refused with a
problem that says what is wrong in words:

* larger than :data:`MAX_JSON_BODY` → 413 (the rest is read and dropped up to
  :data:`DRAIN_LIMIT`, so the caller, still sending, gets the answer and not a reset);
* a content type that is not JSON → 415;
* not UTF-8, not JSON, nested deeper than :data:`MAX_DEPTH`, a duplicate key, ``NaN`` or
  ``Infinity``, a number longer than :data:`MAX_NUMBER_CHARS` → 400;
* JSON, but not an object (every body of the contract is one) → 422 on ``body``, so a
  route that takes no body never acts on a stray one.

The contract puts the token before everything else a request is checked for, so a refused
body from a caller without a valid token gets the 401 it would have got anyway. A multipart
form is left to its route (uploads read and limit their own parts; any other route refuses
it as a body it does not take).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Awaitable, Callable
from typing import Any, NoReturn

from vipclient.sandbox.asgi import ASGIApp, Receive, Scope, Send, header, replaying, send_problem
from vipclient.sandbox.problems import Problem, validation_problem

MAX_JSON_BODY = 1024 * 1024
# Past this the connection is closed instead of read to its end: nobody sends this much JSON.
DRAIN_LIMIT = 64 * 1024 * 1024
MAX_DEPTH = 32
MAX_NUMBER_CHARS = 64
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# String literals (with their escapes), then the brackets between them.
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(rb"[\[\]{}]")

Unauthenticated = Callable[[Scope], Awaitable[Problem | None]]
Routed = Callable[[Scope], bool]


class BodyRefused(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.detail)
        self.problem = problem


def _bad(detail: str, slug: str = "malformed-body") -> NoReturn:
    raise BodyRefused(Problem(400, detail, slug=slug))


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media in ("", "application/json") or (
        media.startswith("application/") and media.endswith("+json")
    )


def _depth_within(raw: bytes, limit: int) -> bool:
    """Whether no array or object in ``raw`` nests deeper than ``limit`` (strings skipped)."""
    depth = 0
    for match in _BRACKETS.finditer(_STRING.sub(b'""', raw)):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return False
        else:
            depth -= 1
    return True


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            _bad(f"The body names the field {key!r} twice; send each field once.",
                 "duplicate-key")
        out[key] = value
    return out


def _no_constant(name: str) -> NoReturn:
    _bad(f"The body contains {name}, which is not a JSON number; send numbers as decimal "
         "strings.", "not-a-number")


def _int(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        _bad(f"The body contains a number of {len(text)} digits; numbers may have at most "
             f"{MAX_NUMBER_CHARS}.", "number-too-long")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        _bad(f"The body contains a number of {len(text)} characters; numbers may have at "
             f"most {MAX_NUMBER_CHARS}.", "number-too-long")
    value = float(text)
    if not math.isfinite(value):
        _bad(f"The body contains the number {text}, which is too large to represent.",
             "number-too-long")
    return value


def check_json_body(raw: bytes) -> None:
    """Raise :class:`BodyRefused` unless ``raw`` is JSON every later layer can parse safely."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        _bad(f"The body is not valid UTF-8 text (byte {exc.start}).", "not-utf8")
    if text.startswith("\ufeff"):
        _bad("The body starts with a byte-order mark; send plain UTF-8 JSON.", "not-utf8")
    if not _depth_within(raw, MAX_DEPTH):
        _bad(f"The body nests arrays or objects more than {MAX_DEPTH} levels deep.",
             "too-deep")
    try:
        value = json.loads(
            text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant,
            parse_int=_int, parse_float=_float,
        )
    except RecursionError:  # the depth check makes this unreachable; belt and braces
        _bad(f"The body nests arrays or objects more than {MAX_DEPTH} levels deep.",
             "too-deep")
    except ValueError as exc:
        _bad(f"The body is not valid JSON: {exc}.", "not-json")
    if not isinstance(value, dict):
        raise BodyRefused(validation_problem(
            [{"field": "body", "message": "Send a JSON object."}],
            "The body must be a JSON object.",
        ))


class BodyGuardMiddleware:
    """See the module docstring. ``routed(scope)`` tells a request of one of the app's own
    routes (others get the app's 404/405 without their body being read);
    ``unauthenticated(scope)`` answers the 401 for a caller without a valid token."""

    def __init__(self, app: ASGIApp, routed: Routed, unauthenticated: Unauthenticated) -> None:
        self.app = app
        self.routed = routed
        self.unauthenticated = unauthenticated

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in _BODY_METHODS
            or not self.routed(scope)
        ):
            await self.app(scope, receive, send)
            return
        content_type = header(scope, b"content-type") or ""
        if content_type.split(";", 1)[0].strip().lower() == "multipart/form-data":
            await self.app(scope, receive, send)
            return
        try:
            body = await self._read(scope, receive)
            if body and not _is_json(content_type):
                raise BodyRefused(Problem(
                    415, "This kind of body is not accepted: send JSON (application/json), "
                         "or a multipart form to upload a file.",
                    slug="unsupported-media-type",
                ))
            if body:
                check_json_body(body)
        except BodyRefused as refused:
            problem = await self.unauthenticated(scope) or refused.problem
            await send_problem(send, problem)
            return
        await self.app(scope, replaying(body, receive), send)

    async def _read(self, scope: Scope, receive: Receive) -> bytes:
        declared = header(scope, b"content-length") or ""
        too_large = declared.isdigit() and int(declared) > MAX_JSON_BODY
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_JSON_BODY:
                too_large = True
            if not too_large:
                chunks.append(chunk)
            elif size > DRAIN_LIMIT:
                break
            if not message.get("more_body", False):
                break
        if too_large:
            headers = {"Connection": "close"} if size > DRAIN_LIMIT else None
            raise BodyRefused(Problem(
                413, f"The body is larger than {MAX_JSON_BODY // 1024} KiB; nothing was done.",
                slug="payload-too-large", headers=headers,
            ))
        return b"".join(chunks)

