"""The outbox: every action a person takes, kept until the platform has it exactly once.

A screen builds a :class:`Command` and calls :func:`enqueue` inside the same transaction as
nothing else — the row and its optimistic local effect (:mod:`vipclient.store.effects`) are
written together, so the cache never shows an effect whose action could be lost, nor keeps an
action without showing it. The sync engine sends rows in ``id`` order with the row's own
``key`` as ``Idempotency-Key`` on every attempt (and ``If-Match`` when set), so a retry or a
restart after a crash can never apply an action twice.

States: ``pending`` → ``sending`` → ``done``; ``failed`` (a refusal that retrying cannot fix,
with the server's problem detail) and ``conflict`` (412) wait for the person to resend or
discard them. A ``sending`` row found at start-up was possibly on the wire when the process
died: it goes back to ``pending`` and is sent again with the same key.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import func, select, text, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session

from vipclient.store import effects as fx
from vipclient.store.effects import LocalEffect
from vipclient.store.models import OutboxRow
from vipclient.store.timefmt import db_now

PENDING, SENDING, FAILED, CONFLICT, DONE = "pending", "sending", "failed", "conflict", "done"
PROBLEM_STATES = (FAILED, CONFLICT)


@dataclass(frozen=True, slots=True)
class Verify:
    """How to tell whether an action already happened, for a row whose key may have expired.

    ``path`` is read with GET; the answer (an object, or a page whose ``items`` are searched)
    shows the action happened when one object has every field of ``match`` equal.
    """

    path: str
    match: Mapping[str, Any]
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(
            {"path": self.path, "match": dict(self.match), "params": dict(self.params)},
            ensure_ascii=False,
        )

    @staticmethod
    def from_json(raw: str | None) -> Verify | None:
        if not raw:
            return None
        d = json.loads(raw)
        return Verify(d["path"], d.get("match") or {}, d.get("params") or {})


@dataclass(frozen=True, slots=True)
class Command:
    """One action for the platform.

    ``entity``/``entity_id`` name what it acts on (for "pending" marks and conflicts);
    ``result_entity`` names the entity kind a 2xx answer's body is (stored at once, so the
    person sees the server's version without waiting for the feed); ``description`` is the
    plain-words line the "Sync problems" view shows.
    """

    kind: str
    method: str
    path: str
    description: str
    body: Mapping[str, Any] | None = None
    if_match: int | str | None = None
    entity: str | None = None
    entity_id: str | None = None
    result_entity: str | None = None
    verify: Verify | None = None


def new_key() -> str:
    return str(uuid.uuid4())


def enqueue(
    session: Session,
    command: Command,
    local_effect: Sequence[LocalEffect] | None = None,
    *,
    key: str | None = None,
) -> OutboxRow:
    """Queue ``command`` and lay its optimistic ``local_effect`` in the caller's transaction.

    ``key`` lets a caller that already shows a local id (``local-<key>``) choose the
    idempotency key; otherwise a fresh UUID4 is used.
    """
    now = db_now()
    row = OutboxRow(
        key=key or new_key(),
        kind=command.kind,
        method=command.method.upper(),
        path=command.path,
        body=None if command.body is None else json.dumps(command.body, ensure_ascii=False),
        if_match=None if command.if_match is None else str(command.if_match),
        entity=command.entity,
        entity_id=command.entity_id,
        description=command.description,
        state=PENDING,
        attempts=0,
        effect=fx.to_json(local_effect) if local_effect else None,
        result_entity=command.result_entity,
        verify=command.verify.to_json() if command.verify else None,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    if local_effect:
        fx.lay(session, row.id, local_effect)
    return row


def body_of(row: OutboxRow) -> Any:
    return None if row.body is None else json.loads(row.body)


def problem_of(row: OutboxRow) -> dict[str, Any] | None:
    """The server's problem document of a refused row (None when it sent none)."""
    found = None if row.problem is None else json.loads(row.problem)
    return found if isinstance(found, dict) else None


def field_errors(problem: Mapping[str, Any] | None) -> dict[str, str]:
    """The server's message for each field a problem names (a 422's ``errors``)."""
    errors = (problem or {}).get("errors") or []
    return {str(e.get("field")): str(e.get("message") or "") for e in errors
            if isinstance(e, Mapping) and e.get("field")}


class QueuedRow(NamedTuple):
    """What the push loop needs to choose the next rows to send (it reads them after every
    send: a tuple, not an ORM object)."""

    id: int
    entity: str | None
    entity_id: str | None


def queue_heads(session: Session, limit: int) -> list[QueuedRow]:
    """The oldest rows still to send, in queue order, as :class:`QueuedRow`."""
    rows = session.connection().exec_driver_sql(
        "SELECT id, entity, entity_id FROM outbox WHERE state IN (?, ?) ORDER BY id LIMIT ?",
        (PENDING, SENDING, limit),
    ).all()
    return [QueuedRow(*row) for row in rows]


def rows_by_id(session: Session, ids: Sequence[int]) -> list[OutboxRow]:
    """Whole rows, as rows of no session, in the order of ``ids`` (missing ones left out)."""
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    found = {
        m["id"]: _detached(m)
        for m in session.connection().exec_driver_sql(
            f"SELECT {_COLUMNS} FROM outbox WHERE id IN ({marks})", tuple(ids)
        ).mappings()
    }
    return [found[i] for i in ids if i in found]


def get(session: Session, outbox_id: int) -> OutboxRow | None:
    return session.get(OutboxRow, outbox_id)


_COLUMNS = ", ".join(c.name for c in OutboxRow.__table__.columns)  # type: ignore[attr-defined]


def _detached(mapping: RowMapping) -> OutboxRow:
    """A row read with plain SQL as an OutboxRow belonging to no session (the push path
    reads rows this way: ORM loads cost more than the rest of its bookkeeping)."""
    return OutboxRow(**mapping)


def mark_sending(session: Session, outbox_id: int, server_now: str) -> OutboxRow | None:
    """Record an attempt about to go out (``first_sent_at`` on the server's clock) and return
    the row as it now is — None when it is no longer to send (discarded meanwhile). One
    plain statement: it runs before every send."""
    found = session.connection().exec_driver_sql(
        "UPDATE outbox SET state = ?, attempts = attempts + 1, "
        "first_sent_at = coalesce(first_sent_at, ?), updated_at = ? "
        f"WHERE id = ? AND state IN (?, ?) RETURNING {_COLUMNS}",
        (SENDING, server_now, db_now(), outbox_id, PENDING, SENDING),
    ).mappings().first()
    return None if found is None else _detached(found)


def mark_retry(session: Session, outbox_id: int, error: str, next_attempt_at: str | None,
               status: int | None = None) -> None:
    """The attempt did not get through (network, 5xx, 429, bad answer): try again later."""
    row = session.get(OutboxRow, outbox_id)
    if row is None:
        return
    row.state = PENDING
    row.error = error
    row.error_status = status
    row.next_attempt_at = next_attempt_at
    row.updated_at = db_now()


def mark_done(session: Session, outbox_id: int, result: Any = None) -> None:
    """The platform has the action: undo the local effect and store the answer's entity."""
    from vipclient.store.apply import upsert_if_newer
    from vipclient.store.models import ENTITY_KEYS

    conn = session.connection()
    found = conn.exec_driver_sql(
        "SELECT effect, result_entity FROM outbox WHERE id = ?", (outbox_id,)
    ).first()
    if found is None:
        return
    effect, result_entity = found
    result_id: str | None = None
    if isinstance(result, dict) and result_entity:
        rid = result.get(ENTITY_KEYS.get(result_entity, "id"))
        result_id = None if rid is None else str(rid)
    # Plain statements, no ORM object: this runs after every send. Effects are read back by
    # state, so the row is done before they are undone.
    conn.exec_driver_sql(
        "UPDATE outbox SET state = ?, error = NULL, error_status = NULL, "
        "next_attempt_at = NULL, updated_at = ?, result_id = ? WHERE id = ?",
        (DONE, db_now(), result_id, outbox_id),
    )
    fx.undo(session, outbox_id, fx.from_json(effect))
    if result_id is not None and result_entity:
        upsert_if_newer(session, result_entity, result)


def mark_failed(session: Session, outbox_id: int, message: str, status: int | None,
                *, conflict: bool = False, problem: Mapping[str, Any] | None = None) -> None:
    """The platform refused it for a reason retrying cannot fix; the person decides next.
    ``problem``: the server's problem document, kept so a form can show each field's message
    beside its field."""
    row = session.get(OutboxRow, outbox_id)
    if row is None:
        return
    row.state = CONFLICT if conflict else FAILED
    row.error = message
    row.error_status = status
    row.problem = None if problem is None else json.dumps(problem, ensure_ascii=False)
    row.next_attempt_at = None
    row.updated_at = db_now()
    session.flush()  # effects are read back by state: this row's no longer counts
    fx.undo(session, row.id, fx.from_json(row.effect))


def resend(session: Session, outbox_id: int) -> bool:
    """Put a failed or conflicting row back in the queue, laying its effect again.

    A failed row keeps its key (a refusal records nothing on the server). A conflict (412) is
    resent deliberately over the item's current version: ``If-Match`` becomes the version in
    the cache now, and the changed request gets a fresh key.
    """
    row = session.get(OutboxRow, outbox_id)
    if row is None or row.state not in PROBLEM_STATES:
        return False
    if row.state == CONFLICT and row.if_match is not None:
        version = current_version(session, row.entity, row.entity_id)
        if version is not None:
            row.if_match = str(version)
            row.key = new_key()
            row.first_sent_at = None
    row.state = PENDING
    row.attempts = 0
    row.error = None
    row.error_status = None
    row.problem = None
    row.next_attempt_at = None
    row.updated_at = db_now()
    session.flush()
    fx.lay(session, row.id, fx.from_json(row.effect))
    return True


def current_version(session: Session, entity: str | None, entity_id: str | None) -> int | None:
    """The server version of an entity as cached, or None when it is not in the cache."""
    from vipclient.store.models import ENTITY_KEYS, ENTITY_TABLES

    if not entity or not entity_id or entity not in ENTITY_TABLES:
        return None
    found = session.execute(
        text(f"SELECT version FROM {ENTITY_TABLES[entity]} WHERE {ENTITY_KEYS[entity]} = :k"),
        {"k": entity_id},
    ).first()
    return None if found is None else int(found[0])


def discard(session: Session, outbox_id: int) -> bool:
    """Drop an action that has not reached the platform (never a ``sending`` or ``done`` one)."""
    row = session.get(OutboxRow, outbox_id)
    if row is None or row.state not in (PENDING, FAILED, CONFLICT):
        return False
    fx.undo(session, row.id, fx.from_json(row.effect))
    session.delete(row)
    return True


def recover_after_restart(session: Session) -> int:
    """``sending`` rows of a process that died go back to ``pending`` (same key). Returns count."""
    result = session.execute(
        update(OutboxRow).where(OutboxRow.state == SENDING).values(state=PENDING)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def counts(session: Session) -> tuple[int, int]:
    """``(unsent, problems)``: rows still to send; rows needing the person (failed/conflict)."""
    # Only the states that count: sent rows (kept a week) would be counted for nothing.
    rows = session.execute(
        select(OutboxRow.state, func.count())
        .where(OutboxRow.state.in_((PENDING, SENDING, FAILED, CONFLICT)))
        .group_by(OutboxRow.state)
    ).all()
    by_state = {state: n for state, n in rows}
    unsent = by_state.get(PENDING, 0) + by_state.get(SENDING, 0)
    problems = by_state.get(FAILED, 0) + by_state.get(CONFLICT, 0)
    return unsent, problems


def problems(session: Session) -> list[OutboxRow]:
    return list(
        session.scalars(
            select(OutboxRow).where(OutboxRow.state.in_(PROBLEM_STATES)).order_by(OutboxRow.id)
        )
    )


def unsent_for(session: Session, entity: str, entity_id: str) -> list[OutboxRow]:
    """Rows still to send that act on one entity (for a "pending" mark next to it)."""
    return list(
        session.scalars(
            select(OutboxRow)
            .where(OutboxRow.entity == entity, OutboxRow.entity_id == entity_id,
                   OutboxRow.state.in_((PENDING, SENDING)))
            .order_by(OutboxRow.id)
        )
    )


def prune_done(session: Session, older_than: str) -> int:
    """Forget ``done`` rows last touched before ``older_than`` (stored time format)."""
    result = session.execute(
        text("DELETE FROM outbox WHERE state = 'done' AND updated_at < :t"), {"t": older_than}
    )
    return int(result.rowcount)  # type: ignore[attr-defined]
