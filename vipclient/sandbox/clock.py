"""The sandbox clock: real time plus an offset that only ever grows.

Everything time-based in the sandbox (tokens, lockouts, TOTP, SLA clocks, expiries,
idempotency keys) reads this clock, so ``POST /_sandbox/clock`` can move a whole scenario
forward without anybody sleeping.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta


def iso(dt: datetime | None) -> str | None:
    """RFC 3339 UTC with ``Z`` at second precision, the wire format of every timestamp."""
    if dt is None:
        return None
    # isoformat() is several times faster than strftime(); bulk seeding formats ~10^6.
    return to_utc(dt).isoformat("T", "seconds")[:19] + "Z"


def to_utc(dt: datetime) -> datetime:
    """Aware UTC; naive values are taken to be UTC already (what SQLite gives back)."""
    tz = dt.tzinfo
    if tz is UTC:
        return dt
    if tz is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def parse_ts(text: str) -> datetime:
    """Parse an RFC 3339 timestamp (``Z`` or an offset) into aware UTC."""
    return to_utc(datetime.fromisoformat(text))


class SandboxClock:
    """Wall-clock time shifted by an offset; ``advance`` moves it forward and tells listeners."""

    def __init__(self, offset: timedelta = timedelta(0)) -> None:
        self._offset = offset
        self._lock = threading.Lock()
        self._listeners: list[Callable[[datetime], None]] = []

    def now(self) -> datetime:
        with self._lock:
            offset = self._offset
        return datetime.now(UTC) + offset

    @property
    def offset(self) -> timedelta:
        with self._lock:
            return self._offset

    def advance(self, seconds: float) -> datetime:
        """Move forward by ``seconds`` (never backwards) and run the listeners on the new now."""
        if seconds < 0:
            raise ValueError("the sandbox clock only moves forward")
        with self._lock:
            self._offset += timedelta(seconds=seconds)
        now = self.now()
        for listener in list(self._listeners):
            listener(now)
        return now

    def on_advance(self, listener: Callable[[datetime], None]) -> None:
        self._listeners.append(listener)
