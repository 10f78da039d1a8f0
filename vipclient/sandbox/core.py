"""The sandbox's shared state and the write helpers every router uses.

How a router uses it (see also ``deps.py`` for authentication, roles, step-up and ETags)::

    from fastapi import APIRouter, Depends
    from vipclient.sandbox.core import Sandbox, audit, emit_change, now_of, record_refusal
    from vipclient.sandbox.deps import Principal, get_sandbox, require_roles
    from vipclient.sandbox.problems import Problem, not_found

    router = APIRouter()          # paths WITHOUT /api/v1: app.py mounts it under /api/v1

    @router.post("/things/{id}/poke", status_code=200)
    def poke(id: str, staff: Principal = Depends(require_roles("supervisor")),
             sb: Sandbox = Depends(get_sandbox)) -> dict[str, Any]:
        with sb.transaction() as s:          # one write transaction, serialized, one `now`
            now = now_of(s)                  # the sandbox clock, whole seconds
            thing = s.get(Thing, id)
            if thing is None:
                raise not_found("thing", id)  # problem+json 404; the transaction rolls back
            thing.version += 1
            thing.updated_at = now
            emit_change(s, "thing", thing.id, "upsert", thing.version, thing.to_api())
            audit(s, staff.id, "thing.poke", thing.id, {"why": "…"})
        return thing.to_api()

Endpoints are plain ``def`` (FastAPI runs them in its thread pool). A refusal that must
still be audited (``policy.block``, ``access.denied``) calls :func:`record_refusal` — its own
committed transaction — before raising the :class:`Problem`. Idempotency keys, problem+json,
the ``Date`` header and faults are handled around the routers; they need do nothing for them.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Table, bindparam, insert, select, text, update
from sqlalchemy.orm import Session

from vipclient.domain.audit import GENESIS, canonical_json, entry_hash
from vipclient.sandbox.clock import SandboxClock, iso
from vipclient.sandbox.db import AUDIT_TAIL, CHANGE_SEQ, AuditEntry, Change, Database, Meta, dumps
from vipclient.sandbox.feed import FeedNotifier

log = logging.getLogger(__name__)


def new_id(prefix: str) -> str:
    """A fresh opaque id such as ``FR3f9c…``; the prefix only helps people reading logs."""
    return prefix + secrets.token_hex(8)


def now_of(session: Session) -> datetime:
    """The moment of this transaction on the sandbox clock (set by ``Sandbox.transaction``)."""
    now = session.info.get("now")
    if not isinstance(now, datetime):
        raise RuntimeError("session was not opened through Sandbox.transaction()/read()")
    return now


TickFn = Callable[[Session, datetime], object]


class Sandbox:
    """Everything a request needs: the database, the clock and the feed notifier."""

    def __init__(
        self, db: Database, clock: SandboxClock | None = None, *, seed: int = 7,
        controls: bool = False,
    ) -> None:
        self.db = db
        self.clock = clock or SandboxClock()
        self.seed = seed
        self.controls = controls
        self.feed = FeedNotifier()
        db.on_feed_commit(self.feed.notify)
        self._ticks: list[tuple[str, TickFn]] = []
        self._tick_lock = threading.Lock()
        self.clock.on_advance(self._persist_clock)
        self.clock.on_advance(self.tick)

    def _persist_clock(self, _now: datetime) -> None:
        """Keep the clock's offset with the data, so a file database reopened later does
        not see time run backwards (tokens, TOTP steps, SLA events)."""
        millis = int(self.clock.offset.total_seconds() * 1000)
        with self.transaction() as s:
            meta = s.get(Meta, "clock_offset_ms")
            if meta is None:
                s.add(Meta(key="clock_offset_ms", value=millis))
            else:
                meta.value = max(meta.value, millis)

    def now(self) -> datetime:
        """The sandbox clock in whole seconds (the precision of every wire timestamp)."""
        return self.clock.now().replace(microsecond=0)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A serialized write transaction whose ``now_of()`` is fixed at its start."""
        with self.db.transaction() as s:
            s.info["now"] = self.now()
            yield s

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.read() as s:
            s.info["now"] = self.now()
            yield s

    def add_tick(self, name: str, fn: TickFn) -> None:
        """Run ``fn(session, now)`` in its own transaction on every tick (periodic and on
        clock advance): SLA breaches, request expiry, pruning."""
        self._ticks.append((name, fn))

    def tick(self, _now: datetime | None = None) -> None:
        # One tick at a time: the periodic ticker and a clock advance may coincide.
        with self._tick_lock:
            for name, fn in list(self._ticks):
                try:
                    with self.transaction() as s:
                        fn(s, now_of(s))
                except Exception:  # one failing job must not stop the others or the ticker
                    log.exception("sandbox tick %s failed", name)


# --------------------------------------------------------------------------- changes feed


# The feed's statements are built once (building a statement costs more than running it)
# and run on the tables, not the mapped classes: Core execution skips the ORM's autoflush and
# identity map, and nothing in a transaction holds feed rows or counters as objects.
_META = cast(Table, Meta.__table__)
_CHANGES = cast(Table, Change.__table__)
_READ_SEQ = select(_META.c.value).where(_META.c.key == CHANGE_SEQ)
_MOVED = ("seq", "op", "version", "data", "at")
_APPEND_AUDIT = insert(cast(Table, AuditEntry.__table__))


# Plain SQL because SQLAlchemy does not cache its compiled ``on_conflict_do_update``
# constructs (each run would compile anew); SQLite and PostgreSQL spell it alike.
_UPSERT_CHANGE = text(
    "INSERT INTO changes (entity, entity_id, seq, op, version, data, at) "
    "VALUES (:entity, :entity_id, :seq, :op, :version, :data, :at) "
    "ON CONFLICT (entity, entity_id) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in _MOVED)
).bindparams(bindparam("at", type_=_CHANGES.c.at.type))
_UPSERT_DIALECTS = frozenset({"sqlite", "postgresql"})
_MOVE_CHANGE = (
    update(_CHANGES)
    .where(_CHANGES.c.entity == bindparam("b_entity"),
           _CHANGES.c.entity_id == bindparam("b_entity_id"))
    .values({name: bindparam(name) for name in _MOVED})
)


def _next_seq(session: Session) -> int:
    # Counted in the transaction and stored once as it commits (``Database.transaction``);
    # the last committed value is kept by the Database under the write lock, so the counter
    # is read from the table only once. The write lock keeps the sequence gap-free.
    seq = session.info.get(CHANGE_SEQ)
    if seq is None:
        db = session.info.get("db")
        seq = db.change_seq if isinstance(db, Database) else None
    if seq is None:
        seq = session.execute(_READ_SEQ).scalar() or 0
    seq = int(seq) + 1
    session.info[CHANGE_SEQ] = seq
    return seq


def _upsert_change(session: Session, values: dict[str, Any]) -> None:
    """Insert the entity's feed row or move it to its new seq: one statement where the
    database has an upsert."""
    if session.get_bind().dialect.name in _UPSERT_DIALECTS:
        session.execute(_UPSERT_CHANGE, values)
        return
    moved = session.execute(_MOVE_CHANGE, {
        "b_entity": values["entity"], "b_entity_id": values["entity_id"],
        **{name: values[name] for name in _MOVED},
    })
    if cast(CursorResult[Any], moved).rowcount == 0:
        session.execute(insert(_CHANGES), values)


def emit_change(
    session: Session, entity: str, entity_id: str, op: str, version: int,
    data: dict[str, Any] | None,
) -> int:
    """Record that ``entity``/``entity_id`` changed (``op`` upsert or delete) in this
    transaction; the entity moves to a new, highest ``seq``. Returns that seq."""
    text = dumps(data) if op == "upsert" and data is not None else None
    # Core statements, not the ORM: nothing else in a transaction holds feed rows as objects,
    # and this runs several times in every write request.
    seq = _next_seq(session)
    _upsert_change(session, {
        "entity": entity, "entity_id": entity_id, "seq": seq, "op": op, "version": version,
        "data": text, "at": now_of(session),
    })
    session.info["feed_changed"] = True
    return seq


# --------------------------------------------------------------------------- audit chain


def audit(
    session: Session, actor: str | None, action: str, target: str | None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry to the hash-chained audit log in this transaction."""
    # The chain's last link: from this transaction, else as of the last commit (kept by the
    # Database under the write lock), else read once from the table.
    tail = session.info.get(AUDIT_TAIL)
    if tail is None:
        db = session.info.get("db")
        tail = db.audit_tail if isinstance(db, Database) else None
    if tail is None:
        last = session.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).first()
        tail = (0, GENESIS) if last is None else (last.seq, last.hash)
    seq = tail[0] + 1
    prev = tail[1]
    # Round-trip the details through JSON so what is stored is exactly what was hashed.
    clean = json.loads(canonical_json(details or {}))
    body = {
        "seq": seq,
        "at": iso(now_of(session)),
        "actor_id": actor,
        "action": action,
        "target": target,
        "details": clean,
        "prev_hash": prev,
    }
    row = {
        "seq": seq, "at": body["at"], "actor_id": actor, "action": action, "target": target,
        "details": clean, "prev_hash": prev, "hash": entry_hash(prev, body),
    }
    # Written at once with a prebuilt insert (the log is append-only: no object to track).
    session.execute(_APPEND_AUDIT, row)
    session.info[AUDIT_TAIL] = (seq, row["hash"])
    return AuditEntry(**row)


def record_refusal(
    sb: Sandbox, actor: str | None, action: str, target: str | None,
    details: dict[str, Any] | None = None,
) -> None:
    """Audit a refusal in its own committed transaction (the request itself changes nothing)."""
    with sb.transaction() as s:
        audit(s, actor, action, target, details)
