"""The ticket view's canned responses: in the language the ticket should be answered in, that
choice shown beside them and changeable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.screens import STAFF, apply, cache_ctx, client_json, ticket_json, upsert
from vipclient.gui.tickets.view import TicketView
from vipclient.services import canned
from vipclient.store.cache import Cache


@pytest.fixture
def view(qtbot: QtBot, tmp_path: Path) -> Iterator[TicketView]:
    cache = Cache.open(tmp_path / "c.sqlite3")
    apply(
        cache,
        *(upsert("staff", dict(s, version=1)) for s in STAFF),
        upsert("client", client_json("U1", "김민준", languages=["ko", "en"])),
        upsert("ticket", ticket_json("T1", "U1", language="ja", subject="出金について")),
        upsert("ticket", ticket_json("T2", "U1", language="it", subject="Prelievo")),
        upsert("client", client_json("U2", "陳大文", languages=["zh", "en"], region="HK")),
        upsert("ticket", ticket_json("T3", "U2", language="zh", subject="提幣一直在處理中")),
    )
    v = TicketView(cache_ctx(cache))
    qtbot.addWidget(v)
    yield v
    cache.close()


def _titles(view: TicketView) -> list[str]:
    return [view.canned.itemText(i) for i in range(1, view.canned.count())]


def test_the_ticket_language_then_the_client_s_first_and_the_person_may_change_it(
    view: TicketView,
) -> None:
    assert view.show_ticket("T1")
    assert view.canned_language.currentData() == "ja"
    assert view.canned_language.currentText() == "日本語"
    assert "The ticket is written in 日本語." in view.canned_language.toolTip()
    assert _titles(view) == [r.title for r in canned.load("ja")]

    assert view.show_ticket("T2")  # Italian: no texts, so the client's first language
    assert view.canned_language.currentData() == "ko"
    assert "client's first language" in view.canned_language.toolTip()

    assert view.show_ticket("T3")  # Chinese from Hong Kong: traditional characters
    assert view.canned_language.currentText() == "繁體中文"
    assert _titles(view)[0] == "問候 — 正在處理"

    assert view.show_ticket("T2")
    view.canned_language.setCurrentIndex(view.canned_language.findData("ar"))
    assert _titles(view) == [r.title for r in canned.load("ar")]
    greeting = next(i for i in range(view.canned.count())
                    if view.canned.itemText(i) == canned.load("ar")[0].title)
    view.canned.activated.emit(greeting)
    text = view.composer.toPlainText()
    assert "عزيزي 김민준" in text and "T2" in text and "{" not in text
