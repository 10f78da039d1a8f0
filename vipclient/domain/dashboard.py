"""The dashboard's rules: what counts as an SLA met or missed, medians, and the days of the
last month in the person's own time zone.

**Settled cycles.** Each ticket carries ``sla_events`` (see :mod:`vipclient.domain.sla`). A
clock's *cycle* runs from a ``started`` event to its end; it is *settled* at the first of

- its first ``breached`` event: the cycle missed its target (whatever happens later), or
- its ``fulfilled`` event without a breach before it: the cycle met its target.

A cycle still running and not breached is not settled and counts nowhere yet. Counted this
way, a ticket's settled cycles per clock agree with :func:`vipclient.domain.sla.tally` (a test
holds the two together), and each settled cycle belongs to one moment — so to one day.

**Attainment** of a set of settled cycles is the share that met their target, in per cent
(``None`` for none: no cycle settled is not 0 %).

**Days** are the person's calendar days: the last ``n`` local days up to and including today,
each as the UTC instants of its local midnights (a day with a daylight-saving change lasts 23
or 25 hours; that is still one day).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Any, NamedTuple

from vipclient.domain.enums import SlaClock

#: The dashboard's window: attainment per day, medians and volumes cover this many days.
WINDOW_DAYS = 30

_CLOCKS = frozenset(c.value for c in SlaClock)


class Settled(NamedTuple):
    """One settled cycle of an SLA clock: when it was settled and whether it met its target."""

    clock: str  # an SlaClock value
    at: str  # the event's timestamp as the wire gave it
    met: bool


def settled_cycles(events: Any) -> list[Settled]:
    """The settled cycles of a ticket's ``sla_events`` (wire form), in event order.

    Tolerant of what a server should never send: a value that is not a list, events that are
    not objects, unknown clocks or events, a timestamp that is not a string — those are
    skipped, never guessed at. (Every ticket of a first pull passes through here: a
    microsecond per ticket is a tenth of a second at 100,000.)
    """
    if not isinstance(events, list):
        return []
    out: list[Settled] = []
    running: set[str] = set()  # clocks with a cycle started and not settled yet
    for ev in events:
        try:
            clock, kind = ev["clock"], ev["event"]
            if kind == "started":
                if clock in _CLOCKS:
                    running.add(clock)
            elif clock in running and (kind == "fulfilled" or kind == "breached"):
                at = ev["at"]
                if isinstance(at, str):
                    running.discard(clock)
                    out.append(Settled(clock, at, kind == "fulfilled"))
        except (TypeError, KeyError, IndexError):
            continue  # not an object, a field missing, an unhashable clock
    return out


def attainment(met: int, missed: int) -> float | None:
    """Per cent of settled cycles that met their target; ``None`` when none settled."""
    total = met + missed
    return None if total <= 0 else 100.0 * met / total


def median(values: Iterable[float]) -> float | None:
    """The median (the mean of the middle two for an even count); ``None`` for no values."""
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        return None
    mid = n // 2
    return float(ordered[mid]) if n % 2 else (ordered[mid - 1] + ordered[mid]) / 2.0


@dataclass(frozen=True, slots=True)
class Day:
    """One local calendar day as the UTC instants it spans: ``start <= t < end``."""

    day: date
    start: datetime
    end: datetime


def _local_midnight(d: date, tz: tzinfo | None) -> datetime:
    if tz is None:
        # The system's zone: a naive local time goes through the C library, which knows its
        # daylight-saving rules (a fixed offset taken from "now" would not).
        return datetime.combine(d, time()).astimezone(UTC)
    return datetime.combine(d, time(), tzinfo=tz).astimezone(UTC)


def last_days(now: datetime, tz: tzinfo | None = None, n: int = WINDOW_DAYS) -> list[Day]:
    """The ``n`` local days ending with today (``now`` in ``tz``; ``None``: the system's
    zone), oldest first. Today ends at the coming midnight, so today's figures grow."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    today = now.astimezone(tz).date() if tz is not None else now.astimezone().date()
    dates = [today - timedelta(days=k) for k in range(n - 1, -1, -1)]
    edges = [_local_midnight(d, tz) for d in [*dates, today + timedelta(days=1)]]
    return [Day(d, edges[i], edges[i + 1]) for i, d in enumerate(dates)]


# --- requests waiting for a decision -----------------------------------------------------------


class AgeBand(StrEnum):
    """How long a request has waited for its approvals (the chart's bars, youngest first)."""

    UNDER_1H = "under_1h"
    UNDER_4H = "1h_4h"
    UNDER_24H = "4h_24h"
    UNDER_3D = "1d_3d"
    OVER_3D = "over_3d"


_BAND_LIMITS: tuple[tuple[timedelta, AgeBand], ...] = (
    (timedelta(hours=1), AgeBand.UNDER_1H),
    (timedelta(hours=4), AgeBand.UNDER_4H),
    (timedelta(hours=24), AgeBand.UNDER_24H),
    (timedelta(days=3), AgeBand.UNDER_3D),
)


def age_band(age: timedelta) -> AgeBand:
    """The band of a waiting time (a negative age — a clock running behind — is the youngest)."""
    for limit, band in _BAND_LIMITS:
        if age < limit:
            return band
    return AgeBand.OVER_3D

