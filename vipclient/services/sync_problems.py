"""The "Sync problems" view's data: actions the server refused, to resend or discard.

Each :class:`SyncProblem` carries the server's own message (``error``) and, for a conflict
(someone changed the item first), both sides: what the person wanted (``body``) and the item as
the server has it now (``current``, fetched into the cache by the engine). Resending a conflict
overwrites deliberately: it is sent with the item's current version as ``If-Match``.

The GUI goes through ``SyncController.resend``/``discard`` (which call these off the UI thread
and wake the engine); tests and scripts may call them directly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from vipclient.services.outbox import OutboxCounts
from vipclient.services.outbox import counts as outbox_counts
from vipclient.store import outbox as ob
from vipclient.store.cache import Cache
from vipclient.store.models import ENTITY_KEYS, ENTITY_TABLES, OutboxRow


@dataclass(frozen=True, slots=True)
class SyncProblem:
    id: int
    kind: str
    description: str
    state: str
    """``failed`` or ``conflict``."""
    error: str | None
    error_status: int | None
    entity: str | None
    entity_id: str | None
    body: Any
    current: dict[str, Any] | None
    current_version: int | None
    created_at: str
    updated_at: str
    #: The server's problem document (its ``errors`` name each refused field).
    problem: dict[str, Any] | None = None

    @property
    def is_conflict(self) -> bool:
        return self.state == ob.CONFLICT

    @property
    def field_errors(self) -> dict[str, str]:
        """The server's message for each field it refused (a 422), by field name."""
        return ob.field_errors(self.problem)


def _current(session: Any, row: OutboxRow) -> tuple[dict[str, Any] | None, int | None]:
    if not row.entity or not row.entity_id or row.entity not in ENTITY_TABLES:
        return None, None
    table, key = ENTITY_TABLES[row.entity], ENTITY_KEYS[row.entity]
    found = session.execute(
        text(f"SELECT coalesce(server_data, data), version FROM {table} WHERE {key} = :k"),
        {"k": row.entity_id},
    ).first()
    if found is None:
        return None, None
    return json.loads(found[0]), int(found[1])


def list_problems(cache: Cache) -> list[SyncProblem]:
    with cache.read_session() as s:
        out: list[SyncProblem] = []
        for row in ob.problems(s):
            current, version = _current(s, row)
            out.append(SyncProblem(
                id=row.id, kind=row.kind, description=row.description, state=row.state,
                error=row.error, error_status=row.error_status, entity=row.entity,
                entity_id=row.entity_id, body=ob.body_of(row), current=current,
                current_version=version, created_at=row.created_at, updated_at=row.updated_at,
                problem=ob.problem_of(row),
            ))
        return out


def resend(cache: Cache, outbox_id: int) -> bool:
    """Queue the action again. A conflict is resent over the item's current version."""
    with cache.session() as s:
        return ob.resend(s, outbox_id)


def discard(cache: Cache, outbox_id: int) -> bool:
    with cache.session() as s:
        return ob.discard(s, outbox_id)


def counts(cache: Cache) -> OutboxCounts:
    return outbox_counts(cache)


class SyncProblemsService:
    """Bound to one cache (``AppContext.services['sync_problems']``)."""

    def __init__(self, cache: Cache) -> None:
        self._cache = cache

    def list_problems(self) -> list[SyncProblem]:
        return list_problems(self._cache)

    def resend(self, outbox_id: int) -> bool:
        return resend(self._cache, outbox_id)

    def discard(self, outbox_id: int) -> bool:
        return discard(self._cache, outbox_id)
