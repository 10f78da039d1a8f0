"""What the GUI asks of the outbox: counts for the status area, and an entity's pending actions.

Plain rows (frozen dataclasses) out, a fresh read transaction per call; the sync controller's
``outboxChanged`` signal says when to ask again.
"""

from __future__ import annotations

from dataclasses import dataclass

from vipclient.store import outbox as ob
from vipclient.store.cache import Cache
from vipclient.store.models import OutboxRow


@dataclass(frozen=True, slots=True)
class OutboxCounts:
    unsent: int
    """Actions not yet confirmed by the server (pending or being sent)."""
    problems: int
    """Actions the server refused (failed or conflict): shown in "Sync problems"."""


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    kind: str
    description: str
    state: str
    attempts: int
    entity: str | None
    entity_id: str | None
    error: str | None
    error_status: int | None
    next_attempt_at: str | None
    created_at: str
    updated_at: str

    @staticmethod
    def of(row: OutboxRow) -> OutboxItem:
        return OutboxItem(
            id=row.id, kind=row.kind, description=row.description, state=row.state,
            attempts=row.attempts, entity=row.entity, entity_id=row.entity_id, error=row.error,
            error_status=row.error_status, next_attempt_at=row.next_attempt_at,
            created_at=row.created_at, updated_at=row.updated_at,
        )


def counts(cache: Cache) -> OutboxCounts:
    with cache.read_session() as s:
        unsent, problems = ob.counts(s)
    return OutboxCounts(unsent, problems)


def unsent_for(cache: Cache, entity: str, entity_id: str) -> list[OutboxItem]:
    """Actions still on their way for one entity (a "pending" mark beside it)."""
    with cache.read_session() as s:
        return [OutboxItem.of(r) for r in ob.unsent_for(s, entity, entity_id)]


class OutboxService:
    """The same, bound to one cache (what ``AppContext.services['outbox']`` holds)."""

    def __init__(self, cache: Cache) -> None:
        self._cache = cache

    def counts(self) -> OutboxCounts:
        return counts(self._cache)

    def unsent_for(self, entity: str, entity_id: str) -> list[OutboxItem]:
        return unsent_for(self._cache, entity, entity_id)
