"""SLA clocks for the demo generator: the domain's machine, and a fast twin of it.

Seeding 100,000 tickets replays about 600,000 history steps through the three SLA clocks.
:class:`vipclient.domain.sla.TicketSla` recomputes each clock's phase from its event list on
every call, which is right for a live ticket and too slow for that volume, so the generator
uses :class:`FastTicketClocks`: the same rules over whole epoch seconds with the phases kept
as state. :class:`DomainTicketClocks` drives the real ``TicketSla`` through the same
interface, and the unit tests replay whole books through both and require identical
tickets — so the fast twin cannot drift from the domain's rules unnoticed.
"""

from __future__ import annotations

from typing import Any, Protocol

from vipclient.domain.sla import TicketSla, targets_for
from vipclient.sandbox.demo_time import to_datetime, ts, ts_opt

FIRST, NEXT, RESOLUTION = "first_response", "next_response", "resolution"
_CLOCKS = (FIRST, NEXT, RESOLUTION)
STARTED, PAUSED, RESUMED, FULFILLED, BREACHED = (
    "started", "paused", "resumed", "fulfilled", "breached")
_CLOSED = ("solved", "closed")


class TicketClocks(Protocol):
    """What the generator feeds a ticket's SLA clocks; times are epoch seconds."""

    def start(self, at: int) -> None: ...
    def on_client_message(self, at: int) -> None: ...
    def on_staff_reply(self, at: int, internal: bool) -> None: ...
    def on_status(self, status: str, at: int) -> None: ...
    def check_breaches(self, now: int) -> None: ...
    def fields(self) -> dict[str, Any]: ...


class ClocksFactory(Protocol):
    def __call__(self, tier: str, priority: str) -> TicketClocks: ...


_TARGETS: dict[tuple[str, str], tuple[int, int, int]] = {}


def target_seconds(tier: str, priority: str) -> tuple[int, int, int]:
    """(first response, next response, resolution) targets in seconds, from the SLA table."""
    key = (tier, priority)
    found = _TARGETS.get(key)
    if found is None:
        t = targets_for(tier, priority)
        found = (int(t.first_response.total_seconds()), int(t.next_response.total_seconds()),
                 int(t.resolution.total_seconds()))
        _TARGETS[key] = found
    return found


class FastTicketClocks:
    """``TicketSla``'s rules (see vipclient/domain/sla.py) with the phases kept as state."""

    __slots__ = ("breached", "created", "due", "events", "first_responded_at", "nr", "phase",
                 "res", "solved_at", "status")

    def __init__(self, tier: str, priority: str) -> None:
        self.nr, self.res = target_seconds(tier, priority)[1:]
        fr = target_seconds(tier, priority)[0]
        self.status = "new"
        self.created = 0
        self.first_responded_at: int | None = None
        self.solved_at: int | None = None
        # Per clock: due time, phase (last non-breach event of the cycle), breached in cycle.
        self.due: dict[str, int | None] = {FIRST: fr, NEXT: None, RESOLUTION: None}
        self.phase: dict[str, str | None] = {FIRST: None, NEXT: None, RESOLUTION: None}
        self.breached: dict[str, bool] = {FIRST: False, NEXT: False, RESOLUTION: False}
        self.events: list[tuple[int, str, str]] = []

    def _emit(self, at: int, clock: str, event: str) -> None:
        self.events.append((at, clock, event))
        if event == BREACHED:
            self.breached[clock] = True
            return
        if event == STARTED:
            self.breached[clock] = False
        self.phase[clock] = event

    def _running(self, clock: str) -> bool:
        return self.phase[clock] in (STARTED, RESUMED)

    def start(self, at: int) -> None:
        fr = self.due[FIRST]
        assert fr is not None
        self.created = at
        self.due[FIRST] = at + fr
        self.due[RESOLUTION] = at + self.res
        self._emit(at, FIRST, STARTED)
        self._emit(at, RESOLUTION, STARTED)

    def check_breaches(self, now: int) -> None:
        pending: list[tuple[int, str]] = []
        for clock in _CLOCKS:
            due = self.due[clock]
            if due is None or not self._running(clock) or self.breached[clock]:
                continue
            if now > due:
                pending.append((due, clock))
        if len(pending) > 1:
            pending.sort(key=lambda p: p[0])  # stable: ties keep the clocks' order
        for due, clock in pending:
            self._emit(due, clock, BREACHED)

    def on_client_message(self, at: int) -> None:
        self.check_breaches(at)
        if self.first_responded_at is None or self.status in _CLOSED:
            return
        if not self._running(NEXT):
            self.due[NEXT] = at + self.nr
            self._emit(at, NEXT, STARTED)

    def on_staff_reply(self, at: int, internal: bool) -> None:
        self.check_breaches(at)
        if internal:
            return
        if self.first_responded_at is None:
            self.first_responded_at = at
            if self._running(FIRST):
                self._emit(at, FIRST, FULFILLED)
        if self._running(NEXT):
            self._emit(at, NEXT, FULFILLED)
            self.due[NEXT] = None

    def on_status(self, status: str, at: int) -> None:
        self.check_breaches(at)
        old = self.status
        self.status = status
        if status == old:
            return
        if status in _CLOSED:
            if old not in _CLOSED:
                self.solved_at = at
                for clock in _CLOCKS:
                    if self.phase[clock] in (STARTED, RESUMED, PAUSED):
                        self._emit(at, clock, FULFILLED)
                self.due[NEXT] = None
            return
        if old in _CLOSED:
            self.solved_at = None
            self.due[RESOLUTION] = at + self.res
            self._emit(at, RESOLUTION, STARTED)
            if status == "pending_client":
                self._emit(at, RESOLUTION, PAUSED)
            return
        if status == "pending_client" and self._running(RESOLUTION):
            self._emit(at, RESOLUTION, PAUSED)
        elif old == "pending_client" and self.phase[RESOLUTION] == PAUSED:
            paused_at = next(e[0] for e in reversed(self.events) if e[1] == RESOLUTION)
            due = self.due[RESOLUTION]
            assert due is not None
            self.due[RESOLUTION] = at + (due - paused_at)
            self._emit(at, RESOLUTION, RESUMED)

    def fields(self) -> dict[str, Any]:
        return {
            "first_response_due": ts_opt(self.due[FIRST]),
            "next_response_due": ts_opt(self.due[NEXT]),
            "resolution_due": ts_opt(self.due[RESOLUTION]),
            "first_responded_at": ts_opt(self.first_responded_at),
            "solved_at": ts_opt(self.solved_at),
            "sla_events": [{"at": ts(at), "clock": clock, "event": event}
                           for at, clock, event in self.events],
        }


class DomainTicketClocks:
    """The domain's :class:`TicketSla` behind the generator's interface (the reference)."""

    __slots__ = ("sla",)

    def __init__(self, tier: str, priority: str) -> None:
        self.sla = TicketSla.for_ticket(tier, priority)

    def start(self, at: int) -> None:
        self.sla.start(to_datetime(at))

    def on_client_message(self, at: int) -> None:
        self.sla.on_client_message(to_datetime(at))

    def on_staff_reply(self, at: int, internal: bool) -> None:
        self.sla.on_staff_reply(to_datetime(at), internal)

    def on_status(self, status: str, at: int) -> None:
        self.sla.on_status(status, to_datetime(at))

    def check_breaches(self, now: int) -> None:
        self.sla.check_breaches(to_datetime(now))

    def fields(self) -> dict[str, Any]:
        return self.sla.to_fields()


def next_deadline(ticket: dict[str, Any]) -> str | None:
    """The earliest due time of a running, not yet breached clock of a seeded ticket record,
    as ``TicketSla.from_fields(…).next_deadline()`` gives it but without rebuilding the
    machine: when the sandbox's breach scan next needs to look at this ticket (None when no
    clock is counting towards a breach)."""
    phase: dict[str, str] = {}
    breached: dict[str, bool] = {}
    for event in ticket["sla_events"]:
        clock, kind = event["clock"], event["event"]
        if kind == BREACHED:
            breached[clock] = True
            continue
        if kind == STARTED:
            breached[clock] = False
        phase[clock] = kind
    dues = {
        FIRST: ticket["first_response_due"],
        NEXT: ticket["next_response_due"],
        RESOLUTION: ticket["resolution_due"],
    }
    candidates = [
        due for clock, kind in phase.items()
        if kind in (STARTED, RESUMED) and not breached.get(clock) and (due := dues[clock])
    ]
    return min(candidates, default=None)  # same-format RFC 3339 strings sort by time
