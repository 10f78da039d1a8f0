"""Arabic client text runs right to left: in the thread, in the ticket's header, in the
list tables."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from tests.support.screens import STAFF, apply, cache_ctx, client_json, ticket_json, upsert
from vipclient.gui.tickets.view import TicketView
from vipclient.gui.views import BidiDelegate, list_table
from vipclient.store.cache import Cache

NAME = "محمد العتيبي"
SUBJECT = "السحب معلق منذ يومين"
BODY = "مرحبًا، السحب رقم 4521 ما زال معلقًا."


@pytest.fixture
def view(qtbot: QtBot, tmp_path: Path) -> Iterator[TicketView]:
    cache = Cache.open(tmp_path / "c.sqlite3")
    apply(
        cache,
        *(upsert("staff", dict(s, version=1)) for s in STAFF),
        upsert("client", client_json("U1", NAME, languages=["ar", "en"],
                                     timezone="Asia/Riyadh")),
        upsert("ticket", ticket_json("T1", "U1", language="ar", subject=SUBJECT,
                                     client_name=NAME)),
        upsert("message", {"id": "M1", "ticket_id": "T1", "author_kind": "client",
                           "author_id": "U1", "internal": False, "body": BODY,
                           "created_at": "2026-11-25T08:00:00Z", "version": 1}),
        upsert("message", {"id": "M2", "ticket_id": "T1", "author_kind": "staff",
                           "author_id": "S1", "internal": False, "body": "Checking now.",
                           "created_at": "2026-11-25T08:05:00Z", "version": 1}),
    )
    v = TicketView(cache_ctx(cache))
    qtbot.addWidget(v)
    yield v
    cache.close()


def test_an_arabic_ticket_reads_right_to_left(view: TicketView, tmp_path: Path) -> None:
    assert view.show_ticket("T1")
    assert view.title.layoutDirection() == Qt.LayoutDirection.RightToLeft
    html = view.thread_view.toHtml()
    document = view.thread_view.document()
    directions = {}
    block = document.begin()
    while block.isValid():
        directions[block.text()] = block.blockFormat().layoutDirection()
        block = block.next()
    assert directions[BODY] == Qt.LayoutDirection.RightToLeft, html
    assert directions["Checking now."] != Qt.LayoutDirection.RightToLeft
    assert view.canned_language.currentData() == "ar"
    assert "(" in view.client_clock.text() and "Asia/Riyadh" in view.client_clock.text()
    view.resize(900, 700)
    view.grab().save(str(tmp_path / "rtl.png"))


def test_list_tables_lay_right_to_left_cells_out_right_to_left(qtbot: QtBot) -> None:
    model = QStandardItemModel(2, 1)
    model.setItem(0, 0, QStandardItem(NAME))
    model.setItem(1, 0, QStandardItem("Anna Smith"))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    list_table(table)
    delegate = table.itemDelegate()
    assert isinstance(delegate, BidiDelegate)
    for row, expected in ((0, Qt.LayoutDirection.RightToLeft),
                          (1, Qt.LayoutDirection.LeftToRight)):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(row, 0))
        assert option.direction == expected  # type: ignore[attr-defined]
