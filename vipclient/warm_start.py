"""A kept session's first screen, read while Qt loads.

Loading Qt takes most of a start, and holds the interpreter while it does; SQLite lets go of
it while it reads. So ``main`` starts this thread before it imports Qt: it reads the settings,
opens the person's cache (``services.resume.from_cache``, plain sqlite3) and places their
open tickets in lanes with the filter the Lanes screen opens with. The window is built as soon
as the cache is open, while the lanes are still being placed; the Lanes screen then shows them
the moment they are ready instead of asking again. Anything that goes wrong here only means the
ordinary way is taken (the same steps, on the UI's background threads, where errors are
shown); nothing here is ever the only attempt.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from vipclient.services.lanes import (
    FIRST_ROWS,
    OPENING_LANE,
    LaneFilter,
    LaneIndex,
    LanesService,
    TicketListRow,
)
from vipclient.services.resume import CachedSession, from_cache
from vipclient.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WarmLanes:
    """The lane index for ``filter`` at the start and the rows of the first tickets of the
    lane the screen opens on (its first frame shows them). The filter menus' choices are read
    after that frame: they are seen only when a menu opens."""

    filter: LaneFilter
    index: LaneIndex
    rows: dict[str, TicketListRow]


class WarmStart:
    def __init__(self, settings_path: Path, server_override: str | None = None) -> None:
        self._settings_path = settings_path
        self._server_override = server_override
        self._settings_read = threading.Event()
        self._session_read = threading.Event()
        self._done = threading.Event()
        self._settings: Settings | None = None
        self._session: CachedSession | None = None
        self._lanes: WarmLanes | None = None
        self._thread = threading.Thread(target=self._run, name="warm-start", daemon=True)

    def start(self) -> WarmStart:
        self._thread.start()
        return self

    def settings(self, timeout: float = 5.0) -> Settings | None:
        """The settings as read by the thread (None: read them the ordinary way)."""
        self._settings_read.wait(timeout)
        return self._settings

    def session(self, timeout: float = 30.0) -> CachedSession | None:
        """The kept session, opened from the cache (None: take the ordinary way)."""
        self._session_read.wait(timeout)
        return self._session

    def lanes(self, timeout: float = 30.0) -> WarmLanes | None:
        """The lanes placed at the start (None: ask the cache again)."""
        self._done.wait(timeout)
        return self._lanes

    def _run(self) -> None:
        try:
            self._settings = Settings.load(self._settings_path)
        except Exception:  # the ordinary way reads them again and reports the problem
            log.exception("warm start: reading the settings failed")
        finally:
            self._settings_read.set()
        try:
            if self._settings is not None:
                self._session = self._open(self._settings)
        except Exception:
            log.exception("warm start: opening the cache failed")
        finally:
            self._session_read.set()
        try:
            if self._session is not None:
                self._lanes = self._place(self._session)
        except Exception:
            log.exception("warm start: placing the lanes failed")
        finally:
            self._done.set()

    def _open(self, settings: Settings) -> CachedSession | None:
        server, username = settings.server_url, settings.last_username
        override = (self._server_override or "").rstrip("/")
        if not (server and username and settings.session_kept) or (
            override and override != server.rstrip("/")
        ):
            return None
        return from_cache(server.strip().rstrip("/"), username)

    @staticmethod
    def _place(session: CachedSession) -> WarmLanes:
        # The filter the Lanes screen opens with (all tickets, any language and channel).
        filt = LaneFilter(me_id=session.me.id)
        lanes = LanesService(session.cache)
        index = lanes.lane_index(filt, datetime.now(UTC))
        first = lanes.rows(index.ids[OPENING_LANE][:FIRST_ROWS])
        return WarmLanes(filt, index, first)
