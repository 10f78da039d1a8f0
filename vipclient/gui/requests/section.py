"""The Requests section: my requests, those awaiting my approval, all of them with filters, the
chosen request's page beside the list, and the policies view.

The three lists' ids are read together off the UI thread after each applied page of changes
and each outbox change (debounced); switching tabs only swaps the id list the model shows, so
it stays fast at 10,000 requests. The section also tells the person about requests (awaiting
them, close to a deadline, theirs decided), keeps the rules' order as the server serves it,
and lets Sync problems open a refused request again in its form.
"""

from __future__ import annotations

import itertools
import logging
from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vipclient.domain.enums import RequestStatus
from vipclient.domain.sla import format_ts
from vipclient.gui import shortcuts
from vipclient.gui.notifications import NoticeBar, Notifier
from vipclient.gui.requests import launch, services, wording
from vipclient.gui.requests.model import RequestsModel
from vipclient.gui.requests.notices import DEADLINE_SOON_S, RequestNotices
from vipclient.gui.requests.page import RequestPage
from vipclient.gui.requests.policies_view import PoliciesView
from vipclient.gui.tickets import services as shared
from vipclient.gui.views import list_and_detail, list_table, select_row
from vipclient.services.requests import PATHS, RequestFilter, RequestIndex, WatchEntry

if TYPE_CHECKING:
    from vipclient.services.context import AppContext

log = logging.getLogger(__name__)

MINE, AWAITING, ALL = range(3)
#: Entities whose changes can change what the section shows.
RELEVANT = frozenset({*PATHS, "client", "staff", "policy", "outbox"})
WATCH_EVERY_MS = 60_000
#: The "created" filter of the All tab: (days back, or None for any time).
PERIODS = (None, 1, 7, 30, 90)


class RequestsSection(QWidget):
    refreshed = Signal()  # a new index is shown (tests wait for it)
    openClientRequested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = services.requests(ctx)
        self._index: RequestIndex | None = None
        self._generation = itertools.count(1)
        self._latest = 0
        self._running = self._again = False
        self._watching = False
        self._notes: dict[str, str] = {}
        self._pending_key: str | None = None
        self._order_asked = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)

        self.notice_bar = NoticeBar(self)
        self.notifier = Notifier(self.notice_bar, parent=self)
        self.notifier.openRequested.connect(self.show_request)
        self.notices = RequestNotices(self.notifier, self)

        self.new_button = QPushButton(self.tr("&New request"))
        self.new_button.setAccessibleName(self.tr("New request"))
        self.new_button.setAccessibleDescription(self.tr(
            "A fee, withdrawal or API-access request for a client you choose"))
        self.new_menu = launch.request_menu(ctx, lambda: None, self, shortcuts=True)
        self.new_button.setMenu(self.new_menu)
        for action in self.new_menu.actions():
            self.addAction(action)  # the shortcuts work wherever focus is in the section
        self.tabs = QTabBar()
        self.tabs.setObjectName("requestTabs")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(True)
        for title in self._tab_titles():
            self.tabs.addTab(title)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.setAccessibleName(self.tr("Request desks"))
        for n, tip in enumerate((self.tr("Requests you made"),
                                 self.tr("Requests waiting for your approval"),
                                 self.tr("Every request you may see"))):
            self.tabs.setTabToolTip(n, tip)
        self.tabs.setAccessibleDescription(self.tr(
            "Your requests, those waiting for your approval, and all of them; Alt+1 to Alt+3"))

        self.client_filter = QLineEdit()
        self.client_filter.setPlaceholderText(self.tr("Client uid or name"))
        self.client_filter.setAccessibleName(self.tr("Filter by client"))
        self.client_filter.setAccessibleDescription(self.tr(
            "Shows only requests for clients whose uid or name contains this"))
        self.client_filter.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Filter by kind"))
        self.kind_filter.setAccessibleDescription(self.tr("Shows only requests of this kind"))
        self.kind_filter.addItem(self.tr("Any kind"), None)
        for entity in PATHS:
            self.kind_filter.addItem(wording.kind_name(entity), entity)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.setAccessibleDescription(self.tr(
            "Shows only requests in this status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in RequestStatus:
            if status is not RequestStatus.APPROVED:  # applied in the same step
                self.status_filter.addItem(wording.status_name(status.value), status.value)
        self.requester_filter = QComboBox()
        self.requester_filter.setAccessibleName(self.tr("Filter by requester"))
        self.requester_filter.setAccessibleDescription(self.tr(
            "Shows only requests made by this person"))
        self.requester_filter.addItem(self.tr("Anyone"), None)
        for person in self._service.staff():
            self.requester_filter.addItem(person.display_name, person.id)
        self.period_filter = QComboBox()
        self.period_filter.setAccessibleName(self.tr("Filter by date"))
        self.period_filter.setAccessibleDescription(self.tr(
            "Shows only requests made in this period"))
        self.period_filter.addItem(self.tr("Any time"), None)
        for days in PERIODS[1:]:
            self.period_filter.addItem(self.tr("Last %n days", "", days), days)
        self.filters = QWidget()
        fl = QHBoxLayout(self.filters)
        fl.setContentsMargins(0, 0, 0, 0)
        for widget in (self.client_filter, self.kind_filter, self.status_filter,
                       self.requester_filter, self.period_filter):
            fl.addWidget(widget)
        self.client_filter.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.kind_filter, self.status_filter, self.requester_filter,
                      self.period_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())

        self.model = RequestsModel(self._service.rows, lambda: self._ctx.now(), self)
        self.table = QTableView()
        self.table.setObjectName("requestList")
        self.table.setAccessibleName(self.tr("Requests"))
        self.table.setAccessibleDescription(self.tr(
            "The requests that match the filters; the chosen one's page is beside"))
        self.table.setModel(self.model)
        list_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(RequestsModel.ASKED, QHeaderView.ResizeMode.Stretch)
        for column, width in ((RequestsModel.CLIENT, 140), (RequestsModel.KIND, 95),
                              (RequestsModel.STATUS, 125), (RequestsModel.RULE, 110),
                              (RequestsModel.REQUESTER, 100), (RequestsModel.CREATED, 115),
                              (RequestsModel.DEADLINE, 95)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.page = RequestPage(ctx, self)
        self.page.openClientRequested.connect(self._open_client)
        self.page.actionQueued.connect(lambda _oid: self._debounce.start())
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        split = list_and_detail([top, self.tabs, self.filters, self.table, self.empty_label],
                                self.page, (900, 520))
        self.policies = PoliciesView(ctx, self)
        self.views = QTabWidget()
        self.views.setObjectName("requestViews")
        self.views.setAccessibleName(self.tr("Requests and policies"))
        self.views.setAccessibleDescription(self.tr(
            "The requests, or the approval policies in force"))
        self.views.tabBar().setAccessibleName(self.tr("Requests or policies"))
        self.views.addTab(split, self.tr("Requests"))
        self.views.addTab(self.policies, self.tr("Policies"))
        self.views.setTabToolTip(0, self.tr("The requests and a chosen one's page"))
        self.views.setTabToolTip(1, self.tr("The approval policies in force ({key})").format(
            key=shortcuts.native("requests.policies")))
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice_bar)
        layout.addWidget(self.views, 1)

        for n in range(len(shortcuts.sequences("requests.desk"))):
            shortcuts.bind("requests.desk", self, partial(self.set_tab, n), index=n)
        shortcuts.bind("requests.policies", self, self.show_policies)
        shortcuts.bind("requests.refresh", self, self.refresh)

        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(1000)
        self._tick_timer.timeout.connect(self._tick)
        self._tick_timer.start()
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(WATCH_EVERY_MS)
        self._watch_timer.timeout.connect(self._watch)
        self._watch_timer.start()
        shared.connect_changes(ctx, self._on_changes)
        shared.connect_outbox(ctx, lambda *_: self._outbox_changed(), self)
        status_signal = getattr(ctx.sync, "statusChanged", None)
        if status_signal is not None:
            status_signal.connect(self._sync_status)
        # Sync problems opens a refused request in its form again, with the server's words.
        editors = ctx.services.setdefault("reopen_refused", {})
        for entity in PATHS:
            editors[f"{entity}.create"] = lambda oid, parent: launch.reopen_refused(
                ctx, oid, parent)
        self._filters_shown()
        self._ask_policy_order()
        self.refresh()

    # --- public ---

    def index(self) -> RequestIndex | None:
        return self._index

    def tab(self) -> int:
        return self.tabs.currentIndex()

    def set_tab(self, tab: int) -> None:
        self.views.setCurrentIndex(0)
        if self.tabs.currentIndex() != tab:
            self.tabs.setCurrentIndex(tab)  # comes back through _tab_changed

    def show_policies(self) -> None:
        self.views.setCurrentWidget(self.policies)

    def current_filter(self) -> RequestFilter:
        days = self.period_filter.currentData()
        since = None
        if days:
            since = format_ts((self._ctx.now() - timedelta(days=int(days))).replace(
                microsecond=0))
        return RequestFilter(client=self.client_filter.text(),
                             entity=self.kind_filter.currentData(),
                             status=self.status_filter.currentData(),
                             requester_id=self.requester_filter.currentData(), since=since)

    def show_request(self, key: str) -> bool:
        """Open ``key`` beside the list, selected in a tab that holds it."""
        self.views.setCurrentIndex(0)
        shown = self.page.show_request(key, self._notes.get(key, ""))
        self._pending_key = key
        self._select_pending()
        return shown

    def refresh(self) -> None:
        """Read the three lists again off the UI thread (one read at a time; the last ask
        wins)."""
        if self._running:
            self._again = True
            return
        self._running = True
        generation = self._latest = next(self._generation)
        me, filt = self._ctx.me, self.current_filter()
        service = self._service

        def work() -> RequestIndex:
            return service.index(me.id, me.roles, filt)

        self._ctx.run_in_background(work, lambda index: self._apply(generation, filt, index),
                                    self._failed)

    # --- the lists ---

    def _tab_titles(self, index: RequestIndex | None = None) -> list[str]:
        titles = [self.tr("My requests"), self.tr("Awaiting my approval"), self.tr("All")]
        if index is None:
            return titles
        counts = (len(index.mine), len(index.awaiting), len(index.all))
        return [f"{t} ({n})" for t, n in zip(titles, counts, strict=True)]

    def _ids(self, tab: int) -> list[str]:
        index = self._index
        if index is None:
            return []
        return (index.mine, index.awaiting, index.all)[tab]

    def _apply(self, generation: int, filt: RequestFilter, index: RequestIndex) -> None:
        if not shiboken6.isValid(self):
            return
        self._running = False
        try:
            if generation == self._latest and filt == self.current_filter():
                self._index = index
                for n, title in enumerate(self._tab_titles(index)):
                    self.tabs.setTabText(n, title)
                self.model.set_ids(self._ids(self.tab()))
                self._show_empty()
                self._select_pending()
                if not self.table.currentIndex().isValid() and self.model.rowCount() and \
                        self.page.key() is None:
                    self.table.selectRow(0)
                self.page.refresh()
                self._watch()
                self.refreshed.emit()
        finally:
            if self._again:
                self._again = False
                self.refresh()

    def _failed(self, exc: BaseException) -> None:
        from vipclient.gui.workers import report_unhandled

        self._running = False
        report_unhandled(exc)

    def _tab_changed(self, tab: int) -> None:
        self.model.replace_ids(self._ids(tab))
        self._filters_shown()
        self._show_empty()
        if self.model.rowCount():
            at = self.model.row_of(self.page.key() or "")
            select_row(self.table, at if at >= 0 else 0)

    def _filters_shown(self) -> None:
        self.filters.setVisible(self.tab() == ALL)

    def _show_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        if empty:
            self.empty_label.setText(self.tr("Loading…") if self._index is None else
                                     [self.tr("You have made no request."),
                                      self.tr("Nothing awaits your approval."),
                                      self.tr("No request matches these filters.")][self.tab()])

    def _select_pending(self) -> None:
        key = self._pending_key
        if key is None or self._index is None:
            return
        for tab in (self.tab(), MINE, AWAITING, ALL):
            if key in self._ids(tab):
                self._pending_key = None
                if tab != self.tab():
                    self.tabs.setCurrentIndex(tab)
                row = self.model.row_of(key)
                if row >= 0:
                    select_row(self.table, row)
                return

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = self.model.id_at(current.row()) if current.isValid() else None
        if key is not None and key != self.page.key():
            self.page.show_request(key, self._notes.get(key, ""))

    def _tick(self) -> None:
        """The deadline column of the rows in view counts down without a database read."""
        rows = self.model.rowCount()
        if not rows or not self.table.isVisible():
            return
        first = max(0, self.table.rowAt(0))
        last = self.table.rowAt(self.table.viewport().height() - 1)
        self.model.refresh_column(RequestsModel.DEADLINE, first, rows - 1 if last < 0 else last)

    # --- changes ---

    def _on_changes(self, entities: object) -> None:
        names = set(entities) if isinstance(entities, set | frozenset | list | tuple) else set()
        if not names or names & RELEVANT:
            self._debounce.start()
        if "policy" in names or "staff" in names:
            self.policies.refresh()
            if "policy" in names:
                self._order_asked = False
                self._ask_policy_order()

    def _outbox_changed(self) -> None:
        self._debounce.start()
        service = self._service
        self._ctx.run_in_background(service.settled_previews, self._disagreements, self._failed)

    def _disagreements(self, found: list[Any]) -> None:
        if not shiboken6.isValid(self):
            return
        for item in found:
            text = self.tr("This desk's preview said rule {preview} ({action}); the server "
                           "decided by rule {server} ({status}). The server's answer stands."
                           ).format(preview=item.preview.rule_id or "—",
                                    action=item.preview.action, server=item.server_rule_id or "—",
                                    status=wording.status_name(item.server_status))
            self._notes[item.key] = text
            self.notifier.announce(self.tr("The server decided otherwise"), text, item.key)
            if self.page.key() == item.key:
                self.page.show_request(item.key, text)

    def _sync_status(self, status: Any) -> None:
        if getattr(status, "state", None) == "live":
            self._ask_policy_order()

    def _ask_policy_order(self) -> None:
        """The feed does not carry the rules' order: ask ``GET /policies`` for it (once per
        change of the rules) and keep it in the cache."""
        online = self._ctx.services.get("online")
        if self._order_asked or online is None or not getattr(online, "connected", False):
            return
        self._order_asked = True
        service = self._service

        def read(server: Any) -> None:
            ids = [str(item.get("id")) for page in server.pages("/policies") for item in page]
            service.set_policy_order(ids)

        online.call(read, lambda _r: self._order_known(), self._order_failed, owner=self)

    def _order_known(self) -> None:
        if shiboken6.isValid(self):
            self.policies.refresh()

    def _order_failed(self, exc: BaseException) -> None:
        log.info("the rules' order could not be read: %s", exc)
        self._order_asked = False  # asked again when sync is live again

    # --- notices ---

    def _watch(self) -> None:
        if self._watching:
            return
        self._watching = True
        me, service = self._ctx.me, self._service
        soon = format_ts((self._ctx.now() + timedelta(seconds=DEADLINE_SOON_S)).replace(
            microsecond=0))
        self._ctx.run_in_background(lambda: service.watch_list(me.id, me.roles, soon),
                                    self._notify, self._watch_failed)

    def _watch_failed(self, exc: BaseException) -> None:
        self._watching = False
        self._failed(exc)

    def _notify(self, entries: list[WatchEntry]) -> None:
        if not shiboken6.isValid(self):
            return
        self._watching = False
        status = getattr(self._ctx.sync, "status", None)
        syncing = getattr(status, "state", None) == "syncing"
        if syncing or not self._notifications_on():
            self.notices.prime(entries)
        else:
            self.notices.consider(entries)

    def _notifications_on(self) -> bool:
        try:
            return bool(self._ctx.settings.get("notifications"))
        except (AttributeError, KeyError):
            return True

    def _open_client(self, uid: str) -> None:
        self.openClientRequested.emit(uid)
        navigate = getattr(self.window(), "open_client", None)
        if self.window() is not self and callable(navigate):
            navigate(uid)
