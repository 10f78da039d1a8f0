"""Periodic housekeeping on the sandbox clock: SLA breaches, request expiry, pruning."""

from __future__ import annotations

import importlib
import importlib.util
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from vipclient.sandbox import auth, ticketing
from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.feed import prune_tombstones
from vipclient.sandbox.idempotency import prune_keys

TOMBSTONE_RETENTION = timedelta(days=7)


def housekeeping(s: Session, now: datetime) -> None:
    prune_tombstones(s, now, TOMBSTONE_RETENTION)
    prune_keys(s, now)
    auth.prune_failures(s, now)
    auth.prune_tokens(s, now)


def _request_expiry() -> Callable[[Session, datetime], Any] | None:
    """``expire_due(session, now)`` of the requests router: expiry of pending requests and
    fall-back of custom fee schedules and raised limits."""
    name = "vipclient.sandbox.routes.requests"
    if importlib.util.find_spec(name) is None:
        return None
    fn = getattr(importlib.import_module(name), "expire_due", None)
    return fn if callable(fn) else None


def install_ticks(sb: Sandbox) -> None:
    sb.add_tick("sla_breaches", ticketing.record_breaches)
    expire = _request_expiry()
    if expire is not None:
        sb.add_tick("request_expiry", expire)
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

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)
