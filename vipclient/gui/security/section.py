"""The Security section (security officers): the alert queue with the chosen alert beside it,
the active freezes with their dual-control lifting, and a freeze of any client found by uid,
name or e-mail.

The queue holds open and acknowledged alerts, most severe first, then oldest; it follows the
sync (``changesApplied``) and the actions taken here. Critical alerts and freezes waiting for a
second officer are announced at once (:mod:`vipclient.gui.security.notices`): a tray balloon,
else the window's notice bar.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QStringListModel, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipclient.gui import shortcuts
from vipclient.gui.notifications import Announcer, NoticeBar
from vipclient.gui.security import services
from vipclient.gui.security.alert_page import AlertPage
from vipclient.gui.security.alerts_model import AlertsModel
from vipclient.gui.security.freeze_dialog import FreezeDialog, open_freeze_dialog
from vipclient.gui.security.freezes_view import FreezesView
from vipclient.gui.security.notices import SecurityNotices
from vipclient.gui.tickets import services as tickets_services
from vipclient.gui.views import list_and_detail, row_table, select_row

if TYPE_CHECKING:
    from vipclient.services.context import AppContext
    from vipclient.services.search import ClientHit

SEARCH_DEBOUNCE_MS = 200
WATCHED = frozenset({"risk_alert", "client", "freeze", "unfreeze_request", "staff", "ticket",
                     "outbox"})

#: The queue's views: (label, statuses, severities).
VIEWS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("needs", ("open", "acknowledged"), ()),
    ("open", ("open",), ()),
    ("critical", ("open", "acknowledged"), ("critical",)),
    ("handled", ("dismissed", "actioned"), ()),
)


class SecuritySection(QWidget):
    refreshed = Signal()  # the queue shows a new list (tests wait for it)
    searched = Signal(int)  # the freeze search found so many clients

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = itertools.count(1)
        self._latest = 0
        self._pending_select: str | None = None
        self._hits: dict[str, str] = {}
        self._search_generation = 0
        self._dialogs: list[FreezeDialog] = []

        # -- freeze any client --
        self.freeze_search = QLineEdit()
        self.freeze_search.setPlaceholderText(self.tr("uid, name or e-mail…"))
        self.freeze_search.setAccessibleName(self.tr("Find a client to freeze"))
        self.freeze_search.setClearButtonEnabled(True)
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._hit_chosen)
        self.freeze_search.setCompleter(completer)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(lambda: self._search())
        self.freeze_search.textEdited.connect(lambda _t: self._search_timer.start())
        self.freeze_search.returnPressed.connect(self._search_now)
        search_label = QLabel(self.tr("Freeze an &account:"))
        search_label.setBuddy(self.freeze_search)
        shortcuts.bind("security.find_client", self, self.freeze_search.setFocus)
        self.search_note = QLabel()

        # -- the queue --
        self.view = QComboBox()
        self.view.setAccessibleName(self.tr("Which alerts"))
        for key, label in zip((v[0] for v in VIEWS), (
            self.tr("Need action (open and acknowledged)"), self.tr("Open only"),
            self.tr("Critical"), self.tr("Handled (dismissed, actioned)")), strict=True):
            self.view.addItem(label, key)
        self.view.currentIndexChanged.connect(self.refresh)
        self.count_label = QLabel()
        security = services.security(ctx)
        self.model = AlertsModel(security.rows, ctx.now, self)
        self.table = row_table(self.model, self.tr("Alert queue"), (70, 70, 190, 50, 150, 110),
                               row_padding=10)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.page = AlertPage(ctx)
        self.page.openClientRequested.connect(self._open_client)
        self.page.openTicketRequested.connect(self._open_ticket)
        self.page.alertRequested.connect(self.show_alert)
        self.page.changed.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(self.view)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        alerts = list_and_detail([filters, self.table], self.page, (640, 520))

        # -- freezes --
        self.freezes = FreezesView(ctx)
        self.freezes.openClientRequested.connect(self._open_client)

        self.tabs = QTabWidget()
        self.tabs.addTab(alerts, self.tr("Alerts"))
        self.tabs.addTab(self.freezes, self.tr("Freezes"))

        # -- notices --
        host_bar = getattr(parent.window() if parent is not None else None, "notice_bar", None)
        self.notice_bar = host_bar if isinstance(host_bar, NoticeBar) else NoticeBar(self)
        self.announcer = Announcer(self.notice_bar, parent=self)
        self.announcer.openRequested.connect(self.open_target)
        self.notices = SecurityNotices(ctx, self.announcer, self)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.freeze_search, 1)
        top.addWidget(self.search_note)
        layout = QVBoxLayout(self)
        if self.notice_bar.parent() is self:
            layout.addWidget(self.notice_bar)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self._ages)
        self._tick.start()
        signal = getattr(ctx.sync, "changesApplied", None)
        if signal is not None:
            signal.connect(self._on_changes)
        self.refresh()

    # --- the queue ----------------------------------------------------------------------------

    def current_view(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        _key, statuses, severities = VIEWS[max(0, self.view.currentIndex())]
        return statuses, severities

    def refresh(self) -> None:
        """Read the queue again off the UI thread; only the newest answer is shown."""
        generation = self._latest = next(self._generation)
        statuses, severities = self.current_view()
        security = services.security(self._ctx)
        self._ctx.run_in_background(
            lambda: security.queue_ids(statuses, severities),
            lambda ids: self._show_ids(generation, ids),
            self._refresh_failed, self,
        )
        self.freezes.refresh()
        self._update_tabs()

    def _refresh_failed(self, exc: BaseException) -> None:
        from vipclient.gui.workers import report_unhandled

        report_unhandled(exc)

    def _show_ids(self, generation: int, ids: list[str]) -> None:
        if not shiboken6.isValid(self) or generation != self._latest:
            return
        shown = self.page.alert_id()
        self.model.set_ids(ids)
        self.count_label.setText(self.tr("%n alerts", "", len(ids)))
        self._update_tabs(len(ids))
        wanted = self._pending_select or shown
        self._pending_select = None
        row = self.model.row_of(wanted) if wanted else -1
        if row >= 0:
            select_row(self.table, row)
        elif wanted:
            self.page.show_alert(wanted)  # handled meanwhile: still shown, out of this view
        elif ids:
            select_row(self.table, 0)
        else:
            self.page.show_alert(None)
        self.page.refresh()
        quiet = getattr(self._ctx.sync.status, "state", "live") == "syncing"
        self.notices.look(quiet=quiet)
        self.refreshed.emit()

    def _update_tabs(self, alerts: int | None = None) -> None:
        if alerts is not None:
            self.tabs.setTabText(0, self.tr("Alerts ({n})").format(n=alerts))
        self.tabs.setTabText(1, self.tr("Freezes ({n})").format(n=self.freezes.count()))

    def _current_changed(self, current: Any, _previous: Any) -> None:
        alert_id = self.model.id_at(current.row()) if current.isValid() else None
        if alert_id is not None and alert_id != self.page.alert_id():
            self.page.show_alert(alert_id)

    def _on_changes(self, entities: object) -> None:
        names = set(entities) if isinstance(entities, set | frozenset | list | tuple) else set()
        if not names or names & WATCHED:
            self.refresh()

    def _ages(self) -> None:
        if self.model.rowCount():
            self.model.refresh_column(AlertsModel.AGE, 0, self.model.rowCount() - 1)

    # --- going places -------------------------------------------------------------------------

    def show_alert(self, alert_id: str) -> None:
        self.tabs.setCurrentIndex(0)
        row = self.model.row_of(alert_id)
        if row >= 0:
            select_row(self.table, row)
        else:
            self.page.show_alert(alert_id)

    def show_freeze(self, freeze_id: str) -> None:
        self.tabs.setCurrentIndex(1)
        self.freezes.refresh()
        self.freezes.select_freeze(freeze_id)

    def open_target(self, target: str) -> None:
        """Open what a notice names (``alert:<id>``, ``freeze:<id>``)."""
        window = self.window()
        show = getattr(window, "show_section", None)
        if callable(show):
            show("security")
        kind, _, ident = target.partition(":")
        if kind == "alert":
            self.show_alert(ident)
        elif kind == "freeze":
            self.show_freeze(ident)

    def _open_client(self, uid: str) -> None:
        opener = getattr(self.window(), "open_client", None)
        if callable(opener) and uid:
            opener(uid)

    def _open_ticket(self, ticket_id: str) -> None:
        opener = getattr(self.window(), "open_ticket", None)
        if callable(opener) and ticket_id:
            opener(ticket_id)

    # --- freezing any client ------------------------------------------------------------------

    def open_freeze(self, uid: str, alert_ids: list[str] | None = None) -> FreezeDialog:
        dialog = open_freeze_dialog(self._ctx, uid, alert_ids or [], self)
        dialog.confirmed.connect(lambda _c: self.refresh())
        return dialog

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._search(open_single=True)

    def _search(self, open_single: bool = False) -> None:
        """Search the cached clients off the UI thread; the newest answer fills the list
        (Return with a single hit opens its freeze)."""
        query = self.freeze_search.text().strip()
        if not query:
            self._completions.setStringList([])
            self.search_note.setText("")
            return
        generation = self._search_generation = self._search_generation + 1
        search = tickets_services.search(self._ctx)
        self._ctx.run_in_background(
            lambda: list(search.search(query).clients),
            lambda hits: self._show_hits(generation, hits, open_single),
            self._refresh_failed, self,
        )

    def _show_hits(self, generation: int, hits: list[ClientHit], open_single: bool) -> None:
        if not shiboken6.isValid(self) or generation != self._search_generation:
            return
        self._hits = {hit.label(): hit.uid for hit in hits}
        self._completions.setStringList(list(self._hits))
        self.search_note.setText(self.tr("no client found") if not hits else "")
        self.searched.emit(len(hits))
        if open_single and len(hits) == 1:
            self.open_freeze(hits[0].uid)
        elif hits and self.freeze_search.hasFocus():
            self.freeze_search.completer().complete()

    def _hit_chosen(self, text: str) -> None:
        uid = self._hits.get(text)
        if uid is not None:
            QTimer.singleShot(0, lambda: self.freeze_search.clear())
            self.open_freeze(uid)
