"""Helpers for the clients/lanes/ticket screens' tests: caches filled straight through the
store's bulk apply (no server), up to the size of a big book (10,000 clients, 100,000 tickets).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from tests.support.sync import upsert
from vipclient.domain.enums import Category, Channel, Priority, TicketStatus
from vipclient.domain.sla import TicketSla, format_ts
from vipclient.store.apply import EntityChange, apply_changes
from vipclient.store.cache import Cache

NOW = datetime(2026, 11, 25, 9, 0, 0, tzinfo=UTC)

STAFF = [
    {"id": "S1", "username": "alice", "display_name": "Alice Chen", "roles": ["account_manager"],
     "languages": ["en", "zh"]},
    {"id": "S2", "username": "bob", "display_name": "Bob Okafor", "roles": ["account_manager"],
     "languages": ["en"]},
    {"id": "S3", "username": "carol", "display_name": "Carol Díaz", "roles": ["supervisor"],
     "languages": ["en", "es"]},
    {"id": "S4", "username": "dave", "display_name": "Dave Kim",
     "roles": ["security_officer"], "languages": ["en", "ko"]},
]

_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"]
_GIVEN = ["小明", "伟", "芳", "娜", "静", "强", "磊", "洋", "艳", "勇"]
_LATIN = ["Smith", "Müller", "Tanaka", "Garcia", "Novak", "Rossi", "Dubois", "Kowalski"]
_FIRST = ["Anna", "Ben", "Chloe", "David", "Elena", "Farid", "Grace", "Hiro"]
_SUBJECTS = [
    "Withdrawal stuck in processing", "API rate limit too low", "Fee schedule question",
    "Suspicious login alert", "Deposit not credited", "KYC document update",
    "提币一直在处理中", "API 限频调整", "账户异常登录提醒", "充值未到账",
]


def client_json(uid: str, name: str, *, tier: int = 5, manager_id: str | None = "S1",
                version: int = 1, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "uid": uid,
        "display_name": name,
        "email": f"{uid.lower()}@example.com",
        "phone": "+65 6000 0000",
        "tier": f"VIP{tier}",
        "kyc_level": 2,
        "region": "SG",
        "languages": ["zh", "en"],
        "timezone": "Asia/Shanghai",
        "preferred_channel": "chat",
        "manager_id": manager_id,
        "volume_30d_usd": "1250000.50",
        "assets_usd": "99000.00",
        "fee_schedule": {"maker_bps": "6", "taker_bps": "10", "source": "tier",
                         "expires_at": None},
        "withdrawal_limit_24h_usd": "2000000.00",
        "api": {"rate_limit_tier": "pro", "ip_whitelist": ["203.0.113.7"]},
        "status": "active",
        "freeze_scopes": [],
        "tags": ["otc"],
        "notes": "",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-02T00:00:00Z",
        "version": version,
    }
    data.update(extra)
    return data


def ticket_json(tid: str, client_uid: str, *, tier: int = 5, created: datetime = NOW,
                status: str = "new", priority: str = "normal", category: str = "trading",
                responded: bool = False, subject: str = "Question", version: int = 1,
                **extra: Any) -> dict[str, Any]:
    """A ticket whose SLA fields follow the real SLA machine from ``created``."""
    sla = TicketSla.for_ticket(f"VIP{tier}", priority)
    sla.start(created)
    if responded:
        sla.on_staff_reply(created + timedelta(minutes=1), internal=False)
    data: dict[str, Any] = {
        "id": tid,
        "client_uid": client_uid,
        "subject": subject,
        "category": category,
        "channel": "chat",
        "priority": priority,
        "status": status,
        "assignee_id": None,
        "team": None,
        "language": "en",
        "created_at": format_ts(created),
        "updated_at": format_ts(created),
        "version": version,
        **sla.to_fields(),
    }
    data["status"] = status
    data.update(extra)
    return data


def apply(cache: Cache, *changes: EntityChange) -> None:
    with cache.session() as s:
        apply_changes(s, changes)


def _clients(n: int, rng: random.Random) -> Iterator[dict[str, Any]]:
    for i in range(n):
        uid = f"U{10000000 + i}"
        if rng.random() < 0.6:
            name = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
        else:
            name = f"{rng.choice(_FIRST)} {rng.choice(_LATIN)}"
        tier = rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 7, 8, 9, 10])
        yield client_json(
            uid, name, tier=tier, manager_id=rng.choice(["S1", "S1", "S2", None]),
            languages=rng.choice([["zh"], ["en"], ["zh", "en"], ["ja", "en"]]),
            tags=rng.sample(["otc", "market-maker", "api", "institution", "whale"], 2),
            status="frozen" if rng.random() < 0.02 else "active",
            volume_30d_usd=f"{rng.randint(0, 50_000_000)}.00",
        )


_STATUSES = (["new"] * 10 + ["open"] * 20 + ["pending_client"] * 10 + ["escalated"] * 5
             + ["solved"] * 30 + ["closed"] * 25)


def _fast_ticket(tid: str, client_uid: str, tier: int, created: datetime, status: str,
                 priority: str, category: str, responded: bool, rng: random.Random
                 ) -> dict[str, Any]:
    """A ticket with SLA fields set by the SLA table directly (the clock machine of
    :func:`ticket_json` costs too much for 100,000 tickets; the fields come out the same for
    these simple histories)."""
    from vipclient.domain.sla import targets_for

    t = targets_for(f"VIP{tier}", priority)
    fields: dict[str, Any] = {
        "first_response_due": format_ts(created + t.first_response),
        "first_responded_at": format_ts(created + timedelta(minutes=1)) if responded else None,
        "next_response_due": None,
        "resolution_due": format_ts(created + t.resolution),
        "solved_at": None,
        "sla_events": [],
    }
    if responded and rng.random() < 0.3:
        # A client wrote again after the first answer: the next-response clock runs.
        wrote = created + timedelta(minutes=30)
        fields["next_response_due"] = format_ts(wrote + t.next_response)
    return {
        "id": tid, "client_uid": client_uid, "subject": rng.choice(_SUBJECTS),
        "category": category, "channel": rng.choice(list(Channel)).value,
        "priority": priority, "status": status,
        "assignee_id": rng.choice(["S1", "S2", None, None]), "team": None,
        "language": rng.choice(["en", "zh", "ja"]), "created_at": format_ts(created),
        "updated_at": format_ts(created), "version": 1, **fields,
    }


def _tickets(n: int, n_clients: int, tiers: list[int], rng: random.Random
             ) -> Iterator[dict[str, Any]]:
    for i in range(n):
        c = rng.randrange(n_clients)
        status = rng.choice(_STATUSES)
        # Open tickets are mostly recent (a desk that keeps up); finished ones span weeks.
        span = 60 * 24 * 30 if status in ("solved", "closed") else rng.choice([60, 240, 1440, 4320])
        created = NOW - timedelta(minutes=rng.randint(0, span))
        yield _fast_ticket(
            f"T{1000000 + i}", f"U{10000000 + c}", tiers[c], created, status,
            rng.choice(list(Priority)).value, rng.choice(list(Category)).value,
            rng.random() < 0.5, rng,
        )


def fill_book(cache: Cache, clients: int, tickets: int, seed: int = 7) -> None:
    """A book of ``clients`` clients and ``tickets`` tickets (plus staff), in bulk."""
    rng = random.Random(seed)
    staff = [upsert("staff", dict(s, version=1)) for s in STAFF]
    client_data = list(_clients(clients, rng))
    tiers = [int(c["tier"][3:]) for c in client_data]
    apply(cache, *staff, *(upsert("client", c) for c in client_data))
    batch: list[EntityChange] = []
    for t in _tickets(tickets, clients, tiers, rng):
        batch.append(upsert("ticket", t))
        if len(batch) >= 20_000:
            apply(cache, *batch)
            batch = []
    if batch:
        apply(cache, *batch)


def open_statuses() -> set[str]:
    return {s.value for s in TicketStatus} - {"solved", "closed"}


def book_cache(path: Path, clients: int, tickets: int) -> Cache:
    """Open the cache at ``path``, filling it first when it is new (built once, then reused)."""
    fresh = not path.exists()
    cache = Cache.open(path)
    if fresh:
        fill_book(cache, clients, tickets)
    return cache


# --- contexts for the screens ---------------------------------------------------------------


class QuietSync:
    """Stands in for the sync controller where a test drives only the cache: the same signals,
    emitted by the test; ``nudge()`` is counted (nothing is sent anywhere)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QObject, Signal

        class _Signals(QObject):
            changesApplied = Signal(object)
            outboxChanged = Signal(int, int)

        self._signals = _Signals()
        self.changesApplied = self._signals.changesApplied
        self.outboxChanged = self._signals.outboxChanged
        self.nudges = 0

    def nudge(self) -> None:
        self.nudges += 1


def cache_ctx(cache: Cache, me_id: str = "S1", now: datetime = NOW) -> Any:
    """An AppContext over ``cache`` alone, signed in as staff ``me_id``, clock frozen at
    ``now`` (tests move it by assigning ``ctx.now``)."""
    from vipclient.gui.workers import run_in_background
    from vipclient.services.context import AppContext, Me
    from vipclient.settings import Settings

    person = next(s for s in STAFF if s["id"] == me_id)
    return AppContext(
        settings=Settings.load(),
        cache=cache,
        sync=QuietSync(),  # type: ignore[arg-type]
        me=Me.from_staff(person),
        server_url="http://127.0.0.1:9",
        run_in_background=run_in_background,
        now=lambda: now,
    )


@contextmanager
def live_desk(clients: int = 30, username: str = "alice", **sandbox: Any) -> Iterator[Any]:
    """A real sandbox, a real sign-in and a real sync engine filling the cache; yields
    ``(server, ctx)`` once the first full sync is done."""
    import time

    from tests.support.gui import sign_in, start_sandbox
    from vipclient.gui.workers import run_in_background
    from vipclient.services.context import AppContext
    from vipclient.settings import Settings
    from vipclient.sync.controller import SyncController

    srv = start_sandbox(clients, **sandbox)
    signed = sign_in(srv, username)
    sync = SyncController(signed.cache, signed.api, wait=2.0)
    ctx = AppContext(
        settings=Settings.load(), cache=signed.cache, sync=sync, me=signed.me,
        server_url=srv.base_url, run_in_background=run_in_background,
        now=signed.api.server_now,
    )
    sync.start()
    try:
        deadline = time.monotonic() + 30
        while sync.engine.status.state != "live":
            if time.monotonic() > deadline:
                raise TimeoutError(f"first sync did not finish: {sync.engine.status}")
            time.sleep(0.05)
        yield srv, ctx
    finally:
        ctx.sync.stop()
        sync.stop()
        signed.api.abort()
        srv.stop()
        signed.cache.close()


# --- driving the sandbox's side ------------------------------------------------------------


def server_ticket(srv: Any, client_uid: str, *, subject: str, priority: str = "normal",
                  category: str = "trading", language: str = "en") -> str:
    """The client opens a ticket on the server now (as the live generator does); its id."""
    import uuid

    from vipclient.sandbox import ticketing

    tid = f"T-test-{uuid.uuid4().hex[:10]}"
    record = {
        "id": tid, "client_uid": client_uid, "subject": subject, "category": category,
        "channel": "chat", "priority": priority, "status": "new", "assignee_id": None,
        "team": None, "language": language, "created_at": "2026-01-01T00:00:00Z",
    }
    with srv.sandbox.transaction() as s:
        ticketing.open_ticket(s, record, {"body": f"Hello, about {subject}"})
    return tid


def server_client_message(srv: Any, ticket_id: str, body: str) -> None:
    """The client writes on an existing ticket (server side)."""
    from vipclient.sandbox import ticketing
    from vipclient.sandbox.db import Ticket

    with srv.sandbox.transaction() as s:
        ticket = s.get(Ticket, ticket_id)
        assert ticket is not None
        ticketing.client_message(s, ticket, body)


def restart_sync(ctx: Any) -> Any:
    """Stop the context's sync engine and put a new, not yet started one in its place (as a
    restart of the app would); returns it. Screens built afterwards listen to the new one."""
    from vipclient.sync.controller import SyncController

    old = ctx.sync
    old.stop()
    new = SyncController(ctx.cache, old.engine.api, wait=2.0)
    ctx.sync = new
    return new


BIG_CLIENTS = 10_000
BIG_TICKETS = 100_000
BOOK_VERSION = 2


def shared_big_book(base: Path) -> Path:
    """The 10,000-client, 100,000-ticket cache, built once per test run and shared by the
    xdist workers (``base`` is the run's temp root; a lock file makes one worker build it)."""
    import fcntl

    # The version changes whenever the generator does, so an old book is never reused.
    path = base / f"book-v{BOOK_VERSION}-{BIG_CLIENTS}-{BIG_TICKETS}.sqlite3"
    done = base / (path.name + ".done")
    with open(base / (path.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            if not done.exists():
                for suffix in ("", "-wal", "-shm"):
                    Path(str(path) + suffix).unlink(missing_ok=True)
                cache = Cache.open(path)
                fill_book(cache, BIG_CLIENTS, BIG_TICKETS)
                cache.close()
                done.touch()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
    return path
