"""Colours by meaning, in light, dark and high-contrast variants, following the person's
choice; readable on their backgrounds and never the only sign of a state."""

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


def test_back_to_the_system_theme_gives_back_the_palette_it_had(
        qapp: QApplication, restore_theme: None) -> None:
    theme.apply_theme(qapp, "system")
    before = QPalette(qapp.palette())
    theme.apply_theme(qapp, "high_contrast")
    assert qapp.palette() != before
    theme.apply_theme(qapp, "system")
    assert qapp.palette() == before


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
        for variant in (theme.LIGHT, theme.DARK, theme.HIGH_CONTRAST):
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


VARIANTS = {"light": theme.LIGHT, "dark": theme.DARK, "high_contrast": theme.HIGH_CONTRAST}


def test_high_contrast_choice(qapp: QApplication, restore_theme: None) -> None:
    theme.apply_theme(qapp, "high_contrast")
    assert theme.is_high_contrast() and theme.colors() is theme.HIGH_CONTRAST
    palette = qapp.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == "#000000"
    assert palette.color(QPalette.ColorRole.WindowText).name() == "#ffffff"
    assert palette.color(QPalette.ColorRole.Highlight).name() == "#ffd400"
    assert theme.is_dark()  # screens that pick a dark-friendly variant of something do so
    theme.apply_theme(qapp, "dark")
    assert not theme.is_high_contrast() and theme.colors() is theme.DARK


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_status_colours_read_on_their_backgrounds(qapp: QApplication, restore_theme: None,
                                                  variant: str) -> None:
    """WCAG AA (4.5:1) for every text colour on what it is drawn on, AAA (7:1) in high
    contrast: the SLA countdown, frozen banner, outbox states, badges, muted notes."""
    theme.apply_theme(qapp, variant)
    c = theme.colors()
    palette = qapp.palette()
    window = palette.color(QPalette.ColorRole.Window).name()
    base = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    pairs = [(getattr(c, fg), bg) for fg in ("sla_ok", "sla_amber", "sla_red", "muted_fg",
                                              "system_msg_fg", "failed_fg", "live", "syncing",
                                              "offline") for bg in (window, base)]
    pairs += [(c.frozen_fg, c.frozen_bg), (c.pending_fg, c.pending_bg),
              (c.failed_fg, c.failed_bg)]
    pairs += [(c.badge_fg, getattr(c, t)) for t in ("tier_low", "tier_mid", "tier_high",
                                                    "tier_top", "tier_vip10")]
    pairs += [(text, getattr(c, bg)) for bg in ("client_msg_bg", "staff_msg_bg",
                                                 "internal_note_bg")]
    need = 7.0 if variant == "high_contrast" else 4.5
    poor = [(fg, bg, round(theme.contrast(fg, bg), 2)) for fg, bg in pairs
            if theme.contrast(fg, bg) < need]
    assert poor == []


def test_contrast_ratio_is_wcags() -> None:
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_sla_states_carry_a_mark_and_a_word(qapp: QApplication, restore_theme: None) -> None:
    from datetime import UTC, datetime

    from vipclient.domain.lanes import SlaClock, SlaReading, SlaState
    from vipclient.gui.lanes import format as fmt

    due = datetime(2026, 1, 1, tzinfo=UTC)
    texts = {}
    for state, left in ((SlaState.OK, 7200.0), (SlaState.AT_RISK, 600.0),
                        (SlaState.BREACHED, -65.0)):
        reading = SlaReading(SlaClock.FIRST_RESPONSE, due, state, left)
        texts[state] = fmt.marked_countdown(reading)
    assert texts[SlaState.OK] == "2 h 00 m"
    assert texts[SlaState.AT_RISK] == "10 m 00 s ⚠"
    assert texts[SlaState.BREACHED] == "−1 m 05 s ✖"
    assert [fmt.sla_state_word(s) for s in SlaState] == [
        "not counting", "on time", "at risk", "breached"]
    for variant in VARIANTS:  # the colours differ in every variant, the marks do not
        theme.apply_theme(qapp, variant)
        assert fmt.sla_colour(SlaState.AT_RISK) == VARIANTS[variant].sla_amber
        assert fmt.sla_mark(SlaState.BREACHED) == "✖"
