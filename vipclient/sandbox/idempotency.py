"""Idempotency keys for state-changing POSTs (pure ASGI middleware).

Every POST under ``/api/v1`` except ``/auth/…`` needs ``Idempotency-Key``. The key is claimed
atomically (under the database write lock) together with a SHA-256 of method, path, caller
and body (:func:`canonical_body`: canonical JSON, or a form's parts whatever its boundary); then:

* a completed 2xx answer is stored and replayed for the same key and request, with
  ``Idempotent-Replayed: true``;
* the same key with a different request → 422; the same key still being handled → 409;
* a 4xx/5xx answer (or a crash) releases the key, so the request may be sent again — that is
  how a request is retried after a step-up challenge.

The whole answer is buffered and recorded *before* it is sent, so an answer lost on the way
(the ``lost_answer`` fault) is still replayed on retry. Keys live 24 h on the sandbox clock.

A multipart body (an attachment upload) is read only up to ``multipart.BODY_LIMIT``: a
larger one is refused with 413 before it is read (by its ``Content-Length``) or as soon as it
grows past the limit, so no huge body is ever held in memory.
"""

from __future__ import annotations

import hashlib
import json
import threading
import weakref
from collections.abc import Callable
from datetime import timedelta
from typing import Any, cast

import anyio.to_thread
from sqlalchemy import CursorResult, Row, Table, bindparam, delete, insert, select
from sqlalchemy.orm import Session

from vipclient.sandbox.asgi import (
    ASGIApp,
    Captured,
    Receive,
    Scope,
    Send,
    bearer_token,
    declared_length,
    header,
    read_body,
    replaying,
    routes_of,
    send_problem,
)
from vipclient.sandbox.auth import remember_principal, remembered_access, resolve_access
from vipclient.sandbox.core import Sandbox, now_of
from vipclient.sandbox.db import Database, IdempotencyRecord
from vipclient.sandbox.multipart import (
    BODY_LIMIT,
    is_multipart,
    parts_digest,
    too_large_problem,
)
from vipclient.sandbox.problems import Problem

KEY_TTL = timedelta(hours=24)
# Built once (building costs more than running it); on the table: plain Core, no ORM.
_RECORD_ANSWER = insert(cast(Table, IdempotencyRecord.__table__))
_RECORDED = select(
    IdempotencyRecord.request_hash, IdempotencyRecord.status_code, IdempotencyRecord.headers,
    IdempotencyRecord.body, IdempotencyRecord.expires_at,
).where(IdempotencyRecord.key == bindparam("key"))
_SKIP_HEADERS = {b"date", b"content-length", b"idempotent-replayed", b"server"}


def applies_to(method: str, path: str) -> bool:
    return (
        method == "POST"
        and path.startswith("/api/v1/")
        and not path.startswith("/api/v1/auth/")
        and "/_sandbox/" not in path
    )


def canonical_body(content_type: str | None, body: bytes) -> bytes:
    """What of a body makes it the same request: the same JSON written with other spacing
    or key order is the same request (its canonical text), and so is the same form sent
    with another multipart boundary (a digest of its parts: field name, filename, declared
    type, bytes). Anything else counts byte for byte. JSON and other bodies give what they
    gave before forms were known, so keys recorded then still match."""
    if is_multipart(content_type):
        digest = parts_digest(str(content_type), body)
        if digest is not None:
            return b"multipart/form-data parts " + digest
        return body
    try:
        return json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    except ValueError:
        return body


def request_hash(method: str, path: str, query: bytes, caller: str, canon: bytes) -> str:
    """The request's identity under its key: method, path, query, caller and
    :func:`canonical_body`."""
    h = hashlib.sha256()
    for part in (method.encode(), path.encode(), query, caller.encode(), canon):
        h.update(len(part).to_bytes(8, "big"))
        h.update(part)
    return h.hexdigest()


# A body made canonical on the event loop takes at most about a millisecond; a larger one
# (an upload) is read into parts and digested on a worker thread.
_DIGEST_INLINE = 256 * 1024


class RecordedKeys:
    """Every key that may have a recorded answer in the database (a superset: this process is
    its database's only writer, and adds each key as it records the answer).

    A key not in it was never recorded, so a new request is told apart without a database
    read. ``keys`` is None until read from the database (and again after a prune)."""

    def __init__(self) -> None:
        self.keys: set[str] | None = None
        self._lock = threading.Lock()

    def load(self, sb: Sandbox) -> None:
        if self.keys is not None:
            return
        # Under the write lock: no answer is recorded between this read and its use.
        with sb.db.locked(), sb.read() as s:
            keys = set(s.scalars(select(IdempotencyRecord.key)))
            with self._lock:
                self.keys = keys

    def add(self, key: str) -> None:
        with self._lock:
            if self.keys is not None:
                self.keys.add(key)

    def forget(self) -> None:
        with self._lock:
            self.keys = None


_RECORDED_KEYS: weakref.WeakKeyDictionary[Database, RecordedKeys] = weakref.WeakKeyDictionary()
_RECORDED_KEYS_LOCK = threading.Lock()


def _recorded_keys_of(db: Database) -> RecordedKeys:
    with _RECORDED_KEYS_LOCK:
        return _RECORDED_KEYS.setdefault(db, RecordedKeys())


Verdict = tuple[str | None, str, Row[Any] | None]


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp, sandbox: Sandbox) -> None:
        self.app = app
        self.sb = sandbox
        self._routed = routes_of(app)
        self._recorded = _recorded_keys_of(sandbox.db)
        self._lock = threading.Lock()
        # key → (request hash, the holding request's claim) while it is being handled
        self._in_flight: dict[str, tuple[str, object]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or not applies_to(scope["method"], scope["path"])
            or not self._routed(scope)
        ):
            # Not a state-changing POST of ours (an unknown path is the app's 404/405).
            await self.app(scope, receive, send)
            return
        content_type = header(scope, b"content-type")
        # A multipart body (an upload) is read only up to its limit: 413 as soon as it is
        # known to be larger, from Content-Length before reading anything.
        limit = BODY_LIMIT if is_multipart(content_type) else None
        declared = declared_length(scope)
        if limit is not None and declared is not None and declared > limit:
            await send_problem(send, too_large_problem())
            return
        read = await read_body(receive, limit)
        if read is None:
            await send_problem(send, too_large_problem())
            return
        body = read
        if len(body) <= _DIGEST_INLINE:
            canon = canonical_body(content_type, body)
        else:
            canon = await anyio.to_thread.run_sync(canonical_body, content_type, body)
        replay_receive = replaying(body, receive)
        key = header(scope, b"idempotency-key")
        token = bearer_token(scope)

        def digest_of(caller: str) -> str:
            return request_hash(
                scope["method"], scope["path"], scope.get("query_string", b""), caller, canon
            )

        claim = object()  # this request's hold on the key, if it gets one
        try:
            # A known caller and a key never recorded are settled right here; otherwise one
            # trip to a worker thread resolves the caller and/or reads the recorded answer.
            decided = self._claim_here(scope, token, key, digest_of, claim)
            if decided is None:
                decided = await anyio.to_thread.run_sync(
                    self._resolve_and_claim, scope, token, key, digest_of, claim
                )
        except BaseException:
            if key is not None:
                self._release(key, claim)
            raise
        caller, verdict, record = decided
        if caller is None:
            # No valid token: the route answers 401 (or 404) itself and nothing is recorded.
            # (A token revoked between the two lookups leaves a hold to give back.)
            if key is not None:
                self._release(key, claim)
            await self.app(scope, replay_receive, send)
            return
        if verdict == "no_key":
            await send_problem(send, Problem(
                400, "This request needs an Idempotency-Key header (1–255 characters).",
                slug="idempotency-key-missing",
            ))
            return
        assert key is not None
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
            replay = Captured()
            replay.status = int(record.status_code or 200)
            replay.headers = [(k.encode("latin-1"), v.encode("latin-1"))
                              for k, v in (record.headers or [])]
            replay.body = bytearray(record.body or b"")
            await replay.replay(send, [(b"idempotent-replayed", b"true")])
            return
        captured = Captured()
        try:
            await self.app(scope, replay_receive, captured.send)
        except Exception:
            self._release(key, claim)
            if not captured.started:
                raise
            # Starlette answered the crash (a 500 problem) and re-raised it for the server
            # to log: send that answer, the error is already logged.
            await captured.replay(send)
            return
        except BaseException:
            self._release(key, claim)
            raise
        if 200 <= captured.status < 300:
            try:
                replace = verdict == "new_over_expired"
                if not self._complete_here(key, claim, caller, replace, captured):
                    await anyio.to_thread.run_sync(
                        self._complete, key, claim, caller, replace, captured
                    )
            finally:
                self._release(key, claim)
        else:
            self._release(key, claim)
        await captured.replay(send)

    # -- claims --
    #
    # A key being handled lives in ``_in_flight`` (this process is the only server of its
    # database): claiming it is a dictionary check under a lock instead of a write
    # transaction, and a crash can never leave a key stuck "in flight". A completed answer is
    # written to the database *before* its key leaves ``_in_flight``, so a request arriving in
    # between sees either "in flight" (409) or the recorded answer, never a free key.

    def _release(self, key: str, claim: object) -> None:
        with self._lock:
            held = self._in_flight.get(key)
            if held is not None and held[1] is claim:
                del self._in_flight[key]

    # -- database work (worker threads) --

    def _take(self, key: str, digest: str, claim: object) -> str | None:
        """Hold ``key`` for this request (or find it held by it already); or say why not
        (``in_flight`` / ``mismatch``)."""
        with self._lock:
            held = self._in_flight.get(key)
            if held is not None and held[1] is not claim:
                return "in_flight" if held[0] == digest else "mismatch"
            self._in_flight[key] = (digest, claim)
        return None

    def _claim_here(
        self, scope: Scope, token: str | None, key: str | None,
        digest_of: Callable[[str], str], claim: object,
    ) -> Verdict | None:
        """:meth:`_resolve_and_claim` without the database, on the event loop; None when the
        caller or the key's record is not known in memory (then ask the worker thread, which
        finds the key already held by ``claim``)."""
        if not token:
            return None, "", None
        who = remembered_access(self.sb.db, token, self.sb.now())
        if who is None:
            return None
        remember_principal(scope, token, who)
        if key is None or not 1 <= len(key) <= 255:
            return who.id, "no_key", None
        refused = self._take(key, digest_of(who.id), claim)
        if refused is not None:
            return who.id, refused, None
        # Held now, so nobody records this key meanwhile; an answer recorded before was
        # added to the known keys before its key was released.
        known = self._recorded.keys
        if known is None or key in known:
            return None  # maybe recorded: a replay, a mismatch or an expired record
        return who.id, "new", None

    def _resolve_and_claim(
        self, scope: Scope, token: str | None, key: str | None,
        digest_of: Callable[[str], str], claim: object,
    ) -> Verdict:
        """(caller, verdict, recorded answer). The verdict is ``no_key``, ``new``,
        ``new_over_expired`` (an expired record is to be replaced), ``mismatch``,
        ``in_flight`` or ``replay``."""
        if not token:
            return None, "", None
        self._recorded.load(self.sb)
        with self.sb.read() as s:
            now = self.sb.now()
            who = resolve_access(s, token, now)
            if who is None:
                return None, "", None
            remember_principal(scope, token, who)
            if key is None or not 1 <= len(key) <= 255:
                return who.id, "no_key", None
            digest = digest_of(who.id)
            refused = self._take(key, digest, claim)
            if refused is not None:
                return who.id, refused, None
            try:
                rec = s.execute(_RECORDED, {"key": key}).first()
            except BaseException:
                self._release(key, claim)
                raise
        if rec is None:
            return who.id, "new", None
        if rec.expires_at <= now:
            return who.id, "new_over_expired", None
        # Recorded answers are final: the key is not ours to hold.
        self._release(key, claim)
        if rec.request_hash != digest:
            return who.id, "mismatch", None
        return who.id, "replay", rec

    def _complete_here(
        self, key: str, claim: object, caller: str, replace: bool, captured: Captured
    ) -> bool:
        """Record the answer right on the event loop when the shared in-memory database is
        free (a small insert, no disk: less than a trip to a worker thread); False when not
        (a file or server database, or the database is busy)."""
        lock = self.sb.db.lock
        if not self.sb.db.memory or not lock.acquire(blocking=False):
            return False
        try:
            self._complete(key, claim, caller, replace, captured)
        finally:
            lock.release()
        return True

    def _complete(
        self, key: str, claim: object, caller: str, replace: bool, captured: Captured
    ) -> None:
        with self._lock:
            digest, holder = self._in_flight[key]
        assert holder is claim
        with self.sb.transaction() as s:
            now = now_of(s)
            if replace:
                s.execute(delete(IdempotencyRecord).where(IdempotencyRecord.key == key))
            s.execute(_RECORD_ANSWER, {
                "key": key, "request_hash": digest, "caller": caller,
                "state": "done", "status_code": captured.status,
                "headers": [
                    [k.decode("latin-1"), v.decode("latin-1")]
                    for k, v in captured.headers if k.lower() not in _SKIP_HEADERS
                ],
                "body": bytes(captured.body), "created_at": now, "expires_at": now + KEY_TTL,
            })
        # Known as recorded before the key is released (the caller releases it after this).
        self._recorded.add(key)


def prune_keys(session: Session, now: Any) -> None:
    pruned = session.execute(
        delete(IdempotencyRecord).where(IdempotencyRecord.expires_at <= now)
    )
    db = session.info.get("db")
    if cast(CursorResult[Any], pruned).rowcount and isinstance(db, Database):
        # Fewer keys recorded now: the next request reads the list again.
        _recorded_keys_of(db).forget()
