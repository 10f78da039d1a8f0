"""Qt translators for VIP Desk's own strings and Qt's standard dialogs.

Catalogues are ``vipclient_<lang>.qm`` built from ``resources/translations/*.ts`` with
``pyside6-lrelease``. They are looked up in the installed package first
(``vipclient/resources/translations``), then in the checkout's ``resources/translations``
(:mod:`vipclient.paths`).
English's catalogue holds only its plural forms; a language with no catalogue shows English,
with that catalogue.
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


def _own_catalogue(app: QApplication, locale: QLocale) -> tuple[QTranslator, str] | None:
    for folder in SEARCH_PATH:
        own = QTranslator(app)
        if own.load(locale, "vipclient", "_", str(folder)):
            return own, str(folder)
    return None


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
    own = _own_catalogue(app, locale) or _own_catalogue(app, QLocale(QLocale.Language.English))
    if own is not None:
        translator, folder = own
        app.installTranslator(translator)
        _installed.append(translator)
        loaded.append(f"vipclient_{translator.language()} ({folder})")
    log.info("translations for %s: %s", locale.name(), ", ".join(loaded) or "none")
    return loaded
