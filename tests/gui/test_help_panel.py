"""The help panel in the ticket view, over the articles the real sandbox's feed brought."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support.workspace import desk, sandbox
from vipclient.gui.tickets.view import TicketView
from vipclient.store.models import TicketRow

pytestmark = pytest.mark.timeout(120)


def test_ctrl_h_searches_offline_in_the_tickets_language_and_inserts_an_answer(
    qtbot: QtBot,
) -> None:
    with sandbox() as srv, desk(srv, "alice") as alice:
        with alice.cache.read_session() as s:
            tid, category = s.execute(
                select(TicketRow.id, TicketRow.category).where(
                    TicketRow.language == "zh", TicketRow.status.in_(["new", "open"]))
                .order_by(TicketRow.id)).first()
        srv.stop()  # the panel reads the cache only: no server needed from here on
        view = TicketView(alice)
        qtbot.addWidget(view)
        with qtbot.waitActive(view):  # shortcuts (Ctrl+H) need the active window
            view.show()
            view.activateWindow()
        assert view.show_ticket(tid)
        view.composer.setFocus()
        qtbot.keyClick(view.composer, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
        panel = view.help_panel
        assert panel is not None and panel.isVisible() and panel.search.hasFocus()
        assert {h.lang for h in panel.hits()[:16]} == {"zh"}  # the ticket's language first

        with qtbot.waitSignal(panel.searched, timeout=5_000):
            panel.search.insert("提现")
        hits = panel.hits()
        assert hits and all(h.lang == "zh" for h in hits[:3])
        assert all("提现" in (h.title + h.summary) or h.lang != "zh" for h in hits[:1])
        panel.results.setCurrentRow(1)
        chosen = hits[1]
        assert chosen.title in panel.preview.toPlainText()
        panel.insert_button.click()
        text = view.composer.toPlainText()
        assert text.startswith(chosen.title + "\n") and text.rstrip().endswith(chosen.url)
        assert view.composer.hasFocus()

        # Used once on this category: it comes first now.
        panel.refresh()
        assert panel.hits()[0].id == chosen.id and panel.hits()[0].uses == 1
        assert category  # uses are per category of ticket

        # Ctrl+H from the composer returns to the search; again there, hides the panel.
        qtbot.keyClick(view.composer, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
        assert panel.search.hasFocus()
        qtbot.keyClick(panel.search, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
        assert not panel.isVisible()
