"""The language follows the system's (the setting's default, "system"): a VIP Desk started on
a Chinese desktop is Chinese; on a desktop in a language it has no catalogue for it is English
throughout (Qt's own dialogs too), with the region's conventions for numbers and dates.
Each case starts a fresh process: Qt reads the system's locale once, at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import json
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
app = QApplication([])
from vipclient.gui.translations import install_translators
from vipclient.i18n import translate
loaded = install_translators(app, "system")
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
print(json.dumps({"loaded": [name.split(" ")[0] for name in loaded],
                  "locale": QLocale().name(), "lanes": translate("Sections", "Lanes"),
                  "cancel": box.button(QDialogButtonBox.StandardButton.Cancel).text()}))
"""


@pytest.mark.parametrize(("system", "expected"), [
    ("zh_CN.UTF-8", {"loaded": ["qtbase", "vipclient_zh_CN"], "locale": "zh_CN",
                     "lanes": "工单通道", "cancel": "取消"}),
    # No catalogue: English throughout, with English's own (its plural forms).
    ("fr_FR.UTF-8", {"loaded": ["vipclient_en"], "locale": "en_FR", "lanes": "Lanes",
                     "cancel": "Cancel"}),
    ("C.UTF-8", {"loaded": ["vipclient_en"], "locale": "en_US", "lanes": "Lanes",
                 "cancel": "Cancel"}),
])
def test_the_app_speaks_the_system_s_language_or_english(
    system: str, expected: dict[str, object],
) -> None:
    env = dict(os.environ, LC_ALL=system, LANG=system, LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                         text=True, timeout=60, check=True).stdout
    assert json.loads(out.strip().splitlines()[-1]) == expected
