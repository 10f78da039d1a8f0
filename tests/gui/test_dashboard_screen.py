"""The dashboard over a real cache: who sees what, the cards, clicking and keying through a
bar to its tickets, export, refreshes that follow sync, the theme and the language."""

from __future__ import annotations

import csv
import random
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.screens import NOW, STAFF, apply, cache_ctx, client_json, upsert
from vipclient.domain.enums import Category, Channel, Priority, TicketStatus
from vipclient.domain.lanes import Lane
from vipclient.domain.sla import TicketSla, format_ts
from vipclient.gui import sections, theme
from vipclient.gui.dashboard.behind import BehindDialog
from vipclient.gui.dashboard.section import DashboardSection
from vipclient.gui.translations import install_translators
from vipclient.services.context import Me
from vipclient.services.dashboard import DashboardService, DashScope, FactSelection
from vipclient.services.lanes import LaneFilter, LanesService, Scope
from vipclient.store.apply import EntityChange, apply_changes
from vipclient.store.cache import Cache

CAROL = next(s for s in STAFF if s["id"] == "S3")


def _ticket(rng: random.Random, n: int, uid: str, tier: int) -> dict[str, Any]:
    """A ticket whose SLA history the real clock machine wrote: opened within the last five
    weeks, answered (sometimes late), sometimes solved."""
    priority = rng.choice(list(Priority)).value
    created = NOW - timedelta(minutes=rng.randint(10, 60 * 24 * 35))
    sla = TicketSla.for_ticket(f"VIP{tier}", priority)
    sla.start(created)
    at = created
    if rng.random() < 0.85:
        at = min(NOW, created + timedelta(minutes=rng.choice([3, 20, 90, 400, 1500])))
        sla.on_staff_reply(at, internal=False)
        if rng.random() < 0.6:
            at = min(NOW, at + timedelta(hours=rng.choice([1, 10, 60])))
            sla.on_status(TicketStatus.SOLVED, at)
    sla.check_breaches(NOW)
    return {
        "id": f"T{n:05d}", "client_uid": uid, "subject": f"Question {n}",
        "category": rng.choice(list(Category)).value, "channel": rng.choice(list(Channel)).value,
        "priority": priority, "status": sla.status.value,
        "assignee_id": rng.choice(["S1", "S1", "S2", None]), "team": None, "language": "en",
        "created_at": format_ts(created), "updated_at": format_ts(at), "version": 1,
        **sla.to_fields(),
    }


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A cache of 40 clients and 600 tickets with real SLA histories, requests, a freeze."""
    path = tmp_path_factory.mktemp("dash") / "book.sqlite3"
    cache = Cache.open(path)
    rng = random.Random(19)
    clients = [client_json(f"U{n}", f"客户 {n}", tier=1 + n % 10, manager_id=("S1", "S2")[n % 2])
               for n in range(40)]
    clients.append(client_json("UX", "=HYPERLINK(\"http://evil\")", tier=3, manager_id="S1"))
    tickets = [_ticket(rng, n, f"U{n % 40}", 1 + (n % 40) % 10) for n in range(600)]
    requests = [
        {"id": f"FR{n}", "client_uid": f"U{n}", "requester_id": ("S1", "S2")[n % 2],
         "status": "pending_approval" if n < 6 else "applied", "rule_id": "fee-deep",
         "approvals_required": 1, "approvals": [], "maker_bps": "1", "taker_bps": "2",
         "scope": "spot", "created_at": format_ts(NOW - timedelta(hours=3 * n + 0.5)),
         "updated_at": format_ts(NOW), "version": 1}
        for n in range(8)
    ]
    freeze = {"id": "FZ1", "client_uid": "UX", "status": "active", "scopes": ["withdrawals"],
              "reason_code": "phishing_report", "created_by": "S4",
              "created_at": format_ts(NOW - timedelta(days=1)), "version": 1}
    apply(cache, *(upsert("staff", dict(s, version=1)) for s in STAFF),
          *(upsert("client", c) for c in clients), *(upsert("ticket", t) for t in tickets),
          *(upsert("fee_request", r) for r in requests), upsert("freeze", freeze))
    cache.close()
    yield path


@pytest.fixture
def cache(book: Path, tmp_path: Path) -> Iterator[Cache]:
    copy = tmp_path / "c.sqlite3"
    src = sqlite3.connect(book)
    dst = sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    c = Cache.open(copy)
    yield c
    c.close()


def _screen(qtbot: QtBot, cache: Cache, me: str = "S1") -> tuple[DashboardSection, Any]:
    ctx = cache_ctx(cache, me_id=me, now=NOW)
    ctx.services["dashboard"] = DashboardService(cache, tz=None)
    screen = DashboardSection(ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 900)
    with qtbot.waitSignal(screen.refreshed, timeout=10000):
        screen.show()
    return screen, ctx


def test_every_role_has_the_dashboard_and_only_supervisors_the_team(
    qtbot: QtBot, cache: Cache
) -> None:
    for roles in (["account_manager"], ["security_officer"], ["supervisor"]):
        assert "dashboard" in [s.key for s in sections.available_sections(roles)]
    mine, _ = _screen(qtbot, cache, "S1")
    assert not mine.scope.isEnabled() and mine.scope.count() == 1
    assert mine.current_scope() == DashScope("S1", team=False)
    team, _ = _screen(qtbot, cache, "S3")
    assert team.scope.isEnabled() and team.current_scope() == DashScope("S3", team=True)
    # The person's figures are a part of the team's.
    mine_open = sum(lc.open for lc in mine.figures().lanes)  # type: ignore[union-attr]
    team_open = sum(lc.open for lc in team.figures().lanes)  # type: ignore[union-attr]
    assert 0 < mine_open < team_open
    with qtbot.waitSignal(team.refreshed, timeout=10000):
        team.scope.setCurrentIndex(0)
    assert sum(lc.open for lc in team.figures().lanes) == 0  # carol has no tickets herself


def test_the_cards_show_the_figures(qtbot: QtBot, cache: Cache) -> None:
    screen, _ = _screen(qtbot, cache, "S3")
    assert set(screen.cards) == {"lanes", "attainment", "medians", "breaches", "channel_volume",
                                 "channel_sla", "requests", "freezes", "risk_alerts"}
    figures = screen.figures()
    # The cache keeps risk alerts (every staff member may read them); none are open here.
    assert figures is not None and figures.risk_alerts == []
    lanes = screen.cards["lanes"].chart.data()  # type: ignore[union-attr]
    assert lanes is not None
    assert list(lanes.series[0].values) == [lc.open for lc in figures.lanes]
    assert screen.cards["requests"].note.text().startswith("6 waiting")
    assert screen.cards["freezes"].table.rowCount() == 1  # type: ignore[union-attr]
    assert "Updated" in screen.updated.text()


def test_the_risk_card_counts_the_open_alerts(qtbot: QtBot, cache: Cache) -> None:
    # Alerts as sync writes them.
    with cache.session() as s:
        apply_changes(s, [
            EntityChange("risk_alert", f"RA{n}", "upsert", 1, {
                "id": f"RA{n}", "client_uid": f"U{n}", "kind": "new_device_login",
                "severity": severity, "status": status, "summary": "Login from a new device",
                "details": {}, "created_at": f"2026-11-25T08:0{n}:00Z", "version": 1})
            for n, (severity, status) in enumerate([("critical", "open"), ("high", "open"),
                                                    ("high", "acknowledged"),
                                                    ("low", "dismissed")])
        ])
    screen, _ = _screen(qtbot, cache, "S3")
    card = screen.cards["risk_alerts"]
    assert card.note.text() == "3 open"
    data = card.chart.data()  # type: ignore[union-attr]
    assert data is not None and list(data.series[0].values) == [1, 1, 0, 0]  # open
    assert list(data.series[1].values) == [0, 1, 0, 0]  # acknowledged
    dialog = screen.open_behind("risk_alerts", 0, 1)  # high, open
    assert dialog is not None and dialog.table.rowCount() == 1
    # Alice manages the even-numbered clients: U0's open alert and U2's acknowledged one.
    mine, _ = _screen(qtbot, cache, "S1")
    assert mine.cards["risk_alerts"].note.text() == "2 open"


def _bar_centre(chart: Any, series: int, index: int) -> QPoint:
    """Where bar ``index`` of ``series`` is drawn, in the chart view's viewport."""
    qchart = chart.chart()
    bar_series = qchart.series()[0]
    data = chart.data()
    value = data.series[series].values[index] or 0
    drawn = len(data.categories) - 1 - index if data.horizontal else index
    # Grouped bars sit side by side around the category; aim inside this series' own bar.
    offset = (series - (len(data.series) - 1) / 2) * 0.8 / len(data.series)
    point = (QPointF(value / 2, drawn + offset) if data.horizontal
             else QPointF(drawn + offset, value / 2))
    scene = qchart.mapToScene(qchart.mapToPosition(point, bar_series))
    return chart.mapFromScene(scene)


def test_a_click_on_a_bar_lists_its_tickets_and_enter_opens_one(
    qtbot: QtBot, cache: Cache
) -> None:
    screen, _ = _screen(qtbot, cache, "S3")
    chart = screen.cards["lanes"].chart
    assert chart is not None
    opened: list[str] = []
    screen.openTicketRequested.connect(opened.append)
    at = _bar_centre(chart, 0, 1)  # VIP priority, open tickets
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.waitUntil(lambda: bool(screen.dialogs), timeout=5000)
    dialog = screen.dialogs[-1]
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=5000)
    want = DashboardService(cache).tickets(
        FactSelection(lane=Lane.VIP_PRIORITY), DashScope("S3", team=True), NOW)
    assert dialog.ids() == [r.id for r in want.rows]
    # In the lanes screen's own order.
    assert dialog.ids() == LanesService(cache).lane_index(
        LaneFilter(scope=Scope.ALL), NOW).ids[Lane.VIP_PRIORITY][:500]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert opened == [dialog.ids()[1]]


def test_the_keyboard_reaches_every_bar(qtbot: QtBot, cache: Cache) -> None:
    screen, _ = _screen(qtbot, cache, "S3")
    chart = screen.cards["breaches"].chart
    assert chart is not None
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(chart, Qt.Key.Key_End)  # VIP10
    qtbot.keyClick(chart, Qt.Key.Key_Down)  # the second category: withdrawal
    assert chart.current_item() == (1, 9)
    assert chart.accessibleDescription().startswith("VIP10 · Withdrawal: ")
    qtbot.keyClick(chart, Qt.Key.Key_Return)
    dialog = screen.dialogs[-1]
    want = DashboardService(cache).tickets(FactSelection(
        (1, 2, 3), screen.figures().days[0].start,  # type: ignore[union-attr]
        screen.figures().days[-1].end, met=False, tier=10,  # type: ignore[union-attr]
        category="withdrawal"), DashScope("S3", team=True), NOW)
    qtbot.waitUntil(lambda: dialog.count.text() != "Loading…", timeout=5000)
    assert dialog.ids() == [r.id for r in want.rows]
    # A ticket may have missed more than one clock: fewer tickets than breaches, not none.
    breached = screen.figures().breaches.get((10, "withdrawal"), 0)  # type: ignore[union-attr]
    assert 0 < want.total <= breached


def test_each_card_exports_a_png_and_its_data_as_csv(
    qtbot: QtBot, cache: Cache, tmp_path: Path
) -> None:
    screen, _ = _screen(qtbot, cache, "S3")
    for key, card in screen.cards.items():
        png, sheet = tmp_path / f"{key}.png", tmp_path / f"{key}.csv"
        assert card.export_png(png)
        assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") and png.stat().st_size > 2000
        card.export_csv(sheet)
        raw = sheet.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: Excel reads it as UTF-8
        with open(sheet, encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        assert card.content is not None
        assert rows[0] == card.content.data.header
        assert len(rows) == len(card.content.data.rows) + 1
    with open(tmp_path / "freezes.csv", encoding="utf-8-sig", newline="") as f:
        frozen = list(csv.reader(f))[1]
    # A client name that a spreadsheet would run as a formula stays text.
    assert frozen[0].startswith("'=HYPERLINK")


def test_the_export_menu_asks_where_to_save(qtbot: QtBot, cache: Cache, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    screen, _ = _screen(qtbot, cache, "S3")
    card = screen.cards["attainment"]
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(tmp_path / "sla"), ""))
    card.csv_action.trigger()
    card.png_action.trigger()
    assert (tmp_path / "sla.csv").exists() and (tmp_path / "sla.png").exists()


def test_changes_from_sync_refresh_a_shown_dashboard_and_wait_for_a_hidden_one(
    qtbot: QtBot, cache: Cache
) -> None:
    screen, ctx = _screen(qtbot, cache, "S3")
    before = screen.figures()
    assert before is not None
    late = dict(_ticket(random.Random(1), 9999, "U9", 10), status="new", assignee_id="S2",
                first_responded_at=None, created_at=format_ts(NOW - timedelta(hours=5)))
    apply(cache, upsert("ticket", late))
    screen.hide()
    ctx.sync.changesApplied.emit({"ticket"})
    qtbot.wait(700)
    assert screen.figures() is before  # hidden: nothing read
    with qtbot.waitSignal(screen.refreshed, timeout=10000):
        screen.show()
    opened = sum(ch.opened for ch in screen.figures().channels)  # type: ignore[union-attr]
    assert opened == sum(ch.opened for ch in before.channels) + 1
    apply(cache, upsert("ticket", dict(late, id="T99998")))
    with qtbot.waitSignal(screen.refreshed, timeout=10000):
        ctx.sync.changesApplied.emit({"ticket"})
    assert sum(ch.opened for ch in screen.figures().channels) == opened + 1  # type: ignore


def test_charts_take_the_themes_colours(qtbot: QtBot, cache: Cache) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    screen, _ = _screen(qtbot, cache, "S3")
    try:
        for choice, colors in (("dark", theme.DARK), ("light", theme.LIGHT)):
            with qtbot.waitSignal(screen.refreshed, timeout=10000):
                theme.apply_theme(app, choice)
            data = screen.cards["lanes"].chart.data()  # type: ignore[union-attr]
            assert data is not None
            assert [s.color for s in data.series] == [colors.chart_1, colors.sla_red]
    finally:
        theme.apply_theme(app, "system")


def test_the_dashboard_in_chinese(qtbot: QtBot, cache: Cache) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "zh_CN")
    try:
        screen, _ = _screen(qtbot, cache, "S3")
        assert screen.scope.itemText(1) == "团队"
        titles = {k: c.chart.data().title for k, c in screen.cards.items()  # type: ignore
                  if c.chart is not None}
        assert titles["lanes"] == "各通道未结工单"
        assert titles["attainment"] == "每日 SLA 达标率（%）"
        data = screen.cards["lanes"].chart.data()  # type: ignore[union-attr]
        assert data is not None and data.categories[0] == "紧急"
        assert screen.updated.text().startswith("更新于")
    finally:
        install_translators(app, "en")


def test_a_dialog_for_rows_at_hand(qtbot: QtBot, cache: Cache) -> None:
    screen, _ = _screen(qtbot, cache, "S1")
    dialog = screen.open_behind("requests", 0, 2)  # fee requests waiting 4–24 h
    assert isinstance(dialog, BehindDialog)
    assert dialog.table.rowCount() == 2  # alice's among FR2…FR5 (hours 6.5 and 12.5)
    assert {dialog.table.item(r, 1).text() for r in range(2)} == {"FR2", "FR4"}


def test_a_person_who_is_no_supervisor_cannot_pick_the_team(
    qtbot: QtBot, cache: Cache
) -> None:
    ctx = cache_ctx(cache, me_id="S1", now=NOW)
    ctx.me = replace(ctx.me, roles=frozenset({"account_manager", "security_officer"}))
    screen = DashboardSection(ctx)
    qtbot.addWidget(screen)
    assert [screen.scope.itemText(i) for i in range(screen.scope.count())] == ["Mine"]
    assert isinstance(ctx.me, Me)
