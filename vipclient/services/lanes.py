"""The lanes screen's reads: lane index, patches, visible rows, filter values, the watch list.

Read through the cache's plain ``sqlite3`` reader (``store.lane_queries``), never the ORM:
this is what the window paints first, and it must not wait for the ORM to load.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from vipclient.domain.lanes import Lane
from vipclient.store import lane_queries as q
from vipclient.store.lane_queries import (
    LaneFilter,
    LaneIndex,
    LanePatch,
    Scope,
    TicketListRow,
    WatchItem,
    truncate_now,
)
from vipclient.store.reader import CacheReader

__all__ = [
    "FIRST_ROWS", "OPENING_LANE", "LaneFilter", "LaneIndex", "LanePatch", "LanesService",
    "Scope", "TicketListRow", "WatchItem", "truncate_now",
]


#: The lane the Lanes screen opens on, and how many of its first rows a start reads with the
#: lane index (more than a tall window shows), so the first frame needs no query of its own.
OPENING_LANE = Lane.EMERGENCY
FIRST_ROWS = 64


class ReaderSource(Protocol):
    @property
    def reader(self) -> CacheReader: ...


class LanesService:
    def __init__(self, cache: ReaderSource) -> None:
        self._reader = cache.reader

    def lane_index(self, filt: LaneFilter, now: datetime) -> LaneIndex:
        with self._reader.read() as conn:
            return q.lane_index(conn, filt, now)

    def lane_patch(
        self, filt: LaneFilter, index: LaneIndex, since: str, limit: int
    ) -> LanePatch | None:
        with self._reader.read() as conn:
            return q.lane_patch(conn, filt, index, since, limit)

    def rows(self, ticket_ids: Iterable[str]) -> dict[str, TicketListRow]:
        with self._reader.read() as conn:
            return q.ticket_rows(conn, ticket_ids)

    def filter_values(self) -> tuple[list[str], list[str]]:
        with self._reader.read() as conn:
            return q.languages_and_channels(conn)

    def watch_list(self, me_id: str, now: datetime) -> list[WatchItem]:
        with self._reader.read() as conn:
            return q.watch_list(conn, me_id, now)
