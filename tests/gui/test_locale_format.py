"""Dates, times, numbers and money as the UI language writes them, and a client's time in the
client's zone; the language installed in Settings decides (install_translators)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from vipclient.gui import locale_format as fmt
from vipclient.gui.translations import install_translators

MOMENT = datetime(2026, 11, 25, 9, 5, 7, tzinfo=UTC)


@pytest.fixture
def utc_desk(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    monkeypatch.setenv("TZ", "UTC")  # the person's zone, for the figures below
    time.tzset()
    yield qapp
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale.c())
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(("language", "when", "clock", "client", "amount", "count"), [
    ("en", "11/25/2026 9:05\u202fAM", "9:05\u202fAM", "6:05\u202fPM (Wed, Asia/Tokyo)",
     "1,250,000.50 USD", "12,345"),
    ("zh_CN", "2026/11/25 09:05", "09:05", "18:05（周三，Asia/Tokyo）",
     "1,250,000.50 USD", "12,345"),
    ("ja", "2026/11/25 9:05", "9:05", "18:05（水、Asia/Tokyo）", "1,250,000.50 USD", "12,345"),
    ("ko", "2026. 11. 25. 오전 9:05", "오전 9:05", "오후 6:05 (수, Asia/Tokyo)",
     "1,250,000.50 USD", "12,345"),
])
def test_each_language_writes_its_own_way(
    utc_desk: QApplication, language: str, when: str, clock: str, client: str, amount: str,
    count: str,
) -> None:
    install_translators(utc_desk, language)
    assert fmt.date_time(MOMENT) == when
    assert fmt.time_of_day(MOMENT) == clock
    assert fmt.client_time(MOMENT, "Asia/Tokyo") == client
    assert fmt.money("1250000.50") == amount
    assert fmt.integer(12345) == count


def test_exact_amounts_and_odd_input(utc_desk: QApplication) -> None:
    QLocale.setDefault(QLocale("de_DE"))  # a language that groups with dots
    assert fmt.money("12345678901234567.89") == "12.345.678.901.234.567,89 USD"  # no float
    assert fmt.decimal("0.125") == "0,125"
    assert fmt.decimal("NaN") == "NaN" and fmt.decimal("abc") == "abc"
    assert fmt.money(None) == "—"
    assert fmt.date_time("not a time") == "not a time" and fmt.date_time(None) == "—"
    assert fmt.client_time(MOMENT, "Mars/Olympus") == "Mars/Olympus"
    assert fmt.client_time(MOMENT, "") == "—"
    assert fmt.client_date_time("2026-11-25T09:05:00Z", "America/New_York") == (
        "25.11.2026 04:05 (America/New_York)")
