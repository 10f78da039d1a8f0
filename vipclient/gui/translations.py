"""Qt translators for VIP Desk's own strings and Qt's standard dialogs.

Catalogues are ``vipclient_<lang>.qm`` built from ``resources/translations/*.ts`` with
``pyside6-lrelease``. They are looked up in the installed package first
(``vipclient/resources/translations``), then in the checkout's ``resources/translations``
(:mod:`vipclient.paths`).
English needs no catalogue; a missing one leaves the English text.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from vipclient.i18n import QT_TRANSLATE_NOOP
from vipclient.paths import resource_dirs

__all__ = ["QT_TRANSLATE_NOOP", "install_translators", "wanted_locale"]

log = logging.getLogger(__name__)



SEARCH_PATH = resource_dirs("translations")
_installed: list[QTranslator] = []


def wanted_locale(language: str) -> QLocale:
    return QLocale.system() if language in ("", "system") else QLocale(language)


def install_translators(app: QApplication, language: str = "system") -> list[str]:
    """Install the catalogues for ``language``; returns the names of those loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = wanted_locale(language)
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
        loaded.append("qtbase")
    for folder in SEARCH_PATH:
        own = QTranslator(app)
        if own.load(locale, "vipclient", "_", str(folder)):
            app.installTranslator(own)
            _installed.append(own)
            loaded.append(f"vipclient ({folder})")
            break
    log.info("translations for %s: %s", locale.name(), ", ".join(loaded) or "none")
    return loaded
