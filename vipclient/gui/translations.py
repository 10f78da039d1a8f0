"""Qt translators for VIP Desk's own strings and Qt's standard dialogs.

Catalogues are ``vipclient_<lang>.qm`` built from ``resources/translations/*.ts`` with
``pyside6-lrelease``. They are looked up in the installed package first
(``vipclient/resources/translations``), then in the checkout's ``resources/translations``
(:mod:`vipclient.paths`).
English's catalogue holds only its plural forms ("1 ticket", "2 tickets"); a language with no
catalogue shows English, with that catalogue, and Qt's dialogs in English too.

The language is also the default ``QLocale`` (:func:`install_translators` sets it), so dates,
times, numbers and money read the way the interface does (``vipclient.gui.locale_format``).
Installing another language while the app runs is Settings → Language; the window is then
built again in it (``VipDesk.switch_language``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from vipclient.i18n import QT_TRANSLATE_NOOP
from vipclient.paths import resource_dirs

__all__ = ["QT_TRANSLATE_NOOP", "install_translators", "installed_language", "wanted_locale"]

log = logging.getLogger(__name__)

SEARCH_PATH = resource_dirs("translations")
_installed: list[QTranslator] = []
_language: list[str] = []  # the setting value last installed (one item), for switching


def wanted_locale(language: str) -> QLocale:
    return QLocale.system() if language in ("", "system") else QLocale(language)


def _own_catalogue(app: QApplication, locale: QLocale) -> tuple[QTranslator, str] | None:
    for folder in SEARCH_PATH:
        own = QTranslator(app)
        if own.load(locale, "vipclient", "_", str(folder)):
            return own, str(folder)
    return None


def installed_language() -> str | None:
    """The ``language`` setting value whose catalogues are installed now (None: none yet)."""
    return _language[0] if _language else None


def install_translators(app: QApplication, language: str = "system") -> list[str]:
    """Install the catalogues for ``language``; returns the names of those loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = wanted_locale(language)
    _language[:] = [language]
    loaded: list[str] = []
    own = _own_catalogue(app, locale)
    if own is None and locale.language() != QLocale.Language.English:
        # No catalogue for this system language: the interface is English, Qt's dialogs
        # too (not half French), and numbers and dates English in the person's region.
        locale = QLocale(QLocale.Language.English, locale.territory())
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if locale.language() != QLocale.Language.English and qt.load(
            locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
        loaded.append("qtbase")
    # English's own catalogue (its plural forms) when the language has none.
    own = own or _own_catalogue(app, QLocale(QLocale.Language.English))
    if own is not None:
        translator, folder = own
        app.installTranslator(translator)
        _installed.append(translator)
        loaded.append(f"vipclient_{translator.language()} ({folder})")
    QLocale.setDefault(locale)
    log.info("translations for %s: %s", locale.name(), ", ".join(loaded) or "none")
    return loaded
