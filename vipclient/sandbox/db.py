"""The sandbox's storage: typed SQLAlchemy 2.0 models of every entity and the ``Database``.

Each entity model carries ``to_api()`` (its representation in the contract) and, where demo
data is loaded in bulk, ``row_from_api()`` (the inverse, a plain dict for Core ``insert``).

Concurrency: the default database is in-memory SQLite on ONE connection (``StaticPool``)
shared by every thread, so every session — read or write — holds ``Database.lock`` for its
whole life (a shared sqlite3 connection would otherwise mix two threads' transactions). On a
file or a server database reads run freely and only writes are serialized, which also makes
the change sequence and the audit chain gap-free without database-specific locking. For the
same reason one process writes a database at a time: the last change seq and audit link are
kept in memory once read (``Database.change_seq`` / ``audit_tail``).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from types import SimpleNamespace
from typing import Any, ClassVar, cast

from sqlalchemy import (
    JSON,
    Boolean,
    CursorResult,
    DateTime,
    Dialect,
    Engine,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    TypeDecorator,
    bindparam,
    create_engine,
    event,
    insert,
    update,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.pool import StaticPool

from vipclient.domain.help import article_text
from vipclient.sandbox.clock import iso, parse_ts, to_utc


class UTCDateTime(TypeDecorator[datetime]):
    """Stored as naive UTC (portable across SQLite and PostgreSQL), read back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return to_utc(value).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return to_utc(value)


def _ts(value: Any) -> datetime | None:
    """A timestamp from an API record (string or datetime) for a row dict."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return to_utc(value)
    return parse_ts(str(value))


class Base(DeclarativeBase):
    def to_api(self) -> dict[str, Any]:
        raise NotImplementedError(f"{type(self).__name__} has no API representation")

    @classmethod
    def api_of(cls, row: dict[str, Any]) -> dict[str, Any]:
        """``to_api()`` of a plain row dict (bulk loading builds no ORM objects)."""
        return cls.to_api(SimpleNamespace(**row))  # type: ignore[arg-type]


# --------------------------------------------------------------------------- staff & auth


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(200))
    roles: Mapped[list[str]] = mapped_column(JSON)
    languages: Mapped[list[str]] = mapped_column(JSON)
    totp_secret: Mapped[str] = mapped_column(String(64))
    # The last TOTP time step accepted for this person: a code of that step or an earlier
    # one is a replay and is refused.
    totp_last_step: Mapped[int | None] = mapped_column(Integer, default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "username": self.username,
            "display_name": self.display_name,
            "roles": list(self.roles),
            "languages": list(self.languages),
        }


class AuthFamily(Base):
    """One login: every access and refresh token issued from it, revoked together."""

    __tablename__ = "auth_families"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    staff_id: Mapped[str] = mapped_column(String(40), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_reason: Mapped[str | None] = mapped_column(String(40), default=None)


class AccessToken(Base):
    __tablename__ = "access_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    family_id: Mapped[str] = mapped_column(String(40), index=True)
    staff_id: Mapped[str] = mapped_column(String(40))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    acr: Mapped[str | None] = mapped_column(String(16), default=None)
    auth_time: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class RefreshToken(Base):
    __tablename__ = "refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    family_id: Mapped[str] = mapped_column(String(40), index=True)
    staff_id: Mapped[str] = mapped_column(String(40))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Set when rotated: presenting it again is reuse and revokes the whole family.
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)


class FailedAuth(Base):
    """A failed login or step-up, counted per username for the lockout window."""

    __tablename__ = "failed_auth"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # login | step_up
    at: Mapped[datetime] = mapped_column(UTCDateTime)


# --------------------------------------------------------------------------- clients & tickets


class Client(Base):
    __tablename__ = "clients"

    uid: Mapped[str] = mapped_column(String(20), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    tier: Mapped[str] = mapped_column(String(8), index=True)
    kyc_level: Mapped[int] = mapped_column(Integer)
    region: Mapped[str] = mapped_column(String(40))
    languages: Mapped[list[str]] = mapped_column(JSON)
    timezone: Mapped[str] = mapped_column(String(64))
    preferred_channel: Mapped[str] = mapped_column(String(16))
    manager_id: Mapped[str | None] = mapped_column(String(40), index=True)
    volume_30d_usd: Mapped[str] = mapped_column(String(40))
    assets_usd: Mapped[str] = mapped_column(String(40))
    fee_maker_bps: Mapped[str] = mapped_column(String(16))
    fee_taker_bps: Mapped[str] = mapped_column(String(16))
    fee_source: Mapped[str] = mapped_column(String(8))  # tier | custom
    fee_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    withdrawal_limit_24h_usd: Mapped[str] = mapped_column(String(40))
    # Where an applied limit increase falls back to at ``withdrawal_limit_expires_at``.
    base_withdrawal_limit_24h_usd: Mapped[str | None] = mapped_column(String(40), default=None)
    withdrawal_limit_expires_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime, default=None, index=True
    )
    api_rate_limit_tier: Mapped[str] = mapped_column(String(32))
    api_ip_whitelist: Mapped[list[str]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(8))  # active | frozen
    freeze_scopes: Mapped[list[str]] = mapped_column(JSON)
    tags: Mapped[list[str]] = mapped_column(JSON)
    notes: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    def to_api(self) -> dict[str, Any]:
        return {
            "uid": self.uid,
            "display_name": self.display_name,
            "email": self.email,
            "phone": self.phone,
            "tier": self.tier,
            "kyc_level": self.kyc_level,
            "region": self.region,
            "languages": list(self.languages),
            "timezone": self.timezone,
            "preferred_channel": self.preferred_channel,
            "manager_id": self.manager_id,
            "volume_30d_usd": self.volume_30d_usd,
            "assets_usd": self.assets_usd,
            "fee_schedule": {
                "maker_bps": self.fee_maker_bps,
                "taker_bps": self.fee_taker_bps,
                "source": self.fee_source,
                "expires_at": iso(self.fee_expires_at),
            },
            "withdrawal_limit_24h_usd": self.withdrawal_limit_24h_usd,
            "api": {
                "rate_limit_tier": self.api_rate_limit_tier,
                "ip_whitelist": list(self.api_ip_whitelist),
            },
            "status": self.status,
            "freeze_scopes": list(self.freeze_scopes),
            "tags": list(self.tags),
            "notes": self.notes,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "version": self.version,
        }

    @staticmethod
    def row_from_api(rec: dict[str, Any]) -> dict[str, Any]:
        fee = rec.get("fee_schedule") or {}
        api = rec.get("api") or {}
        return {
            "uid": rec["uid"],
            "display_name": rec["display_name"],
            "email": rec["email"],
            "phone": rec.get("phone"),
            "tier": rec["tier"],
            "kyc_level": int(rec["kyc_level"]),
            "region": rec["region"],
            "languages": list(rec.get("languages") or []),
            "timezone": rec["timezone"],
            "preferred_channel": rec["preferred_channel"],
            "manager_id": rec.get("manager_id"),
            "volume_30d_usd": str(rec["volume_30d_usd"]),
            "assets_usd": str(rec["assets_usd"]),
            "fee_maker_bps": str(fee["maker_bps"]),
            "fee_taker_bps": str(fee["taker_bps"]),
            "fee_source": fee.get("source", "tier"),
            "fee_expires_at": _ts(fee.get("expires_at")),
            "withdrawal_limit_24h_usd": str(rec["withdrawal_limit_24h_usd"]),
            "base_withdrawal_limit_24h_usd": None,
            "withdrawal_limit_expires_at": None,
            "api_rate_limit_tier": str(api.get("rate_limit_tier", "standard")),
            "api_ip_whitelist": list(api.get("ip_whitelist") or []),
            "status": rec.get("status", "active"),
            "freeze_scopes": list(rec.get("freeze_scopes") or []),
            "tags": list(rec.get("tags") or []),
            "notes": rec.get("notes") or "",
            "created_at": _ts(rec["created_at"]),
            "updated_at": _ts(rec.get("updated_at") or rec["created_at"]),
            "version": int(rec.get("version", 1)),
        }


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    client_uid: Mapped[str] = mapped_column(String(20), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(24))
    channel: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), index=True)
    assignee_id: Mapped[str | None] = mapped_column(String(40), index=True)
    team: Mapped[str | None] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    first_response_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_response_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution_due: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_responded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    solved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sla_events: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    # The earliest due time of a running clock not yet recorded as breached: the breach
    # scan only looks at tickets whose ``sla_check_at`` has passed (indexed).
    sla_check_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "client_uid": self.client_uid,
            "subject": self.subject,
            "category": self.category,
            "channel": self.channel,
            "priority": self.priority,
            "status": self.status,
            "assignee_id": self.assignee_id,
            "team": self.team,
            "language": self.language,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "first_response_due": iso(self.first_response_due),
            "next_response_due": iso(self.next_response_due),
            "resolution_due": iso(self.resolution_due),
            "first_responded_at": iso(self.first_responded_at),
            "solved_at": iso(self.solved_at),
            "sla_events": [dict(e) for e in self.sla_events],
            "version": self.version,
        }

    @staticmethod
    def row_from_api(rec: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": rec["id"],
            "client_uid": rec["client_uid"],
            "subject": rec["subject"],
            "category": rec["category"],
            "channel": rec["channel"],
            "priority": rec["priority"],
            "status": rec["status"],
            "assignee_id": rec.get("assignee_id"),
            "team": rec.get("team"),
            "language": rec.get("language") or "en",
            "created_at": _ts(rec["created_at"]),
            "updated_at": _ts(rec.get("updated_at") or rec["created_at"]),
            "first_response_due": _ts(rec.get("first_response_due")),
            "next_response_due": _ts(rec.get("next_response_due")),
            "resolution_due": _ts(rec.get("resolution_due")),
            "first_responded_at": _ts(rec.get("first_responded_at")),
            "solved_at": _ts(rec.get("solved_at")),
            "sla_events": list(rec.get("sla_events") or []),
            "sla_check_at": None,
            "version": int(rec.get("version", 1)),
        }


class Message(Base):
    __tablename__ = "messages"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    ticket_id: Mapped[str] = mapped_column(String(40), index=True)
    author_kind: Mapped[str] = mapped_column(String(8))  # client | staff | system
    author_id: Mapped[str | None] = mapped_column(String(40))
    body: Mapped[str] = mapped_column(Text)
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Insertion order: breaks ties between messages of the same second (timestamps are
    # whole seconds), so a thread reads in the order it was written.
    ordinal: Mapped[int] = mapped_column(Integer, index=True, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The metadata of the attachments it carries (immutable, so copied here: a thread is
    # read without a join); None for the many messages without any.
    attachments: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON, default=None)

    def to_api(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "ticket_id": self.ticket_id,
            "author_kind": self.author_kind,
            "author_id": self.author_id,
            "body": self.body,
            "internal": self.internal,
            "created_at": iso(self.created_at),
        }
        if self.attachments:
            # Only where there are some: a message without attachments is served as before.
            out["attachments"] = [dict(a) for a in self.attachments]
        return out

    @staticmethod
    def row_from_api(rec: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": rec["id"],
            "ticket_id": rec["ticket_id"],
            "author_kind": rec["author_kind"],
            "author_id": rec.get("author_id"),
            "body": rec["body"],
            "internal": bool(rec.get("internal", False)),
            "created_at": _ts(rec["created_at"]),
            "ordinal": 0,
            "version": int(rec.get("version", 1)),
            "attachments": list(rec.get("attachments") or ()) or None,
        }


# --------------------------------------------------------------------------- requests & freezes


class _MakerChecker:
    """What fee, withdrawal and API-access requests share: the rule that decided them, the
    approvals collected, and their life cycle (a mixin: its columns land in each request's
    table). ``entity`` is the kind's name in the changes feed, the audit and the policies."""

    entity: ClassVar[str]

    status: Mapped[str] = mapped_column(String(20), index=True)
    rule_id: Mapped[str | None] = mapped_column(String(64))
    approvals_required: Mapped[int] = mapped_column(Integer, default=0)
    approver_role: Mapped[str | None] = mapped_column(String(24))
    step_up: Mapped[bool] = mapped_column(Boolean, default=False)
    approvals: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    @staticmethod
    def decision_api(row: Any) -> dict[str, Any]:
        # Static, like to_api's callers: Base serialises plain rows through a namespace too.
        return {
            "status": row.status,
            "rule_id": row.rule_id,
            "approvals_required": row.approvals_required,
            "approver_role": row.approver_role,
            "step_up": row.step_up,
            "approvals": [dict(a) for a in row.approvals],
            "expires_at": iso(row.expires_at),
            "created_at": iso(row.created_at),
            "updated_at": iso(row.updated_at),
            "version": row.version,
        }

    @staticmethod
    def decision_row(rec: dict[str, Any]) -> dict[str, Any]:
        return {
            "status": rec["status"],
            "rule_id": rec.get("rule_id"),
            "approvals_required": int(rec.get("approvals_required", 0)),
            "approver_role": rec.get("approver_role"),
            "step_up": bool(rec.get("step_up", False)),
            "approvals": list(rec.get("approvals") or []),
            "expires_at": _ts(rec.get("expires_at")),
            "created_at": _ts(rec["created_at"]),
            "updated_at": _ts(rec.get("updated_at") or rec["created_at"]),
            "version": int(rec.get("version", 1)),
        }


class FeeRequest(_MakerChecker, Base):
    __tablename__ = "fee_requests"
    entity = "fee_request"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    client_uid: Mapped[str] = mapped_column(String(20), index=True)
    requester_id: Mapped[str] = mapped_column(String(40), index=True)
    maker_bps: Mapped[str] = mapped_column(String(16))
    taker_bps: Mapped[str] = mapped_column(String(16))
    scope: Mapped[str] = mapped_column(String(8))
    valid_until: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text)

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "client_uid": self.client_uid,
            "requester_id": self.requester_id,
            "maker_bps": self.maker_bps,
            "taker_bps": self.taker_bps,
            "scope": self.scope,
            "valid_until": iso(self.valid_until),
            "reason": self.reason,
            **_MakerChecker.decision_api(self),
        }

    @staticmethod
    def row_from_api(rec: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": rec["id"],
            "client_uid": rec["client_uid"],
            "requester_id": rec["requester_id"],
            "maker_bps": str(rec["maker_bps"]),
            "taker_bps": str(rec["taker_bps"]),
            "scope": rec.get("scope", "all"),
            "valid_until": _ts(rec["valid_until"]),
            "reason": rec["reason"],
            **_MakerChecker.decision_row(rec),
        }


class WithdrawalRequest(_MakerChecker, Base):
    __tablename__ = "withdrawal_requests"
    entity = "withdrawal_request"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    client_uid: Mapped[str] = mapped_column(String(20), index=True)
    requester_id: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    asset: Mapped[str] = mapped_column(String(10))
    amount: Mapped[str] = mapped_column(String(48))
    usd_amount: Mapped[str] = mapped_column(String(48))
    withdrawal_id: Mapped[str | None] = mapped_column(String(64))
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text)

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "client_uid": self.client_uid,
            "requester_id": self.requester_id,
            "kind": self.kind,
            "asset": self.asset,
            "amount": self.amount,
            "usd_amount": self.usd_amount,
            "withdrawal_id": self.withdrawal_id,
            "valid_until": iso(self.valid_until),
            "reason": self.reason,
            **_MakerChecker.decision_api(self),
        }

    @staticmethod
    def row_from_api(rec: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": rec["id"],
            "client_uid": rec["client_uid"],
            "requester_id": rec["requester_id"],
            "kind": rec["kind"],
            "asset": rec["asset"],
            "amount": str(rec["amount"]),
            "usd_amount": str(rec.get("usd_amount") or rec["amount"]),
            "withdrawal_id": rec.get("withdrawal_id"),
            "valid_until": _ts(rec.get("valid_until")),
            "reason": rec["reason"],
            **_MakerChecker.decision_row(rec),
        }


class ApiAccessRequest(_MakerChecker, Base):
    __tablename__ = "api_access_requests"
    entity = "api_access_request"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    client_uid: Mapped[str] = mapped_column(String(20), index=True)
    requester_id: Mapped[str] = mapped_column(String(40), index=True)
    rate_limit_tier: Mapped[str] = mapped_column(String(24))
    ip_whitelist: Mapped[list[str]] = mapped_column(JSON)
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text)
    # While this applied request is still to fall back at ``valid_until``: then, and the
    # client's ``api`` settings it replaced. Cleared when it falls back, or when a later
    # applied request changes the settings (then nothing falls back). Not served.
    fallback_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None, index=True)
    fallback_api: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "client_uid": self.client_uid,
            "requester_id": self.requester_id,
            "rate_limit_tier": self.rate_limit_tier,
            "ip_whitelist": list(self.ip_whitelist),
            "valid_until": iso(self.valid_until),
            "reason": self.reason,
            **_MakerChecker.decision_api(self),
        }

    @staticmethod
    def row_from_api(rec: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": rec["id"],
            "client_uid": rec["client_uid"],
            "requester_id": rec["requester_id"],
            "rate_limit_tier": rec["rate_limit_tier"],
            "ip_whitelist": list(rec["ip_whitelist"]),
            "valid_until": _ts(rec.get("valid_until")),
            "reason": rec["reason"],
            "fallback_at": None,
            "fallback_api": None,
            **_MakerChecker.decision_row(rec),
        }


class Freeze(Base):
    __tablename__ = "freezes"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    client_uid: Mapped[str] = mapped_column(String(20), index=True)
    scopes: Mapped[list[str]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(8), index=True)  # active | lifted
    reason_code: Mapped[str] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    lifted_by: Mapped[str | None] = mapped_column(String(40), default=None)
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "client_uid": self.client_uid,
            "scopes": list(self.scopes),
            "status": self.status,
            "reason_code": self.reason_code,
            "note": self.note,
            "created_by": self.created_by,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "lifted_by": self.lifted_by,
            "lifted_at": iso(self.lifted_at),
            "version": self.version,
        }

    @staticmethod
    def row_from_api(rec: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": rec["id"],
            "client_uid": rec["client_uid"],
            "scopes": list(rec["scopes"]),
            "status": rec.get("status", "active"),
            "reason_code": rec["reason_code"],
            "note": rec.get("note"),
            "created_by": rec["created_by"],
            "created_at": _ts(rec["created_at"]),
            "updated_at": _ts(rec.get("updated_at") or rec["created_at"]),
            "lifted_by": rec.get("lifted_by"),
            "lifted_at": _ts(rec.get("lifted_at")),
            "version": int(rec.get("version", 1)),
        }


class UnfreezeRequest(Base):
    __tablename__ = "unfreeze_requests"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    freeze_id: Mapped[str] = mapped_column(String(40), index=True)
    client_uid: Mapped[str] = mapped_column(String(20))
    requester_id: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), index=True)  # pending | approved | rejected
    decided_by: Mapped[str | None] = mapped_column(String(40), default=None)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    comment: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "freeze_id": self.freeze_id,
            "client_uid": self.client_uid,
            "requester_id": self.requester_id,
            "reason": self.reason,
            "status": self.status,
            "decided_by": self.decided_by,
            "decided_at": iso(self.decided_at),
            "comment": self.comment,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "version": self.version,
        }


class Policy(Base):
    __tablename__ = "policies"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, index=True)  # first match wins, by position
    applies_to: Mapped[str] = mapped_column(String(24))
    when: Mapped[dict[str, Any]] = mapped_column(JSON)
    action: Mapped[str] = mapped_column(String(20))
    approvals: Mapped[int] = mapped_column(Integer, default=0)
    approver_role: Mapped[str | None] = mapped_column(String(24))
    step_up: Mapped[bool] = mapped_column(Boolean, default=False)
    expires_after_hours: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    def to_api(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "applies_to": self.applies_to,
            "when": dict(self.when),
            "action": self.action,
            "approvals": self.approvals,
            "approver_role": self.approver_role,
            "step_up": self.step_up,
            "expires_after_hours": self.expires_after_hours,
        }
        if self.description:
            out["description"] = self.description
        return out


class Asset(Base):
    __tablename__ = "assets"

    symbol: Mapped[str] = mapped_column(String(10), primary_key=True)
    precision: Mapped[int] = mapped_column(Integer)
    usd_price: Mapped[str] = mapped_column(String(40))

    def to_api(self) -> dict[str, Any]:
        return {"symbol": self.symbol, "precision": self.precision, "usd_price": self.usd_price}


# --------------------------------------------------------------------------- workspace (v1.1)
# Attachments, the help centre and transcript exports.


class AttachmentBlob(Base):
    """An attachment's bytes, stored once per content (uploads of the same file share it)."""

    __tablename__ = "attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    __tablename__ = "attachments"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    ticket_id: Mapped[str] = mapped_column(String(40), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    uploaded_by: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The message that carries it, once one does (a message may not reuse another's).
    message_id: Mapped[str | None] = mapped_column(String(40), default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ticket_id": self.ticket_id,
            "filename": self.filename,
            "content_type": self.content_type,
            "size": self.size,
            "sha256": self.sha256,
            "uploaded_by": self.uploaded_by,
            "created_at": iso(self.created_at),
        }

    @staticmethod
    def row_from_api(rec: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": rec["id"],
            "ticket_id": rec["ticket_id"],
            "filename": rec["filename"],
            "content_type": rec["content_type"],
            "size": int(rec["size"]),
            "sha256": rec["sha256"],
            "uploaded_by": rec.get("uploaded_by"),
            "created_at": _ts(rec["created_at"]),
            "message_id": rec.get("message_id"),
            "version": int(rec.get("version", 1)),
        }


class HelpArticle(Base):
    __tablename__ = "help_articles"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    lang: Mapped[str] = mapped_column(String(16), index=True)
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(JSON)
    url: Mapped[str] = mapped_column(String(300))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # What ``q`` is matched against (``domain.help.article_text``) and the tags as
    # ``|a|b|``: both filters are a LIKE on every database.
    search_text: Mapped[str] = mapped_column(Text)
    tag_text: Mapped[str] = mapped_column(Text)

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "lang": self.lang,
            "title": self.title,
            "summary": self.summary,
            "body": self.body,
            "tags": list(self.tags),
            "url": self.url,
            "updated_at": iso(self.updated_at),
            "version": self.version,
        }

    @staticmethod
    def row_from_api(rec: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": rec["id"],
            "lang": rec["lang"],
            "title": rec["title"],
            "summary": rec["summary"],
            "body": rec["body"],
            "tags": list(rec["tags"]),
            "url": rec["url"],
            "updated_at": _ts(rec["updated_at"]),
            "version": int(rec.get("version", 1)),
            "search_text": article_text(rec["title"], rec["summary"], rec["body"]),
            "tag_text": "|" + "|".join(rec["tags"]) + "|",
        }


# --------------------------------------------------------------------------- risk alerts (v1.1)


class RiskAlert(Base):
    """An alert of the platform's risk monitoring about a client's account (v1.1)."""

    __tablename__ = "risk_alerts"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    client_uid: Mapped[str] = mapped_column(String(20), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16), index=True)
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[dict[str, str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    handled_by: Mapped[str | None] = mapped_column(String(40), default=None)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    freeze_id: Mapped[str | None] = mapped_column(String(40), default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "client_uid": self.client_uid,
            "kind": self.kind,
            "severity": self.severity,
            "summary": self.summary,
            "details": dict(self.details),
            "created_at": iso(self.created_at),
            "status": self.status,
            "handled_by": self.handled_by,
            "handled_at": iso(self.handled_at),
            "note": self.note,
            "freeze_id": self.freeze_id,
            "version": self.version,
        }

    @staticmethod
    def row_from_api(rec: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": rec["id"],
            "client_uid": rec["client_uid"],
            "kind": rec["kind"],
            "severity": rec["severity"],
            "summary": rec["summary"],
            "details": dict(rec.get("details") or {}),
            "created_at": _ts(rec["created_at"]),
            "status": rec.get("status", "open"),
            "handled_by": rec.get("handled_by"),
            "handled_at": _ts(rec.get("handled_at")),
            "note": rec.get("note"),
            "freeze_id": rec.get("freeze_id"),
            "version": int(rec.get("version", 1)),
        }


class TranscriptExport(Base):
    """An export of a client's conversations, recorded before the desk writes the file."""

    __tablename__ = "transcript_exports"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    client_uid: Mapped[str] = mapped_column(String(20), index=True)
    ticket_ids: Mapped[list[str]] = mapped_column(JSON)
    format: Mapped[str] = mapped_column(String(8))
    sha256: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    exported_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    def to_api(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "client_uid": self.client_uid,
            "ticket_ids": list(self.ticket_ids),
            "format": self.format,
            "sha256": self.sha256,
            "exported_by": self.exported_by,
            "created_at": iso(self.created_at),
        }


# --------------------------------------------------------------------------- infrastructure


class AuditEntry(Base):
    """One link of the hash chain. ``at`` is kept as the exact text that was hashed."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[str | None] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(String(128), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    def to_api(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "actor_id": self.actor_id,
            "action": self.action,
            "target": self.target,
            "details": self.details,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


class IdempotencyRecord(Base):
    __tablename__ = "idempotency"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    caller: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(10))  # in_flight | done
    status_code: Mapped[int | None] = mapped_column(Integer, default=None)
    headers: Mapped[list[list[str]] | None] = mapped_column(JSON, default=None)
    body: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class Change(Base):
    """The changes feed: one row per entity, moved to a new ``seq`` on every change.

    ``data`` is the serialized JSON of the entity's representation, so a page of the feed is
    assembled from stored text without re-serializing anything.
    """

    __tablename__ = "changes"

    entity: Mapped[str] = mapped_column(String(24), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    op: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_changes_op_at", "op", "at"),)


class Meta(Base):
    """Counters and watermarks: ``change_seq`` (last seq handed out), ``pruned_seq``."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)


# --------------------------------------------------------------------------- database


AUDIT_TAIL = "audit_tail"
"""``Session.info`` key: (seq, hash) of the last audit link written in that transaction."""


CHANGE_SEQ = "change_seq"
"""``Meta`` key of the changes feed's last seq, and the ``Session.info`` key of the last seq
handed out in that transaction (stored as it commits)."""

MESSAGE_ORDINAL = "message_ordinal"
"""``Session.info`` key: the last message ordinal handed out in that transaction."""

AUTH_REVOKED = "auth_revoked"
"""``Session.info`` key: this transaction revoked tokens (``Database.auth_generation`` moves on
as it commits, so no token resolved before is trusted from memory any more)."""

PRUNED_SEQ = "pruned_seq"
"""``Meta`` key of the feed's pruned watermark, and the ``Session.info`` key of the watermark
a transaction stored (kept in memory as it commits)."""

_META = cast(Table, Meta.__table__)
_SET_SEQ = update(_META).where(_META.c.key == CHANGE_SEQ).values(value=bindparam("seq"))
_FIRST_SEQ = insert(_META).values(key=CHANGE_SEQ, value=bindparam("seq"))


def _store_change_seq(session: Session, seq: int) -> None:
    stored = session.execute(_SET_SEQ, {"seq": seq})
    if cast(CursorResult[Any], stored).rowcount == 0:
        session.execute(_FIRST_SEQ, {"seq": seq})


def is_memory_url(url: str) -> bool:
    return url.startswith("sqlite") and (url in ("sqlite://", "sqlite:///") or ":memory:" in url)


class DatabaseBusy(RuntimeError):
    """The write lock stayed taken for :attr:`Database.lock_wait` seconds: the request is
    refused (503, try again) instead of waiting without end; it has changed nothing."""


class Database:
    """Engine, sessions and the write lock; tells listeners after a commit that changed the feed."""

    # A write transaction holds the lock for milliseconds; one that waits this long is refused.
    lock_wait = 10.0

    def __init__(self, url: str = "sqlite://") -> None:
        self.url = url
        self.memory = is_memory_url(url)
        kwargs: dict[str, Any] = {}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"check_same_thread": False}
            if self.memory:
                kwargs["poolclass"] = StaticPool
        self.engine: Engine = create_engine(url, **kwargs)
        if url.startswith("sqlite") and not self.memory:
            event.listen(self.engine, "connect", _sqlite_file_pragmas)
        self.lock = threading.RLock()
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._commit_listeners: list[Callable[[], None]] = []
        # (seq, hash) of the audit chain's last committed link, once known: appending to the
        # chain then needs no lookup. Only changed under the write lock, after a commit.
        self.audit_tail: tuple[int, str] | None = None
        # The changes feed's last committed seq, once known (same rule).
        self.change_seq: int | None = None
        # The feed's pruned watermark as committed, once known (same rule): every page of the
        # feed checks it, and only this process's pruning moves it.
        self.pruned_seq: int | None = None
        # The last message ordinal committed, once known (same rule as ``change_seq``).
        self.message_ordinal: int | None = None
        # Moves on with every committed revocation of tokens: callers remembered as resolved
        # under an older generation must be looked up again (see ``auth.resolve_access``).
        self.auth_generation = 0

    def create_all(self) -> None:
        with self.lock:
            Base.metadata.create_all(self.engine)

    def is_empty(self) -> bool:
        with self.read() as s:
            return s.get(Meta, "seeded") is None

    def on_feed_commit(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every commit that emitted a change (wakes long-polls)."""
        self._commit_listeners.append(listener)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; serialized only where the connection is shared."""
        if self.memory:
            with self.locked(), self._sessions() as s:
                s.info["db"] = self
                yield s
        else:
            with self._sessions() as s:
                s.info["db"] = self
                yield s

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction under the write lock; commits on exit, rolls back on error."""
        with self.locked():
            with self._sessions() as s, s.begin():
                s.info["db"] = self
                yield s
                seq = s.info.get(CHANGE_SEQ)
                if seq is not None:
                    _store_change_seq(s, seq)
            tail = s.info.get(AUDIT_TAIL)
            if tail is not None:
                self.audit_tail = tail
            if seq is not None:
                self.change_seq = seq
            pruned = s.info.get(PRUNED_SEQ)
            if pruned is not None:
                self.pruned_seq = pruned
            ordinal = s.info.get(MESSAGE_ORDINAL)
            if ordinal is not None:
                self.message_ordinal = ordinal
            if s.info.get(AUTH_REVOKED):
                self.auth_generation += 1
            changed = bool(s.info.get("feed_changed"))
        if changed:
            for listener in list(self._commit_listeners):
                listener()

    @contextmanager
    def locked(self) -> Iterator[None]:
        """The write lock, or :class:`DatabaseBusy` after :attr:`lock_wait` seconds."""
        if not self.lock.acquire(timeout=self.lock_wait):
            raise DatabaseBusy("the database stayed busy")
        try:
            yield
        finally:
            self.lock.release()

    def dispose(self) -> None:
        self.engine.dispose()


def _sqlite_file_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


def dumps(data: Any) -> str:
    """Compact JSON text as stored in the changes log and served as is."""
    return _ENCODER.encode(data)
