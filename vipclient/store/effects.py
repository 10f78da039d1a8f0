"""Optimistic local effects: what a queued action changes in the cache before the server answers.

An effect is data, not code, so it can be laid again over newer server state and undone:

- :class:`Patch` merges fields into an entity's JSON (columns follow). The server's JSON is kept
  in ``server_data`` while any effect is laid on the row.
- :class:`Insert` adds a row that exists only locally (a reply not yet sent), marked with
  ``local_outbox_id``; its id should be ``local-<idempotency key>``.

Effects of outbox rows that are ``pending`` or ``sending`` are in force. When a row is done,
failed, in conflict or discarded its effects are undone: patched rows return to the server's
state (plus the effects of other rows still in force) and local rows are deleted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from vipclient.store.models import ENTITY_KEYS, ENTITY_TABLES

ACTIVE_STATES = ("pending", "sending")


@dataclass(frozen=True, slots=True)
class Patch:
    """Set ``fields`` in the JSON of entity ``entity`` ``id`` (e.g. ``{"status": "solved"}``)."""

    entity: str
    id: str
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Insert:
    """Add a local-only row of ``entity`` with ``id`` and JSON ``data``."""

    entity: str
    id: str
    data: Mapping[str, Any] = field(default_factory=dict)


LocalEffect = Patch | Insert


def to_json(effects: Sequence[LocalEffect]) -> str:
    out: list[dict[str, Any]] = []
    for e in effects:
        if isinstance(e, Patch):
            out.append({"op": "patch", "entity": e.entity, "id": e.id, "set": dict(e.fields)})
        else:
            out.append({"op": "insert", "entity": e.entity, "id": e.id, "data": dict(e.data)})
    return json.dumps(out, ensure_ascii=False)


def from_json(raw: str | None) -> list[LocalEffect]:
    if not raw:
        return []
    effects: list[LocalEffect] = []
    for item in json.loads(raw):
        if item.get("op") == "patch":
            effects.append(Patch(item["entity"], item["id"], item.get("set") or {}))
        elif item.get("op") == "insert":
            effects.append(Insert(item["entity"], item["id"], item.get("data") or {}))
    return effects


def _validate(effects: Sequence[LocalEffect]) -> None:
    for e in effects:
        if e.entity not in ENTITY_TABLES:
            raise ValueError(f"unknown entity {e.entity!r} in a local effect")


def _expire(session: Session, entity: str, entity_id: str) -> None:
    """Rows are rewritten with plain SQL: an ORM object of the row already loaded in this
    session would show the old values, so it is expired (reloaded on next access)."""
    from vipclient.store.models import ENTITY_MODELS

    model = ENTITY_MODELS[entity]
    key = session.identity_key(model, entity_id)  # type: ignore[arg-type]
    obj = session.identity_map.get(key)
    if obj is not None:
        session.expire(obj)


def _write_row(session: Session, entity: str, entity_id: str, data: Mapping[str, Any],
               server_data: str | None) -> None:
    from vipclient.store.apply import columns_for

    _expire(session, entity, entity_id)

    table, key = ENTITY_TABLES[entity], ENTITY_KEYS[entity]
    cols = columns_for(entity, data)
    sets = ", ".join(f"{c} = :{c}" for c in cols)
    session.execute(
        text(f"UPDATE {table} SET {sets}, data = :data, server_data = :server_data "
             f"WHERE {key} = :key"),
        {**cols, "data": json.dumps(data, ensure_ascii=False, separators=(",", ":")),
         "server_data": server_data, "key": entity_id},
    )


def _lay_patch(session: Session, patch: Patch) -> None:
    table, key = ENTITY_TABLES[patch.entity], ENTITY_KEYS[patch.entity]
    row = session.execute(
        text(f"SELECT data, server_data FROM {table} WHERE {key} = :key"), {"key": patch.id}
    ).first()
    if row is None:
        return  # not in the cache (yet): nothing to show optimistically
    data, server_data = row
    merged = json.loads(data)
    merged.update(patch.fields)
    _write_row(session, patch.entity, patch.id, merged,
               server_data if server_data is not None else data)


def _lay_insert(session: Session, outbox_id: int, insert: Insert) -> None:
    from vipclient.store.apply import upsert_row

    upsert_row(session, insert.entity, insert.id, 0, insert.data, local_outbox_id=outbox_id,
               only_newer=False)


def lay(session: Session, outbox_id: int, effects: Sequence[LocalEffect]) -> None:
    """Put an outbox row's effects into the cache."""
    _validate(effects)
    for e in effects:
        if isinstance(e, Patch):
            _lay_patch(session, e)
        else:
            _lay_insert(session, outbox_id, e)


def _active_patches(session: Session, exclude: int | None = None) -> list[tuple[int, Patch]]:
    # Only rows with a patch matter here (inserted rows are never rewritten by the server);
    # the LIKE spares parsing every queued reply on each page and each push.
    rows = session.execute(
        text("SELECT id, effect FROM outbox WHERE effect LIKE '%\"op\": \"patch\"%' AND "
             "state IN ('pending', 'sending') ORDER BY id")
    ).all()
    out: list[tuple[int, Patch]] = []
    for outbox_id, raw in rows:
        if outbox_id == exclude:
            continue
        out.extend((outbox_id, e) for e in from_json(raw) if isinstance(e, Patch))
    return out


def relay(session: Session, touched: Iterable[tuple[str, str]], exclude: int | None = None) -> None:
    """Lay the effects in force again on entities whose server state was just rewritten."""
    wanted = set(touched)
    if not wanted:
        return
    for _outbox_id, patch in _active_patches(session, exclude):
        if (patch.entity, patch.id) in wanted:
            _lay_patch(session, patch)


def undo(session: Session, outbox_id: int, effects: Sequence[LocalEffect]) -> None:
    """Take an outbox row's effects out of the cache (other rows' effects stay in force)."""
    restored: set[tuple[str, str]] = set()
    for e in effects:
        if e.entity not in ENTITY_TABLES:
            continue
        table, key = ENTITY_TABLES[e.entity], ENTITY_KEYS[e.entity]
        if isinstance(e, Insert):
            _expire(session, e.entity, e.id)
            session.execute(
                text(f"DELETE FROM {table} WHERE {key} = :key AND local_outbox_id = :oid"),
                {"key": e.id, "oid": outbox_id},
            )
            continue
        if (e.entity, e.id) in restored:
            continue
        row = session.execute(
            text(f"SELECT server_data FROM {table} WHERE {key} = :key"), {"key": e.id}
        ).first()
        if row is not None and row[0] is not None:
            _write_row(session, e.entity, e.id, json.loads(row[0]), None)
        restored.add((e.entity, e.id))
    relay(session, restored, exclude=outbox_id)
