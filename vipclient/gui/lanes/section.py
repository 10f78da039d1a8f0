"""The Lanes screen: five priority lanes with counts and breaches, the chosen lane's tickets
(ordered by priority score) and the open ticket beside them.

The lane index (ids per lane) is computed by the cache off the UI thread, after each applied
page of changes, each outbox change and every 30 s (SLA clocks move tickets between lanes as
they breach). A small page of ticket changes is shown first through a patch: only the tickets
whose cache row changed since the index was read are placed again (off the UI thread) and
moved in the model row by row; the full recompute still follows and has the last word.
Switching lanes only swaps the id list the model shows. One timer repaints the countdown
column of the visible rows every second without touching the database.
"""

from __future__ import annotations

import itertools
from functools import partial
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipclient.domain.lanes import EMERGENCY_BREACH_MIN_LEVEL, Lane, SlaState
from vipclient.gui import accessible, shortcuts, words
from vipclient.gui.lanes.format import lane_title
from vipclient.gui.lanes.model import LaneModel
from vipclient.gui.notifications import NoticeBar, Notifier
from vipclient.gui.tickets import services
from vipclient.gui.views import (
    choose_data,
    list_and_detail,
    list_table,
    select_row,
)
from vipclient.gui.words import word
from vipclient.i18n import translate
from vipclient.services.lanes import (
    OPENING_LANE,
    LaneFilter,
    LaneIndex,
    LanePatch,
    Scope,
    WatchItem,
)

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from vipclient.gui.tickets.view import TicketView
    from vipclient.services.context import AppContext
    from vipclient.warm_start import WarmLanes

LANES = list(Lane)
REINDEX_EVERY_MS = 30_000
#: More changed tickets than this since the index was read: wait for the full recompute.
PATCH_LIMIT = 200
#: Entities whose changes a patch covers (lanes read only ticket rows; a message changes its
#: ticket's row too). Anything else (a client's tier, the outbox…) waits for the full index.
PATCHABLE = frozenset({"ticket", "message"})


class LaneTable(QTableView):
    """Enter opens the current ticket (the view's default Enter would start editing).

    It also says when its rows were first painted. Watching ``viewport()`` would do, but
    the first call of ``viewport()`` costs 9 ms at start (PySide resolves the viewport's
    type by loading some seventy enum types); the view paints its viewport in its own
    ``paintEvent``."""

    activatedRow = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._after_paint: Callable[[], None] | None = None

    def after_next_paint(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once, just after the rows are next painted."""
        self._after_paint = callback

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        callback, self._after_paint = self._after_paint, None
        if callback is not None:
            QTimer.singleShot(0, callback)  # after the paint has finished, not inside it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if shortcuts.matches(event, "lanes.open") and self.currentIndex().isValid():
            self.activatedRow.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class LanesSection(QWidget):
    refreshed = Signal()  # a new lane index is shown (tests wait for it)
    firstPainted = Signal()  # the first lanes are on screen (later start-up work waits for it)
    patched = Signal()  # a patch of changed tickets is shown
    openClientRequested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._lanes = services.lanes(ctx)
        self._index: LaneIndex | None = None
        self._lane = OPENING_LANE
        self._shown_lane: Lane | None = None
        self._generation = itertools.count(1)
        self._latest = 0
        self._pending_select: str | None = None
        self._pending_since = 0  # the last index generation asked for when it was set
        self._index_generation = 0
        self._running = False
        self._again = False
        self._patching = False
        self._patch_again = False
        self._painted = False
        self._values_filled = False
        self._watch_serial = 0

        self.scope = QComboBox()
        self.scope.addItem(translate("Lanes", "All tickets"), Scope.ALL)
        self.scope.addItem(translate("Lanes", "Mine"), Scope.MINE)
        self.scope.addItem(translate("Lanes", "Unassigned"), Scope.UNASSIGNED)
        self.language = QComboBox()
        self.language.addItem(translate("Lanes", "Any language"), None)
        self.channel = QComboBox()
        self.channel.addItem(translate("Lanes", "Any channel"), None)
        for combo in (self.scope, self.language, self.channel):
            combo.currentIndexChanged.connect(self._filters_changed)
        accessible.describe(self.scope, translate("Lanes", "Whose tickets"), translate(
            "Lanes", "Shows all tickets, yours or the unassigned ones"))
        accessible.describe(self.language, translate("Lanes", "Language"), translate(
            "Lanes", "Shows only tickets written in this language"))
        accessible.describe(self.channel, translate("Lanes", "Channel"), translate(
            "Lanes", "Shows only tickets that came by this channel"))

        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(True)
        for n, lane in enumerate(LANES, start=1):
            self.tabs.addTab(lane_title(lane))
            self.tabs.setTabToolTip(n - 1, translate("Lanes", "Tickets of this lane · {key}")
                                    .format(key=shortcuts.get("lanes.lane").display_keys()[n - 1]))
        self.tabs.currentChanged.connect(lambda i: self.set_lane(LANES[i]))
        accessible.describe(self.tabs, translate("Lanes", "Lanes"), translate(
            "Lanes", "Each lane with its count of tickets and of late ones; Alt+1 to Alt+5"))

        self.notice_bar = NoticeBar(self)
        self.notifier = Notifier(self.notice_bar, parent=self)
        self.notifier.openRequested.connect(self.show_ticket)

        self.model = LaneModel(self._lanes.rows, lambda: self._ctx.now(), self)
        self.table = LaneTable()
        self.table.setModel(self.model)
        accessible.describe(self.table, translate("Lanes", "Tickets of the lane"), translate(
            "Lanes", "SLA time left first; Enter opens the ticket"))
        list_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LaneModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for col, width in ((LaneModel.SLA, 110), (LaneModel.CLIENT, 140), (LaneModel.TIER, 55),
                           (LaneModel.LANGUAGE, 72), (LaneModel.CHANNEL, 60),
                           (LaneModel.ASSIGNEE, 110)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activatedRow.connect(self._open_row)
        self.table.doubleClicked.connect(lambda idx: self._open_row(idx.row()))

        # The ticket pane: a line until the first ticket opens, then the ticket view (built
        # then, not at start: with its files and help panel it is not part of the first paint).
        self._ticket_view: TicketView | None = None
        self.detail = QStackedWidget()
        self.detail.setMinimumWidth(380)
        self.no_ticket = QLabel(translate("Lanes", "Choose a ticket to read it here."))
        self.no_ticket.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.addWidget(self.no_ticket)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(translate("Lanes", "Show:")))
        filters.addWidget(self.scope)
        filters.addWidget(self.language)
        filters.addWidget(self.channel)
        filters.addStretch(1)
        split = list_and_detail(
            [filters, self.tabs, self.table, self.empty_label], self.detail, (900, 500)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice_bar)
        layout.addWidget(split, 1)

        for n, lane in enumerate(LANES):
            shortcuts.bind("lanes.lane", self, partial(self.set_lane, lane), index=n)
        shortcuts.bind("lanes.next", self, lambda: self._step(1))
        shortcuts.bind("lanes.previous", self, lambda: self._step(-1))

        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(1000)
        self._tick_timer.timeout.connect(self._tick)
        self._tick_timer.start()
        self._reindex_timer = QTimer(self)
        self._reindex_timer.setInterval(REINDEX_EVERY_MS)
        self._reindex_timer.timeout.connect(self.refresh)
        self._reindex_timer.start()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        services.connect_changes(ctx, self._on_changes)
        services.connect_outbox(ctx, lambda *_: self._debounce.start(), self)
        self._update_tabs()
        self.refresh()

    # --- public ---

    def lane(self) -> Lane:
        return self._lane

    def index(self) -> LaneIndex | None:
        return self._index

    def set_lane(self, lane: Lane) -> None:
        self._lane = lane
        if self.tabs.currentIndex() != LANES.index(lane):
            self.tabs.setCurrentIndex(LANES.index(lane))  # re-enters through currentChanged
            return
        ids = self._index.ids[lane] if self._index else []
        if lane is not self._shown_lane or self.model.rowCount() == 0:
            # Another lane is another list: a reset, then the first ticket is current.
            self._shown_lane = lane
            self.model.replace_ids(ids)
            self._show_empty()
            if self.model.rowCount():
                self.table.selectRow(0)

    def show_ticket(self, ticket_id: str) -> bool:
        """Open ``ticket_id`` beside the lanes and select it in its lane (once placed)."""
        shown = self.ticket_view.show_ticket(ticket_id)
        self._pending_select = ticket_id
        self._pending_since = self._latest
        self._select_pending()
        return shown

    def view_state(self) -> dict[str, Any]:
        """What the person set up here, for the same screen built again (another language)."""
        return {"lane": self._lane, "ticket": self._ticket_view.ticket_id()
                if self._ticket_view is not None else None,
                "filters": [c.currentData() for c in (self.scope, self.language, self.channel)]}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        for combo, value in zip((self.scope, self.language, self.channel), state["filters"],
                                strict=True):
            choose_data(combo, value)
        self.set_lane(state["lane"])
        if state["ticket"] is not None:
            self.show_ticket(state["ticket"])

    def current_filter(self) -> LaneFilter:
        return LaneFilter(
            scope=str(self.scope.currentData()),
            me_id=self._ctx.me.id,
            language=self.language.currentData(),
            channel=self.channel.currentData(),
        )

    def refresh(self) -> None:
        """Recompute the lane index off the UI thread (one at a time; the last ask wins)."""
        warm = self._ctx.services.pop("lanes.warm", None)
        if warm is not None and not self._running:
            self._from_warm_start(warm)
            return
        if self._running:
            self._again = True
            return
        self._running = True
        generation = next(self._generation)
        self._latest = generation
        filt = self.current_filter()
        now = self._ctx.now()
        lanes = self._lanes

        def work() -> tuple[LaneIndex, tuple[list[str], list[str]]]:
            return lanes.lane_index(filt, now), lanes.filter_values()

        self._ctx.run_in_background(
            work,
            lambda result: self._apply(generation, filt, *result),
            self._failed,
        )

    def _from_warm_start(self, warm: Callable[[], WarmLanes | None]) -> None:
        """The lanes placed while Qt loaded (warm_start.py), taken as this refresh's answer
        when they are for the filter shown; otherwise the cache is asked as usual."""
        generation = next(self._generation)
        self._latest = generation
        self._running = True

        def take(lanes: WarmLanes | None) -> None:
            if lanes is not None and lanes.filter == self.current_filter():
                self._apply(generation, lanes.filter, lanes.index, None)
                if self._shown_lane is OPENING_LANE:
                    self.model.seed(lanes.rows)
            elif shiboken6.isValid(self):
                self._running = False
                self.refresh()

        self._ctx.run_in_background(warm, take, self._failed)

    def _watch(self, now: datetime) -> None:
        """What the person must hear about, read after the lanes are shown (as long again
        as the lane index: the lanes must not wait for it)."""
        serial = self._watch_serial = self._watch_serial + 1
        lanes, me = self._lanes, self._ctx.me.id
        self._ctx.run_in_background(
            lambda: lanes.watch_list(me, now),
            lambda watch: self._notify(serial, watch),
            self._watch_failed,
        )

    def _watch_failed(self, exc: BaseException) -> None:
        from vipclient.gui.workers import report_unhandled

        report_unhandled(exc)

    def _notify(self, serial: int, watch: list[WatchItem]) -> None:
        if not shiboken6.isValid(self) or serial != self._watch_serial:
            return
        if self._first_sync_running() or not self._notifications_on():
            self.notifier.prime(watch)
        else:
            self.notifier.consider(watch)

    # --- internals ---

    def _failed(self, exc: BaseException) -> None:
        from vipclient.gui.workers import report_unhandled

        self._running = False
        report_unhandled(exc)
        self._run_again()

    def _run_again(self) -> None:
        if self._again:
            self._again = False
            self.refresh()

    def _apply(self, generation: int, filt: LaneFilter, index: LaneIndex,
               values: tuple[list[str], list[str]] | None) -> None:
        if not shiboken6.isValid(self):
            return  # the screen was closed while the query ran
        self._running = False
        try:
            # An answer for filters no longer chosen is not shown; one for the current
            # filters is, even when newer changes wait (they come with the next run).
            if generation == self._latest and filt == self.current_filter():
                self._index_generation = generation
                self._show_index(index, values)
        finally:
            self._run_again()

    @property
    def ticket_view(self) -> TicketView:
        """The ticket pane's view, made the first time a ticket is opened."""
        if self._ticket_view is None:
            from vipclient.gui.tickets.view import TicketView

            view = TicketView(self._ctx, self.detail)
            view.openClient.connect(self._open_client)
            self.detail.addWidget(view)
            self.detail.setCurrentWidget(view)
            self._ticket_view = view
        return self._ticket_view

    def _first_paint(self, now: datetime) -> None:
        if shiboken6.isValid(self):
            self.firstPainted.emit()
            self._select_first()
            self._after_index(now)
            if not self._values_filled:  # the warm start's lanes came without them
                self._ctx.run_in_background(
                    self._lanes.filter_values, self._values_read, self._watch_failed)

    def _select_first(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid() \
                and self._pending_select is None:
            self.table.selectRow(0)

    def _show_index(self, index: LaneIndex,
                    values: tuple[list[str], list[str]] | None) -> None:
        """``values``: the filter menus' choices (None: read after the first frame)."""
        self._index = index
        if values is not None:
            self._fill_values(*values)
        self._update_tabs()
        if self._shown_lane is self._lane:
            self.model.set_ids(index.ids[self._lane])
        else:
            self._shown_lane = self._lane
            self.model.replace_ids(index.ids[self._lane])
        self._show_empty()
        self._select_pending()
        self.refreshed.emit()
        if not self._painted and self.table.isVisible():
            # The first lanes go on screen before the first ticket opens beside them, and
            # before the reads that follow an index (they would share the interpreter with
            # that frame): _first_paint runs them.
            self._painted = True
            self.table.after_next_paint(lambda: self._first_paint(index.now))
            return
        self._select_first()
        self._after_index(index.now)

    def _after_index(self, now: datetime) -> None:
        self._watch(now)
        # The index was read a moment ago: tickets changed since then (a patch may have shown
        # them already, on the index this one replaces) are placed again at once, not at the
        # next full read.
        self.patch()

    def _notifications_on(self) -> bool:
        """The person's setting (on unless they turned it off)."""
        try:
            return bool(self._ctx.settings.get("notifications"))
        except (AttributeError, KeyError):
            return True

    def _first_sync_running(self) -> bool:
        status = getattr(self._ctx.sync, "status", None)
        return getattr(status, "state", None) == "syncing"

    def _values_read(self, values: tuple[list[str], list[str]]) -> None:
        if shiboken6.isValid(self):
            self._fill_values(*values)

    def _fill_values(self, languages: list[str], channels: list[str]) -> None:
        self._values_filled = True

        def channel(value: str) -> str:
            return word(words.CHANNEL, value)

        for combo, values, shown in ((self.language, languages, str),
                                     (self.channel, channels, channel)):
            have = [combo.itemData(i) for i in range(1, combo.count())]
            if have == values:
                continue
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for v in values:
                combo.addItem(shown(v), v)
            at = combo.findData(current)
            combo.setCurrentIndex(at if at >= 0 else 0)
            combo.blockSignals(False)

    def _update_tabs(self) -> None:
        for i, lane in enumerate(LANES):
            if self._index is None:
                self.tabs.setTabText(i, lane_title(lane))
                continue
            count, breached = self._index.count(lane), self._index.breached[lane]
            text = f"{lane_title(lane)} {count}"
            if breached:
                text += " · " + self.tr("%n late", "", breached)
            self.tabs.setTabText(i, text)
            tip = [self.tr("%n tickets", "", count)]
            if breached:
                tip.append(self.tr("%n with a breached SLA", "", breached))
            self.tabs.setTabToolTip(i, " · ".join([*tip, f"Alt+{i + 1}"]))

    def _show_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        if empty:
            self.empty_label.setText(
                translate(
                    "Lanes", "Loading…") if self._index is None else translate("Lanes", "No "
                        "tickets in this lane.")
            )

    def _select_pending(self) -> None:
        tid = self._pending_select
        if tid is None or self._index is None:
            return
        lane = self._index.lane_of(tid)
        if lane is None:
            if self._index_generation > self._pending_since:
                # An index made after the ask has no row for it (solved, or filtered out).
                self._pending_select = None
            return
        self._pending_select = None
        if lane is not self._lane:
            self.set_lane(lane)
        row = self.model.row_of(tid)
        if row >= 0:
            select_row(self.table, row)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        tid = self.model.id_at(current.row()) if current.isValid() else None
        if tid is not None and tid != self.ticket_view.ticket_id():
            self.ticket_view.show_ticket(tid)

    def _open_row(self, row: int) -> None:
        tid = self.model.id_at(row)
        if tid is not None:
            self.ticket_view.show_ticket(tid)
            self.ticket_view.composer.setFocus()

    def _open_client(self, uid: str) -> None:
        """The client's name in the ticket header: their profile, in the main window's Clients
        section when this screen lives in one."""
        self.openClientRequested.emit(uid)
        navigate = getattr(self.window(), "open_client", None)
        if self.window() is not self and callable(navigate):
            navigate(uid)

    def _filters_changed(self) -> None:
        self._index = None
        self.model.replace_ids([])
        self._show_empty()
        self.refresh()

    def _step(self, delta: int) -> None:
        self.set_lane(LANES[(LANES.index(self._lane) + delta) % len(LANES)])

    def _tick(self) -> None:
        rows = self.model.rowCount()
        if not rows or not self.table.isVisible():
            return
        first = max(0, self.table.rowAt(0))
        last = self.table.rowAt(self.table.viewport().height() - 1)
        last = rows - 1 if last < 0 else last
        self.model.refresh_column(LaneModel.SLA, first, last)
        if self._lane is not Lane.EMERGENCY and self._breach_moves_a_row(first, last):
            # A VIP7+ ticket just breached: it belongs in Emergency now, not in 30 s.
            self._debounce.start()

    def _breach_moves_a_row(self, first: int, last: int) -> bool:
        for r in range(first, last + 1):
            row = self.model.row_at(r)
            if (
                row is not None
                and row.tier_level >= EMERGENCY_BREACH_MIN_LEVEL
                and row.status != "pending_client"
                and self.model.reading(row).state is SlaState.BREACHED
            ):
                return True
        return False

    def _on_changes(self, entities: object) -> None:
        names = set(entities) if isinstance(entities, set | frozenset | list | tuple) else set()
        if not names or names & {"ticket", "client", "staff", "message", "outbox"}:
            self._debounce.start()
        if names and names <= PATCHABLE:
            self.patch()

    def patch(self) -> None:
        """Place again, off the UI thread, the tickets changed since the shown index was read
        (one patch at a time; a change meanwhile asks for another)."""
        base = self._index
        if base is None or base.mark is None or self._shown_lane is not self._lane:
            return
        if self._patching:
            self._patch_again = True
            return
        self._patching = True
        filt, since = self.current_filter(), base.mark
        lanes = self._lanes

        def work() -> LanePatch | None:
            return lanes.lane_patch(filt, base, since, PATCH_LIMIT)

        self._ctx.run_in_background(
            work,
            lambda patch: self._apply_patch(base, filt, patch),
            self._patch_failed,
        )

    def _patch_failed(self, exc: BaseException) -> None:
        from vipclient.gui.workers import report_unhandled

        self._patching = False
        report_unhandled(exc)

    def _apply_patch(self, base: LaneIndex, filt: LaneFilter, patch: LanePatch | None) -> None:
        if not shiboken6.isValid(self):
            return
        self._patching = False
        try:
            if base is not self._index:
                # A full index replaced the base while this ran: patch that one instead (it
                # may have been read before the change this patch was for).
                self._patch_again = True
                return
            # Other filters now, or too many changes for a patch: the full read stands.
            if patch is None or filt != self.current_filter():
                return
            self._show_patch(base, patch)
        finally:
            if self._patch_again:
                self._patch_again = False
                self.patch()

    def _show_patch(self, index: LaneIndex, patch: LanePatch) -> None:
        lane = self._lane
        in_step = self._shown_lane is lane and self.model.ids() == index.ids[lane]
        index.apply(patch)
        if in_step and lane in patch.ids:
            for was, tid in patch.left:
                if was is lane:
                    self.model.remove_id(tid)
            for at, tid in patch.came.get(lane, []):
                self.model.insert_id(at, tid)
            self.model.forget_rows([tid for tid in patch.changed if tid in patch.placed])
        if self.model.ids() != index.ids[lane]:
            # Out of step (should not happen): the targeted move over the whole list.
            self._shown_lane = lane
            self.model.set_ids(index.ids[lane])
        self._update_tabs()
        self._show_empty()
        self._select_pending()
        self.patched.emit()
