"""Service-level targets and the three SLA clocks of a ticket.

The platform sets a ticket's due times from the client's tier and the ticket's priority; the
sandbox uses :data:`SLA_TABLE` (business hours are 24×7, so every target is plain elapsed time).

Three clocks run per ticket (platform-api, "Tickets"):

* **first response** — from creation until the first *public* staff reply;
* **next response** — after the first response, from the oldest client message that no public
  staff reply has answered yet, until such a reply;
* **resolution** — from creation until the ticket is solved, paused while ``pending_client``.

:class:`TicketSla` is a pure state machine over those clocks. Everything it knows is kept in
the ticket's API fields (``first_response_due``, ``next_response_due``, ``resolution_due``,
``first_responded_at``, ``sla_events``, plus ``status`` and ``created_at``), so the sandbox can
store it in its database and the client can rebuild it from the cache. Every mutator first
records breaches that happened before the moment it is told about, so events stay in time order
and each breach is stamped with the due time it passed, whenever it is noticed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from vipclient.domain.enums import Priority, SlaClock, SlaEventKind, TicketStatus, Tier


class SlaTargets(NamedTuple):
    """How long each clock may run for one tier and priority."""

    first_response: timedelta
    next_response: timedelta
    resolution: timedelta


def _m(minutes: int) -> timedelta:
    return timedelta(minutes=minutes)


def _h(hours: int) -> timedelta:
    return timedelta(hours=hours)


# Tiers are served in four bands: the bigger the client, the faster the answer. Within a band
# the priority decides. Values follow common exchange VIP desks: minutes for the top tiers'
# urgent tickets, hours for the smallest tiers' low-priority ones.
_BANDS: tuple[tuple[range, dict[Priority, SlaTargets]], ...] = (
    (
        range(8, 11),  # VIP8–VIP10
        {
            Priority.URGENT: SlaTargets(_m(5), _m(10), _h(4)),
            Priority.HIGH: SlaTargets(_m(15), _m(30), _h(8)),
            Priority.NORMAL: SlaTargets(_m(30), _h(1), _h(24)),
            Priority.LOW: SlaTargets(_h(1), _h(2), _h(48)),
        },
    ),
    (
        range(5, 8),  # VIP5–VIP7
        {
            Priority.URGENT: SlaTargets(_m(10), _m(20), _h(8)),
            Priority.HIGH: SlaTargets(_m(30), _h(1), _h(12)),
            Priority.NORMAL: SlaTargets(_h(1), _h(2), _h(36)),
            Priority.LOW: SlaTargets(_h(2), _h(4), _h(72)),
        },
    ),
    (
        range(3, 5),  # VIP3–VIP4
        {
            Priority.URGENT: SlaTargets(_m(15), _m(30), _h(12)),
            Priority.HIGH: SlaTargets(_h(1), _h(2), _h(24)),
            Priority.NORMAL: SlaTargets(_h(2), _h(4), _h(48)),
            Priority.LOW: SlaTargets(_h(4), _h(8), _h(96)),
        },
    ),
    (
        range(1, 3),  # VIP1–VIP2
        {
            Priority.URGENT: SlaTargets(_m(30), _h(1), _h(24)),
            Priority.HIGH: SlaTargets(_h(2), _h(4), _h(48)),
            Priority.NORMAL: SlaTargets(_h(4), _h(8), _h(72)),
            Priority.LOW: SlaTargets(_h(8), _h(12), _h(120)),
        },
    ),
)

SLA_TABLE: dict[tuple[Tier, Priority], SlaTargets] = {
    (tier, priority): targets
    for levels, by_priority in _BANDS
    for tier in (Tier.from_level(level) for level in levels)
    for priority, targets in by_priority.items()
}


def targets_for(tier: Tier | str, priority: Priority | str) -> SlaTargets:
    """The targets of one tier and priority (wire strings accepted)."""
    return SLA_TABLE[(Tier(tier), Priority(priority))]


def _human(delta: timedelta) -> str:
    minutes = int(delta.total_seconds()) // 60
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    if rest:
        return f"{hours} h {rest} min"
    if hours >= 48 and hours % 24 == 0:
        return f"{hours // 24} d"
    return f"{hours} h"


def sla_table_markdown() -> str:
    """The table as Markdown, one row per tier band and priority (for docs and help)."""
    lines = [
        "| tiers | priority | first response | next response | resolution |",
        "|---|---|---|---|---|",
    ]
    for levels, by_priority in _BANDS:
        band = f"VIP{levels.start}–VIP{levels.stop - 1}"
        for priority, t in by_priority.items():
            lines.append(
                f"| {band} | {priority.value} | {_human(t.first_response)} | "
                f"{_human(t.next_response)} | {_human(t.resolution)} |"
            )
    return "\n".join(lines)


SLA_TABLE_DOC = (
    "SLA targets by client tier and ticket priority (business hours are 24×7).\n"
    "First response runs from creation to the first public staff reply; next response from "
    "the oldest unanswered client message to the next public staff reply; resolution from "
    "creation to solved, paused while the ticket is pending the client.\n\n" + sla_table_markdown()
)


# --- RFC 3339 timestamps ---------------------------------------------------------------------


def format_ts(at: datetime) -> str:
    """RFC 3339 in UTC with ``Z``; microseconds only when present."""
    if at.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    at = at.astimezone(UTC)
    text = at.strftime("%Y-%m-%dT%H:%M:%S")
    if at.microsecond:
        text += f".{at.microsecond:06d}"
    return text + "Z"


def parse_ts(text: str) -> datetime:
    """Parse an RFC 3339 timestamp (``Z`` or an offset) into an aware UTC datetime."""
    at = datetime.fromisoformat(text.strip())
    if at.tzinfo is None:
        raise ValueError(f"timestamp without a time zone: {text!r}")
    return at.astimezone(UTC)


def _utc(at: datetime) -> datetime:
    """An aware moment in UTC; a naive one is refused rather than guessed."""
    if at.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return at.astimezone(UTC)


def _opt_ts(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return _utc(value)
    return parse_ts(str(value))


def _opt_fmt(at: datetime | None) -> str | None:
    return None if at is None else format_ts(at)


# --- the clock machine -----------------------------------------------------------------------


@dataclass(frozen=True)
class SlaEvent:
    at: datetime
    clock: SlaClock
    event: SlaEventKind

    def to_json(self) -> dict[str, str]:
        return {"at": format_ts(self.at), "clock": self.clock.value, "event": self.event.value}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SlaEvent:
        return cls(parse_ts(str(data["at"])), SlaClock(data["clock"]), SlaEventKind(data["event"]))


_CLOSED_STATUSES = frozenset({TicketStatus.SOLVED, TicketStatus.CLOSED})


@dataclass
class TicketSla:
    """The three SLA clocks of one ticket; see the module doc for the rules.

    Reopening a solved ticket (``solved → open``, or a client message on a solved ticket)
    starts a new resolution cycle with the full target: the earlier cycle stays in the events
    as fulfilled, so reports count both.
    """

    targets: SlaTargets
    status: TicketStatus = TicketStatus.NEW
    created_at: datetime | None = None
    first_response_due: datetime | None = None
    first_responded_at: datetime | None = None
    next_response_due: datetime | None = None
    resolution_due: datetime | None = None
    solved_at: datetime | None = None
    sla_events: list[SlaEvent] = field(default_factory=list)

    @classmethod
    def for_ticket(cls, tier: Tier | str, priority: Priority | str) -> TicketSla:
        return cls(targets=targets_for(tier, priority))

    # -- derived state (everything is recoverable from the API fields) --

    def _cycle(self, clock: SlaClock) -> list[SlaEvent]:
        """Events of ``clock`` since it last started."""
        cycle: list[SlaEvent] = []
        for ev in self.sla_events:
            if ev.clock is not clock:
                continue
            if ev.event is SlaEventKind.STARTED:
                cycle = []
            cycle.append(ev)
        return cycle

    def _phase(self, clock: SlaClock) -> SlaEventKind | None:
        """The clock's last event other than ``breached``: started/resumed mean running."""
        for ev in reversed(self._cycle(clock)):
            if ev.event is not SlaEventKind.BREACHED:
                return ev.event
        return None

    def _breached_in_cycle(self, clock: SlaClock) -> bool:
        return any(ev.event is SlaEventKind.BREACHED for ev in self._cycle(clock))

    def is_running(self, clock: SlaClock) -> bool:
        return self._phase(clock) in (SlaEventKind.STARTED, SlaEventKind.RESUMED)

    def is_paused(self, clock: SlaClock) -> bool:
        return self._phase(clock) is SlaEventKind.PAUSED

    def due(self, clock: SlaClock) -> datetime | None:
        if clock is SlaClock.FIRST_RESPONSE:
            return self.first_response_due
        if clock is SlaClock.NEXT_RESPONSE:
            return self.next_response_due
        return self.resolution_due

    def awaiting_since(self) -> datetime | None:
        """When the oldest unanswered client message arrived (next-response clock running)."""
        if not self.is_running(SlaClock.NEXT_RESPONSE):
            return None
        return self._cycle(SlaClock.NEXT_RESPONSE)[0].at

    def _emit(self, at: datetime, clock: SlaClock, event: SlaEventKind) -> None:
        self.sla_events.append(SlaEvent(at, clock, event))

    # -- inputs --

    def start(self, created_at: datetime) -> None:
        """A new ticket: the first-response and resolution clocks start."""
        if self.created_at is not None:
            raise ValueError("the SLA clocks of this ticket have already started")
        at = _utc(created_at)
        self.created_at = at
        self.status = TicketStatus.NEW
        self.first_response_due = at + self.targets.first_response
        self.resolution_due = at + self.targets.resolution
        self._emit(at, SlaClock.FIRST_RESPONSE, SlaEventKind.STARTED)
        self._emit(at, SlaClock.RESOLUTION, SlaEventKind.STARTED)

    def on_client_message(self, at: datetime) -> None:
        """A client wrote: after the first response, the next-response clock starts unless a
        message already waits (the clock runs from the *oldest* unanswered one).

        The contract moves ``pending_client`` and ``solved`` back to ``open`` on a client
        message; this applies that too, so read :attr:`status` afterwards. A closed ticket is
        final and ignores the message.
        """
        at = self._advance(at)
        if self.status in (TicketStatus.PENDING_CLIENT, TicketStatus.SOLVED):
            self.on_status(TicketStatus.OPEN, at)
        if self.first_responded_at is None or self.status is TicketStatus.CLOSED:
            # Before the first response, the first-response clock covers the message.
            return
        if not self.is_running(SlaClock.NEXT_RESPONSE):
            self.next_response_due = at + self.targets.next_response
            self._emit(at, SlaClock.NEXT_RESPONSE, SlaEventKind.STARTED)

    def on_staff_reply(self, at: datetime, internal: bool) -> None:
        """Staff wrote: only a public reply answers the client; an internal note never does."""
        at = self._advance(at)
        if internal:
            return
        if self.first_responded_at is None:
            self.first_responded_at = at
            if self.is_running(SlaClock.FIRST_RESPONSE):
                self._emit(at, SlaClock.FIRST_RESPONSE, SlaEventKind.FULFILLED)
        if self.is_running(SlaClock.NEXT_RESPONSE):
            self._emit(at, SlaClock.NEXT_RESPONSE, SlaEventKind.FULFILLED)
            self.next_response_due = None

    def on_status(self, new_status: TicketStatus | str, at: datetime) -> None:
        """The ticket's status changed; the caller has checked the transition is legal."""
        new = TicketStatus(new_status)
        at = self._advance(at)
        old = self.status
        self.status = new
        if new is old:
            return
        if new in _CLOSED_STATUSES:
            if old not in _CLOSED_STATUSES:
                self._stop_all(at)
            return
        if old in _CLOSED_STATUSES:
            # Reopened: a new resolution cycle. Response clocks restart with the next message.
            self.solved_at = None
            self.resolution_due = at + self.targets.resolution
            self._emit(at, SlaClock.RESOLUTION, SlaEventKind.STARTED)
            if new is TicketStatus.PENDING_CLIENT:
                self._emit(at, SlaClock.RESOLUTION, SlaEventKind.PAUSED)
            return
        if new is TicketStatus.PENDING_CLIENT and self.is_running(SlaClock.RESOLUTION):
            self._emit(at, SlaClock.RESOLUTION, SlaEventKind.PAUSED)
        elif old is TicketStatus.PENDING_CLIENT and self.is_paused(SlaClock.RESOLUTION):
            paused_at = self._cycle(SlaClock.RESOLUTION)[-1].at
            assert self.resolution_due is not None
            self.resolution_due = at + (self.resolution_due - paused_at)
            self._emit(at, SlaClock.RESOLUTION, SlaEventKind.RESUMED)

    def _stop_all(self, at: datetime) -> None:
        """Solving answers the client and resolves the ticket: every running clock is
        fulfilled (a late one keeps its breach too); a paused resolution ends as well."""
        self.solved_at = at
        for clock in SlaClock:
            if self.is_running(clock) or self.is_paused(clock):
                self._emit(at, clock, SlaEventKind.FULFILLED)
        self.next_response_due = None

    def check_breaches(self, now: datetime) -> list[SlaEvent]:
        """Record a breach for every running clock whose due time has passed (once per
        cycle), stamped with the due time. Returns the new events."""
        now = _utc(now)
        new: list[SlaEvent] = []
        pending = []
        for clock in SlaClock:
            due = self.due(clock)
            if due is None or not self.is_running(clock) or self._breached_in_cycle(clock):
                continue
            if now > due:
                pending.append(SlaEvent(due, clock, SlaEventKind.BREACHED))
        for ev in sorted(pending, key=lambda e: e.at):
            self.sla_events.append(ev)
            new.append(ev)
        return new

    def _advance(self, at: datetime) -> datetime:
        if self.created_at is None:
            raise ValueError("start() the SLA clocks before feeding them events")
        moment = _utc(at)
        self.check_breaches(moment)
        return moment

    def next_deadline(self) -> datetime | None:
        """The earliest due time of a running, not yet breached clock (for schedulers)."""
        dues = [
            d
            for clock in SlaClock
            if (d := self.due(clock)) is not None
            and self.is_running(clock)
            and not self._breached_in_cycle(clock)
        ]
        return min(dues, default=None)

    # -- API fields --

    def to_fields(self) -> dict[str, Any]:
        """The ticket's SLA fields as they appear on the wire."""
        return {
            "first_response_due": _opt_fmt(self.first_response_due),
            "next_response_due": _opt_fmt(self.next_response_due),
            "resolution_due": _opt_fmt(self.resolution_due),
            "first_responded_at": _opt_fmt(self.first_responded_at),
            "solved_at": _opt_fmt(self.solved_at),
            "sla_events": [ev.to_json() for ev in self.sla_events],
        }

    @classmethod
    def from_fields(
        cls, fields: Mapping[str, Any], targets: SlaTargets | None = None
    ) -> TicketSla:
        """Rebuild the machine from a ticket's API fields (``tier`` may come from the client:
        pass ``targets``; otherwise ``fields`` must hold ``tier`` and ``priority``)."""
        if targets is None:
            targets = targets_for(fields["tier"], fields["priority"])
        return cls(
            targets=targets,
            status=TicketStatus(fields.get("status", TicketStatus.NEW)),
            created_at=_opt_ts(fields.get("created_at")),
            first_response_due=_opt_ts(fields.get("first_response_due")),
            first_responded_at=_opt_ts(fields.get("first_responded_at")),
            next_response_due=_opt_ts(fields.get("next_response_due")),
            resolution_due=_opt_ts(fields.get("resolution_due")),
            solved_at=_opt_ts(fields.get("solved_at")),
            sla_events=[SlaEvent.from_json(e) for e in fields.get("sla_events") or ()],
        )


# --- reading a ticket's fields (client side) ---------------------------------------------------


class SlaTarget(NamedTuple):
    clock: SlaClock
    due_at: datetime


def current_target(ticket: Mapping[str, Any], now: datetime) -> SlaTarget | None:
    """Which clock a countdown should show now, from the ticket's API fields.

    First response until the first public reply; then next response while a client message
    waits; otherwise resolution. None when the ticket is solved or closed, and for resolution
    while it is paused (``pending_client``): nothing is counting down then. ``now`` is accepted
    for symmetry with the countdown's caller and to validate it is aware.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    status = TicketStatus(ticket.get("status", TicketStatus.NEW))
    if status in _CLOSED_STATUSES:
        return None
    first_due = _opt_ts(ticket.get("first_response_due"))
    if ticket.get("first_responded_at") is None and first_due is not None:
        return SlaTarget(SlaClock.FIRST_RESPONSE, first_due)
    next_due = _opt_ts(ticket.get("next_response_due"))
    if next_due is not None:
        return SlaTarget(SlaClock.NEXT_RESPONSE, next_due)
    if status is TicketStatus.PENDING_CLIENT:
        return None
    res_due = _opt_ts(ticket.get("resolution_due"))
    if res_due is not None:
        return SlaTarget(SlaClock.RESOLUTION, res_due)
    return None


# --- reporting ---------------------------------------------------------------------------------


class SlaTally(NamedTuple):
    met: int
    breached: int

    @property
    def total(self) -> int:
        return self.met + self.breached

    @property
    def pct_met(self) -> float | None:
        return None if self.total == 0 else 100.0 * self.met / self.total


def tally(events: Sequence[SlaEvent | Mapping[str, Any]]) -> dict[SlaClock, SlaTally]:
    """Finished clock cycles per clock: a cycle that was fulfilled without a breach is met;
    one with a breach counts as breached (whether or not it was later fulfilled)."""
    met = dict.fromkeys(SlaClock, 0)
    breached = dict.fromkeys(SlaClock, 0)
    open_cycle: dict[SlaClock, bool] = {}  # clock → breached so far in the current cycle
    for raw in events:
        ev = raw if isinstance(raw, SlaEvent) else SlaEvent.from_json(raw)
        if ev.event is SlaEventKind.STARTED:
            open_cycle[ev.clock] = False
        elif ev.event is SlaEventKind.BREACHED and ev.clock in open_cycle:
            if not open_cycle[ev.clock]:
                breached[ev.clock] += 1
            open_cycle[ev.clock] = True
        elif (
            ev.event is SlaEventKind.FULFILLED
            and ev.clock in open_cycle
            and not open_cycle.pop(ev.clock)
        ):
            met[ev.clock] += 1
    return {clock: SlaTally(met[clock], breached[clock]) for clock in SlaClock}
