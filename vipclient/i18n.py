"""Translating the app's texts — one module for every layer, Qt imported by none of it.

Every user-visible text is marked so that Qt's ``pyside6-lupdate`` finds it with its context
(``make translations``): in a QObject subclass ``self.tr("…")``; elsewhere
``translate("Context", "…")`` from here (the name and the literal arguments are what lupdate
reads; a helper passing its context through a variable would hide the text from it), or
``QT_TRANSLATE_NOOP("Context", "…")`` for a text kept in a table and translated where shown.

:func:`translate` goes through Qt's translators once the GUI has loaded Qt (the domain, the API
client and the sync engine never import Qt themselves), else returns the English text; a
test may install another translator with :func:`set_translator`. ``n`` selects Qt's numerus
form of a text with ``%n`` ("%n tickets"): never "ticket(s)".
"""

from __future__ import annotations

import sys
from collections.abc import Callable

Translator = Callable[[str, str], str]
"""(context, source text) -> translated text."""

_override: Translator | None = None


def set_translator(translator: Translator | None) -> None:
    """Route every text through ``translator`` (tests), or back to Qt's / English."""
    global _override
    _override = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if _override is not None:
        translated = _override(context, text)
    else:
        qtcore = sys.modules.get("PySide6.QtCore")
        if qtcore is None:
            translated = text
        else:
            translated = str(qtcore.QCoreApplication.translate(context, text, disambiguation, n))
    return translated.replace("%n", str(n)) if n >= 0 and "%n" in translated else translated


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogues under ``context``; translated where it is shown."""
    return text
