"""How SLA countdowns and lane names read (shared by the lanes list and the ticket view)."""

from __future__ import annotations

from vipclient.domain.lanes import Lane, SlaReading, SlaState
from vipclient.gui import theme
from vipclient.gui.words import SLA_STATE, word
from vipclient.i18n import translate


def lane_title(lane: Lane) -> str:
    return {
        Lane.EMERGENCY: translate("Lanes", "Emergency"),
        Lane.VIP_PRIORITY: translate("Lanes", "VIP priority"),
        Lane.STANDARD: translate("Lanes", "Standard"),
        Lane.ESCALATED: translate("Lanes", "Escalated"),
        Lane.WAITING_ON_CLIENT: translate("Lanes", "Waiting on client"),
    }[lane]


def duration(seconds: float) -> str:
    """``1 d 2 h``, ``2 h 05 m``, ``4 m 09 s``, ``12 s`` (largest units, fixed shape)."""
    s = int(abs(seconds))
    days, rest = divmod(s, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return translate("Lanes", "{d} d {h} h").format(d=days, h=hours)
    if hours:
        return translate("Lanes", "{h} h {m:02d} m").format(h=hours, m=minutes)
    if minutes:
        return translate("Lanes", "{m} m {s:02d} s").format(m=minutes, s=secs)
    return translate("Lanes", "{s} s").format(s=secs)


def countdown(reading: SlaReading) -> str:
    if reading.seconds_left is None:
        return "—"
    if reading.seconds_left < 0:
        # A minus sign reads as "past due" at a glance and keeps the column narrow.
        return translate("Lanes", "−{t}").format(t=duration(reading.seconds_left))
    return duration(reading.seconds_left)


def clock_name(reading: SlaReading) -> str:
    if reading.clock is None:
        return translate("Lanes", "no SLA clock running")
    return {
        "first_response": translate("Lanes", "first response"),
        "next_response": translate("Lanes", "next response"),
        "resolution": translate("Lanes", "resolution"),
    }[reading.clock.value]


def sla_mark(state: SlaState) -> str:
    """The mark beside an SLA colour (the theme's at-risk or breached mark)."""
    return {SlaState.AT_RISK: theme.AT_RISK_MARK,
            SlaState.BREACHED: theme.BREACHED_MARK}.get(state, "")


def sla_state_word(state: SlaState) -> str:
    """The state in words beside its colour (one table: :data:`vipclient.gui.words.SLA_STATE`)."""
    return word(SLA_STATE, state)


def marked_countdown(reading: SlaReading) -> str:
    """The countdown with its state's mark after it (the column stays aligned on the time)."""
    mark = sla_mark(reading.state)
    text = countdown(reading)
    return f"{text} {mark}" if mark else text


def sla_colour(state: SlaState) -> str | None:
    """The theme's colour for a state; None keeps the palette's text colour."""
    if state is SlaState.BREACHED:
        return theme.sla_color("red")
    if state is SlaState.AT_RISK:
        return theme.sla_color("amber")
    return None
