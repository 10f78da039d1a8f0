"""The lanes screen over a cache: tabs with counts and breaches, filters, keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.support.screens import NOW, STAFF, apply, cache_ctx, client_json, ticket_json, upsert
from vipclient.domain.lanes import Lane
from vipclient.gui.lanes.section import LanesSection
from vipclient.services.lanes import Scope
from vipclient.store.cache import Cache

H = timedelta(hours=1)


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = Cache.open(tmp_path / "c.sqlite3")
    apply(
        c,
        *(upsert("staff", dict(s, version=1)) for s in STAFF),
        upsert("client", client_json("U1", "王小明", tier=9)),
        upsert("client", client_json("U2", "Anna Smith", tier=2, manager_id="S2")),
        # Emergency: urgent security (due soon) and a breached VIP9 ticket.
        upsert("ticket", ticket_json("E1", "U2", tier=2, priority="urgent",
                                     category="account_security", subject="Hacked?",
                                     language="zh", assignee_id="S1")),
        upsert("ticket", ticket_json("E2", "U1", tier=9, created=NOW - 2 * H,
                                     subject="Late one", channel="email")),
        # VIP priority, standard, escalated, waiting.
        upsert("ticket", ticket_json("V1", "U1", tier=9, subject="Fees", category="fees")),
        upsert("ticket", ticket_json("S1", "U2", tier=2, subject="KYC", category="kyc",
                                     assignee_id="S2")),
        upsert("ticket", ticket_json("S2", "U2", tier=2, subject="Older KYC", category="kyc",
                                     created=NOW - 3 * H)),
        upsert("ticket", ticket_json("X1", "U2", tier=2, status="escalated", subject="Risk")),
        upsert("ticket", ticket_json("W1", "U2", tier=2, status="pending_client",
                                     responded=True, subject="Waiting")),
        upsert("ticket", ticket_json("D1", "U2", tier=2, status="solved", subject="Done")),
    )
    yield c
    c.close()


def _screen(qtbot: QtBot, cache: Cache) -> tuple[LanesSection, Any]:
    ctx = cache_ctx(cache, now=NOW)
    screen = LanesSection(ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen.index() is not None, timeout=5000)
    return screen, ctx


def _subjects(screen: LanesSection) -> list[str]:
    m = screen.model
    return [m.data(m.index(r, 3)) for r in range(m.rowCount())]


def test_tabs_count_tickets_and_breaches_and_lanes_hold_their_tickets(
    qtbot: QtBot, cache: Cache
) -> None:
    screen, _ = _screen(qtbot, cache)
    assert screen.tabs.tabText(0) == "Emergency 2 · 1 late"
    assert screen.tabs.tabText(1) == "VIP priority 1"
    assert _subjects(screen) == ["Late one", "Hacked?"]  # breached VIP9 first
    screen.set_lane(Lane.STANDARD)
    assert _subjects(screen) == ["Older KYC", "KYC"]  # less time left first
    screen.set_lane(Lane.ESCALATED)
    assert _subjects(screen) == ["Risk"]
    screen.set_lane(Lane.WAITING_ON_CLIENT)
    assert _subjects(screen) == ["Waiting"]
    row = screen.model.index(0, 0)
    assert screen.model.data(row) == "—"  # nothing counts down while waiting


def test_keyboard_switches_lanes_moves_and_opens(qtbot: QtBot, cache: Cache) -> None:
    screen, _ = _screen(qtbot, cache)
    screen.table.setFocus()
    screen._step(1)  # Ctrl+PgDown
    assert screen.lane() is Lane.VIP_PRIORITY and screen.tabs.currentIndex() == 1
    screen.set_lane(Lane.STANDARD)
    qtbot.keyClick(screen.table, Qt.Key.Key_Down)
    assert screen.table.currentIndex().row() == 1
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert screen.ticket_view.ticket_id() == "S1"
    qtbot.keyClick(screen.table, Qt.Key.Key_Up)
    assert screen.ticket_view.ticket_id() == "S2"


def test_filters_mine_unassigned_language_channel(qtbot: QtBot, cache: Cache) -> None:
    screen, _ = _screen(qtbot, cache)

    def pick(combo: Any, data: Any) -> None:
        with qtbot.waitSignal(screen.refreshed, timeout=5000):
            combo.setCurrentIndex(combo.findData(data))

    pick(screen.scope, Scope.MINE)
    index = screen.index()
    assert index is not None
    assert [t for lane in Lane for t in index.ids[lane]] == ["E1"]
    pick(screen.scope, Scope.UNASSIGNED)
    assert "E1" not in screen.index().ids[Lane.EMERGENCY]  # type: ignore[union-attr]
    assert screen.index().ids[Lane.STANDARD] == ["S2"]  # type: ignore[union-attr]
    pick(screen.scope, Scope.ALL)
    pick(screen.channel, "email")
    assert screen.index().ids[Lane.EMERGENCY] == ["E2"]  # type: ignore[union-attr]
    pick(screen.channel, None)
    pick(screen.language, "zh")
    assert screen.index().ids[Lane.EMERGENCY] == ["E1"]  # type: ignore[union-attr]


def test_a_vip7_breach_on_screen_moves_the_ticket_to_emergency_at_once(
    qtbot: QtBot, cache: Cache
) -> None:
    screen, ctx = _screen(qtbot, cache)
    screen.set_lane(Lane.VIP_PRIORITY)
    assert screen.model.ids() == ["V1"]  # VIP9 normal: first response due in 30 min
    ctx.now = lambda: NOW + timedelta(minutes=31)
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        screen._tick()
    assert "V1" in screen.index().ids[Lane.EMERGENCY]  # type: ignore[union-attr]
    assert screen.model.ids() == []


def test_show_ticket_selects_it_in_its_lane_and_countdown_ticks(qtbot: QtBot,
                                                                 cache: Cache) -> None:
    screen, ctx = _screen(qtbot, cache)
    assert screen.show_ticket("S2")
    assert screen.lane() is Lane.STANDARD
    assert screen.model.id_at(screen.table.currentIndex().row()) == "S2"
    cell = screen.model.index(screen.model.row_of("S2"), 0)
    before = screen.model.data(cell)
    ctx.now = lambda: NOW + timedelta(minutes=61)  # VIP2 normal: 4 h from NOW-3h
    painted: list[int] = []
    screen.model.dataChanged.connect(lambda a, b, _r=None: painted.append(a.column()))
    screen._tick()
    assert painted == [0]
    assert screen.model.data(cell) != before and str(screen.model.data(cell)).startswith("−")
