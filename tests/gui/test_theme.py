"""Colours by meaning, in a light and a dark variant, following the person's choice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListWidget
from pytestqt.qtbot import QtBot

from vipclient.gui import theme
from vipclient.gui.notifications import NoticeBar
from vipclient.gui.status_area import StatusArea


@pytest.fixture
def restore_theme(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply_theme(qapp, "system")


def test_dark_and_light_choices(qapp: QApplication, restore_theme: None) -> None:
    style = qapp.style().name()
    theme.apply_theme(qapp, "dark")
    assert theme.is_dark() and theme.colors() is theme.DARK
    assert theme.palette_is_dark(qapp.palette())
    window = qapp.palette().color(QPalette.ColorRole.Window)
    assert window.lightness() < 100
    theme.apply_theme(qapp, "light")
    assert not theme.is_dark() and theme.colors() is theme.LIGHT
    theme.apply_theme(qapp, "nonsense")  # an unknown value falls back to the system's
    assert theme.colors() is (theme.DARK if theme.palette_is_dark() else theme.LIGHT)
    assert qapp.style().name() == style  # the platform's own style is back


def test_tier_badges_by_band() -> None:
    c = theme.LIGHT
    theme.apply_theme(QApplication.instance(), "light")  # type: ignore[arg-type]
    assert theme.tier_badge("VIP1")[0] == c.tier_low
    assert theme.tier_badge("VIP5")[0] == c.tier_mid
    assert theme.tier_badge("VIP7")[0] == c.tier_high
    assert theme.tier_badge("VIP9")[0] == c.tier_top
    assert theme.tier_badge("VIP10")[0] == c.tier_vip10
    assert theme.tier_badge("bogus")[0] == c.tier_low
    assert theme.sla_color("amber") == c.sla_amber
    assert theme.sla_color("breached") == c.sla_red
    theme.apply_theme(QApplication.instance(), "system")  # type: ignore[arg-type]


def test_both_variants_name_the_same_colours() -> None:
    for name in theme.Colors.__dataclass_fields__:
        for variant in (theme.LIGHT, theme.DARK):
            value = getattr(variant, name)
            assert value.startswith("#") and len(value) == 7, (name, value)


def test_styled_widgets_follow_a_switch(qapp: QApplication, qtbot: QtBot,
                                        restore_theme: None) -> None:
    theme.apply_theme(qapp, "light")
    label = QLabel("note")
    qtbot.addWidget(label)
    theme.style(label, "QLabel {{ color: {muted_fg}; }}")
    assert label.styleSheet() == f"QLabel {{ color: {theme.LIGHT.muted_fg}; }}"
    calls: list[bool] = []
    theme.follow_theme(label, lambda: calls.append(theme.is_dark()))
    theme.apply_theme(qapp, "dark")
    assert label.styleSheet() == f"QLabel {{ color: {theme.DARK.muted_fg}; }}"
    assert calls == [True]
    theme.apply_theme(qapp, "light")
    assert calls == [True, False]


def test_a_gone_widget_is_not_called_back(qapp: QApplication, restore_theme: None) -> None:
    calls: list[int] = []
    label = QLabel("short-lived")
    theme.follow_theme(label, lambda: calls.append(1))
    label.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    theme.apply_theme(qapp, "dark")
    assert calls == []


def test_the_status_area_and_notice_bar_repaint_in_the_new_colours(
    qapp: QApplication, qtbot: QtBot, restore_theme: None
) -> None:
    theme.apply_theme(qapp, "light")
    area = StatusArea()
    qtbot.addWidget(area)
    area.set_outbox(0, 2)
    bar = NoticeBar()
    qtbot.addWidget(bar)
    assert theme.LIGHT.failed_fg in area.unsent_button.styleSheet()
    assert theme.LIGHT.syncing in area.dot.styleSheet()
    theme.apply_theme(qapp, "dark")
    assert theme.DARK.failed_fg in area.unsent_button.styleSheet()
    assert theme.DARK.syncing in area.dot.styleSheet()
    assert theme.DARK.failed_bg in bar.styleSheet()
    assert theme.LIGHT.failed_bg not in bar.styleSheet()


def test_a_widget_with_its_own_style_sheet_takes_the_new_palette(
    qapp: QApplication, qtbot: QtBot, restore_theme: None
) -> None:
    theme.apply_theme(qapp, "light")
    listing = QListWidget()
    listing.setStyleSheet("QListWidget::item { padding: 7px 10px; }")  # no colour in it
    qtbot.addWidget(listing)
    listing.show()
    theme.apply_theme(qapp, "dark")
    assert theme.palette_is_dark(listing.palette())
    assert listing.palette().color(QPalette.ColorRole.Base).lightness() < 100
