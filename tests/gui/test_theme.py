"""Colours by meaning, in a light and a dark variant, following the person's choice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from vipclient.gui import theme


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
