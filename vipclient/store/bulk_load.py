"""A first pull into an empty cache: secondary indexes are built once at the end.

Kept up row by row, the indexes of ``tickets`` (assignee, status, updated, search…; ten of
them when this was measured, five since migration 0006) cost more than the rows themselves
during a first pull: each page of changes touched a few hundred scattered leaf pages of every
index, and each commit wrote them all to the WAL again. Sorting
the finished table once (``CREATE INDEX``) is several times cheaper. So while ``bulk_load`` is
set (see :mod:`vipclient.store.search`), the indexes named by :data:`DEFERRED` do not exist:
:func:`defer_indexes` drops them as the first pull begins, :func:`finish_bulk_load` creates
them again — one per short background transaction — before the search index is built.
``bulk_load`` is cleared only after both, so a cache that is not bulk loading has every index.

Kept live: ``ix_tickets_client`` (the clients' triggers that copy a client's tier and name into
its tickets look tickets up by it) and ``ix_messages_ticket`` (messages arrive ticket by
ticket, so it grows at its end and costs little). A future migration that drops or changes a
deferred index must say ``IF EXISTS``: it may run while a first pull is unfinished.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import Index, text
from sqlalchemy.orm import Session

from vipclient.store import dashboard_facts, search
from vipclient.store.models import Base

if TYPE_CHECKING:
    from vipclient.store.cache import Cache

log = logging.getLogger(__name__)

_DEFERRED_TABLES = ("clients", "tickets", "dashboard_facts")
_KEPT_LIVE = frozenset({"ix_tickets_client"})


def _deferred() -> tuple[Index, ...]:
    found = [
        index
        for table in _DEFERRED_TABLES
        for index in Base.metadata.tables[table].indexes
        if index.name not in _KEPT_LIVE
    ]
    return tuple(sorted(found, key=lambda index: str(index.name)))


DEFERRED: tuple[Index, ...] = _deferred()


def defer_indexes(session: Session) -> None:
    """Drop the deferred indexes (in the transaction that sets ``bulk_load``); the dashboard's
    facts wait for the end as well (``store/dashboard_facts.py``)."""
    for index in DEFERRED:
        session.execute(text(f"DROP INDEX IF EXISTS {index.name}"))
    dashboard_facts.pause(session)


def missing_indexes(session: Session) -> list[Index]:
    present = set(session.execute(
        text("SELECT name FROM sqlite_master WHERE type = 'index'")
    ).scalars())
    return [index for index in DEFERRED if index.name not in present]


def restore_indexes(cache: Cache, stop: Callable[[], bool] = lambda: False) -> bool:
    """Create every missing deferred index, each in its own background transaction (a person's
    write waits at most one index: a few hundred milliseconds on 100,000 tickets). True when
    all exist; False when ``stop()`` interrupted (the next call carries on)."""
    with cache.read_session() as s:
        missing = missing_indexes(s)
    for index in missing:
        if stop():
            return False
        with cache.session(background=True) as s:
            index.create(s.connection(), checkfirst=True)
    if missing:
        log.info("created %d indexes after a first pull", len(missing))
    return True


def finish_bulk_load(cache: Cache, stop: Callable[[], bool] = lambda: False) -> bool:
    """After a first pull (or at a start that finds one unfinished): the dashboard's facts
    (before their index), indexes, then search. True when the cache is complete and
    ``bulk_load`` is cleared."""
    return (dashboard_facts.build(cache, stop) and restore_indexes(cache, stop)
            and search.build_index(cache, stop))
