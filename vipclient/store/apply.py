"""Write server state into the cache: upserts and deletes of feed entities, in bulk.

The changes feed and the answers to pushed actions both arrive as an entity's full JSON; the
columns are always derived from that JSON by :func:`columns_for`, so a row's columns and its
``data`` never disagree. Statements are plain SQL ``INSERT … ON CONFLICT DO UPDATE`` run with
``executemany`` (a page of 1,000 changes is one statement per entity kind), which also fires the
``UPDATE`` triggers that keep the search index and the tickets' client columns current (``INSERT
OR REPLACE`` would not).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import chain
from typing import Any

import orjson
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from vipclient.domain.enums import AlertSeverity
from vipclient.store.dashboard_facts import settled_column
from vipclient.store.models import ENTITY_KEYS, ENTITY_TABLES
from vipclient.store.timefmt import db_time

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class EntityChange:
    """One change to apply: ``op`` is ``upsert`` (with ``data``) or ``delete``."""

    entity: str
    id: str
    op: str
    version: int
    data: Mapping[str, Any] | None


# --------------------------------------------------------------------------- JSON → columns


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _int(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _real(value: Any) -> float | None:
    if value is None:
        return None
    try:
        return float(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None


def _time(value: Any) -> str | None:
    if type(value) is str and len(value) == 20 and value[10] == "T" and value[19] == "Z" and (
        value[4] == "-"
    ):
        return value  # the wire's form is the stored form (the common case: no call)
    if value is None or value == "":
        return None
    try:
        return db_time(str(value))
    except ValueError:
        return None


def list_column(value: Any) -> str:
    """``["zh", "en"]`` → ``",zh,en,"``; nothing → ``""``.

    So ``LIKE '%,x,%'`` finds exact values.
    """
    if not value:
        return ""
    if isinstance(value, str):
        value = [value]
    return "," + ",".join(str(v) for v in value) + ","


def tier_level(value: Any) -> int:
    """``"VIP7"`` → 7; anything unreadable → 0 (sorts last)."""
    text_value = str(value or "")
    if text_value.upper().startswith("VIP"):
        text_value = text_value[3:]
    level = _int(text_value)
    return level if level is not None and 1 <= level <= 10 else 0


def _client(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "display_name": str(d.get("display_name") or ""),
        "email": str(d.get("email") or ""),
        "phone": _text(d.get("phone")),
        "tier": tier_level(d.get("tier")),
        "manager_id": _text(d.get("manager_id")),
        "status": str(d.get("status") or "active"),
        "region": _text(d.get("region")),
        "languages": list_column(d.get("languages")),
        "tags": list_column(d.get("tags")),
        "kyc_level": _int(d.get("kyc_level")),
        "preferred_channel": _text(d.get("preferred_channel")),
        "volume_30d_usd": _real(d.get("volume_30d_usd")),
        "assets_usd": _real(d.get("assets_usd")),
        "created_at": _time(d.get("created_at")),
        "updated_at": _time(d.get("updated_at")),
    }


def _ticket(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "client_uid": str(d.get("client_uid") or ""),
        "subject": str(d.get("subject") or ""),
        "category": _text(d.get("category")),
        "channel": _text(d.get("channel")),
        "priority": _text(d.get("priority")),
        "status": str(d.get("status") or "new"),
        "assignee_id": _text(d.get("assignee_id")),
        "team": _text(d.get("team")),
        "language": _text(d.get("language")),
        "created_at": _time(d.get("created_at")),
        "updated_at": _time(d.get("updated_at")),
        "first_response_due": _time(d.get("first_response_due")),
        "next_response_due": _time(d.get("next_response_due")),
        "resolution_due": _time(d.get("resolution_due")),
        "first_responded_at": _time(d.get("first_responded_at")),
        "solved_at": _time(d.get("solved_at")),
        "sla_settled": settled_column(d.get("sla_events"), _time),
    }


def _message(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "ticket_id": str(d.get("ticket_id") or ""),
        "author_kind": str(d.get("author_kind") or "system"),
        "author_id": _text(d.get("author_id")),
        "internal": 1 if d.get("internal") else 0,
        "created_at": _time(d.get("created_at")),
        "body": str(d.get("body") or ""),
    }


def _request_common(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "client_uid": str(d.get("client_uid") or ""),
        "requester_id": _text(d.get("requester_id")),
        "status": str(d.get("status") or "pending_approval"),
        "rule_id": _text(d.get("rule_id")),
        "approvals_required": _int(d.get("approvals_required")) or 0,
        "approver_role": _text(d.get("approver_role")),
        "valid_until": _time(d.get("valid_until")),
        "expires_at": _time(d.get("expires_at")),
        "created_at": _time(d.get("created_at")),
        "updated_at": _time(d.get("updated_at")),
    }


def _fee_request(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        **_request_common(d),
        "maker_bps": _text(d.get("maker_bps")),
        "taker_bps": _text(d.get("taker_bps")),
        "scope": _text(d.get("scope")),
    }


def _withdrawal_request(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        **_request_common(d),
        "kind": _text(d.get("kind")),
        "asset": _text(d.get("asset")),
        "amount": _text(d.get("amount")),
        "usd_amount": _real(d.get("usd_amount")),
    }


def _api_access_request(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        **_request_common(d),
        "rate_limit_tier": _text(d.get("rate_limit_tier")),
        "ip_whitelist": list_column(d.get("ip_whitelist")),
    }


def _freeze(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "client_uid": str(d.get("client_uid") or ""),
        "status": str(d.get("status") or "active"),
        "scopes": list_column(d.get("scopes")),
        "reason_code": _text(d.get("reason_code")),
        "created_by": _text(d.get("created_by")),
        "created_at": _time(d.get("created_at")),
        "updated_at": _time(d.get("updated_at")),
    }


def _unfreeze_request(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "freeze_id": str(d.get("freeze_id") or ""),
        "client_uid": _text(d.get("client_uid")),
        "requester_id": _text(d.get("requester_id")),
        "status": str(d.get("status") or "pending"),
        "created_at": _time(d.get("created_at")),
        "updated_at": _time(d.get("updated_at")),
    }


def _staff(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "username": _text(d.get("username")),
        "display_name": str(d.get("display_name") or ""),
        "roles": list_column(d.get("roles")),
        "languages": list_column(d.get("languages")),
    }


def _policy(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "applies_to": _text(d.get("applies_to")),
        "action": _text(d.get("action")),
        "position": _int(d.get("position")),
    }


# --- v1.1 workspace: files on tickets, the help centre


def _attachment(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "ticket_id": str(d.get("ticket_id") or ""),
        "filename": str(d.get("filename") or ""),
        "content_type": str(d.get("content_type") or ""),
        "size": _int(d.get("size")) or 0,
        "sha256": str(d.get("sha256") or ""),
        "uploaded_by": _text(d.get("uploaded_by")),
        "created_at": _time(d.get("created_at")),
    }


def _help_article(d: Mapping[str, Any]) -> dict[str, Any]:
    from vipclient.domain.help import article_text

    title, summary = str(d.get("title") or ""), str(d.get("summary") or "")
    return {
        "lang": str(d.get("lang") or ""),
        "title": title,
        "summary": summary,
        "url": str(d.get("url") or ""),
        "tags": list_column(d.get("tags")),
        "updated_at": _time(d.get("updated_at")),
        "search_text": article_text(title, summary, str(d.get("body") or "")),
    }


# --- security desk -----------------------------------------------------------------------------

_SEVERITY_RANK = {s.value: s.rank for s in AlertSeverity}


def _risk_alert(d: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "client_uid": str(d.get("client_uid") or ""),
        "kind": _text(d.get("kind")),
        "severity": _text(d.get("severity")),
        "severity_rank": _SEVERITY_RANK.get(str(d.get("severity")), 0),
        "status": str(d.get("status") or "open"),
        "created_at": _time(d.get("created_at")),
        "handled_by": _text(d.get("handled_by")),
        "handled_at": _time(d.get("handled_at")),
        "freeze_id": _text(d.get("freeze_id")),
    }


_MAPPERS: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
    "client": _client,
    "ticket": _ticket,
    "message": _message,
    "fee_request": _fee_request,
    "withdrawal_request": _withdrawal_request,
    "freeze": _freeze,
    "unfreeze_request": _unfreeze_request,
    "staff": _staff,
    "policy": _policy,
    # v1.1 workspace
    "attachment": _attachment,
    "help_article": _help_article,
    "api_access_request": _api_access_request,
    # -- security desk --
    "risk_alert": _risk_alert,
}


def columns_for(entity: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """The sort/filter columns of an entity row, derived from its JSON."""
    return _MAPPERS[entity](data)


def is_known_entity(entity: str) -> bool:
    return entity in _MAPPERS


# --------------------------------------------------------------------------- statements


def _row_sql(entity: str, rows: int = 1, *, only_newer: bool = True) -> str:
    """``INSERT … ON CONFLICT DO UPDATE`` of rows as tuples (:func:`_row`), with numbered
    parameters: sqlite3 binds a tuple faster than it looks names up in a dict. With ``rows``
    > 1, one statement for that many rows, their tuples' values one after another.

    Tickets copy their client's tier and name in now (triggers on clients keep them current),
    by a join of the rows with ``clients``: a scalar subquery per value was slower than the
    rest of the ticket's write (first pull: 101,000 tickets took 2.75 s instead of 1.26 s)."""
    table = ENTITY_TABLES[entity]
    cols = _row_columns(entity)
    key = cols[0]
    width = len(cols)
    copied = ["client_tier", "client_name"] if entity == "ticket" else []
    groups = []
    for row in range(rows):
        base = row * width
        groups.append(f"({', '.join(f'?{base + n}' for n in range(1, width + 1))})")
    values = f"VALUES {', '.join(groups)}"
    updates = ", ".join(f"{c} = excluded.{c}" for c in [*cols, *copied] if c != key)
    # ``only_newer``: a version the cache already has (the echo of this person's own action,
    # stored from the push's answer) is not written again: no index or trigger work for nothing.
    where = f" WHERE excluded.version > {table}.version" if only_newer else ""
    if entity == "ticket":
        # ``WHERE true`` tells the parser the ON CONFLICT belongs to the INSERT, not the join.
        uid = cols.index("client_uid") + 1
        picked = ", ".join(f"v.column{n}" for n in range(1, width + 1))
        return (
            f"INSERT INTO {table} ({', '.join([*cols, *copied])}) "
            f"SELECT {picked}, c.tier, c.display_name FROM ({values}) AS v "
            f"LEFT JOIN clients AS c ON c.uid = v.column{uid} WHERE true "
            f"ON CONFLICT({key}) DO UPDATE SET {updates}{where}"
        )
    return (
        f"INSERT INTO {table} ({', '.join(cols)}) {values} "
        f"ON CONFLICT({key}) DO UPDATE SET {updates}{where}"
    )


# Rows per statement in bulk (:func:`_write_rows`). sqlite3 lets go of the interpreter lock
# around every statement it steps and takes it back after: row by row, a first pull's writing
# thread waited for the lock a thousand times a page while the fetching thread decoded the next
# one. A hundred rows a statement: a hundred times fewer waits (first pull 14.4 -> 13.0 s;
# 400 rows a statement was slower again: SQLite plans a long VALUES list less well).
ROWS_PER_STATEMENT = 100


def _write_rows(conn: Connection, entity: str, rows: list[tuple[Any, ...]]) -> None:
    """Upsert ``rows`` (tuples of :func:`_row`): full batches as multi-row statements, the
    rest row by row."""
    width = len(rows[0]) if rows else 1
    driver = conn.connection.driver_connection
    limit = driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) if driver is not None else 999
    per = max(1, min(ROWS_PER_STATEMENT, limit // width))
    batched = len(rows) - len(rows) % per if per > 1 else 0
    if batched:
        sql = _statement(entity, per)
        for start in range(0, batched, per):
            conn.exec_driver_sql(sql, tuple(chain.from_iterable(rows[start:start + per])))
    if batched < len(rows):
        conn.exec_driver_sql(_statement(entity, 1), rows[batched:])


def _statement(entity: str, rows: int, only_newer: bool = True) -> str:
    sql = _ROW_SQL.get((entity, rows, only_newer))
    if sql is None:
        sql = _ROW_SQL[(entity, rows, only_newer)] = _row_sql(entity, rows, only_newer=only_newer)
    return sql


def upsert_row(session: Session, entity: str, entity_id: str, version: int,
               data: Mapping[str, Any], *, local_outbox_id: int | None = None,
               only_newer: bool = True) -> bool:
    """Write one entity's row from its JSON (``local_outbox_id``: a row that exists only
    here, laid by that outbox row); True when a row was written."""
    row = _row(entity, entity_id, version, data)
    if local_outbox_id is not None:
        row = (*row[:-1], local_outbox_id)
    result = session.connection().exec_driver_sql(_statement(entity, 1, only_newer), row)
    return bool(result.rowcount)


def _row_columns(entity: str) -> list[str]:
    return [ENTITY_KEYS[entity], *_MAPPERS[entity]({}).keys(), "data", "version", "server_data",
            "local_outbox_id"]


_ROW_SQL: dict[tuple[str, int, bool], str] = {}


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _encode(value: Any) -> str:
    """Compact JSON text with non-ASCII kept, for a row's ``data``. orjson writes it four
    times faster than the standard library (a first pull encodes 600,000 of them); what it
    refuses (an integer beyond 64 bits) goes the slow way."""
    try:
        return orjson.dumps(value).decode()
    except orjson.JSONEncodeError:
        return _ENCODER.encode(value)


# A message's fields that have columns: all the contract names. A message's ``data`` keeps only
# the fields beyond these ("{}" when there are none, as now): messages are five in six rows of
# a cache, nothing reads their JSON, and storing it whole doubled the largest table (the body
# twice) and cost a first pull about a second to encode and write.
MESSAGE_COLUMN_FIELDS = frozenset(
    {"id", "ticket_id", "author_kind", "author_id", "internal", "created_at", "body"}
)


def _message_data(d: Mapping[str, Any]) -> str:
    """A message's ``data``: the fields no column holds."""
    if d.keys() <= MESSAGE_COLUMN_FIELDS:
        return "{}"
    return _encode({k: v for k, v in d.items() if k not in MESSAGE_COLUMN_FIELDS})


def _row(entity: str, entity_id: str, version: int, data: Mapping[str, Any]) -> tuple[Any, ...]:
    """One server row as a tuple in :func:`_row_columns` order (columns from ``data``)."""
    if entity == "message":
        return _message_row(entity_id, version, data)
    return (entity_id, *_MAPPERS[entity](data).values(), _encode(data), version, None, None)


def _message_row(entity_id: str, version: int, d: Mapping[str, Any]) -> tuple[Any, ...]:
    """:func:`_row` for a message without the intermediate dict: messages are five in six
    changes of a first pull. Must agree with :func:`_message` (a test compares them)."""
    g = d.get
    return (
        entity_id,
        str(g("ticket_id") or ""),
        str(g("author_kind") or "system"),
        _text(g("author_id")),
        1 if g("internal") else 0,
        _time(g("created_at")),
        str(g("body") or ""),
        _message_data(d),
        version,
        None,
        None,
    )


@dataclass(slots=True)
class PreparedChanges:
    """Changes turned into statement parameters, ready to write (see :func:`prepare`).

    ``upserts`` rows are tuples in :func:`_row_columns` order.
    """

    upserts: dict[str, list[tuple[Any, ...]]]
    deletes: dict[str, list[dict[str, Any]]]
    touched: set[tuple[str, str]]

    @property
    def entities(self) -> set[str]:
        return set(self.upserts) | set(self.deletes)

    @property
    def count(self) -> int:
        return sum(map(len, self.upserts.values())) + sum(map(len, self.deletes.values()))


def prepare(changes: Iterable[EntityChange]) -> PreparedChanges:
    """The CPU part of applying changes (columns, JSON text), doable on any thread."""
    upserts: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
    deletes: dict[str, list[dict[str, Any]]] = defaultdict(list)
    touched: set[tuple[str, str]] = set()
    for change in changes:
        if not is_known_entity(change.entity):
            log.warning("ignoring a change of unknown entity %r", change.entity)
            continue
        touched.add((change.entity, change.id))
        if change.op == "delete" or change.data is None:
            deletes[change.entity].append({"id": change.id})
        else:
            upserts[change.entity].append(
                _row(change.entity, change.id, change.version, change.data)
            )
    return PreparedChanges(dict(upserts), dict(deletes), touched)


def prepare_raw(raw_changes: Iterable[Any]) -> tuple[PreparedChanges, list[Any]]:
    """:func:`prepare` straight from a feed page's decoded JSON (a first pull's hot path).

    Checks what the cache relies on — entity and id are strings, an upsert has an object,
    a delete has none — and returns the changes that break it (to be logged and skipped)
    beside the prepared rest. No intermediate objects: at 600,000 changes every microsecond
    per change is most of a second.
    """
    upserts: dict[str, list[tuple[Any, ...]]] = {}
    deletes: dict[str, list[dict[str, Any]]] = {}
    touched: set[tuple[str, str]] = set()
    bad: list[Any] = []
    mappers = _MAPPERS
    add = touched.add
    for raw in raw_changes:
        if type(raw) is not dict:
            bad.append(raw)
            continue
        g = raw.get
        entity, entity_id, op = g("entity"), g("id"), g("op")
        if type(entity) is not str or type(entity_id) is not str:
            bad.append(raw)
            continue
        if entity not in mappers:
            log.warning("ignoring a change of unknown entity %r", entity)
            continue
        if op == "upsert":
            data = g("data")
            if type(data) is not dict:
                bad.append(raw)
                continue
            version = g("version")
            if not isinstance(version, int):
                version = 0
            row = _row(entity, entity_id, version, data)
            rows = upserts.get(entity)
            if rows is None:
                rows = upserts[entity] = []
            rows.append(row)
        elif op == "delete":
            deletes.setdefault(entity, []).append({"id": entity_id})
        else:
            bad.append(raw)
            continue
        add((entity, entity_id))
    return PreparedChanges(upserts, deletes, touched), bad


def apply_changes(
    session: Session,
    changes: Iterable[EntityChange] | PreparedChanges,
    *,
    track_seen: bool = False,
) -> set[str]:
    """Apply server changes in bulk; returns the entity names touched.

    Any pending optimistic edit on a touched entity is laid again over the new server state
    (:func:`vipclient.store.effects.relay`). With ``track_seen`` (a re-sync after 410) every
    entity received is remembered so :func:`finish_resync` can delete what the server no longer
    has.
    """
    from vipclient.store import effects

    prepared = changes if isinstance(changes, PreparedChanges) else prepare(changes)
    conn = session.connection()
    # Clients first: the tickets of the same page then copy the current tier and name.
    for entity in sorted(prepared.upserts, key=lambda e: e != "client"):
        _write_rows(conn, entity, prepared.upserts[entity])
    for entity, rows in prepared.deletes.items():
        table, key = ENTITY_TABLES[entity], ENTITY_KEYS[entity]
        conn.execute(text(f"DELETE FROM {table} WHERE {key} = :id"), rows)
    if track_seen and prepared.touched:
        conn.execute(
            text("INSERT OR IGNORE INTO resync_seen (entity, id) VALUES (:e, :i)"),
            [{"e": e, "i": i} for e, i in prepared.touched],
        )
    effects.relay(session, prepared.touched)
    return prepared.entities


def upsert_if_newer(session: Session, entity: str, data: Mapping[str, Any]) -> bool:
    """Store an entity from an API answer unless the cache already has this version or newer."""
    if not is_known_entity(entity):
        return False
    from vipclient.store import effects

    entity_id = data.get(ENTITY_KEYS[entity])
    version = _int(data.get("version"))
    if entity_id is None or version is None:
        return False
    written = upsert_row(session, entity, str(entity_id), version, data)
    effects.relay(session, {(entity, str(entity_id))})
    return written


def begin_resync(session: Session) -> None:
    session.execute(text("DELETE FROM resync_seen"))


def finish_resync(session: Session) -> set[str]:
    """After a full re-sync: delete server rows the server did not send again (not local ones)."""
    touched: set[str] = set()
    for entity, table in ENTITY_TABLES.items():
        key = ENTITY_KEYS[entity]
        result = session.execute(
            text(
                f"DELETE FROM {table} WHERE local_outbox_id IS NULL AND {key} NOT IN "
                f"(SELECT id FROM resync_seen WHERE entity = :e)"
            ),
            {"e": entity},
        )
        if result.rowcount:  # type: ignore[attr-defined]
            touched.add(entity)
    session.execute(text("DELETE FROM resync_seen"))
    return touched
