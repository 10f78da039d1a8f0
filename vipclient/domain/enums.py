"""The contract's closed vocabularies, shared by the client and the sandbox.

Values are the wire strings of platform-api v1; the enums are ``StrEnum`` so they compare
equal to what arrives in JSON.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ACCOUNT_MANAGER = "account_manager"
    SUPERVISOR = "supervisor"
    SECURITY_OFFICER = "security_officer"


class Tier(StrEnum):
    VIP1 = "VIP1"
    VIP2 = "VIP2"
    VIP3 = "VIP3"
    VIP4 = "VIP4"
    VIP5 = "VIP5"
    VIP6 = "VIP6"
    VIP7 = "VIP7"
    VIP8 = "VIP8"
    VIP9 = "VIP9"
    VIP10 = "VIP10"

    @property
    def level(self) -> int:
        """1 for VIP1 … 10 for VIP10."""
        return int(self.value[3:])

    @classmethod
    def from_level(cls, level: int) -> Tier:
        return cls(f"VIP{level}")


class ClientStatus(StrEnum):
    ACTIVE = "active"
    FROZEN = "frozen"


class PreferredChannel(StrEnum):
    CHAT = "chat"
    TICKET = "ticket"
    EMAIL = "email"
    PHONE = "phone"


class Category(StrEnum):
    ACCOUNT_SECURITY = "account_security"
    WITHDRAWAL = "withdrawal"
    DEPOSIT = "deposit"
    TRADING = "trading"
    API = "api"
    FEES = "fees"
    KYC = "kyc"
    OTHER = "other"


class Channel(StrEnum):
    CHAT = "chat"
    TICKET = "ticket"
    EMAIL = "email"
    PHONE = "phone"
    SOCIAL = "social"


class Priority(StrEnum):
    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class TicketStatus(StrEnum):
    NEW = "new"
    OPEN = "open"
    PENDING_CLIENT = "pending_client"
    ESCALATED = "escalated"
    SOLVED = "solved"
    CLOSED = "closed"


# Transitions reachable through POST /tickets/{id}/status. ``escalated`` is entered only
# through /escalate, so it is never a target here.
STATUS_TRANSITIONS: dict[TicketStatus, frozenset[TicketStatus]] = {
    TicketStatus.NEW: frozenset(
        {TicketStatus.OPEN, TicketStatus.PENDING_CLIENT, TicketStatus.SOLVED}
    ),
    TicketStatus.OPEN: frozenset({TicketStatus.PENDING_CLIENT, TicketStatus.SOLVED}),
    TicketStatus.PENDING_CLIENT: frozenset({TicketStatus.OPEN, TicketStatus.SOLVED}),
    TicketStatus.ESCALATED: frozenset({TicketStatus.OPEN, TicketStatus.SOLVED}),
    TicketStatus.SOLVED: frozenset({TicketStatus.OPEN, TicketStatus.CLOSED}),
    TicketStatus.CLOSED: frozenset(),
}

ESCALATABLE_FROM: frozenset[TicketStatus] = frozenset(
    {TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING_CLIENT}
)


def allowed_status_changes(current: TicketStatus) -> list[TicketStatus]:
    """The statuses a person may pick next, in a stable display order."""
    order = list(TicketStatus)
    return sorted(STATUS_TRANSITIONS[current], key=order.index)


class Team(StrEnum):
    SECURITY = "security"
    RISK = "risk"
    API = "api"
    FINANCE = "finance"
    COMPLIANCE = "compliance"


class AuthorKind(StrEnum):
    CLIENT = "client"
    STAFF = "staff"
    SYSTEM = "system"


class SlaClock(StrEnum):
    FIRST_RESPONSE = "first_response"
    NEXT_RESPONSE = "next_response"
    RESOLUTION = "resolution"


class SlaEventKind(StrEnum):
    STARTED = "started"
    PAUSED = "paused"
    RESUMED = "resumed"
    FULFILLED = "fulfilled"
    BREACHED = "breached"


class RequestKind(StrEnum):
    """Which maker-checker request a policy rule applies to."""

    FEE_REQUEST = "fee_request"
    WITHDRAWAL_REQUEST = "withdrawal_request"
    API_ACCESS_REQUEST = "api_access_request"


class RequestStatus(StrEnum):
    PENDING_APPROVAL = "pending_approval"
    APPROVED = "approved"
    REJECTED = "rejected"
    APPLIED = "applied"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


class FeeScope(StrEnum):
    SPOT = "spot"
    FUTURES = "futures"
    ALL = "all"


class WithdrawalKind(StrEnum):
    LIMIT_INCREASE = "limit_increase"
    EXPEDITE = "expedite"


class RateLimitTier(StrEnum):
    """A client's API rate-limit tier, lowest first."""

    STANDARD = "standard"
    ELEVATED = "elevated"
    INSTITUTIONAL = "institutional"
    MARKET_MAKER = "market_maker"


class PolicyAction(StrEnum):
    ALLOW = "allow"
    REQUIRE_APPROVAL = "require_approval"
    BLOCK = "block"


class FreezeScope(StrEnum):
    LOGIN = "login"
    TRADING = "trading"
    WITHDRAWALS = "withdrawals"
    API = "api"


class FreezeReason(StrEnum):
    ACCOUNT_COMPROMISE = "account_compromise"
    PHISHING_REPORT = "phishing_report"
    SUSPICIOUS_WITHDRAWAL = "suspicious_withdrawal"
    LEGAL_ORDER = "legal_order"
    CLIENT_REQUEST = "client_request"
    OTHER = "other"


class FreezeStatus(StrEnum):
    ACTIVE = "active"
    LIFTED = "lifted"


class UnfreezeStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class AlertKind(StrEnum):
    """What the platform's risk monitoring saw (platform-api, "Risk alerts (v1.1)")."""

    NEW_DEVICE_LOGIN = "new_device_login"
    WITHDRAWAL_NEW_ADDRESS = "withdrawal_new_address"
    SIM_SWAP_REPORT = "sim_swap_report"
    API_KEY_NEW_IP = "api_key_new_ip"
    PASSWORD_RESET = "password_reset"
    PHISHING_REPORT = "phishing_report"
    UNUSUAL_VOLUME = "unusual_volume"


class AlertSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """Higher is more urgent (queues order by it, then by age)."""
        return list(AlertSeverity).index(self)


class AlertStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    DISMISSED = "dismissed"
    ACTIONED = "actioned"


class Entity(StrEnum):
    """Entity names of the changes feed."""

    CLIENT = "client"
    TICKET = "ticket"
    MESSAGE = "message"
    FEE_REQUEST = "fee_request"
    WITHDRAWAL_REQUEST = "withdrawal_request"
    API_ACCESS_REQUEST = "api_access_request"
    FREEZE = "freeze"
    UNFREEZE_REQUEST = "unfreeze_request"
    STAFF = "staff"
    POLICY = "policy"
    # v1.1 workspace: files on tickets, the help centre
    ATTACHMENT = "attachment"
    HELP_ARTICLE = "help_article"
    # v1.1 security desk
    RISK_ALERT = "risk_alert"


class ChangeOp(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"
