"""Can this computer draw the desk's languages? Chinese, Japanese and Korean (the UI and the
clients), and Arabic (clients' names and messages), with real glyphs rather than empty boxes.

Qt draws a script with the first installed font that has it, so what matters is that some
font for each script is installed (README, "Fonts"): Windows and macOS ship them; a Linux
workstation needs ``fonts-noto-cjk`` (or ``fonts-wqy-microhei``), which the .deb recommends.
:func:`missing_glyphs` lays sample texts out as a label would and reports the characters that
came out as the "missing glyph" box; ``--self-test`` and a test use it.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication, QTextLayout

# Words the desk shows in each script (kana and hangul as well as Han).
SAMPLES = {
    "zh_CN": "工单通道 客户 设置",
    "ja": "チケット ひらがな 設定",
    "ko": "티켓 고객 설정",
    "ar": "محمد العتيبي",
}
FONT_PACKAGES = "fonts-noto-cjk (or fonts-wqy-microhei)"


def missing_glyphs(font: QFont | None = None,
                   samples: dict[str, str] | None = None) -> dict[str, str]:
    """Per sample language, its text when some of it is drawn as the missing-glyph box
    (empty: every script has a font)."""
    chosen = font if font is not None else QGuiApplication.font()
    missing: dict[str, str] = {}
    for language, text in (SAMPLES if samples is None else samples).items():
        layout = QTextLayout(text, chosen)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        boxes = 0
        for run in layout.glyphRuns():
            boxes += sum(1 for glyph in run.glyphIndexes() if glyph == 0)
        if boxes:
            missing[language] = text
    return missing
