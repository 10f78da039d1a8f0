"""Helpers for the clients/lanes/ticket screens' tests: caches filled straight through the
store's bulk apply (no server), up to the size of a big book (10,000 clients, 100,000 tickets).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

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


def upsert(entity: str, data: dict[str, Any]) -> EntityChange:
    key = data["uid"] if entity == "client" else data["id"]
    return EntityChange(entity, key, "upsert", int(data.get("version", 1)), data)


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


def _tickets(n: int, n_clients: int, tiers: list[int], rng: random.Random
             ) -> Iterator[dict[str, Any]]:
    for i in range(n):
        c = rng.randrange(n_clients)
        created = NOW - timedelta(minutes=rng.randint(0, 60 * 24 * 5))
        status = rng.choice(_STATUSES)
        yield ticket_json(
            f"T{1000000 + i}", f"U{10000000 + c}", tier=tiers[c], created=created,
            status=status, priority=rng.choice(list(Priority)).value,
            category=rng.choice(list(Category)).value, responded=rng.random() < 0.5,
            subject=rng.choice(_SUBJECTS), language=rng.choice(["en", "zh", "ja"]),
            channel=rng.choice(list(Channel)).value,
            assignee_id=rng.choice(["S1", "S2", None, None]),
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
