"""The cache's schema: one table per entity of the changes feed, the outbox and the sync state.

Conventions shared by every entity table (the screens' queries rely on them):

- ``data`` is the entity's full JSON as the server last sent it, with any pending local edit
  laid over it (see ``server_data``). Lists and detail views read fields that have no column of
  their own from here. Messages are the exception: their columns hold every field the contract
  names, and ``data`` only the fields beyond those (``{}`` when none; see
  :data:`vipclient.store.apply.MESSAGE_COLUMN_FIELDS`).
- ``version`` is the server's version of the entity (the ETag; ``If-Match`` of a PATCH).
- ``server_data`` is NULL when the row is exactly the server's state. When an outbox row has an
  optimistic local effect on the entity, ``server_data`` keeps the server's JSON so the effect
  can be undone (failed, discarded) or laid again over a newer server state.
- ``local_outbox_id`` is set on rows that exist only locally (e.g. a reply not yet sent): the id
  of the outbox row that created them. Such a row has a local id (``local-<key>``) and
  disappears when the server's own row arrives or the action is discarded.
- Timestamps are RFC 3339 UTC text at second precision (``2026-11-25T07:53:21Z``, see
  :mod:`vipclient.store.timefmt`): fixed width, so text order is time order.
- List-valued fields (languages, tags, roles, scopes) are stored as ``,a,b,`` — comma-separated
  with a leading and trailing comma — so ``languages LIKE '%,zh,%'`` finds one exact value.
- Money for sorting is REAL; the exact decimal string stays in ``data``.

Column names are a contract with the screens' query modules: never rename one; add columns in a
new migration instead.
"""

from __future__ import annotations

from sqlalchemy import Float, Index, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from vipclient.store.dashboard_facts import INDEX as FACTS_INDEX
from vipclient.store.dashboard_facts import INDEX_COLUMNS as FACTS_INDEX_COLUMNS
from vipclient.store.lane_sql import LANE_COLUMNS, OPEN


class Base(DeclarativeBase):
    pass


class _EntityMixin:
    data: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=0)
    server_data: Mapped[str | None] = mapped_column(Text, default=None)
    local_outbox_id: Mapped[int | None] = mapped_column(Integer, default=None)


class ClientRow(_EntityMixin, Base):
    """A VIP client (entity ``client``). ``tier`` is the level 1–10 (``VIP7`` → 7) for sorting."""

    __tablename__ = "clients"

    uid: Mapped[str] = mapped_column(String(32), primary_key=True)
    display_name: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str | None] = mapped_column(Text, default=None)
    tier: Mapped[int] = mapped_column(Integer, default=0)
    manager_id: Mapped[str | None] = mapped_column(String(64), default=None)
    status: Mapped[str] = mapped_column(String(16), default="active")
    region: Mapped[str | None] = mapped_column(Text, default=None)
    languages: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")
    kyc_level: Mapped[int | None] = mapped_column(Integer, default=None)
    preferred_channel: Mapped[str | None] = mapped_column(String(16), default=None)
    volume_30d_usd: Mapped[float | None] = mapped_column(Float, default=None)
    assets_usd: Mapped[float | None] = mapped_column(Float, default=None)
    created_at: Mapped[str | None] = mapped_column(String(24), default=None)
    updated_at: Mapped[str | None] = mapped_column(String(24), default=None)

    __table_args__ = (
        Index("ix_clients_manager", "manager_id", "tier"),
        Index("ix_clients_tier", "tier"),
        Index("ix_clients_status", "status"),
        # Short search terms scan this instead of the rows (migration 0004).
        Index("ix_clients_search", "display_name", "email", "uid", "tier"),
    )


class TicketRow(_EntityMixin, Base):
    """A support ticket (entity ``ticket``).

    ``client_tier`` (1–10) and ``client_name`` are copied from the client row and kept current
    by triggers on ``clients``, so lanes sort by tier without a join.
    """

    __tablename__ = "tickets"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_uid: Mapped[str] = mapped_column(String(32))
    client_tier: Mapped[int | None] = mapped_column(Integer, default=None)
    client_name: Mapped[str | None] = mapped_column(Text, default=None)
    subject: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str | None] = mapped_column(String(24), default=None)
    channel: Mapped[str | None] = mapped_column(String(16), default=None)
    priority: Mapped[str | None] = mapped_column(String(16), default=None)
    status: Mapped[str] = mapped_column(String(24), default="new")
    assignee_id: Mapped[str | None] = mapped_column(String(64), default=None)
    team: Mapped[str | None] = mapped_column(String(24), default=None)
    language: Mapped[str | None] = mapped_column(String(16), default=None)
    created_at: Mapped[str | None] = mapped_column(String(24), default=None)
    updated_at: Mapped[str | None] = mapped_column(String(24), default=None)
    first_response_due: Mapped[str | None] = mapped_column(String(24), default=None)
    next_response_due: Mapped[str | None] = mapped_column(String(24), default=None)
    resolution_due: Mapped[str | None] = mapped_column(String(24), default=None)
    first_responded_at: Mapped[str | None] = mapped_column(String(24), default=None)
    solved_at: Mapped[str | None] = mapped_column(String(24), default=None)
    # The settled SLA cycles as compact JSON, for the dashboard's facts (migration 0010).
    sla_settled: Mapped[str | None] = mapped_column(Text, default=None)

    __table_args__ = (
        Index("ix_tickets_status_assignee", "status", "assignee_id"),
        Index("ix_tickets_assignee", "assignee_id"),
        Index("ix_tickets_client", "client_uid"),
        Index("ix_tickets_updated", "updated_at"),
        Index("ix_tickets_search", "subject", "client_name", "id", "updated_at"),
        # The lanes read open tickets from this index alone (store/lane_sql.py).
        Index("ix_tickets_lanes", *LANE_COLUMNS, sqlite_where=text(OPEN)),
    )


class MessageRow(_EntityMixin, Base):
    """A ticket message (entity ``message``); ``internal`` is 0/1."""

    __tablename__ = "messages"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    ticket_id: Mapped[str] = mapped_column(String(64))
    author_kind: Mapped[str] = mapped_column(String(16), default="system")
    author_id: Mapped[str | None] = mapped_column(String(64), default=None)
    internal: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[str | None] = mapped_column(String(24), default=None)
    body: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_messages_ticket", "ticket_id", "created_at"),)


class _RequestMixin(_EntityMixin):
    """The columns every kind of request shares (who asked, the deciding rule, life cycle)."""

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_uid: Mapped[str] = mapped_column(String(32))
    requester_id: Mapped[str | None] = mapped_column(String(64), default=None)
    status: Mapped[str] = mapped_column(String(24), default="pending_approval")
    rule_id: Mapped[str | None] = mapped_column(String(64), default=None)
    approvals_required: Mapped[int] = mapped_column(Integer, default=0)
    approver_role: Mapped[str | None] = mapped_column(String(24), default=None)
    valid_until: Mapped[str | None] = mapped_column(String(24), default=None)
    expires_at: Mapped[str | None] = mapped_column(String(24), default=None)
    created_at: Mapped[str | None] = mapped_column(String(24), default=None)
    updated_at: Mapped[str | None] = mapped_column(String(24), default=None)


class FeeRequestRow(_RequestMixin, Base):
    """A custom fee schedule request (entity ``fee_request``); rates are exact decimal text."""

    __tablename__ = "fee_requests"

    maker_bps: Mapped[str | None] = mapped_column(String(16), default=None)
    taker_bps: Mapped[str | None] = mapped_column(String(16), default=None)
    scope: Mapped[str | None] = mapped_column(String(16), default=None)

    __table_args__ = (
        Index("ix_fee_requests_status", "status"),
        Index("ix_fee_requests_client", "client_uid"),
        Index("ix_fee_requests_requester", "requester_id"),
    )


class WithdrawalRequestRow(_RequestMixin, Base):
    """A withdrawal limit increase or expedite request (entity ``withdrawal_request``)."""

    __tablename__ = "withdrawal_requests"

    kind: Mapped[str | None] = mapped_column(String(24), default=None)
    asset: Mapped[str | None] = mapped_column(String(16), default=None)
    amount: Mapped[str | None] = mapped_column(String(48), default=None)
    usd_amount: Mapped[float | None] = mapped_column(Float, default=None)

    __table_args__ = (
        Index("ix_withdrawal_requests_status", "status"),
        Index("ix_withdrawal_requests_client", "client_uid"),
        Index("ix_withdrawal_requests_requester", "requester_id"),
    )


# --- API-access requests (v1.1; migration 0008) -----------------------------------------------


class ApiAccessRequestRow(_RequestMixin, Base):
    """A change of a client's API rate-limit tier and IP whitelist (``api_access_request``);
    ``ip_whitelist`` is the requested list as ``,a,b,`` (empty: any IP)."""

    __tablename__ = "api_access_requests"

    rate_limit_tier: Mapped[str | None] = mapped_column(String(24), default=None)
    ip_whitelist: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_api_access_requests_status", "status"),
        Index("ix_api_access_requests_client", "client_uid"),
        Index("ix_api_access_requests_requester", "requester_id"),
    )


class FreezeRow(_EntityMixin, Base):
    """An emergency freeze of a client (entity ``freeze``); ``scopes`` as ``,login,api,``."""

    __tablename__ = "freezes"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_uid: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="active")
    scopes: Mapped[str] = mapped_column(Text, default="")
    reason_code: Mapped[str | None] = mapped_column(String(32), default=None)
    created_by: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[str | None] = mapped_column(String(24), default=None)
    updated_at: Mapped[str | None] = mapped_column(String(24), default=None)

    __table_args__ = (
        Index("ix_freezes_status", "status"),
        Index("ix_freezes_client", "client_uid"),
    )


class UnfreezeRequestRow(_EntityMixin, Base):
    """A request to lift a freeze, waiting for a second security officer (``unfreeze_request``)."""

    __tablename__ = "unfreeze_requests"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    freeze_id: Mapped[str] = mapped_column(String(64))
    client_uid: Mapped[str | None] = mapped_column(String(32), default=None)
    requester_id: Mapped[str | None] = mapped_column(String(64), default=None)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    created_at: Mapped[str | None] = mapped_column(String(24), default=None)
    updated_at: Mapped[str | None] = mapped_column(String(24), default=None)

    __table_args__ = (
        Index("ix_unfreeze_requests_status", "status"),
        Index("ix_unfreeze_requests_freeze", "freeze_id"),
    )


class StaffRow(_EntityMixin, Base):
    """A staff member (entity ``staff``); ``roles`` and ``languages`` as ``,a,b,``."""

    __tablename__ = "staff"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str | None] = mapped_column(String(64), default=None)
    display_name: Mapped[str] = mapped_column(Text, default="")
    roles: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[str] = mapped_column(Text, default="")


class PolicyRow(_EntityMixin, Base):
    """A policy rule (entity ``policy``). ``position`` is the server's order when it sends one."""

    __tablename__ = "policies"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    applies_to: Mapped[str | None] = mapped_column(String(24), default=None)
    action: Mapped[str | None] = mapped_column(String(24), default=None)
    position: Mapped[int | None] = mapped_column(Integer, default=None)


# --- v1.1 workspace: files on tickets, the help centre (migration 0009_workspace) -----------


class AttachmentRow(_EntityMixin, Base):
    """A file's metadata (entity ``attachment``); the bytes live in the cache's file folder
    (:mod:`vipclient.store.files`), by ``sha256``, once downloaded and checked."""

    __tablename__ = "attachments"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    ticket_id: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(Text, default="")
    content_type: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    uploaded_by: Mapped[str | None] = mapped_column(String(64), default=None)
    created_at: Mapped[str | None] = mapped_column(String(24), default=None)

    __table_args__ = (Index("ix_attachments_ticket", "ticket_id", "created_at"),)


class HelpArticleRow(_EntityMixin, Base):
    """A help-centre article (entity ``help_article``). ``search_text`` is what a query is
    matched against (``domain.help.article_text``: NFKC, case-folded), ``tags`` as ``,a,b,``."""

    __tablename__ = "help_articles"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    lang: Mapped[str] = mapped_column(String(16), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[str | None] = mapped_column(String(24), default=None)
    search_text: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_help_articles_lang", "lang"),)


class HelpUseRow(Base):
    """How often a person inserted an article into replies on tickets of one category (local
    only, never sent): the most used rise to the top of the help panel."""

    __tablename__ = "help_uses"

    staff_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    category: Mapped[str] = mapped_column(String(24), primary_key=True)
    article_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    uses: Mapped[int] = mapped_column(Integer, default=0)
    last_used_at: Mapped[str | None] = mapped_column(String(24), default=None)


class DashboardFactRow(Base):
    """One dated fact the dashboard counts (``store/dashboard_facts.py``), written by triggers
    on ``tickets``: a settled SLA cycle (``met``) or a ticket opened (``secs``: its first
    response came that much later). Read through the covering index: one range per figure."""

    __tablename__ = "dashboard_facts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(24))
    ticket_id: Mapped[str] = mapped_column(String(64))
    met: Mapped[int | None] = mapped_column(Integer, default=None)
    secs: Mapped[int | None] = mapped_column(Integer, default=None)
    tier: Mapped[int | None] = mapped_column(Integer, default=None)
    category: Mapped[str | None] = mapped_column(String(24), default=None)
    channel: Mapped[str | None] = mapped_column(String(16), default=None)
    assignee_id: Mapped[str | None] = mapped_column(String(64), default=None)

    __table_args__ = (Index(FACTS_INDEX, *FACTS_INDEX_COLUMNS),)
# --- security desk (migration 0012_security) ------------------------------------------------


class RiskAlertRow(_EntityMixin, Base):
    """A risk alert about a client's account (entity ``risk_alert``, v1.1). ``severity_rank``
    (0 low … 3 critical) orders the security queue without a ``CASE`` per row."""

    __tablename__ = "risk_alerts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_uid: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str | None] = mapped_column(String(32), default=None)
    severity: Mapped[str | None] = mapped_column(String(16), default=None)
    severity_rank: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[str | None] = mapped_column(String(24), default=None)
    handled_by: Mapped[str | None] = mapped_column(String(64), default=None)
    handled_at: Mapped[str | None] = mapped_column(String(24), default=None)
    freeze_id: Mapped[str | None] = mapped_column(String(64), default=None)

    __table_args__ = (
        Index("ix_risk_alerts_queue", "status", "severity_rank", "created_at"),
        Index("ix_risk_alerts_client", "client_uid", "created_at"),
    )


class AuditEntryRow(Base):
    """One entry of the server's audit log, paged in by the Audit screen (not a feed entity).

    ``raw`` is the entry's JSON exactly as served (its keys in the server's order), which is
    what is verified and exported; the other columns are what the screen filters by.
    """

    __tablename__ = "audit_entries"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(24))
    actor_id: Mapped[str | None] = mapped_column(String(64), default=None)
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(String(128), default=None)
    raw: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        Index("ix_audit_entries_actor", "actor_id"),
        Index("ix_audit_entries_target", "target"),
        Index("ix_audit_entries_action", "action"),
        Index("ix_audit_entries_at", "at"),
    )


class OutboxRow(Base):
    """One action a person took, waiting to reach the platform (see :mod:`vipclient.store.outbox`).

    ``key`` is the ``Idempotency-Key`` sent on every attempt. ``state`` is one of ``pending``,
    ``sending`` (an attempt may be on the wire; a restart sends it again with the same key),
    ``failed`` (the server refused it: ``error``/``error_status`` hold its problem detail),
    ``conflict`` (412: someone changed the entity first) or ``done``. ``effect`` is the JSON list
    of the optimistic local edits laid over the cache; ``verify`` says how to check the server
    before resending a row whose key may have expired; ``first_sent_at`` is the server-clock time
    of the first attempt.
    """

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(48))
    method: Mapped[str] = mapped_column(String(8))
    path: Mapped[str] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text, default=None)
    if_match: Mapped[str | None] = mapped_column(String(32), default=None)
    entity: Mapped[str | None] = mapped_column(String(24), default=None)
    entity_id: Mapped[str | None] = mapped_column(String(64), default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[str | None] = mapped_column(String(24), default=None)
    error: Mapped[str | None] = mapped_column(Text, default=None)
    error_status: Mapped[int | None] = mapped_column(Integer, default=None)
    effect: Mapped[str | None] = mapped_column(Text, default=None)
    result_entity: Mapped[str | None] = mapped_column(String(24), default=None)
    result_id: Mapped[str | None] = mapped_column(String(64), default=None)
    verify: Mapped[str | None] = mapped_column(Text, default=None)
    first_sent_at: Mapped[str | None] = mapped_column(String(24), default=None)
    # The server's problem of a refusal as JSON (its field messages, e.g.), migration 0008.
    problem: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[str] = mapped_column(String(24))
    updated_at: Mapped[str] = mapped_column(String(24))

    __table_args__ = (
        Index("ix_outbox_state", "state", "id"),
        Index("ix_outbox_entity", "entity", "entity_id"),
    )


class SyncStateRow(Base):
    """The single row (``id`` = 1) of sync bookkeeping.

    ``cursor`` is the changes feed's opaque cursor, stored in the same transaction as the page
    it follows. ``full_sync`` is 1 while a full pull from no cursor is under way (a restart
    begins it again); ``last_full_sync_at`` is when the last full pull finished. ``bulk_load``
    is 1 while the first pull writes an empty cache with search indexing paused, and stays 1
    until the search index has been built after it, step by step.
    """

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cursor: Mapped[str | None] = mapped_column(Text, default=None)
    full_sync: Mapped[int] = mapped_column(Integer, default=1)
    last_full_sync_at: Mapped[str | None] = mapped_column(String(24), default=None)
    last_change_at: Mapped[str | None] = mapped_column(String(24), default=None)
    # 1 while the first full pull writes an empty cache with search indexing paused (0003).
    bulk_load: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # While bulk_load is 1: the highest rowid already in each search index (0005); the index
    # is built after the pull in short steps (vipclient.store.search.index_step).
    clients_fts_upto: Mapped[int | None] = mapped_column(Integer, default=None)
    tickets_fts_upto: Mapped[int | None] = mapped_column(Integer, default=None)
    # While bulk_load is 1: the highest ticket rowid whose dashboard facts are written (0010).
    dashboard_facts_upto: Mapped[int | None] = mapped_column(Integer, default=None)


class ResyncSeenRow(Base):
    """During a re-sync after 410: the entities the server sent; the rest are deleted at the end."""

    __tablename__ = "resync_seen"

    entity: Mapped[str] = mapped_column(String(24), primary_key=True)
    id: Mapped[str] = mapped_column(String(64), primary_key=True)


ENTITY_MODELS: dict[str, type[_EntityMixin]] = {
    "client": ClientRow,
    "ticket": TicketRow,
    "message": MessageRow,
    "fee_request": FeeRequestRow,
    "withdrawal_request": WithdrawalRequestRow,
    "freeze": FreezeRow,
    "unfreeze_request": UnfreezeRequestRow,
    "staff": StaffRow,
    "policy": PolicyRow,
    # v1.1 workspace
    "attachment": AttachmentRow,
    "help_article": HelpArticleRow,
    "api_access_request": ApiAccessRequestRow,
    # -- security desk --
    "risk_alert": RiskAlertRow,
}
"""Changes-feed entity name → ORM model."""

ENTITY_TABLES: dict[str, str] = {
    name: model.__tablename__  # type: ignore[attr-defined]
    for name, model in ENTITY_MODELS.items()
}
ENTITY_KEYS: dict[str, str] = {
    name: ("uid" if name == "client" else "id") for name in ENTITY_MODELS
}
"""Entity name → its primary-key column."""
