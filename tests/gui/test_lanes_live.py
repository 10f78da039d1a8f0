"""The lanes screen over the real sandbox and sync engine: new tickets land in the right lane
at the right place, and breaches show when the sandbox clock moves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support.gui import advance_clock
from tests.support.screens import live_desk, server_ticket
from vipclient.domain.enums import Tier
from vipclient.domain.lanes import Lane, SlaState, place
from vipclient.gui.lanes.model import LaneModel
from vipclient.gui.lanes.section import LanesSection
from vipclient.gui.theme import sla_color
from vipclient.services.lanes import truncate_now
from vipclient.store.models import ClientRow, TicketRow


def _client_of_tier(ctx: Any, levels: range) -> str:
    with ctx.cache.read_session() as s:
        uid = s.scalars(
            select(ClientRow.uid).where(ClientRow.tier.in_(list(levels)),
                                        ClientRow.status == "active").order_by(ClientRow.uid)
        ).first()
    assert uid is not None
    return str(uid)


def _expected_order(ctx: Any, lane: Lane, now: Any) -> list[str]:
    """The lane's order by the pure rules, over every ticket in the cache."""
    import json

    placed = []
    with ctx.cache.read_session() as s:
        for row in s.scalars(select(TicketRow)):
            data = json.loads(row.data)
            tier = Tier.from_level(row.client_tier if row.client_tier else 1)
            p = place(data, tier, now)
            if p.lane is lane:
                due = p.sla.due_at.isoformat() if p.sla.due_at else "~"
                placed.append((-p.score, p.sla.due_at is None, due, row.created_at or "", row.id))
    return [t[-1] for t in sorted(placed)]


def _lanes(qtbot: QtBot, ctx: Any) -> LanesSection:
    section = LanesSection(ctx)
    qtbot.addWidget(section)
    section.resize(1300, 700)
    section.show()
    qtbot.waitUntil(lambda: section.index() is not None, timeout=10_000)
    return section


def test_a_new_urgent_withdrawal_lands_in_emergency_at_its_place(qtbot: QtBot) -> None:
    with live_desk(clients=25) as (srv, ctx):
        section = _lanes(qtbot, ctx)
        uid = _client_of_tier(ctx, range(1, 5))
        tid = server_ticket(srv, uid, subject="Withdrawal not received", priority="urgent",
                            category="withdrawal")
        qtbot.waitUntil(lambda: section.index() is not None
                        and tid in section.index().ids[Lane.EMERGENCY], timeout=15_000)
        section.set_lane(Lane.EMERGENCY)
        now = truncate_now(section.index().now)
        assert section.model.ids() == _expected_order(ctx, Lane.EMERGENCY, now)
        row = section.model.row_of(tid)
        assert section.model.data(section.model.index(row, LaneModel.SUBJECT)) == \
            "Withdrawal not received"
        # The tab says how many tickets the lane holds.
        assert str(section.index().count(Lane.EMERGENCY)) in section.tabs.tabText(0)


def test_a_normal_ticket_goes_to_its_tier_lane_and_turns_red_when_breached(
    qtbot: QtBot,
) -> None:
    with live_desk(clients=25) as (srv, ctx):
        section = _lanes(qtbot, ctx)
        uid = _client_of_tier(ctx, range(7, 8))  # VIP7: a breach makes it an emergency
        tid = server_ticket(srv, uid, subject="Question about API keys", category="api")
        qtbot.waitUntil(lambda: section.index() is not None
                        and tid in section.index().ids[Lane.VIP_PRIORITY], timeout=15_000)
        section.set_lane(Lane.VIP_PRIORITY)
        now = truncate_now(section.index().now)
        assert section.model.ids() == _expected_order(ctx, Lane.VIP_PRIORITY, now)
        row = section.model.row_of(tid)
        cell = section.model.index(row, LaneModel.SLA)
        assert not str(section.model.data(cell)).startswith("−")

        # VIP7 normal: first response within 1 h. Move the platform's clock past it.
        advance_clock(srv, 3600 + 120)
        qtbot.waitUntil(lambda: tid in section.index().ids[Lane.EMERGENCY], timeout=20_000)
        section.set_lane(Lane.EMERGENCY)
        row = section.model.row_of(tid)
        cell = section.model.index(row, LaneModel.SLA)
        assert str(section.model.data(cell)).startswith("−")
        brush = section.model.data(cell, Qt.ItemDataRole.ForegroundRole)
        assert brush.color().name() == sla_color("red")
        reading = section.model.row_at(row).sla(ctx.now())  # type: ignore[union-attr]
        assert reading.state is SlaState.BREACHED
        assert section.index().breached[Lane.EMERGENCY] >= 1
        assert "late" in section.tabs.tabText(0)
