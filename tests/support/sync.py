"""Shared helpers for the cache and sync tests: entity JSON in the contract's shape."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from tests.support.sandbox import advance as advance_clock
from tests.support.sandbox import clear_faults, control, set_faults
from vipclient.api.client import ApiClient
from vipclient.api.errors import InvalidCredentials
from vipclient.security.tokens import TokenStore
from vipclient.store.apply import EntityChange
from vipclient.store.effects import Insert
from vipclient.store.outbox import Command, Verify, new_key
from vipclient.sync.engine import Backoff


def client_json(uid: str, name: str, *, tier: str = "VIP5", email: str | None = None,
                manager_id: str | None = "S1", version: int = 1, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "uid": uid,
        "display_name": name,
        "email": email or f"{uid.lower()}@example.com",
        "phone": None,
        "tier": tier,
        "kyc_level": 2,
        "region": "SG",
        "languages": ["zh", "en"],
        "timezone": "Asia/Singapore",
        "preferred_channel": "chat",
        "manager_id": manager_id,
        "volume_30d_usd": "1250000.50",
        "assets_usd": "99000.00",
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


def ticket_json(tid: str, client_uid: str, subject: str, *, status: str = "new",
                version: int = 1, **extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": tid,
        "client_uid": client_uid,
        "subject": subject,
        "category": "withdrawal",
        "channel": "chat",
        "priority": "high",
        "status": status,
        "assignee_id": "S1",
        "team": None,
        "language": "zh",
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T01:00:00Z",
        "first_response_due": "2026-01-01T00:15:00Z",
        "next_response_due": None,
        "resolution_due": "2026-01-02T00:00:00Z",
        "first_responded_at": None,
        "solved_at": None,
        "sla_events": [],
        "version": version,
    }
    data.update(extra)
    return data


def upsert(entity: str, data: dict[str, Any]) -> EntityChange:
    key = data["uid"] if entity == "client" else data["id"]
    return EntityChange(entity, key, "upsert", int(data.get("version", 1)), data)


def bulk_rows(cache: Any, clients: int, tickets_each: int, *,
              name: Callable[[int], str] = lambda n: f"Client Name {n}",
              subject: Callable[[int, int], str] = lambda n, k: f"Subject {n} number {k}",
              defer_indexes: bool = False) -> None:
    """Write clients and their tickets as a first pull does (``bulk_load`` set: search
    indexing paused; with ``defer_indexes`` the secondary indexes dropped too)."""
    from sqlalchemy import text

    from vipclient.store import bulk_load
    from vipclient.store.apply import apply_changes

    with cache.session() as s:
        s.execute(text("UPDATE sync_state SET bulk_load = 1"))
        if defer_indexes:
            bulk_load.defer_indexes(s)
    with cache.session() as s:
        apply_changes(s, [upsert("client", client_json(f"U{n:08d}", name(n)))
                          for n in range(clients)])
        apply_changes(s, [
            upsert("ticket", ticket_json(f"T{n}-{k}", f"U{n:08d}", subject(n, k)))
            for n in range(clients) for k in range(tickets_each)
        ])


def feed_change(raw: Any) -> EntityChange | None:
    """One feed change as an EntityChange, or None when it breaks the contract: the check
    :func:`~vipclient.store.apply.prepare_raw` makes, written plainly (tests compare them)."""
    if not isinstance(raw, dict):
        return None
    entity, entity_id, op, data = raw.get("entity"), raw.get("id"), raw.get("op"), raw.get("data")
    if not isinstance(entity, str) or not isinstance(entity_id, str):
        return None
    if op == "upsert" and isinstance(data, dict):
        version = raw.get("version")
        return EntityChange(entity, entity_id, op, version if isinstance(version, int) else 0,
                            data)
    if op == "delete":
        return EntityChange(entity, entity_id, op, 0, None)
    return None


def delete(entity: str, key: str, version: int = 1) -> EntityChange:
    return EntityChange(entity, key, "delete", version, None)


# --------------------------------------------------------------------------- against a sandbox
# Tests only: these talk to the sandbox's demo controls and read its database directly, which
# is how a test counts what really happened on the server.

def start_sandbox(**options: Any) -> Any:
    """``SandboxServer(**options).start()`` (the sandbox is imported only when a test runs)."""
    from vipclient.sandbox.server import SandboxServer

    return SandboxServer(**options).start()


FAST = {"push_backoff": Backoff(0.005, 0.05), "reconnect": Backoff(0.05, 0.3)}
"""Engine options for tests: loopback needs no patience."""

__all__ = ["advance_clock", "clear_faults", "control", "set_faults"]


def sign_in(base_url: str, username: str = "alice") -> ApiClient:
    """Log in with the password of the demo staff and the sandbox's current TOTP code.

    A code is accepted once: when this person already used the current one, the sandbox
    clock moves to the next 30-second step and the new code is used.
    """
    from vipclient.sandbox.seed import demo_staff  # tests may use the sandbox

    person = next(p for p in demo_staff(7) if p["username"] == username)
    api = ApiClient(base_url, TokenStore.for_user(base_url, username))
    for _ in range(3):
        code = control(base_url, "GET", f"/_sandbox/totp/{username}")["code"]
        try:
            api.login(username, person["password"], code)
            return api
        except InvalidCredentials:
            advance_clock(base_url, 30)
    raise AssertionError(f"could not sign in as {username}")


def reply(ticket_id: str, body: str, author_id: str) -> tuple[Command, list[Insert], str]:
    """A reply as the screens queue it: local message first, checkable if it gets old."""
    key = new_key()
    command = Command(
        kind="ticket.message", method="POST", path=f"/tickets/{ticket_id}/messages",
        description=f"Reply to ticket {ticket_id}", body={"body": body, "internal": False},
        entity="ticket", entity_id=ticket_id, result_entity="message",
        verify=Verify(f"/tickets/{ticket_id}/messages",
                      {"body": body, "author_id": author_id}, {"limit": 1000}),
    )
    local = Insert("message", f"local-{key}", {
        "ticket_id": ticket_id, "author_kind": "staff", "author_id": author_id, "body": body,
        "internal": False})
    return command, [local], key


def server_bodies(server: Any, prefix: str) -> list[str]:
    """Message bodies starting with ``prefix`` as stored on the server."""
    from sqlalchemy import select

    from vipclient.sandbox.db import Message

    with server.sandbox.read() as s:
        return list(s.scalars(select(Message.body).where(Message.body.startswith(prefix))))


def open_ticket_ids(server: Any, n: int) -> list[str]:
    from sqlalchemy import select

    from vipclient.sandbox.db import Ticket

    with server.sandbox.read() as s:
        return list(s.scalars(
            select(Ticket.id).where(Ticket.status.in_(("new", "open", "pending_client")))
            .order_by(Ticket.id).limit(n)
        ))


def server_versions(server: Any) -> dict[tuple[str, str], int]:
    """Every live entity the server's feed serves that the desk stores, with its version
    (the desk ignores entities it does not know yet)."""
    from sqlalchemy import select

    from vipclient.sandbox.db import Change
    from vipclient.store.models import ENTITY_TABLES

    with server.sandbox.read() as s:
        rows = s.execute(
            select(Change.entity, Change.entity_id, Change.version)
            .where(Change.op == "upsert", Change.entity.in_(list(ENTITY_TABLES)))
        ).all()
    return {(e, i): v for e, i, v in rows}


def cache_versions(cache: Any) -> dict[tuple[str, str], int]:
    from sqlalchemy import text

    from vipclient.store.models import ENTITY_KEYS, ENTITY_TABLES

    out: dict[tuple[str, str], int] = {}
    with cache.read_session() as s:
        for entity, table in ENTITY_TABLES.items():
            key = ENTITY_KEYS[entity]
            for i, v in s.execute(text(
                f"SELECT {key}, version FROM {table} WHERE local_outbox_id IS NULL"
            )):
                out[(entity, i)] = v
    return out


def synced(engine: Any) -> bool:
    """The engine is live: its first pull (if any) is written and indexed."""
    return bool(engine.status.state == "live")


def no_children_left() -> bool:
    """No child process of this one is still running (a feed reader ended and was reaped)."""
    import multiprocessing

    return not multiprocessing.active_children()


def wait_until(predicate: Callable[[], bool], timeout: float = 10.0,
               interval: float = 0.02) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()


def open_ticket_ids_api(api: ApiClient, n: int) -> list[str]:
    """Ids of tickets a reply can go to, read through the API (no sandbox access)."""
    ids: list[str] = []
    for status in ("open", "new", "pending_client"):
        page = api.request("GET", "/tickets", params={"status": status, "limit": n}).json
        ids += [t["id"] for t in page["items"]]
        if len(ids) >= n:
            break
    return ids[:n]
