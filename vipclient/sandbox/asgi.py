"""The ASGI plumbing the sandbox's own middleware layers share.

Types, header lookup, reading a whole body, answering a problem without the app, capturing
an answer to send later, and telling a request of one of the app's own routes.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, overload

from starlette.routing import Match

from vipclient.sandbox.problems import PROBLEM_CONTENT_TYPE, Problem

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def header(scope: Scope, name: bytes) -> str | None:
    """The first header ``name`` (lower case) of the request, or None."""
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


def bearer_token(scope: Scope) -> str | None:
    authorization = header(scope, b"authorization")
    if not authorization or not authorization.lower().startswith("bearer "):
        return None
    return authorization[7:].strip() or None


@overload
async def read_body(receive: Receive) -> bytes: ...
@overload
async def read_body(receive: Receive, limit: int | None) -> bytes | None: ...


async def read_body(receive: Receive, limit: int | None = None) -> bytes | None:
    """The whole body, or None as soon as it grows beyond ``limit`` (the rest is left
    unread: uvicorn discards it once the answer is sent)."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if limit is not None and size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def declared_length(scope: Scope) -> int | None:
    """The request's ``Content-Length`` as a number (None: absent or not a number)."""
    text = header(scope, b"content-length")
    return int(text) if text is not None and text.strip().isdigit() else None


def replaying(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands ``body`` (already read) to the next layer, then defers."""
    delivered = False

    async def replay() -> Message:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def send_problem(send: Send, problem: Problem) -> None:
    body = json.dumps(problem.body(), separators=(",", ":"), ensure_ascii=False).encode()
    headers = [
        (b"content-type", PROBLEM_CONTENT_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    headers += [(k.lower().encode(), v.encode()) for k, v in problem.headers.items()]
    await send({"type": "http.response.start", "status": problem.status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


class Captured:
    """An answer kept instead of sent, to be recorded, replaced or sent later."""

    def __init__(self) -> None:
        self.status = 500
        self.headers: list[tuple[bytes, bytes]] = []
        self.body = bytearray()
        self.started = False

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.started = True
            self.status = int(message["status"])
            self.headers = [(bytes(k), bytes(v)) for k, v in message.get("headers", [])]
        elif message["type"] == "http.response.body":
            self.body += message.get("body", b"")

    async def replay(self, send: Send, extra: list[tuple[bytes, bytes]] | None = None) -> None:
        headers = [(k, v) for k, v in self.headers if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(self.body)).encode()))
        headers += extra or []
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        await send({"type": "http.response.body", "body": bytes(self.body), "more_body": False})


def routes_of(app: ASGIApp) -> Callable[[Scope], bool]:
    """``routed(scope)``: whether the request fully matches one of ``app``'s routes (an
    unknown path or method is the app's own 404/405, whatever its body)."""

    def routed(scope: Scope) -> bool:
        router = getattr(app, "router", None)
        routes = getattr(router, "routes", None)
        if routes is None:
            return True
        return any(route.matches(scope)[0] is Match.FULL for route in routes)

    return routed
