"""The platform's lockout rule (platform-api, "Authentication and step-up"), for the sandbox
that enforces it and the desk that shows how many tries are left.

Five failed logins or step-ups of one username within 15 minutes lock it: every attempt is
refused (429) until the fifth most recent failure leaves the window, and an attempt refused
while locked is not a failure (hammering never extends the lock). ``Retry-After`` is the
seconds until then, at least 1 and never more than the window.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable
from datetime import datetime, timedelta

LOCKOUT_FAILURES = 5
LOCKOUT_WINDOW = timedelta(minutes=15)


def _recent(failures: Iterable[datetime], now: datetime) -> list[datetime]:
    """The failures inside the window, newest first."""
    since = now - LOCKOUT_WINDOW
    return sorted((at for at in failures if at > since), reverse=True)


def lock_ends(failures: Iterable[datetime], now: datetime) -> datetime | None:
    """When the lock these failures make ends (None: not locked)."""
    recent = _recent(failures, now)
    if len(recent) < LOCKOUT_FAILURES:
        return None
    return recent[LOCKOUT_FAILURES - 1] + LOCKOUT_WINDOW


def retry_after(failures: Iterable[datetime], now: datetime) -> int | None:
    """Whole seconds until the lock ends, as ``Retry-After`` says them (None: not locked)."""
    ends = lock_ends(failures, now)
    if ends is None:
        return None
    seconds = math.ceil((ends - now).total_seconds())
    return max(1, min(seconds, int(LOCKOUT_WINDOW.total_seconds())))


def attempts_left(failures: Iterable[datetime], now: datetime) -> int:
    """Wrong codes still possible before the lock (0: the next attempt is refused)."""
    return max(0, LOCKOUT_FAILURES - len(_recent(failures, now)))


class FailureLog:
    """One person's failed step-ups as this desk saw them, and the lock the server reported.

    The server counts failures the desk never saw (another computer, a wrong password at
    sign-in), so this is a lower bound: the dialog says "at most", and the server's 429 —
    :meth:`locked` — is the word that counts. Thread-safe: the online road and the sync
    engine step up on their own threads.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._failures: list[datetime] = []
        self._locked_until: datetime | None = None

    def failed(self, at: datetime) -> None:
        with self._lock:
            self._failures = [*_recent(self._failures, at), at][-LOCKOUT_FAILURES:]

    def locked(self, seconds: float, now: datetime) -> None:
        """The server refused with 429: locked for ``seconds`` from ``now``."""
        with self._lock:
            self._locked_until = now + timedelta(seconds=max(0.0, seconds))

    def succeeded(self) -> None:
        """A step-up went through: the person is not locked (their failures still count)."""
        with self._lock:
            self._locked_until = None

    def attempts_left(self, now: datetime) -> int:
        with self._lock:
            if self.locked_for(now) is not None:
                return 0
            return attempts_left(self._failures, now)

    def locked_for(self, now: datetime) -> float | None:
        """Seconds until the server's lock ends (None: not known to be locked)."""
        until = self._locked_until
        if until is None or until <= now:
            return None
        return (until - now).total_seconds()
