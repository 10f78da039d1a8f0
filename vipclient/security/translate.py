"""Translation of the security package's plain-words texts (permission reasons, code hints).

``set_translator(QCoreApplication.translate)`` routes them explicitly; without it, Qt's
translator is used once the GUI has loaded Qt, so nothing needs wiring. This module never
imports Qt itself: the package stays usable without it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def set_translator(translator: Translator | None) -> None:
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    if _translator is not None:
        return _translator(context, text)
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is None:
        return text
    translated: str = qtcore.QCoreApplication.translate(context, text)
    return translated
