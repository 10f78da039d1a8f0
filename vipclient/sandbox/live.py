"""``--live``: new tickets and client replies arriving at a realistic pace.

A daemon thread wakes every few seconds (a few events a minute), and goes through the same
service functions as the API, so changes are emitted and waiting long-polls wake up.
"""

from __future__ import annotations

import logging
import math
import random
import threading
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vipclient.sandbox import attaching, ticketing
from vipclient.sandbox.core import Sandbox, new_id, now_of
from vipclient.sandbox.db import Attachment, Client, Ticket
from vipclient.sandbox.demo_alerts import alert_for
from vipclient.sandbox.routes.alerts import raise_alert

log = logging.getLogger(__name__)

REPLY_STATUSES = ("new", "open", "pending_client", "escalated", "solved")
#: Seconds of sandbox time per risk alert per 1,000 clients (platform-api, v1.1).
ALERT_EVERY_S = 600.0
MAX_ALERTS_AT_ONCE = 20


def _poisson(rng: random.Random, mean: float) -> int:
    """How many of a rare event happen in a stretch where ``mean`` are expected."""
    if mean <= 0:
        return 0
    count, limit, product = 0, math.exp(-min(mean, 50.0)), rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


class LiveSource(Protocol):
    def new_ticket(
        self, rng: random.Random, client: dict[str, Any], now: Any
    ) -> tuple[dict[str, Any], dict[str, Any]]: ...

    def client_reply(
        self, rng: random.Random, ticket: dict[str, Any], client: dict[str, Any], now: Any
    ) -> str: ...

    def live_attachment(
        self, rng: random.Random, seed: int, ticket: dict[str, Any], client: dict[str, Any],
        now: Any,
    ) -> tuple[str, str, bytes] | None: ...


class LiveGenerator:
    def __init__(
        self, sb: Sandbox, source: Any, seed: int, interval: tuple[float, float] = (8.0, 25.0)
    ) -> None:
        self.sb = sb
        self.source: LiveSource = source
        self.rng = random.Random(seed * 7919 + 1)
        # Files on client messages are drawn apart, so the events above stay as they were.
        self.files_rng = random.Random(f"vipdesk-live-files-{seed}")
        self.alerts_rng = random.Random(f"vipdesk-live-alerts-{seed}")
        self._alerts_at: datetime | None = None
        self.seed = seed
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sandbox-live", daemon=True)
        self.events = 0

    def start(self) -> None:
        self._thread.start()
        self.sb.add_tick("live risk alerts", self._alerts_tick)

    def _alerts_tick(self, s: Session, now: datetime) -> None:
        """Risk alerts at the monitoring's pace: about one per 10 minutes of sandbox time per
        1,000 clients (a moved clock brings the alerts of the time it skipped, at most
        :data:`MAX_ALERTS_AT_ONCE`)."""
        if self._stop.is_set():
            return
        last, self._alerts_at = self._alerts_at, now
        if last is None or now <= last:
            return
        clients = int(s.scalar(select(func.count()).select_from(Client)) or 0)
        expected = (now - last).total_seconds() * clients / 1000 / ALERT_EVERY_S
        count = min(MAX_ALERTS_AT_ONCE, _poisson(self.alerts_rng, expected))
        for _ in range(count):
            client = s.scalars(
                select(Client).order_by(func.random()).limit(1)
            ).first()
            if client is not None:
                raise_alert(s, alert_for(self.alerts_rng, new_id("RA"), client.to_api(), now))

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the thread to end and wait at most ``timeout`` seconds (a daemon thread still
        busy then ends with the process; its transaction is all or nothing)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=timeout)

    def _run(self) -> None:
        while not self._stop.wait(self.rng.uniform(*self.interval)):
            try:
                self.step()
            except Exception:  # the demo keeps going; the error is in the log
                log.exception("live generator step failed")

    def step(self) -> str | None:
        """One event: a new ticket (40 %) or a client's reply on a live ticket."""
        with self.sb.transaction() as s:
            now = now_of(s)
            if self.rng.random() < 0.4:
                client = s.scalars(
                    select(Client).where(Client.status == "active")
                    .order_by(func.random()).limit(1)
                ).first()
                if client is None:
                    return None
                client_rec = client.to_api()
                ticket_rec, message_rec = self.source.new_ticket(self.rng, client_rec, now)
                files = self._files(s, ticket_rec, client_rec, now)
                ticket = ticketing.open_ticket(s, ticket_rec, message_rec, files)
                self.events += 1
                return ticket.id
            ticket_row = s.scalars(
                select(Ticket).where(Ticket.status.in_(REPLY_STATUSES))
                .order_by(func.random()).limit(1)
            ).first()
            if ticket_row is None:
                return None
            owner = s.get(Client, ticket_row.client_uid)
            if owner is None:
                return None
            ticket_rec, client_rec = ticket_row.to_api(), owner.to_api()
            body = self.source.client_reply(self.rng, ticket_rec, client_rec, now)
            files = self._files(s, ticket_rec, client_rec, now)
            ticketing.client_message(s, ticket_row, body, files)
            self.events += 1
            return ticket_row.id

    def _files(
        self, s: Session, ticket: dict[str, Any], client: dict[str, Any], now: datetime
    ) -> list[Attachment]:
        """The file the client sends with this message, now and then (uploaded by them)."""
        picked = self.source.live_attachment(self.files_rng, self.seed, ticket, client, now)
        if picked is None:
            return []
        filename, content_type, data = picked
        return [attaching.store(
            s, ticket_id=str(ticket["id"]), filename=filename, content_type=content_type,
            data=data, uploaded_by=str(client["uid"]), actor=None,
        )]
