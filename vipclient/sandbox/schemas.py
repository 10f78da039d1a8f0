"""Wire models of the endpoints this package serves (request bodies and documented answers).

Answers are built as dicts by the entities' ``to_api()``; these models document and check
them (FastAPI ``response_model``). Request bodies forbid unknown fields, so a typo is a 422
rather than a silently ignored change.
"""

from __future__ import annotations

from typing import Annotated, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from vipclient.domain.attachments import ALLOWED_TYPES, MAX_BYTES
from vipclient.domain.enums import (
    AuthorKind,
    Category,
    Channel,
    ClientStatus,
    PreferredChannel,
    Priority,
    RateLimitTier,
    SlaClock,
    SlaEventKind,
    Team,
    TicketStatus,
    Tier,
)

T = TypeVar("T")


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None
    has_more: bool


# --------------------------------------------------------------------------- auth


class StaffOut(BaseModel):
    id: str
    username: str
    display_name: str
    roles: list[str]
    languages: list[str]


class LoginIn(Body):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)
    totp: str = Field(min_length=1, max_length=16)


class LoginOut(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int
    refresh_expires_in: int
    staff: StaffOut


class RefreshIn(Body):
    refresh_token: str = Field(min_length=1, max_length=512)


class StepUpIn(Body):
    totp: str = Field(min_length=1, max_length=16)


class StepUpOut(BaseModel):
    access_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int
    acr: Literal["totp"]
    auth_time: str


# --------------------------------------------------------------------------- clients


class FeeScheduleOut(BaseModel):
    maker_bps: str
    taker_bps: str
    source: Literal["tier", "custom"]
    expires_at: str | None


class ApiSettingsOut(BaseModel):
    rate_limit_tier: RateLimitTier
    ip_whitelist: list[str]


class ClientOut(BaseModel):
    uid: str
    display_name: str
    email: str
    phone: str | None
    tier: Tier
    kyc_level: int = Field(ge=0, le=3)
    region: str
    languages: list[str]
    timezone: str
    preferred_channel: PreferredChannel
    manager_id: str | None
    volume_30d_usd: str
    assets_usd: str
    fee_schedule: FeeScheduleOut
    withdrawal_limit_24h_usd: str
    api: ApiSettingsOut
    status: ClientStatus
    freeze_scopes: list[str]
    tags: list[str]
    notes: str
    created_at: str
    updated_at: str
    version: int


LanguageCode = str


class ClientPatch(Body):
    """The fields a person may change; ``manager_id`` by a supervisor only."""

    notes: str | None = Field(default=None, max_length=10000)
    tags: list[str] | None = Field(default=None, max_length=50)
    languages: list[str] | None = Field(default=None, min_length=1, max_length=10)
    preferred_channel: PreferredChannel | None = None
    timezone: str | None = Field(default=None, min_length=1, max_length=64)
    phone: str | None = Field(default=None, max_length=40)
    manager_id: str | None = Field(default=None, max_length=40)


# --------------------------------------------------------------------------- tickets


class SlaEventOut(BaseModel):
    at: str
    clock: SlaClock
    event: SlaEventKind


class TicketOut(BaseModel):
    id: str
    client_uid: str
    subject: str
    category: Category
    channel: Channel
    priority: Priority
    status: TicketStatus
    assignee_id: str | None
    team: Team | None
    language: str
    created_at: str
    updated_at: str
    first_response_due: str | None
    next_response_due: str | None
    resolution_due: str | None
    first_responded_at: str | None
    solved_at: str | None
    sla_events: list[SlaEventOut]
    version: int


class AttachmentOut(BaseModel):
    id: str
    ticket_id: str
    filename: str
    content_type: str = Field(json_schema_extra={"enum": list(ALLOWED_TYPES)})
    size: int = Field(ge=1, le=MAX_BYTES)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    uploaded_by: str | None = Field(description="the staff id, or the client's uid for a "
                                                "file the client sent")
    created_at: str


class MessageOut(BaseModel):
    id: str
    ticket_id: str
    author_kind: AuthorKind
    author_id: str | None
    body: str
    internal: bool
    created_at: str
    attachments: list[AttachmentOut] = Field(
        default_factory=list,
        description="The files it carries (v1.1); absent when there are none.",
    )


class MessageIn(Body):
    body: str = Field(min_length=1, max_length=20000)
    internal: bool = False
    attachment_ids: list[Annotated[str, Field(min_length=1, max_length=40)]] = Field(
        default_factory=list, max_length=20,
        description="Attachments uploaded to this ticket and not yet on another message.",
    )


class AssignIn(Body):
    assignee_id: str | None = Field(max_length=40)


class StatusIn(Body):
    status: TicketStatus


class EscalateIn(Body):
    team: Team
    note: str = Field(min_length=1, max_length=2000)


# --------------------------------------------------------------------------- workspace (v1.1)


class HelpArticleOut(BaseModel):
    id: str
    lang: str
    title: str
    summary: str
    body: str = Field(description="Markdown")
    tags: list[str]
    url: str = Field(description="the public link to send to a client")
    updated_at: str
    version: int


class TranscriptExportIn(Body):
    ticket_ids: list[Annotated[str, Field(min_length=1, max_length=40)]] = Field(
        max_length=1000, description="Tickets of this client, each once (at least one)."
    )
    format: Literal["pdf", "json"]
    sha256: str = Field(max_length=200, description="SHA-256 of the file about to be "
                                                    "written: 64 lower-case hex digits")
    reason: str = Field(max_length=4000, description="10-2000 characters")


class TranscriptExportOut(BaseModel):
    id: str
    client_uid: str
    ticket_ids: list[str]
    format: Literal["pdf", "json"]
    sha256: str
    exported_by: str
    created_at: str


class AssetOut(BaseModel):
    symbol: str
    precision: int
    usd_price: str


# --------------------------------------------------------------------------- changes


class ChangeOut(BaseModel):
    seq: int
    entity: Literal[
        "client", "ticket", "message", "fee_request", "withdrawal_request",
        "api_access_request", "freeze", "unfreeze_request", "staff", "policy",
        "attachment", "help_article", "risk_alert",
    ]
    id: str
    op: Literal["upsert", "delete"]
    version: int
    data: dict[str, object] | None = None


class ChangesPage(BaseModel):
    changes: list[ChangeOut]
    next_cursor: str
    has_more: bool


# --------------------------------------------------------------------------- controls


class ClockOut(BaseModel):
    now: str


class ClockIn(Body):
    advance_seconds: float = Field(ge=0, le=10 * 365 * 86400)


class FaultsIn(Body):
    latency_ms: int = Field(default=0, ge=0, le=60000)
    error_rate: float = Field(default=0.0, ge=0, le=1)
    drop_rate: float = Field(default=0.0, ge=0, le=1)
    lost_answer_rate: float = Field(default=0.0, ge=0, le=1)
    malformed_rate: float = Field(default=0.0, ge=0, le=1)
    paths: list[str] | None = None
    seed: int | None = None


class FaultsOut(BaseModel):
    latency_ms: int
    error_rate: float
    drop_rate: float
    lost_answer_rate: float
    malformed_rate: float
    paths: list[str] | None
    seed: int | None


class TotpOut(BaseModel):
    username: str
    code: str
    valid_for_seconds: int
