"""A ticket change reaches the lane model through the patch path: only the changed ticket is
placed again and moved row by row (no reset), at its sorted place, before any full recompute."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from tests.gui.test_lanes_live import _client_of_tier, _expected_order, _lanes
from tests.support.screens import live_desk, server_ticket
from vipclient.domain.lanes import Lane
from vipclient.gui.lanes.section import LanesSection
from vipclient.services.lanes import truncate_now


def _only_patches(section: LanesSection) -> None:
    """The full recompute waits (debounce and re-index far away): only a patch can move rows."""
    section._reindex_timer.stop()
    section._debounce.setInterval(600_000)
    section._reindex_timer.stop()


def _urgent_ticket_on_screen(qtbot: QtBot, srv: Any, ctx: Any,
                             subject: str) -> tuple[LanesSection, str]:
    """A new urgent ticket of a low-tier client, shown in Emergency, the section idle and left
    to move rows by patches only."""
    section = _lanes(qtbot, ctx)
    uid = _client_of_tier(ctx, range(1, 5))
    tid = server_ticket(srv, uid, subject=subject, priority="urgent", category="withdrawal")
    qtbot.waitUntil(lambda: section.index() is not None
                    and tid in section.index().ids[Lane.EMERGENCY], timeout=15_000)
    section.set_lane(Lane.EMERGENCY)
    qtbot.waitUntil(lambda: section.model.row_of(tid) >= 0, timeout=5_000)
    qtbot.waitUntil(lambda: not section._running and not section._debounce.isActive(),
                    timeout=5_000)
    _only_patches(section)
    return section, tid


def test_a_new_ticket_is_patched_into_its_place(qtbot: QtBot, qtmodeltester: Any) -> None:
    with live_desk(clients=25) as (srv, ctx):
        section = _lanes(qtbot, ctx)
        section.set_lane(Lane.EMERGENCY)
        qtmodeltester.check(section.model)
        qtbot.waitUntil(lambda: not section._running and not section._debounce.isActive(),
                        timeout=5_000)
        _only_patches(section)
        full_before = section.index()
        resets: list[int] = []
        inserts: list[tuple[int, int]] = []
        section.model.modelReset.connect(lambda: resets.append(1))
        section.model.rowsInserted.connect(lambda _p, a, b: inserts.append((a, b)))
        refreshed: list[int] = []
        section.refreshed.connect(lambda: refreshed.append(1))

        uid = _client_of_tier(ctx, range(1, 5))
        tid = server_ticket(srv, uid, subject="Withdrawal stuck", priority="urgent",
                            category="withdrawal")
        qtbot.waitUntil(lambda: section.model.row_of(tid) >= 0, timeout=15_000)

        assert not refreshed and section.index() is full_before  # no full recompute ran
        assert not resets
        row = section.model.row_of(tid)
        assert (row, row) in inserts
        now = truncate_now(section.index().now)  # type: ignore[union-attr]
        assert section.model.ids() == _expected_order(ctx, Lane.EMERGENCY, now)
        assert str(section.index().count(Lane.EMERGENCY)) in section.tabs.tabText(0)  # type: ignore[union-attr]
        qtmodeltester.check(section.model)


def test_a_solved_ticket_is_patched_out(qtbot: QtBot) -> None:
    from vipclient.domain.enums import TicketStatus
    from vipclient.sandbox import ticketing
    from vipclient.sandbox.db import Ticket

    with live_desk(clients=25) as (srv, ctx):
        section, tid = _urgent_ticket_on_screen(qtbot, srv, ctx, "Deposit missing")
        count = section.model.rowCount()

        with srv.sandbox.transaction() as s:
            ticket = s.get(Ticket, tid)
            assert ticket is not None
            ticketing.set_status(s, ticket, TicketStatus.SOLVED, "S1")
        qtbot.waitUntil(lambda: section.model.row_of(tid) < 0, timeout=15_000)
        assert section.model.rowCount() == count - 1
        now = truncate_now(section.index().now)  # type: ignore[union-attr]
        assert section.model.ids() == _expected_order(ctx, Lane.EMERGENCY, now)


def test_a_full_index_read_before_a_change_is_patched_when_it_lands(qtbot: QtBot) -> None:
    """A full recompute that started before a change finishes after the change's patch: the
    stale index would show the solved ticket again until the next recompute (half a second
    later in the benchmark). Landing, it is patched at once."""
    from vipclient.domain.enums import TicketStatus
    from vipclient.sandbox import ticketing
    from vipclient.sandbox.db import Ticket

    with live_desk(clients=25) as (srv, ctx):
        section, tid = _urgent_ticket_on_screen(qtbot, srv, ctx, "Card payment failed")
        filt = section.current_filter()
        # The full read that was under way when the change came: made before it.
        stale = section._lanes.lane_index(filt, ctx.now())
        values = section._lanes.filter_values()

        with srv.sandbox.transaction() as s:
            ticket = s.get(Ticket, tid)
            assert ticket is not None
            ticketing.set_status(s, ticket, TicketStatus.SOLVED, "S1")
        qtbot.waitUntil(lambda: section.model.row_of(tid) < 0, timeout=15_000)  # patched out

        section._running = True
        generation = section._latest = section._latest + 1
        section._apply(generation, filt, stale, values)  # the stale read lands
        assert section.index() is stale
        qtbot.waitUntil(lambda: section.model.row_of(tid) < 0, timeout=2_000)
        now = truncate_now(section.index().now)  # type: ignore[union-attr]
        assert section.model.ids() == _expected_order(ctx, Lane.EMERGENCY, now)
