"""The server's clock, estimated from the ``Date`` header of its answers.

SLA countdowns must follow the platform's clock (in the sandbox, a clock that tests and the
demo move forward), not the workstation's. Each answer's ``Date`` gives a sample of the offset
between the two; ``Date`` has one-second resolution and is truncated, so a sample is
``date + 0.5 s - time received``. Samples are smoothed; a sample far from the estimate (the
server clock was moved, or the workstation's) replaces it at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

# A sample further than this from the estimate is a jump, not jitter.
JUMP_SECONDS = 2.0
# Weight of a new sample in the running estimate.
SMOOTHING = 0.25


def parse_http_date(value: str | None) -> datetime | None:
    """An RFC 9110 HTTP-date as an aware UTC datetime, or None when absent or unreadable.

    When the header was sent twice (joined with ", "), the last date wins.
    """
    if not value:
        return None
    candidates = [value]
    parts = value.split(", ")
    # "Wed, 25 Nov 2026 07:53:20 GMT, Wed, 25 Nov 2026 09:00:00 GMT" → the last two parts.
    if len(parts) >= 4:
        candidates.insert(0, ", ".join(parts[-2:]))
    for text in candidates:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            continue
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)
    return None


class ServerClock:
    def __init__(self, wall: Callable[[], float] = time.time) -> None:
        self._wall = wall
        self._lock = threading.Lock()
        self._offset: float | None = None

    @property
    def offset(self) -> float:
        """Seconds to add to the local clock to get the server's (0 until a sample)."""
        with self._lock:
            return self._offset or 0.0

    @property
    def synced(self) -> bool:
        with self._lock:
            return self._offset is not None

    def observe(self, date_header: str | None, received_at: float | None = None) -> None:
        server = parse_http_date(date_header)
        if server is None:
            return
        local = self._wall() if received_at is None else received_at
        sample = server.timestamp() + 0.5 - local
        with self._lock:
            if self._offset is None or abs(sample - self._offset) > JUMP_SECONDS:
                self._offset = sample
            else:
                self._offset += SMOOTHING * (sample - self._offset)

    def now(self) -> datetime:
        """The estimated current time on the server, aware UTC."""
        return datetime.fromtimestamp(self._wall(), UTC) + timedelta(seconds=self.offset)
