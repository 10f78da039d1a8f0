"""Translating the app's texts — one module for every layer, Qt imported by none of it.

Every user-visible text is marked so that Qt's ``pyside6-lupdate`` finds it with its context
(``make translations``): in a QObject subclass ``self.tr("…")``; elsewhere
``translate("Context", "…")`` from here (the name and the literal arguments are what lupdate
reads; a helper passing its context through a variable would hide the text from it), or
``QT_TRANSLATE_NOOP("Context", "…")`` for a text kept in a table and translated where shown.

:func:`translate` goes through Qt's translators once the GUI has loaded Qt (the domain, the API
client and the sync engine never import Qt themselves), else returns the English text; a
test may install another translator with :func:`set_translator`.

Plurals take Qt's numerus forms, never "ticket(s)": ``self.tr("%n tickets", "", n)`` in a
QObject class; elsewhere ``Requests.tr("%n networks", "", n)`` through a :class:`Context` bound to
a name equal to the context (``Requests = Context("Requests")``). ``pyside6-lupdate`` marks a
message numerus only in those forms: in ``translate("Ctx", "%n tickets", None, n)`` it takes a
variable count for a PyQt4 encoding argument, so the catalogue would get one form and English
would say "1 tickets".
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


class Context:
    """A translation context for plural texts outside QObject classes: lupdate files
    ``Name.tr("%n …", "", n)`` as a numerus message under ``Name``, so bind it to that name."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)
