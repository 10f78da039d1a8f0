"""CJK (and Arabic) text renders with real glyphs here: the tests and the screenshots would
otherwise compare and show empty boxes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from vipclient.gui.fonts import missing_glyphs
from vipclient.selftest import CheckFailed, check_fonts


def test_every_language_of_the_desk_has_a_font_here(qapp: QApplication) -> None:
    assert missing_glyphs() == {}, "install fonts-wqy-microhei or fonts-noto-cjk (make sysdeps)"
    assert "zh_CN, ja, ko, ar" in check_fonts()


def test_a_script_without_a_font_is_named(qapp: QApplication,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # Linear B: no font on a desk workstation has it, so it is the box a missing CJK font
    # would be.
    assert missing_glyphs(samples={"zh_CN": "工单", "linear_b": "\U00010000"}) == {
        "linear_b": "\U00010000"}
    monkeypatch.setattr("vipclient.gui.fonts.SAMPLES", {"linear_b": "\U00010000"})
    with pytest.raises(CheckFailed, match=r"no font draws linear_b here.*fonts-noto-cjk"):
        check_fonts()
