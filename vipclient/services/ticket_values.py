"""The plain values the ticket screens show (no SQL: importable before the ORM loads)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from vipclient.domain.enums import TicketStatus, Tier
from vipclient.domain.lanes import SlaReading, read_sla
from vipclient.services.attachment_values import AttachmentRef


@dataclass(frozen=True)
class TicketDetail:
    id: str
    version: int
    data: dict[str, Any]
    client_uid: str
    client_name: str
    tier_level: int
    assignee_name: str
    # The client's languages, first the one they prefer, their IANA time zone and region
    # ("" unknown).
    client_languages: tuple[str, ...] = ()
    client_timezone: str = ""
    client_region: str = ""

    @property
    def status(self) -> TicketStatus:
        return TicketStatus(self.data.get("status", TicketStatus.NEW))

    @property
    def tier(self) -> Tier:
        return Tier.from_level(self.tier_level)

    def sla(self, now: datetime) -> SlaReading:
        return read_sla(self.data, self.tier, now)


class MessageState:
    SENT = "sent"
    PENDING = "pending"
    FAILED = "failed"


class ThreadItem(NamedTuple):
    """One entry of a ticket's thread: a server message, or an outgoing one still in the outbox
    (its state is the outbox row's, so a refused reply stays visible). ``outbox_id`` names
    the person's own action: on an outgoing message, and on the server's message that a
    recent reply of theirs became (shown "sent")."""

    id: str
    author_kind: str
    author_id: str | None
    author_name: str
    internal: bool
    body: str
    created_at: str | None
    state: str
    outbox_id: int | None = None
    error: str | None = None
    # v1.1: the files it carries (queued ones while their uploads wait).
    attachments: tuple[AttachmentRef, ...] = ()
