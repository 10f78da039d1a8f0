"""The app in each of its languages: every main screen, walked widget by widget, shows no
English text that its catalogue translates.

A real sandbox and a real sync fill the cache; for each language the window is made after its
catalogue is installed (as the app starts in it) and every section is opened, with a ticket in
the lanes and a client's profile, then the dialogs (a dashboard drill-down, the transcript
export, the three request forms, escalation, and the shell's). The texts a person sees (labels,
buttons, tabs, combo items, placeholders, headers and the first rows of every table, menus,
tooltips and accessible names) are collected; any that equals the English source of a message
the catalogue translates to something else was left untranslated. Texts made from templates
("{n} clients") are not compared: the catalogue test checks their placeholders.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.support.requests import policies
from tests.support.screens import STAFF, apply, cache_ctx, client_json, live_desk
from tests.support.sync import upsert
from vipclient.gui.main_window import MainWindow
from vipclient.gui.requests.forms.api_access import ApiAccessRequestForm
from vipclient.gui.requests.forms.fee import FeeRequestForm
from vipclient.gui.requests.forms.withdrawal import WithdrawalRequestForm
from vipclient.gui.settings_dialog import SettingsDialog
from vipclient.gui.sign_in_dialog import SignInDialog
from vipclient.gui.status_area import StatusArea
from vipclient.gui.step_up_dialog import StepUpDialog
from vipclient.gui.tickets.view import EscalateDialog
from vipclient.gui.translations import install_translators
from vipclient.services.session import Credentials
from vipclient.store.cache import Cache

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = sorted(p.stem.removeprefix("vipclient_") for p in CATALOGUES.glob("*.ts")
                   if p.stem != "vipclient_en")
TABLE_ROWS = 25  # rows of each table read (they repeat the same words further down)


def translated_sources(language: str) -> dict[str, str]:
    """English source -> one translation, for each finished message whose translation differs
    (a text kept as it is, like "API", is not a leftover)."""
    out: dict[str, str] = {}
    root = ET.parse(CATALOGUES / f"vipclient_{language}.ts").getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") or message.get("numerus") == "yes":
            continue
        if translation.text and translation.text != source:
            out[source] = translation.text
    return out


def _action_texts(actions: list[QAction], add: Callable[[str, str], None]) -> None:
    for action in actions:
        add(action.text(), "action")
        menu = action.menu()
        if menu is not None:
            _action_texts(menu.actions(), add)


def _view_texts(view: QAbstractItemView, add: Callable[[str, str], None]) -> None:
    # The item widgets' own models are private to Qt: read them through their items.
    if isinstance(view, QListWidget):
        for row in range(min(view.count(), TABLE_ROWS)):
            add(view.item(row).text(), "list item")
        return
    if isinstance(view, QTreeWidget):
        header = view.headerItem()
        for column in range(view.columnCount()):
            add(header.text(column), "header")
        for row in range(min(view.topLevelItemCount(), TABLE_ROWS)):
            item = view.topLevelItem(row)
            for column in range(view.columnCount()):
                add(item.text(column), "cell")
        return
    if isinstance(view, QTableWidget):
        for column in range(view.columnCount()):
            heading = view.horizontalHeaderItem(column)
            add(heading.text() if heading else "", "header")
        for row in range(min(view.rowCount(), TABLE_ROWS)):
            for column in range(view.columnCount()):
                cell = view.item(row, column)
                add(cell.text() if cell else "", "cell")
        return
    model = view.model()
    if model is None:
        return
    columns = model.columnCount(QModelIndex())
    for column in range(columns):
        add(str(model.headerData(column, Qt.Orientation.Horizontal) or ""), "header")
    for row in range(min(model.rowCount(QModelIndex()), TABLE_ROWS)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    add(value, "cell")


def visible_texts(root: QWidget) -> dict[str, str]:
    """Every text ``root`` shows a person (or a screen reader), with the kind of place."""
    found: dict[str, str] = {}

    def add(text: str | None, where: str) -> None:
        if text and text.strip():
            found.setdefault(text.strip(), where)

    for widget in [root, *root.findChildren(QWidget)]:
        if not shiboken6.isValid(widget):
            continue  # a menu rebuilt while the screen filled in
        if widget is not root and not widget.isVisibleTo(root):
            continue
        add(widget.toolTip(), "tooltip")
        add(widget.accessibleName(), "accessible name")
        add(widget.accessibleDescription(), "accessible description")
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            add(widget.text(), type(widget).__name__)
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            add(widget.placeholderText(), "placeholder")
        if isinstance(widget, QGroupBox):
            add(widget.title(), "group")
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                if widget.itemText(i) != widget.itemData(i):  # not data shown as itself (tags)
                    add(widget.itemText(i), "combo item")
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i), "tab")
                add(widget.tabToolTip(i), "tab tooltip")
        if isinstance(widget, QAbstractItemView):
            _view_texts(widget, add)
        _action_texts(widget.actions(), add)
    return found


READY: dict[str, Callable[[Any], bool]] = {
    "lanes": lambda p: p.index() is not None and bool(p.ticket_view.title.text()),
    "clients": lambda p: p.model.rowCount() > 0 and p.profile.uid_shown() is not None,
    "requests": lambda p: p.index() is not None,
    "dashboard": lambda p: all(card.content is not None for card in p.cards.values()),
}


def walk_screens(qapp: QApplication, qtbot: QtBot, ctx: Any, language: str
                 ) -> dict[str, dict[str, str]]:
    """``{screen: {text: where}}`` with ``language`` installed."""
    install_translators(qapp, language)
    screens: dict[str, dict[str, str]] = {}
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    for key in window.section_keys:
        page = window.show_section(key)
        assert page is not None
        ready = READY.get(key)
        if ready is not None:
            qtbot.waitUntil(lambda page=page, ready=ready: ready(page), timeout=30_000)
        screens[key] = visible_texts(window)
    dashboard: Any = window.pages["dashboard"]
    behind = next(d for lane in range(5) if (d := dashboard.open_behind("lanes", 0, lane)))
    qtbot.waitUntil(lambda: behind.table.rowCount() > 0, timeout=30_000)
    screens["dashboard drill-down"] = visible_texts(behind)
    behind.close()
    profile = window.pages["clients"].profile  # type: ignore[attr-defined]
    uid = profile.uid_shown()
    export = profile.transcripts.open_export()
    assert export is not None
    screens["transcript export"] = visible_texts(export)
    export.close()
    window.show_sync_problems()
    assert window.sync_problems is not None
    screens["sync problems"] = visible_texts(window.sync_problems)
    window.show_search()
    screens["search"] = visible_texts(window.search_palette)
    window.search_palette.close()
    screens["about"] = visible_texts(window.show_about())
    dialogs: dict[str, QWidget] = {
        "fee form": FeeRequestForm(ctx, uid), "withdrawal form": WithdrawalRequestForm(ctx, uid),
        "API-access form": ApiAccessRequestForm(ctx, uid), "escalate": EscalateDialog(),
        "settings": SettingsDialog(ctx.settings), "step-up": StepUpDialog(),
        "sign-in": SignInDialog(lambda *_: None, Credentials, server_url=ctx.server_url),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        screens[name] = visible_texts(dialog)
        dialog.close()
    window.close()
    return screens


@pytest.fixture
def desk() -> Iterator[Any]:
    with live_desk(clients=30, username="alice") as (_server, ctx):
        yield ctx


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_shows_the_language_and_no_english_it_translates(
        language: str, desk: Any, qapp: QApplication, qtbot: QtBot) -> None:
    translated = translated_sources(language)
    english = walk_screens(qapp, qtbot, desk, "en")
    shown = walk_screens(qapp, qtbot, desk, language)
    assert set(shown) == set(english) and {"lanes", "clients", "dashboard"} <= set(shown)
    left = {screen: sorted(f"{text!r} ({where})" for text, where in texts.items()
                           if text in translated)
            for screen, texts in shown.items()}
    left = {screen: texts for screen, texts in left.items() if texts}
    assert not left, f"English left in {language} where its catalogue has a translation: {left}"
    if translated:  # a catalogue with translations changes what every screen shows
        for screen, texts in shown.items():
            assert set(texts) - set(english[screen]), f"{screen} did not change"


def test_the_walk_sees_an_untranslated_text(qapp: QApplication, qtbot: QtBot) -> None:
    """The check fails on a text the catalogue translates but a widget shows in English."""
    install_translators(qapp, "zh_CN")
    area = StatusArea()
    qtbot.addWidget(area)
    area.unsent_button.setText("All actions sent")  # as if made without translate()
    texts = visible_texts(area)
    assert "All actions sent" in texts and "All actions sent" in translated_sources("zh_CN")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    loaded = install_translators(qapp, "zh_CN")
    assert any(name.startswith("vipclient") for name in loaded)
    yield
    install_translators(qapp, "en")


def test_the_app_speaks_chinese(chinese: None, qtbot: QtBot) -> None:
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    area = StatusArea()
    qtbot.addWidget(area)
    area.set_outbox(3, 1)
    assert area.unsent_button.text() == "3 项未发送 · 1 项需要处理"
    area.set_person("Alice Chen", ["account_manager"])
    assert area.person_label.text() == "Alice Chen · 客户经理"


def test_the_requests_screens_speak_chinese(chinese: None, qtbot: QtBot,
                                            tmp_path: Path) -> None:
    from vipclient.gui.requests.forms.fee import FeeRequestForm
    from vipclient.gui.requests.section import RequestsSection

    cache = Cache.open(tmp_path / "c.sqlite3")
    try:
        apply(cache, *(upsert("staff", dict(s, version=1)) for s in STAFF),
              upsert("client", client_json("U1", "王小明", tier=7, manager_id="S1")),
              *policies())
        ctx = cache_ctx(cache, "S1")
        view = RequestsSection(ctx)
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: view.index() is not None, timeout=5000)
        assert view.tabs.tabText(0) == "我的申请 (0)"
        assert view.views.tabText(1) == "规则"
        form = FeeRequestForm(ctx, "U1")
        qtbot.addWidget(form)
        qtbot.keyClicks(form.maker, "4")
        qtbot.keyClicks(form.taker, "1,5")
        assert form.messages["taker_bps"].text().startswith("小数请用小数点")
        assert form.why_disabled.text().startswith("尚未就绪")
        assert QCoreApplication.translate("Permissions", "supervisor") == "主管"
    finally:
        cache.close()


@pytest.mark.parametrize("language", ["en", "de_DE"])  # German has no catalogue: English's
def test_english_shows_the_source_texts_with_their_plural_forms(
        language: str, qapp: QApplication, qtbot: QtBot) -> None:
    loaded = install_translators(qapp, language)
    assert any(name.startswith("vipclient_en") for name in loaded), loaded
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    area = StatusArea()
    qtbot.addWidget(area)
    area.set_outbox(1, 1)
    assert area.unsent_button.text() == "1 unsent · 1 needs attention"
    area.set_outbox(2, 2)
    assert area.unsent_button.text() == "2 unsent · 2 need attention"
