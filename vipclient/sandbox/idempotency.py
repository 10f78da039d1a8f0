"""Idempotency keys for state-changing POSTs (pure ASGI middleware).

Every POST under ``/api/v1`` except ``/auth/…`` needs ``Idempotency-Key``. The key is claimed
atomically (under the database write lock) together with a SHA-256 of method, path, caller
and body; then:

* a completed 2xx answer is stored and replayed for the same key and request, with
  ``Idempotent-Replayed: true``;
* the same key with a different request → 422; the same key still being handled → 409;
* a 4xx/5xx answer (or a crash) releases the key, so the request may be sent again — that is
  how a request is retried after a step-up challenge.

The whole answer is buffered and recorded *before* it is sent, so an answer lost on the way
(the ``lost_answer`` fault) is still replayed on retry. Keys live 24 h on the sandbox clock.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable, MutableMapping
from datetime import timedelta
from typing import Any

import anyio.to_thread
from sqlalchemy import delete
from sqlalchemy.orm import Session
from starlette.routing import Match

from vipclient.sandbox.auth import resolve_access
from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.db import IdempotencyRecord
from vipclient.sandbox.problems import PROBLEM_CONTENT_TYPE, Problem

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

KEY_TTL = timedelta(hours=24)
_SKIP_HEADERS = {b"date", b"content-length", b"idempotent-replayed", b"server"}


def applies_to(method: str, path: str) -> bool:
    return (
        method == "POST"
        and path.startswith("/api/v1/")
        and not path.startswith("/api/v1/auth/")
        and "/_sandbox/" not in path
    )


def request_hash(method: str, path: str, query: bytes, caller: str, body: bytes) -> str:
    try:
        # The same JSON written with other spacing or key order is the same request.
        canon = json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    except ValueError:
        canon = body
    h = hashlib.sha256()
    for part in (method.encode(), path.encode(), query, caller.encode(), canon):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return bytes(value).decode("latin-1")
    return None


async def send_problem(send: Send, problem: Problem) -> None:
    body = json.dumps(problem.body(), separators=(",", ":"), ensure_ascii=False).encode()
    headers = [
        (b"content-type", PROBLEM_CONTENT_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    headers += [(k.lower().encode(), v.encode()) for k, v in problem.headers.items()]
    await send({"type": "http.response.start", "status": problem.status, "headers": headers})
    await send({"type": "http.response.body", "body": body, "more_body": False})


class _Captured:
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


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp, sandbox: Sandbox) -> None:
        self.app = app
        self.sb = sandbox

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or not applies_to(scope["method"], scope["path"])
            or not self._routed(scope)
        ):
            # Not a state-changing POST of ours (an unknown path is the app's 404/405).
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        delivered = False

        async def replay_receive() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        caller = await anyio.to_thread.run_sync(self._caller, _header(scope, b"authorization"))
        if caller is None:
            # No valid token: the route answers 401 (or 404) itself and nothing is recorded.
            await self.app(scope, replay_receive, send)
            return
        key = _header(scope, b"idempotency-key")
        if key is None or not 1 <= len(key) <= 255:
            await send_problem(send, Problem(
                400, "This request needs an Idempotency-Key header (1–255 characters).",
                slug="idempotency-key-missing",
            ))
            return
        digest = request_hash(
            scope["method"], scope["path"], scope.get("query_string", b""), caller, body
        )
        verdict, record = await anyio.to_thread.run_sync(self._claim, key, digest, caller)
        if verdict == "mismatch":
            await send_problem(send, Problem(
                422, "This Idempotency-Key was already used for a different request.",
                slug="idempotency-key-reused",
                errors=[{"field": "Idempotency-Key", "message": "used for another request"}],
            ))
            return
        if verdict == "in_flight":
            await send_problem(send, Problem(
                409, "A request with this Idempotency-Key is still being handled.",
                slug="idempotency-in-flight",
            ))
            return
        if verdict == "replay":
            assert record is not None
            replay = _Captured()
            replay.status = int(record.status_code or 200)
            replay.headers = [(k.encode("latin-1"), v.encode("latin-1"))
                              for k, v in (record.headers or [])]
            replay.body = bytearray(record.body or b"")
            await replay.replay(send, [(b"idempotent-replayed", b"true")])
            return
        captured = _Captured()
        try:
            await self.app(scope, replay_receive, captured.send)
        except Exception:
            await anyio.to_thread.run_sync(self._release, key)
            if not captured.started:
                raise
            # Starlette answered the crash (a 500 problem) and re-raised it for the server
            # to log: send that answer, the error is already logged.
            await captured.replay(send)
            return
        except BaseException:
            await anyio.to_thread.run_sync(self._release, key)
            raise
        if 200 <= captured.status < 300:
            await anyio.to_thread.run_sync(self._complete, key, captured)
        else:
            await anyio.to_thread.run_sync(self._release, key)
        await captured.replay(send)

    def _routed(self, scope: Scope) -> bool:
        router = getattr(self.app, "router", None)
        routes = getattr(router, "routes", None)
        if routes is None:
            return True
        return any(route.matches(scope)[0] is Match.FULL for route in routes)

    # -- database work (worker threads) --

    def _caller(self, authorization: str | None) -> str | None:
        if not authorization or not authorization.lower().startswith("bearer "):
            return None
        with self.sb.read() as s:
            who = resolve_access(s, authorization[7:].strip(), self.sb.now())
        return None if who is None else who.id

    def _claim(self, key: str, digest: str, caller: str) -> tuple[str, IdempotencyRecord | None]:
        with self.sb.transaction() as s:
            now = self.sb.now()
            rec = s.get(IdempotencyRecord, key)
            if rec is not None and rec.expires_at <= now:
                s.delete(rec)
                s.flush()
                rec = None
            if rec is None:
                s.add(IdempotencyRecord(
                    key=key, request_hash=digest, caller=caller, state="in_flight",
                    created_at=now, expires_at=now + KEY_TTL,
                ))
                return "new", None
            if rec.request_hash != digest:
                return "mismatch", None
            if rec.state != "done":
                return "in_flight", None
            s.expunge(rec)
            return "replay", rec

    def _complete(self, key: str, captured: _Captured) -> None:
        with self.sb.transaction() as s:
            rec = s.get(IdempotencyRecord, key)
            if rec is None:
                return
            rec.state = "done"
            rec.status_code = captured.status
            rec.headers = [
                [k.decode("latin-1"), v.decode("latin-1")]
                for k, v in captured.headers if k.lower() not in _SKIP_HEADERS
            ]
            rec.body = bytes(captured.body)

    def _release(self, key: str) -> None:
        with self.sb.transaction() as s:
            s.execute(delete(IdempotencyRecord).where(
                IdempotencyRecord.key == key, IdempotencyRecord.state == "in_flight"
            ))


def prune_keys(session: Session, now: Any) -> None:
    session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.expires_at <= now))
