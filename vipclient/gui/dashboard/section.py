"""The Dashboard: the desk's figures for the signed-in person, or for a supervisor the team's.

Open tickets per lane; SLA met per day over the last 30 days (the person's own days); the
median first response per tier; tickets and SLA per channel; breaches by tier and category;
requests waiting for approval and their age; active freezes; open risk alerts. Every chart
picks (click, or Enter on the highlighted bar) the rows behind it.

The figures are computed off the UI thread from the cache (``services/dashboard.py``), again
a moment after sync applies changes and every two minutes (figures move with the clock), and
only while the screen is shown: a hidden dashboard just notes that it is out of date. The
answer is drawn one card per event-loop turn (and painted in the next), so no single turn
holds the UI thread long.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vipclient.gui import shortcuts, theme
from vipclient.gui.dashboard import content, labels
from vipclient.gui.dashboard.behind import BehindDialog
from vipclient.gui.dashboard.cards import Card
from vipclient.gui.dashboard.content import Behind, CardContent
from vipclient.services.dashboard import (
    DashboardFigures,
    DashboardService,
    DashScope,
    TicketList,
)

if TYPE_CHECKING:
    from vipclient.services.context import AppContext

#: Sync's changes are drawn this long after the last page (pages come in bursts).
DEBOUNCE_MS = 500
#: Figures that move with the clock alone (breaches now, ages) are read again this often.
REFRESH_EVERY_MS = 120_000
#: Entities whose changes move a figure.
WATCHED = frozenset({"ticket", "client", "staff", "fee_request", "withdrawal_request",
                     "api_access_request", "freeze", "risk_alert"})
TEAM_ROLE = "supervisor"
#: Between two cards' drawing: a timer, not a posted call, so the card just drawn is painted
#: in a turn of its own (a posted call ran in the same turn as the paint: 11–15 ms at once).
DRAW_STEP_MS = 1


class DashboardSection(QWidget):
    refreshed = Signal()  # new figures are drawn (tests and the benchmark wait for it)
    openTicketRequested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        service = ctx.services.get("dashboard")
        if not isinstance(service, DashboardService):
            service = DashboardService(ctx.cache)
            ctx.services["dashboard"] = service
        self._service = service
        self._figures: DashboardFigures | None = None
        self._generation = itertools.count(1)
        self._latest = 0
        self._running = False
        self._again = False
        self._stale = True
        self._drawing: list[Callable[[], None]] = []
        self.dialogs: list[BehindDialog] = []

        self.scope = QComboBox()
        self.scope.addItem(self.tr("Mine"), False)
        if ctx.me.has_role(TEAM_ROLE):
            self.scope.addItem(self.tr("Team"), True)
            self.scope.setCurrentIndex(1)
        else:
            self.scope.setEnabled(False)
            self.scope.setToolTip(self.tr("The team's figures are for supervisors."))
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.scope.setAccessibleName(self.tr("Whose figures"))
        self.scope.setAccessibleDescription(self.tr(
            "Your own figures, or your team's (for supervisors)"))
        self.updated = QLabel(self.tr("Loading…"))
        theme.style(self.updated, "color: {muted_fg};")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the figures again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        shortcuts.bind("dashboard.refresh", self, self.refresh)

        bar = QHBoxLayout()
        show_label = QLabel(self.tr("Show:"))
        show_label.setBuddy(self.scope)
        bar.addWidget(show_label)
        bar.addWidget(self.scope)
        bar.addWidget(self.updated, 1)
        bar.addWidget(self.refresh_button)

        self.cards: dict[str, Card] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(10)
        for key, kind, row, column, span in _LAYOUT:
            card = Card(key, chart=kind != "table", table=kind != "chart")
            card.setMinimumHeight(420 if kind == "both" else 300)
            card.activated.connect(lambda s, i, key=key: self.open_behind(key, s, i))
            self._grid.addWidget(card, row, column, 1, span)
            self.cards[key] = card
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(self._grid)
        body_layout.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setWidget(body)
        self.scroller.setAccessibleName(self.tr("Charts"))
        self.scroller.setAccessibleDescription(self.tr(
            "Every chart of the dashboard; each one exports to PNG and CSV"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroller, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._clock = QTimer(self)
        self._clock.setInterval(REFRESH_EVERY_MS)
        self._clock.timeout.connect(self.refresh)
        self._clock.start()
        signal = getattr(ctx.sync, "changesApplied", None)
        if signal is not None:
            signal.connect(self._on_changes)
        theme.follow_theme(self, self._redraw)

    # --- public ---

    def figures(self) -> DashboardFigures | None:
        return self._figures

    def current_scope(self) -> DashScope:
        return DashScope(self._ctx.me.id, team=bool(self.scope.currentData()))

    def refresh(self) -> None:
        """Read the figures again off the UI thread (one read at a time; the last ask wins).
        A hidden dashboard only notes it is out of date and reads when shown."""
        if not self.isVisible():
            self._stale = True
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._stale = False
        generation = self._latest = next(self._generation)
        scope, now, service = self.current_scope(), self._ctx.now(), self._service
        self._ctx.run_in_background(
            lambda: service.figures(scope, now),
            lambda figures: self._answer(generation, scope, figures),
            self._failed,
            self,
        )

    def open_behind(self, key: str, series: int, index: int) -> BehindDialog | None:
        """The rows behind bar ``index`` of series ``series`` on card ``key``, in a dialog."""
        card = self.cards.get(key)
        if card is None or card.content is None:
            return None
        behind = card.content.behind(series, index)
        if behind is None:
            return None
        dialog = BehindDialog(behind.title, self)
        dialog.openTicket.connect(self._open_ticket)
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        self.dialogs.append(dialog)
        dialog.show()
        self._fill(dialog, behind)
        return dialog

    # --- internals ---

    def _fill(self, dialog: BehindDialog, behind: Behind) -> None:
        if behind.table is not None:
            dialog.show_table(behind.table)
            return
        selection = behind.selection
        if selection is None:
            return
        scope, now, service = self.current_scope(), self._ctx.now(), self._service

        def show(found: TicketList) -> None:
            if shiboken6.isValid(dialog):
                dialog.show_tickets(found)

        self._ctx.run_in_background(
            lambda: service.tickets(selection, scope, now), show, self._report, dialog)

    def _forget(self, dialog: BehindDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()

    def _open_ticket(self, ticket_id: str) -> None:
        self.openTicketRequested.emit(ticket_id)
        navigate = getattr(self.window(), "open_ticket", None)
        if self.window() is not self and callable(navigate):
            navigate(ticket_id)

    def _answer(self, generation: int, scope: DashScope, figures: DashboardFigures) -> None:
        self._running = False
        if generation == self._latest and scope == self.current_scope():
            self._figures = figures
            self._draw(figures)
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self._report(exc)
        if self._again:
            self._again = False
            self.refresh()

    @staticmethod
    def _report(exc: BaseException) -> None:
        from vipclient.gui.workers import report_unhandled

        report_unhandled(exc)

    def _draw(self, figures: DashboardFigures) -> None:
        """Queue one step per card; each runs in its own event-loop turn."""
        steps: list[Callable[[], None]] = [
            functools.partial(self._show, key, make, figures) for key, make in _CARDS
        ]
        steps.append(lambda: self._finish(figures))
        first = not self._drawing
        self._drawing = steps
        if first:
            QTimer.singleShot(DRAW_STEP_MS, self._draw_next)

    def _draw_next(self) -> None:
        if not shiboken6.isValid(self) or not self._drawing:
            return
        step = self._drawing.pop(0)
        step()
        if self._drawing:
            QTimer.singleShot(DRAW_STEP_MS, self._draw_next)

    def _show(self, key: str, make: Callable[[DashboardFigures], CardContent],
              figures: DashboardFigures) -> None:
        made = make(figures)
        card = self.cards[key]
        title = made.chart.title if made.chart is not None else _table_title(key)
        card.show_content(made, title, rows=None if key == "freezes" else 8)

    def _finish(self, figures: DashboardFigures) -> None:
        tz = figures.now.astimezone().tzname() or ""
        self.updated.setText(
            self.tr("Updated {time} · the last {days} days, in your time zone ({tz})")
            .format(time=labels.clock_time(figures.now), days=len(figures.days), tz=tz))
        self.refreshed.emit()

    def _redraw(self) -> None:
        if self._figures is not None:
            self._draw(self._figures)

    def _scope_changed(self) -> None:
        self.refresh()

    def _on_changes(self, entities: object) -> None:
        names = set(entities) if isinstance(entities, set | frozenset | list | tuple) else set()
        if not names or names & WATCHED:
            if self.isVisible():
                self._debounce.start()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.refresh)


def _table_title(key: str) -> str:
    return {"freezes": QCoreApplication.translate("Dashboard", "Active freezes")}.get(key, key)


# (key, what the card holds: "chart", "table" or "both", row, column, columns spanned) in
# reading order. The breaches take a whole row: ten tiers of stacked bars and eight categories'
# names.
_LAYOUT: tuple[tuple[str, str, int, int, int], ...] = (
    ("lanes", "chart", 0, 0, 1),
    ("attainment", "chart", 0, 1, 1),
    ("medians", "chart", 1, 0, 1),
    ("requests", "chart", 1, 1, 1),
    ("breaches", "chart", 2, 0, 2),
    ("channel_volume", "chart", 3, 0, 1),
    ("channel_sla", "chart", 3, 1, 1),
    ("freezes", "table", 4, 0, 1),
    ("risk_alerts", "both", 4, 1, 1),
)
_CARDS: tuple[tuple[str, Callable[[DashboardFigures], CardContent]], ...] = (
    ("lanes", content.lanes),
    ("attainment", content.attainment),
    ("medians", content.medians),
    ("breaches", content.breaches),
    ("channel_volume", content.channel_volume),
    ("channel_sla", content.channel_sla),
    ("requests", content.requests),
    ("freezes", content.freezes),
    ("risk_alerts", content.risk_alerts),
)
