"""Periodic housekeeping on the sandbox clock: SLA breaches, request expiry, pruning."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from vipclient.sandbox import auth, ticketing
from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.feed import prune_tombstones
from vipclient.sandbox.idempotency import prune_keys
from vipclient.sandbox.routes.requests import expire_due

TOMBSTONE_RETENTION = timedelta(days=7)


def housekeeping(s: Session, now: datetime) -> None:
    prune_tombstones(s, now, TOMBSTONE_RETENTION)
    prune_keys(s, now)
    auth.prune_failures(s, now)
    auth.prune_tokens(s, now)


def install_ticks(sb: Sandbox) -> None:
    sb.add_tick("sla_breaches", ticketing.record_breaches)
    # Expiry of pending requests and fall-back of custom fee schedules and raised limits.
    sb.add_tick("request_expiry", expire_due)
    sb.add_tick("housekeeping", housekeeping)


class Ticker:
    """Runs ``sb.tick()`` every ``interval`` seconds of real time on a daemon thread."""

    def __init__(self, sb: Sandbox, interval: float = 1.0) -> None:
        self.sb = sb
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sandbox-ticker", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sb.tick()

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the thread to end and wait at most ``timeout`` seconds (a daemon thread still
        busy then ends with the process; its transaction is all or nothing)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=timeout)
