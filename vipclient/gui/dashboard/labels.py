"""How the dashboard names things: categories, channels, tiers, request kinds, age bands,
alert severities, durations and times — in the person's language."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from vipclient.domain.dashboard import AgeBand
from vipclient.domain.lanes import Lane
from vipclient.domain.sla import parse_ts
from vipclient.gui import locale_format, words
from vipclient.gui.lanes.format import lane_title
from vipclient.gui.words import word


def category(value: str) -> str:
    return word(words.CATEGORY, value)


def channel(value: str) -> str:
    return word(words.CHANNEL, value)


def tier(level: int) -> str:
    return f"VIP{level}"


def lane(value: Lane) -> str:
    return lane_title(value)


def request_kind(value: str) -> str:
    names = {
        "fee_request": QCoreApplication.translate("Dashboard", "Fee schedule"),
        "withdrawal_request": QCoreApplication.translate("Dashboard", "Withdrawal"),
        "api_access_request": QCoreApplication.translate("Dashboard", "API access"),
    }
    return names.get(value, value)


def age_band(band: AgeBand) -> str:
    return {
        AgeBand.UNDER_1H: QCoreApplication.translate("Dashboard", "0–1 h"),
        AgeBand.UNDER_4H: QCoreApplication.translate("Dashboard", "1–4 h"),
        AgeBand.UNDER_24H: QCoreApplication.translate("Dashboard", "4–24 h"),
        AgeBand.UNDER_3D: QCoreApplication.translate("Dashboard", "1–3 d"),
        AgeBand.OVER_3D: QCoreApplication.translate("Dashboard", "≥ 3 d"),
    }[band]


def severity(value: str) -> str:
    return word(words.SEVERITY, value)


def alert_status(value: str) -> str:
    return word(words.ALERT_STATUS, value)


def freeze_reason(value: str | None) -> str:
    return word(words.FREEZE_REASON, value)


def freeze_scope(value: str) -> str:
    return word(words.FREEZE_SCOPE, value)


def age(seconds: float) -> str:
    """A waiting time in its largest two units: ``3 d 4 h``, ``5 h 12 min``, ``7 min``."""
    s = max(0, int(seconds))
    days, rest = divmod(s, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        return QCoreApplication.translate("Dashboard", "{d} d {h} h").format(d=days, h=hours)
    if hours:
        return QCoreApplication.translate("Dashboard", "{h} h {m} min").format(h=hours,
                                                                               m=minutes)
    return QCoreApplication.translate("Dashboard", "{m} min").format(m=minutes)


def short_day(day: date) -> str:
    """A day on a chart's axis: ``11-25`` (month and day, the same in every language)."""
    return f"{day.month:02d}-{day.day:02d}"


def local_time(stamp: str | None) -> str:
    """A stored UTC time in the person's zone, to the minute."""
    if not stamp:
        return "—"
    try:
        return locale_format.date_time(parse_ts(stamp))
    except ValueError:
        return stamp


def clock_time(moment: datetime) -> str:
    return locale_format.time_of_day(moment)
