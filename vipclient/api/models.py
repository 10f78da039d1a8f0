"""Pydantic v2 models of every object in platform-api v1, as they travel on the wire.

Rules the contract sets and these models enforce:

- money and rates are decimal *strings*; a JSON float (or int, or bool) is refused, since
  binary floats cannot hold ``"0.1"`` exactly;
- timestamps are RFC 3339 with an offset and are converted to aware UTC datetimes;
- unknown fields are ignored, so a newer server does not break an older client.

``parse(model, data, where=...)`` turns a ``ValidationError`` into ``MalformedResponse``
naming the offending path, and logs it (the path and message, never the values).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    TypeAdapter,
    ValidationError,
)

from vipclient.api.errors import MalformedResponse
from vipclient.domain.enums import (
    AlertKind,
    AlertSeverity,
    AlertStatus,
    AuthorKind,
    Category,
    ChangeOp,
    Channel,
    ClientStatus,
    Entity,
    FeeScope,
    FreezeReason,
    FreezeScope,
    FreezeStatus,
    PolicyAction,
    PreferredChannel,
    Priority,
    RateLimitTier,
    RequestKind,
    RequestStatus,
    Role,
    SlaClock,
    SlaEventKind,
    Team,
    TicketStatus,
    Tier,
    UnfreezeStatus,
    WithdrawalKind,
)

log = logging.getLogger(__name__)


def _decimal_from_string(value: object) -> Decimal:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("not a finite decimal")
        return value
    if not isinstance(value, str):
        # Floats are the bug this guards against; ints and bools are not the contract either.
        raise ValueError("money and rates must be decimal strings")
    text = value.strip()
    if not text or text != value:
        raise ValueError("not a decimal string")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError("not a decimal string") from None
    if not number.is_finite():
        raise ValueError("not a finite decimal")
    return number


def _to_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def _utc_text(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


DecimalStr = Annotated[
    Decimal,
    BeforeValidator(_decimal_from_string),
    PlainSerializer(lambda d: format(d, "f"), return_type=str, when_used="json"),
]
"""A decimal that arrives and leaves as a JSON string."""

UtcDatetime = Annotated[
    AwareDatetime,
    AfterValidator(_to_utc),
    PlainSerializer(_utc_text, return_type=str, when_used="json"),
]
"""An aware datetime, normalised to UTC; serialised as RFC 3339 with ``Z``."""


class WireModel(BaseModel):
    """Base of every wire model: ignore unknown fields, keep values as validated."""

    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)


# --- staff and auth ------------------------------------------------------------------------


class Staff(WireModel):
    id: str
    username: str
    display_name: str = ""
    roles: list[Role] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)

    def has_role(self, role: Role | str) -> bool:
        return Role(role) in self.roles


class LoginResponse(WireModel):
    # repr=False: a model printed into a log must never show a token.
    access_token: str = Field(repr=False)
    refresh_token: str = Field(repr=False)
    expires_in: int | None = None
    refresh_expires_in: int | None = None
    staff: Staff


class TokenResponse(WireModel):
    """Answer of /auth/refresh and /auth/step-up (step-up may omit the refresh token)."""

    access_token: str = Field(repr=False)
    refresh_token: str | None = Field(default=None, repr=False)
    expires_in: int | None = None
    acr: str | None = None
    auth_time: UtcDatetime | None = None


# --- clients -------------------------------------------------------------------------------


class FeeSchedule(WireModel):
    maker_bps: DecimalStr
    taker_bps: DecimalStr
    source: Literal["tier", "custom"] = "tier"
    expires_at: UtcDatetime | None = None


class ClientApi(WireModel):
    rate_limit_tier: str = ""
    ip_whitelist: list[str] = Field(default_factory=list)


class Client(WireModel):
    uid: str
    display_name: str
    email: str = ""
    phone: str | None = None
    tier: Tier
    kyc_level: int = Field(default=0, ge=0, le=3)
    region: str = ""
    languages: list[str] = Field(default_factory=list)
    timezone: str = "UTC"
    preferred_channel: PreferredChannel = PreferredChannel.TICKET
    manager_id: str | None = None
    volume_30d_usd: DecimalStr = Decimal(0)
    assets_usd: DecimalStr = Decimal(0)
    fee_schedule: FeeSchedule
    withdrawal_limit_24h_usd: DecimalStr = Decimal(0)
    api: ClientApi = Field(default_factory=ClientApi)
    status: ClientStatus = ClientStatus.ACTIVE
    freeze_scopes: list[FreezeScope] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    notes: str = ""
    created_at: UtcDatetime
    updated_at: UtcDatetime
    version: int


# --- tickets -------------------------------------------------------------------------------


class SlaEvent(WireModel):
    at: UtcDatetime
    clock: SlaClock
    event: SlaEventKind


class Ticket(WireModel):
    id: str
    client_uid: str
    subject: str
    category: Category
    channel: Channel
    priority: Priority
    status: TicketStatus
    assignee_id: str | None = None
    team: Team | None = None
    language: str = "en"
    created_at: UtcDatetime
    updated_at: UtcDatetime
    first_response_due: UtcDatetime | None = None
    next_response_due: UtcDatetime | None = None
    resolution_due: UtcDatetime | None = None
    first_responded_at: UtcDatetime | None = None
    solved_at: UtcDatetime | None = None
    sla_events: list[SlaEvent] = Field(default_factory=list)
    version: int


# --- attachments and help centre (v1.1) ------------------------------------------------------


class Attachment(WireModel):
    """A file's metadata (entity ``attachment``; a message carries copies of its files')."""

    id: str
    ticket_id: str
    filename: str
    content_type: str
    size: int = Field(ge=0)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    uploaded_by: str | None = None
    created_at: UtcDatetime


class HelpArticle(WireModel):
    """A help-centre article (entity ``help_article``); ``body`` is Markdown."""

    id: str
    lang: str
    title: str
    summary: str = ""
    body: str = ""
    tags: list[str] = Field(default_factory=list)
    url: str = ""
    updated_at: UtcDatetime | None = None
    version: int | None = None


class Message(WireModel):
    id: str
    ticket_id: str
    author_kind: AuthorKind
    author_id: str | None = None
    body: str
    internal: bool = False
    created_at: UtcDatetime
    # v1.1: absent (empty) on a message without files.
    attachments: list[Attachment] = Field(default_factory=list)


# --- maker-checker requests ----------------------------------------------------------------


class Approval(WireModel):
    staff_id: str
    decision: str  # "approve" / "reject" (kept open: the contract does not close the set)
    comment: str = ""
    at: UtcDatetime
    role: Role | None = None
    step_up: bool = False


class _RequestBase(WireModel):
    id: str
    client_uid: str
    status: RequestStatus
    rule_id: str | None = None
    approvals_required: int = 0
    approver_role: Role | None = None
    step_up: bool = False
    approvals: list[Approval] = Field(default_factory=list)
    expires_at: UtcDatetime | None = None
    requester_id: str | None = None
    reason: str = ""
    created_at: UtcDatetime | None = None
    updated_at: UtcDatetime | None = None
    version: int | None = None


class FeeRequest(_RequestBase):
    maker_bps: DecimalStr
    taker_bps: DecimalStr
    scope: FeeScope = FeeScope.ALL
    valid_until: UtcDatetime | None = None


class WithdrawalRequest(_RequestBase):
    kind: WithdrawalKind
    asset: str
    amount: DecimalStr
    usd_amount: DecimalStr | None = None
    withdrawal_id: str | None = None
    valid_until: UtcDatetime | None = None


# API-access requests (v1.1)
class ApiAccessRequest(_RequestBase):
    rate_limit_tier: RateLimitTier
    ip_whitelist: list[str] = Field(default_factory=list)
    valid_until: UtcDatetime | None = None


class RequestCreated(WireModel):
    """The 201 answer of POST /fee-requests, /withdrawal-requests and /api-access-requests."""

    id: str
    status: RequestStatus
    rule_id: str | None = None
    approvals_required: int = 0
    approvals: list[Approval] = Field(default_factory=list)
    expires_at: UtcDatetime | None = None


# --- freezes -------------------------------------------------------------------------------


class Freeze(WireModel):
    id: str
    client_uid: str
    scopes: list[FreezeScope]
    status: FreezeStatus
    reason_code: FreezeReason | None = None
    note: str | None = None
    created_by: str | None = None
    created_at: UtcDatetime
    updated_at: UtcDatetime | None = None
    lifted_by: str | None = None
    lifted_at: UtcDatetime | None = None
    version: int | None = None


class UnfreezeRequest(WireModel):
    id: str
    freeze_id: str
    client_uid: str | None = None
    reason: str = ""
    status: UnfreezeStatus
    requester_id: str | None = None
    decided_by: str | None = None
    decided_at: UtcDatetime | None = None
    comment: str | None = None
    created_at: UtcDatetime | None = None
    updated_at: UtcDatetime | None = None
    version: int | None = None


# --- risk alerts (v1.1) ------------------------------------------------------------------


class RiskAlert(WireModel):
    id: str
    client_uid: str
    kind: AlertKind | str
    severity: AlertSeverity
    summary: str = ""
    details: dict[str, str] = Field(default_factory=dict)
    created_at: UtcDatetime
    status: AlertStatus
    handled_by: str | None = None
    handled_at: UtcDatetime | None = None
    note: str | None = None
    freeze_id: str | None = None
    version: int | None = None


# --- policies, assets, audit ---------------------------------------------------------------


class PolicyWhen(WireModel):
    """A rule's conditions (v1.1 added the last two). A condition this model does not know is
    ignored here like any unknown field, so the rule is still stored; the desk evaluates the
    rule's raw JSON with ``vipclient.domain.policy.rules_from_json``, which refuses a rule set
    it cannot judge rather than match more than the server does."""

    tiers: list[Tier] | None = None
    kind: WithdrawalKind | None = None
    discount_pct_lte: DecimalStr | None = None
    maker_bps_lt: DecimalStr | None = None
    usd_amount_lte: DecimalStr | None = None
    rate_limit_tiers: list[RateLimitTier] | None = None
    whitelist_cleared: Literal["true", "false"] | None = None


class Policy(WireModel):
    id: str
    applies_to: RequestKind
    when: PolicyWhen = Field(default_factory=PolicyWhen)
    action: PolicyAction
    approvals: int = 0
    approver_role: Role | None = None
    step_up: bool = False
    expires_after_hours: int | None = None
    description: str | None = None


class Asset(WireModel):
    symbol: str
    precision: int = Field(ge=0)
    usd_price: DecimalStr


class AuditEntry(WireModel):
    """One audit log entry. Verify the hash chain on the raw JSON, not on this model: the
    hash covers the exact wire values, which parsing normalises."""

    seq: int
    at: UtcDatetime
    actor_id: str | None = None
    action: str
    target: str | None = None
    details: dict[str, Any] = Field(default_factory=dict)
    prev_hash: str
    hash: str


# --- changes feed and pages ----------------------------------------------------------------


ENTITY_MODELS: dict[Entity, type[WireModel]] = {
    Entity.CLIENT: Client,
    Entity.TICKET: Ticket,
    Entity.MESSAGE: Message,
    Entity.FEE_REQUEST: FeeRequest,
    Entity.WITHDRAWAL_REQUEST: WithdrawalRequest,
    Entity.FREEZE: Freeze,
    Entity.UNFREEZE_REQUEST: UnfreezeRequest,
    Entity.STAFF: Staff,
    Entity.POLICY: Policy,
    # v1.1 workspace
    Entity.ATTACHMENT: Attachment,
    Entity.HELP_ARTICLE: HelpArticle,
    Entity.API_ACCESS_REQUEST: ApiAccessRequest,
    # v1.1 security desk
    Entity.RISK_ALERT: RiskAlert,
}


class Change(WireModel):
    seq: int
    # A name the desk does not know (a newer server's entity) stays a plain string: such a
    # change has no model here and the cache ignores it.
    entity: Annotated[Entity | str, Field(union_mode="left_to_right")]
    id: str
    op: ChangeOp
    version: int | None = None
    # Kept as the raw JSON object: the cache stores it verbatim; ``model()`` validates it.
    data: dict[str, Any] | None = None

    def model(self) -> WireModel | None:
        """``data`` validated as its entity's model (None for a delete, and for an entity of
        the contract this client has no model of yet: the cache ignores those too).

        Raises ``MalformedResponse`` when ``data`` breaks the contract.
        """
        if self.op is ChangeOp.DELETE or self.data is None:
            if self.op is ChangeOp.UPSERT:
                raise MalformedResponse("upsert without data", path=f"change {self.seq}.data")
            return None
        model = ENTITY_MODELS.get(self.entity) if isinstance(self.entity, Entity) else None
        if model is None:
            return None
        return parse(model, self.data, where=f"change {self.seq}.data")


class ChangesPage(WireModel):
    changes: list[Change]
    next_cursor: str
    has_more: bool = False


ItemT = TypeVar("ItemT")


class Page(WireModel, Generic[ItemT]):
    items: list[ItemT]
    next_cursor: str | None = None
    has_more: bool = False


class ProblemFieldError(WireModel):
    field: str = ""
    message: str = ""


class Problem(BaseModel):
    """RFC 9457 problem details; extension members (e.g. ``rule_id``) are kept."""

    model_config = ConfigDict(extra="allow", frozen=True)

    type: str = "about:blank"
    title: str = ""
    status: int | None = None
    detail: str = ""
    errors: list[ProblemFieldError] = Field(default_factory=list)


# --- parsing -------------------------------------------------------------------------------

M = TypeVar("M")

_adapters: dict[object, TypeAdapter[Any]] = {}


def _adapter(model: Any) -> TypeAdapter[Any]:
    adapter = _adapters.get(model)
    if adapter is None:
        adapter = TypeAdapter(model)
        _adapters[model] = adapter
    return adapter


def _loc(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(root)"


def parse(model: type[M], data: object, *, where: str = "response") -> M:
    """Validate ``data`` as ``model``; a mismatch becomes ``MalformedResponse``."""
    try:
        result: M = _adapter(model).validate_python(data)
        return result
    except ValidationError as exc:
        first = exc.errors()[0]
        path = f"{where}.{_loc(first['loc'])}" if first["loc"] else where
        # Log where and why, never the offending value (it may be personal data).
        log.warning(
            "malformed %s at %s: %s (%d error(s))",
            getattr(model, "__name__", str(model)),
            path,
            first["msg"],
            exc.error_count(),
        )
        raise MalformedResponse(f"{path}: {first['msg']}", path=path) from None
