"""The dashboard's reads: every figure in one snapshot, and the tickets behind a bar.

A thin façade over ``store.dashboard_queries`` read through the cache's plain ``sqlite3``
reader (no ORM); screens call it off the UI thread.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Protocol

from vipclient.domain.dashboard import WINDOW_DAYS, last_days
from vipclient.store import dashboard_queries as q
from vipclient.store.dashboard_facts import SLA_KINDS, FactKind
from vipclient.store.dashboard_queries import (
    DashboardFigures,
    DashScope,
    FactSelection,
    PendingRequest,
    Tally,
    TicketList,
)
from vipclient.store.reader import CacheReader

__all__ = ["SLA_KINDS", "DashScope", "DashboardFigures", "DashboardService", "FactKind",
           "FactSelection", "PendingRequest", "Tally", "TicketList"]


class CacheSource(Protocol):
    @property
    def reader(self) -> CacheReader: ...

    def ready(self) -> None: ...


class DashboardService:
    def __init__(self, cache: CacheSource, tz: tzinfo | None = None) -> None:
        """``tz``: the zone whose days the figures are counted in (``None``: the system's,
        which is the person's)."""
        self._cache = cache
        self._reader = cache.reader
        self.tz = tz

    def figures(self, scope: DashScope, now: datetime, days: int = WINDOW_DAYS
                ) -> DashboardFigures:
        self._cache.ready()  # the schema is current (a no-op once the session is attached)
        window = last_days(now, self.tz, days)
        with self._reader.read() as conn:
            return q.figures(conn, scope, now, window)

    def tickets(self, selection: FactSelection, scope: DashScope, now: datetime,
                limit: int = 500) -> TicketList:
        with self._reader.read() as conn:
            return q.tickets_behind(conn, selection, scope, now, limit)
