"""The words the screens show for the domain's values: ticket status and priority, category,
channel, team, SLA state, freeze reason, scope and status, risk-alert severity and status.

One table per kind of value, each text marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate``
files it, translated where it is shown by :func:`word`. A table keeps the context its words
were first translated in (the ticket view's, the dashboard's), so bringing them here left every
catalogue entry as it was. A value the server adds later shows as itself rather than failing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum

from vipclient.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Words:
    context: str
    texts: Mapping[str, str]  # value -> English source text


def word(table: Words, value: str | Enum | None) -> str:
    """``value`` in the person's language (``—`` for none)."""
    if value is None or value == "":
        return "—"
    key = str(value.value if isinstance(value, Enum) else value)
    text = table.texts.get(key)
    return key if text is None else translate(table.context, text)


TICKET_STATUS = Words("TicketView", {
    "new": QT_TRANSLATE_NOOP("TicketView", "New"),
    "open": QT_TRANSLATE_NOOP("TicketView", "Open"),
    "pending_client": QT_TRANSLATE_NOOP("TicketView", "Pending client"),
    "escalated": QT_TRANSLATE_NOOP("TicketView", "Escalated"),
    "solved": QT_TRANSLATE_NOOP("TicketView", "Solved"),
    "closed": QT_TRANSLATE_NOOP("TicketView", "Closed"),
})

TEAM = Words("TicketView", {
    "security": QT_TRANSLATE_NOOP("TicketView", "Security"),
    "risk": QT_TRANSLATE_NOOP("TicketView", "Risk"),
    "api": QT_TRANSLATE_NOOP("TicketView", "API"),
    "finance": QT_TRANSLATE_NOOP("TicketView", "Finance"),
    "compliance": QT_TRANSLATE_NOOP("TicketView", "Compliance"),
})

PRIORITY = Words("Tickets", {
    "urgent": QT_TRANSLATE_NOOP("Tickets", "Urgent"),
    "high": QT_TRANSLATE_NOOP("Tickets", "High"),
    "normal": QT_TRANSLATE_NOOP("Tickets", "Normal"),
    "low": QT_TRANSLATE_NOOP("Tickets", "Low"),
})

SLA_STATE = Words("Lanes", {
    "none": QT_TRANSLATE_NOOP("Lanes", "not counting"),
    "ok": QT_TRANSLATE_NOOP("Lanes", "on time"),
    "at_risk": QT_TRANSLATE_NOOP("Lanes", "at risk"),
    "breached": QT_TRANSLATE_NOOP("Lanes", "breached"),
})

CATEGORY = Words("Dashboard", {
    "account_security": QT_TRANSLATE_NOOP("Dashboard", "Account security"),
    "withdrawal": QT_TRANSLATE_NOOP("Dashboard", "Withdrawal"),
    "deposit": QT_TRANSLATE_NOOP("Dashboard", "Deposit"),
    "trading": QT_TRANSLATE_NOOP("Dashboard", "Trading"),
    "api": QT_TRANSLATE_NOOP("Dashboard", "API"),
    "fees": QT_TRANSLATE_NOOP("Dashboard", "Fees"),
    "kyc": QT_TRANSLATE_NOOP("Dashboard", "KYC"),
    "other": QT_TRANSLATE_NOOP("Dashboard", "Other"),
})

CHANNEL = Words("Dashboard", {
    "chat": QT_TRANSLATE_NOOP("Dashboard", "Chat"),
    "ticket": QT_TRANSLATE_NOOP("Dashboard", "Ticket"),
    "email": QT_TRANSLATE_NOOP("Dashboard", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Dashboard", "Phone"),
    "social": QT_TRANSLATE_NOOP("Dashboard", "Social"),
})

SEVERITY = Words("Dashboard", {
    "critical": QT_TRANSLATE_NOOP("Dashboard", "Critical"),
    "high": QT_TRANSLATE_NOOP("Dashboard", "High"),
    "medium": QT_TRANSLATE_NOOP("Dashboard", "Medium"),
    "low": QT_TRANSLATE_NOOP("Dashboard", "Low"),
})

ALERT_STATUS = Words("Dashboard", {
    "open": QT_TRANSLATE_NOOP("Dashboard", "Open"),
    "acknowledged": QT_TRANSLATE_NOOP("Dashboard", "Acknowledged"),
})

FREEZE_REASON = Words("Dashboard", {
    "account_compromise": QT_TRANSLATE_NOOP("Dashboard", "Account compromise"),
    "phishing_report": QT_TRANSLATE_NOOP("Dashboard", "Phishing report"),
    "suspicious_withdrawal": QT_TRANSLATE_NOOP("Dashboard", "Suspicious withdrawal"),
    "legal_order": QT_TRANSLATE_NOOP("Dashboard", "Legal order"),
    "client_request": QT_TRANSLATE_NOOP("Dashboard", "Client's request"),
    "other": QT_TRANSLATE_NOOP("Dashboard", "Other"),
})

FREEZE_SCOPE = Words("Dashboard", {
    "login": QT_TRANSLATE_NOOP("Dashboard", "login"),
    "trading": QT_TRANSLATE_NOOP("Dashboard", "trading"),
    "withdrawals": QT_TRANSLATE_NOOP("Dashboard", "withdrawals"),
    "api": QT_TRANSLATE_NOOP("Dashboard", "API"),
})

FREEZE_STATUS = Words("Clients", {
    "active": QT_TRANSLATE_NOOP("Clients", "Active"),
    "lifted": QT_TRANSLATE_NOOP("Clients", "Lifted"),
})

TABLES: tuple[Words, ...] = (
    TICKET_STATUS, TEAM, PRIORITY, SLA_STATE, CATEGORY, CHANNEL, SEVERITY, ALERT_STATUS,
    FREEZE_REASON, FREEZE_SCOPE, FREEZE_STATUS,
)
