"""Loading the demo book into an empty database, fast.

Rows go in through Core ``insert()`` with executemany in batches (no ORM objects), and each
entity's change-feed row is written at the same time with its serialized representation, so
10,000 clients (~100,000 tickets) load well inside a minute.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, cast

from sqlalchemy import JSON, Boolean, Table, insert, select
from sqlalchemy.engine import Connection

from vipclient.domain.policy import DEFAULT_POLICIES
from vipclient.domain.sla import TicketSla, targets_for
from vipclient.sandbox.auth import hash_password
from vipclient.sandbox.clock import to_utc
from vipclient.sandbox.db import (
    ApiAccessRequest,
    Asset,
    Attachment,
    AttachmentBlob,
    Base,
    Change,
    Client,
    FeeRequest,
    Freeze,
    HelpArticle,
    Message,
    Meta,
    Policy,
    RiskAlert,
    Staff,
    Ticket,
    UnfreezeRequest,
    UTCDateTime,
    WithdrawalRequest,
    dumps,
)
from vipclient.sandbox.demo_market import assets_api

BATCH = 5000


class DemoSource(Protocol):
    """Where demo data comes from (``vipclient.sandbox.seed`` in production)."""

    def demo_staff(self, seed: int) -> list[dict[str, Any]]: ...

    def generate(
        self, seed: int, n_clients: int, now: datetime, staff: list[dict[str, Any]]
    ) -> Iterable[tuple[str, dict[str, Any]]]: ...

    def with_attachments(
        self, seed: int, items: Iterable[tuple[str, dict[str, Any]]]
    ) -> Iterable[tuple[str, dict[str, Any]]]: ...

    def help_articles(self, seed: int, now: datetime) -> list[dict[str, Any]]: ...

    def with_risk_alerts(
        self, seed: int, items: Iterable[tuple[str, dict[str, Any]]], now: datetime
    ) -> Iterable[tuple[str, dict[str, Any]]]: ...


# entity name (as yielded and as in the feed) → model
_MODELS: dict[str, type[Base]] = {
    "client": Client,
    "ticket": Ticket,
    "message": Message,
    "fee_request": FeeRequest,
    "withdrawal_request": WithdrawalRequest,
    "api_access_request": ApiAccessRequest,
    "freeze": Freeze,
    "unfreeze_request": UnfreezeRequest,
}
# Entities of v1.1 go in after the whole book, so every change of the book keeps the seq it
# had before they existed; blobs are stored but never in the feed.
_LATE_MODELS: dict[str, type[Base]] = {
    "attachment": Attachment, "help_article": HelpArticle, "risk_alert": RiskAlert,
}
_UNFED_MODELS: dict[str, type[Base]] = {"attachment_blob": AttachmentBlob}
_ALIASES = {name + "s": name for name in _MODELS} | {"clients": "client"}
_ORDER = tuple(_MODELS)  # clients first: tickets look up their client's tier
_FINAL_STATUSES = frozenset({"solved", "closed"})


def _sqlite_value(kind: str) -> Callable[[Any], Any]:
    if kind == "datetime":
        last: list[Any] = [None, None]  # one-entry memo: a batch often repeats one moment

        def stamp(v: Any) -> Any:
            if v is None:
                return None
            if v is not last[0]:
                # SQLAlchemy's own SQLite storage format for DateTime (naive UTC here).
                last[0], last[1] = v, to_utc(v).isoformat(" ", "microseconds")[:26]
            return last[1]

        return stamp
    if kind == "json":
        return lambda v: None if v is None else json.dumps(v)
    if kind == "bool":
        return lambda v: None if v is None else int(bool(v))
    return lambda v: v


def _kind(column: Any) -> str:
    if isinstance(column.type, UTCDateTime):
        return "datetime"
    if isinstance(column.type, JSON):
        return "json"
    if isinstance(column.type, Boolean):
        return "bool"
    return "plain"


def bulk_insert(conn: Connection, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert many rows. On SQLite the values are converted here and handed to the driver's
    executemany (SQLAlchemy's per-value processing would cost more than the insert itself);
    elsewhere Core ``insert()`` does the work."""
    if conn.dialect.name != "sqlite":
        conn.execute(insert(model), rows)
        return
    table = cast(Table, model.__table__)
    columns = list(table.columns)
    names = [c.name for c in columns]
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    defaults = {c.name: getattr(c.default, "arg", None) for c in columns}
    # Only datetime, JSON and boolean columns need converting; the rest go in as they are.
    special = [(i, _sqlite_value(_kind(c))) for i, c in enumerate(columns)
               if _kind(c) != "plain"]
    values = []
    for row in rows:
        item = [row.get(name, defaults[name]) for name in names]
        for i, convert in special:
            item[i] = convert(item[i])
        values.append(item)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, values)
    finally:
        cursor.close()


def _key_of(entity: str, row: dict[str, Any]) -> str:
    return str(row["uid"] if entity == "client" else row["id"])


@dataclass
class SeedStats:
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


class _Loader:
    def __init__(self, conn: Connection, now: datetime) -> None:
        self.conn = conn
        self.now = now
        self.seq = 0
        self.rows: dict[str, list[dict[str, Any]]] = {e: [] for e in _MODELS}
        self.changes: list[dict[str, Any]] = []
        self.tiers: dict[str, str] = {}
        self.counts: dict[str, int] = {}
        self.messages = 0
        self.pending = 0
        self.late: dict[str, list[dict[str, Any]]] = {
            e: [] for e in (*_UNFED_MODELS, *_LATE_MODELS)
        }

    def change(self, entity: str, key: str, version: int, data: dict[str, Any]) -> None:
        self.seq += 1
        self.changes.append({
            "entity": entity, "entity_id": key, "seq": self.seq, "op": "upsert",
            "version": version, "data": dumps(data), "at": self.now,
        })

    def add(self, entity: str, record: dict[str, Any]) -> None:
        entity = _ALIASES.get(entity, entity)
        if entity in self.late:
            self.late[entity].append(record)
            self.counts[entity] = self.counts.get(entity, 0) + 1
            return
        model = _MODELS.get(entity)
        if model is None:
            raise ValueError(f"the demo data yielded an unknown entity {entity!r}")
        row: dict[str, Any] = model.row_from_api(record)  # type: ignore[attr-defined]
        if entity == "client":
            self.tiers[row["uid"]] = row["tier"]
        elif entity == "message":
            self.messages += 1
            row["ordinal"] = self.messages
        self.rows[entity].append(row)
        self.counts[entity] = self.counts.get(entity, 0) + 1
        self.pending += 1
        if self.pending >= BATCH:
            self.flush()

    def _ticket_sla(self, row: dict[str, Any]) -> None:
        """Record breaches already due (the demo book has some) and the next check time."""
        if row["status"] in _FINAL_STATUSES:
            return  # no clock runs on a solved or closed ticket: nothing to record or check
        tier = self.tiers.get(row["client_uid"])
        if tier is None:
            tier = self.conn.scalar(select(Client.tier).where(Client.uid == row["client_uid"]))
        targets = targets_for(tier or "VIP1", row["priority"])
        sla = TicketSla.from_fields(Ticket.api_of(row), targets)
        sla.check_breaches(self.now)
        row["sla_events"] = [ev.to_json() for ev in sla.sla_events]
        row["sla_check_at"] = sla.next_deadline()

    def flush(self) -> None:
        for entity in _ORDER:
            rows = self.rows[entity]
            if not rows:
                continue
            model = _MODELS[entity]
            for row in rows:
                if entity == "ticket":
                    self._ticket_sla(row)
                self.change(entity, _key_of(entity, row), row.get("version", 1),
                            model.api_of(row))
            bulk_insert(self.conn, model, rows)
            self.rows[entity] = []
        if self.changes:
            bulk_insert(self.conn, Change, self.changes)
            self.changes = []
        self.pending = 0

    def flush_late(self) -> None:
        """The v1.1 entities, after the book (see :data:`_LATE_MODELS`)."""
        blobs = self.late.pop("attachment_blob")
        for start in range(0, len(blobs), BATCH):
            bulk_insert(self.conn, AttachmentBlob, blobs[start:start + BATCH])
        for entity, model in _LATE_MODELS.items():
            records = self.late.pop(entity)
            for start in range(0, len(records), BATCH):
                rows = [model.row_from_api(r)  # type: ignore[attr-defined]
                        for r in records[start:start + BATCH]]
                for row in rows:
                    self.change(entity, _key_of(entity, row), row.get("version", 1),
                                model.api_of(row))
                bulk_insert(self.conn, model, rows)
                bulk_insert(self.conn, Change, self.changes)
                self.changes = []


def seed_database(
    conn: Connection, source: DemoSource, *, seed: int, n_clients: int, now: datetime,
    progress: Callable[[str], None] | None = None,
) -> SeedStats:
    """Fill an empty database (inside the caller's transaction on ``conn``)."""
    started = time.perf_counter()
    loader = _Loader(conn, now)
    staff = source.demo_staff(seed)
    staff_rows = [{
        "id": p["id"], "username": p["username"], "password_hash": hash_password(p["password"]),
        "display_name": p["display_name"], "roles": list(p["roles"]),
        "languages": list(p.get("languages") or ["en"]), "totp_secret": p["totp_secret"],
        "totp_last_step": None, "version": 1,
    } for p in staff]
    conn.execute(insert(Staff), staff_rows)
    for row in staff_rows:
        loader.change("staff", row["id"], 1, Staff.api_of(row))
    policy_rows = []
    for position, rule in enumerate(DEFAULT_POLICIES):
        j = rule.to_json()
        policy_rows.append({
            "id": j["id"], "position": position, "applies_to": j["applies_to"],
            "when": j["when"], "action": j["action"], "approvals": j["approvals"],
            "approver_role": j["approver_role"], "step_up": j["step_up"],
            "expires_after_hours": j["expires_after_hours"],
            "description": j.get("description", ""), "version": 1,
        })
    conn.execute(insert(Policy), policy_rows)
    for row in policy_rows:
        loader.change("policy", row["id"], 1, Policy.api_of(row))
    conn.execute(insert(Asset), [dict(a) for a in assets_api()])
    book = source.with_risk_alerts(
        seed, source.with_attachments(seed, source.generate(seed, n_clients, now, staff)), now,
    )
    for entity, record in book:
        loader.add(entity, record)
    loader.flush()
    for record in source.help_articles(seed, now):
        loader.add("help_article", record)
    loader.flush_late()
    conn.execute(insert(Meta), [
        {"key": "change_seq", "value": loader.seq},
        {"key": "pruned_seq", "value": 0},
        {"key": "seeded", "value": seed},
    ])
    stats = SeedStats(dict(loader.counts), time.perf_counter() - started)
    stats.counts["staff"] = len(staff_rows)
    if progress:
        progress(f"seeded {stats.counts} in {stats.seconds:.1f} s")
    return stats
