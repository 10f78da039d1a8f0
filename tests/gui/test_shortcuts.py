"""The shortcuts registry and its cheat-sheet: F1 and ``?`` show every key this person has,
from the one table that binds them; ``?`` typed into a text field stays a question mark."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui.test_main_window import TEST_SECTIONS
from tests.support.gui import LiveSession, start_sandbox
from vipclient.gui import shortcuts
from vipclient.gui.main_window import MainWindow
from vipclient.gui.shortcuts_dialog import ShortcutsDialog
from vipclient.sandbox.server import SandboxServer

PACKAGE = Path(__file__).resolve().parents[2] / "vipclient"


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=5)
    yield srv
    srv.stop()


@pytest.fixture
def window(qtbot: QtBot, server: SandboxServer) -> Iterator[MainWindow]:
    session = LiveSession(server, "alice")
    win = MainWindow(session.ctx, sections=TEST_SECTIONS)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    yield win
    session.close()


def _open_sheet(qtbot: QtBot, win: MainWindow) -> ShortcutsDialog:
    qtbot.waitUntil(lambda: win._shortcuts_dialog is not None
                    and win._shortcuts_dialog.isVisible(), timeout=2000)
    assert win._shortcuts_dialog is not None
    return win._shortcuts_dialog


def test_f1_lists_every_shortcut_but_absent_sections(qtbot: QtBot, window: MainWindow) -> None:
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
    sheet = _open_sheet(qtbot, window)
    listed = set(sheet.rows)
    absent = {"requests", "security", "dashboard", "audit"}
    expected = {s.id for s in shortcuts.SHORTCUTS} - shortcuts.hidden_for(absent)
    assert listed == expected  # alice's test window has Lanes and Clients only
    # Neither the absent sections' Ctrl+n nor the keys that work only inside them.
    assert not {"section.audit", "requests.approve", "security.freeze", "chart.open"} & listed
    assert {"lanes.open", "clients.find", "ticket.send"} <= listed
    # Each row shows the keys that are bound: the registry's own, as the platform writes them.
    search = sheet.rows["search"]
    assert search.text(1) == "Ctrl+K"
    assert sheet.rows["lanes.lane"].text(1) == "Alt+1, Alt+2, Alt+3, Alt+4, Alt+5"
    assert window.search_action.shortcuts() == shortcuts.sequences("search")
    assert window.nav_actions["clients"].shortcut().toString() == "Ctrl+2"
    # Grouped by where they work, the groups in the registry's order.
    groups = [sheet.tree.topLevelItem(i).text(0)  # type: ignore[union-attr]
              for i in range(sheet.tree.topLevelItemCount())]
    assert groups[0] == "Anywhere" and "Image viewer" in groups


def test_question_mark_opens_it_but_types_in_a_text_field(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    edit = QLineEdit(window.pages["lanes"])
    edit.show()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "why?")
    assert edit.text() == "why?"
    assert window._shortcuts_dialog is None
    window.navigation.setFocus()
    # A real keyboard's key mapper drops the Shift the character needs before shortcuts are
    # matched (the offscreen platform has none), so the bare key is what a shortcut sees.
    qtbot.keyClick(window.navigation, Qt.Key.Key_Question)
    sheet = _open_sheet(qtbot, window)
    qtbot.waitUntil(sheet.filter.hasFocus)  # ready to find a shortcut by typing


def test_the_filter_finds_by_action_or_key(qtbot: QtBot) -> None:
    sheet = ShortcutsDialog()
    qtbot.addWidget(sheet)
    qtbot.keyClicks(sheet.filter, "zoom")
    assert set(sheet.visible_ids()) == {"image.zoom_in", "image.zoom_out"}
    sheet.filter.setText("ctrl+shift+a")
    assert set(sheet.visible_ids()) == {"ticket.attach", "requests.approve",
                                        "security.acknowledge"}
    sheet.filter.setText("no such thing")
    assert sheet.visible_ids() == [] and not sheet.empty.isHidden()
    sheet.filter.clear()
    assert len(sheet.visible_ids()) == len(sheet.rows)


def test_keys_a_widget_handles_itself_go_through_the_registry() -> None:
    enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    ctrl_enter = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return,
                           Qt.KeyboardModifier.ControlModifier)
    assert shortcuts.matches(enter, "lanes.open")
    assert not shortcuts.matches(ctrl_enter, "lanes.open")
    assert shortcuts.matches(ctrl_enter, "ticket.send")


def test_no_key_is_spelled_outside_the_registry() -> None:
    """A key bound anywhere but the registry would be missing from the cheat-sheet."""
    pattern = re.compile(r"QKeySequence\(|QShortcut\(|\.setShortcuts?\(")
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "shortcuts.py" or path.name.endswith("_ui.py"):
            continue  # the registry itself; forms generated by pyside6-uic
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if pattern.search(line):
                offenders.append(f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}")
    assert offenders == []


def test_ids_unique_and_texts_marked() -> None:
    ids = [s.id for s in shortcuts.SHORTCUTS]
    assert len(ids) == len(set(ids))
    source = (PACKAGE / "gui" / "shortcuts.py").read_text(encoding="utf-8")
    for s in shortcuts.SHORTCUTS:  # lupdate finds each text where it is written
        assert f'QT_TRANSLATE_NOOP("Shortcuts", "{s.text}")' in source, s.id
