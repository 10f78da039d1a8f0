"""Ctrl+K global search over the cache: clients (Latin and CJK names) and tickets."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support.gui import LiveSession, start_sandbox
from vipclient.gui.main_window import MainWindow
from vipclient.sandbox.server import SandboxServer
from vipclient.store.models import ClientRow, TicketRow

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=40)
    yield srv
    srv.stop()


@pytest.fixture
def window(server: SandboxServer, qtbot: QtBot) -> Iterator[MainWindow]:
    live = LiveSession(server, "alice", wait=5.0).start(qtbot)
    win = MainWindow(live.ctx, sections=())  # the shell alone: screens are tested by their owners
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    yield win
    win.close()
    live.close()


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.search_palette
    qtbot.waitUntil(palette.isVisible, timeout=2000)
    palette.edit.clear()
    if text.isascii():
        qtbot.keyClicks(palette.edit, text)
    else:
        # QTest can only synthesise ASCII key presses; an input method inserts CJK text.
        palette.edit.insert(text)


def results(window: MainWindow) -> list[str]:
    lst = window.search_palette.results
    return [lst.item(i).text() for i in range(lst.count())]


def test_finds_a_cjk_client_by_two_characters_and_opens_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    with window.ctx.cache.read_session() as s:
        names = [(c.uid, c.display_name) for c in s.scalars(select(ClientRow))]
    uid, name = next((u, n) for u, n in names if len(CJK.findall(n)) >= 2)
    part = "".join(CJK.findall(name))[:2]  # two characters: too short for a trigram
    search(qtbot, window, part)
    qtbot.waitUntil(lambda: any(uid in r for r in results(window)), timeout=5000)
    # Enter opens the highlighted result; move to our client first.
    palette = window.search_palette
    while uid not in (palette.results.currentItem().text()):
        qtbot.keyClick(palette.edit, Qt.Key.Key_Down)
    with qtbot.waitSignal(palette.clientChosen, timeout=2000) as chosen:
        qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert chosen.args == [uid]
    assert not palette.isVisible()


def test_finds_a_client_by_latin_name(qtbot: QtBot, window: MainWindow) -> None:
    with window.ctx.cache.read_session() as s:
        names = [(c.uid, c.display_name) for c in s.scalars(select(ClientRow))]
    uid, name = next((u, n) for u, n in names if re.fullmatch(r"[A-Za-z .'-]+", n))
    search(qtbot, window, name.split()[-1].lower())
    qtbot.waitUntil(lambda: any(uid in r for r in results(window)), timeout=5000)
    shown = results(window)
    assert shown[0] == "Clients"  # results come under headings, clients first
    if "Tickets" in shown:
        assert shown.index("Tickets") > 1
    # Headings are never highlighted: ↑ from the first client wraps to the last result.
    palette = window.search_palette
    assert palette.results.currentRow() == 1
    qtbot.keyClick(palette.edit, Qt.Key.Key_Up)
    assert palette.results.currentItem().text() == shown[-1]


def test_finds_a_ticket_by_subject_and_enter_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    with window.ctx.cache.read_session() as s:
        ticket = s.scalars(select(TicketRow).order_by(TicketRow.id).limit(1)).one()
        ticket_id, subject = ticket.id, ticket.subject
    search(qtbot, window, ticket_id)
    palette = window.search_palette
    # Enter right away: the palette searches what was typed and opens its top result.
    with qtbot.waitSignal(palette.ticketChosen, timeout=5000) as chosen:
        qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert chosen.args == [ticket_id]
    assert subject


def test_nothing_found_says_so(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "zzqqxxnothing")
    palette = window.search_palette
    qtbot.waitUntil(lambda: "Nothing in your cache matches" in palette.hint.text(), timeout=5000)
    assert palette.results.count() == 0
    qtbot.keyClick(palette.edit, Qt.Key.Key_Escape)
    assert not palette.isVisible()
