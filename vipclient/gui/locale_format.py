"""Dates, times, numbers and money the way the interface's language writes them.

Everything goes through the default ``QLocale``, which ``translations.install_translators``
sets to the UI language (English in the person's region when there is no catalogue for the
system's language), so a switch of language in Settings changes these too. Amounts stay
exact: decimals are grouped as strings (``domain.money.format_grouped``), never as floats.

Times are shown in the person's time zone, except a client's local time, which is the
client's (their IANA zone from their record) and says which zone it is.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from vipclient.domain.money import format_grouped
from vipclient.i18n import translate

NONE = "—"


def ui_locale() -> QLocale:
    """The UI language's locale; the C locale of a bare system (``LANG=C``) reads as English."""
    locale = QLocale()
    return QLocale("en_US") if locale.language() == QLocale.Language.C else locale


def _moment(value: datetime | str | None) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second))


def date_time(value: datetime | str | None, *, seconds: bool = False) -> str:
    """A moment in the person's zone: ``2026/11/25 17:05`` in Chinese, ``11/25/26 5:05 PM``
    in American English. A text that is not a time is shown as it is."""
    moment = _moment(value)
    if moment is None:
        return NONE if not value else str(value)
    return _date_and_time(_qt(moment.astimezone()), seconds)


def _date_and_time(moment: QDateTime, seconds: bool = False) -> str:
    locale = ui_locale()
    day = _four_digit_year(locale)
    clock = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in clock:
        clock = clock.replace("mm", "mm:ss")
    return locale.toString(moment.date(), day) + " " + locale.toString(moment.time(), clock)


def date_only(value: datetime | str | None) -> str:
    """The day of a moment in the person's zone, as their language writes a short date."""
    moment = _moment(value)
    if moment is None:
        return NONE if not value else str(value)
    day = _qt(moment.astimezone()).date()
    return ui_locale().toString(day, _four_digit_year(ui_locale()))


def _four_digit_year(locale: QLocale) -> str:
    day = locale.dateFormat(QLocale.FormatType.ShortFormat)
    # A year in four digits: "11/25/26" leaves readers guessing.
    return day if "yyyy" in day else day.replace("yy", "yyyy")


def time_of_day(value: datetime | str | None) -> str:
    """Hours and minutes in the person's zone, as their language writes them."""
    moment = _moment(value)
    if moment is None:
        return ""
    return ui_locale().toString(_qt(moment.astimezone()).time(), QLocale.FormatType.ShortFormat)


def _zone(name: str) -> Any:
    """The time zone called ``name``; ``ValueError`` when there is none by that name.
    ``zoneinfo`` is imported here, not with this module: the first paint needs no zone."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError as exc:
        raise ValueError(name) from exc


def client_time(now: datetime, timezone: str | None) -> str:
    """The client's wall clock now, in the client's zone: ``17:05 (Tue, Asia/Shanghai)``."""
    if not timezone:
        return NONE
    try:
        here = now.astimezone(_zone(timezone))
    except ValueError:
        return timezone
    locale = ui_locale()
    clock = locale.toString(QTime(here.hour, here.minute), QLocale.FormatType.ShortFormat)
    day = locale.dayName(here.isoweekday(), QLocale.FormatType.ShortFormat)
    return translate("LocaleFormat", "{time} ({day}, {zone})").format(
        time=clock, day=day, zone=timezone)


def client_date_time(value: datetime | str | None, timezone: str | None) -> str:
    """A moment in the client's zone, named by it; in UTC when the zone is unknown."""
    moment = _moment(value)
    if moment is None:
        return NONE
    try:
        here = moment.astimezone(_zone(timezone or "UTC"))
        zone = timezone or "UTC"
    except ValueError:
        here, zone = moment.astimezone(UTC), "UTC"
    return translate("LocaleFormat", "{time} ({zone})").format(
        time=_date_and_time(_qt(here)), zone=zone)


def integer(value: int | float | None) -> str:
    """A count with the language's grouping: ``12,345``, ``12 345``…"""
    if value is None:
        return ""
    return ui_locale().toString(round(value))


def decimal(value: Any, places: int | None = None) -> str:
    """An exact decimal (a string from the wire or a ``Decimal``) with the language's group
    separator and decimal point; what is not a number is shown as it is."""
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if not amount.is_finite():
        return str(value)
    locale = ui_locale()
    return format_grouped(amount, places, separator=locale.groupSeparator(),
                          decimal_point=locale.decimalPoint())


def money(value: Any, currency: str = "USD", places: int = 2) -> str:
    """``1,250,000.50 USD``: the amount as :func:`decimal`, the currency by its code (the
    back office reads codes, not symbols: ¥ is both yen and yuan)."""
    if value in (None, ""):
        return NONE
    return translate("LocaleFormat", "{amount} {currency}").format(
        amount=decimal(value, places), currency=currency)
