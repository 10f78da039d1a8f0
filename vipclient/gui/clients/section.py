"""The Clients screen: the book as a table (sort by any column, filter, instant search) and the
chosen client's profile beside it.

The list query (filters, search, order) runs off the UI thread, debounced while the person
types; only the newest answer is shown. The model holds uids only and reads the rows it
paints, so a book of 10,000 clients costs one list of strings.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipclient.domain.enums import Tier
from vipclient.gui import accessible, shortcuts
from vipclient.gui.clients.model import COLUMNS, ClientsModel
from vipclient.gui.clients.profile import ProfileView
from vipclient.gui.tickets import services
from vipclient.gui.views import choose_data, list_and_detail, list_table, select_row
from vipclient.i18n import translate
from vipclient.services.clients import ClientFilter, FilterChoices

if TYPE_CHECKING:
    from vipclient.services.context import AppContext

SEARCH_DEBOUNCE_MS = 200
MY_BOOK = "__mine__"
EVERYONE = "__all__"


class ClientsSection(QWidget):
    refreshed = Signal()  # a new list is shown (tests wait for it)
    openTicketRequested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._clients = services.clients(ctx)
        self._generation = itertools.count(1)
        self._latest = 0
        self._sort_key = "tier"
        self._descending = True
        self._pending_select: str | None = None
        self._choices_loaded = False
        self._shown_filter: ClientFilter | None = None
        self._ready = False  # no queries until the widgets exist
        self._ticket_windows: list[QWidget] = []
        #: How "reply to open ticket" opens a ticket: in the main window's Lanes section when
        #: this screen lives in a window that can (``open_ticket``), else in a window of its own.
        self.ticket_opener: Callable[[str], None] = self._open_ticket_default

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("Clients", "Search uid, name or e-mail…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        accessible.describe(self.search, translate("Clients", "Search clients"), translate(
            "Clients", "Narrows the list to clients whose uid, name or e-mail contains this"))
        self.book = QComboBox()
        self.book.addItem(translate("Clients", "My book"), MY_BOOK)
        self.book.addItem(translate("Clients", "All clients"), EVERYONE)
        if not ctx.me.has_role("account_manager"):
            # Supervisors and security officers have no book of their own.
            self.book.setCurrentIndex(1)
        self.tier = QComboBox()
        self.tier.addItem(translate("Clients", "Any tier"), None)
        for tier in Tier:
            self.tier.addItem(tier.value, tier.level)
        self.language = QComboBox()
        self.language.addItem(translate("Clients", "Any language"), None)
        self.status = QComboBox()
        self.status.addItem(translate("Clients", "Any status"), None)
        self.status.addItem(translate("Clients", "Active"), "active")
        self.status.addItem(translate("Clients", "Frozen"), "frozen")
        self.tag = QComboBox()
        self.tag.addItem(translate("Clients", "Any tag"), None)
        for combo in (self.book, self.tier, self.language, self.status, self.tag):
            combo.currentIndexChanged.connect(self.refresh)
        accessible.describe(self.book, translate("Clients", "Whose clients"), translate(
            "Clients", "Shows your book or every client"))
        accessible.describe(self.tier, translate("Clients", "Tier"), translate(
            "Clients", "Shows only clients of this VIP tier"))
        accessible.describe(self.language, translate("Clients", "Language"), translate(
            "Clients", "Shows only clients who speak this language"))
        accessible.describe(self.status, translate("Clients", "Status"), translate(
            "Clients", "Shows only active or only frozen clients"))
        accessible.describe(self.tag, translate("Clients", "Tag"), translate(
            "Clients", "Shows only clients with this tag"))
        self.count_label = QLabel()

        self.model = ClientsModel(self._clients.rows, self._sort_requested, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        accessible.describe(self.table, translate("Clients", "Clients"), translate(
            "Clients", "The clients that match the filters; the chosen one's profile is beside"))
        self.table.horizontalHeader().setSortIndicator(
            [k for k, _ in COLUMNS].index("tier"), Qt.SortOrder.DescendingOrder
        )
        self.table.setSortingEnabled(True)
        list_table(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((92, 150, 52, 62, 100, 80, 40, 130, 110, 70)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.profile = ProfileView(ctx, self)
        self.profile.openTicketRequested.connect(self._open_ticket)
        # Shown instead of the profile when the filters leave no client to show.
        self.no_match = QLabel(translate("Clients", "No client matches these filters."))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
        self.detail = QStackedWidget()
        self.detail.addWidget(self.profile)
        self.detail.addWidget(self.no_match)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.book, self.tier, self.language, self.status, self.tag):
            filters.addWidget(combo)
        split = list_and_detail([filters, self.table, self.count_label], self.detail, (820, 580))
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        shortcuts.bind("clients.find", self, self.search.setFocus)

        self._changes = QTimer(self)
        self._changes.setSingleShot(True)
        self._changes.setInterval(300)
        self._changes.timeout.connect(self.refresh)
        services.connect_changes(ctx, self._on_changes)
        self._ready = True
        self.refresh()

    # --- public ---

    def show_client(self, uid: str) -> bool:
        """Open ``uid``'s profile and select it in the list when the list holds it."""
        shown = self.profile.show_client(uid)
        self._pending_select = uid
        self._select_pending()
        return shown

    def view_state(self) -> dict[str, Any]:
        """What the person set up here, for the same screen built again (another language)."""
        return {"search": self.search.text(), "filters": [c.currentData() for c in self._combos()],
                "client": self.profile.uid_shown(), "edits": self.profile.unsaved_edits()}

    def restore_view_state(self, state: dict[str, Any]) -> None:
        self.search.setText(state["search"])
        for combo, value in zip(self._combos(), state["filters"], strict=True):
            choose_data(combo, value)
        if state["client"] is not None:
            self.show_client(state["client"])
            if state["edits"] is not None:
                self.profile.restore_edits(state["edits"])

    def _combos(self) -> tuple[QComboBox, ...]:
        return (self.book, self.tier, self.language, self.status, self.tag)

    def current_filter(self) -> ClientFilter:
        book = self.book.currentData()
        tier = self.tier.currentData()
        return ClientFilter(
            book_of=self._ctx.me.id if book == MY_BOOK else (None if book == EVERYONE else book),
            tiers=frozenset() if tier is None else frozenset({int(tier)}),
            language=self.language.currentData(),
            status=self.status.currentData(),
            tag=self.tag.currentData(),
            text=self.search.text(),
        )

    def refresh(self) -> None:
        """Re-run the list query off the UI thread; the newest answer wins."""
        if not self._ready:
            return
        generation = next(self._generation)
        self._latest = generation
        filt, key, desc = self.current_filter(), self._sort_key, self._descending
        # Another filter is another list (reset); the same filter after a change in the cache
        # or a new order is the same list moved (targeted signals keep the selection).
        new_list = filt != self._shown_filter
        self._shown_filter = filt
        clients = self._clients
        load_choices = not self._choices_loaded

        def work() -> tuple[list[str], FilterChoices | None]:
            ids = clients.ids(filt, key, desc)
            return ids, (clients.choices() if load_choices else None)

        self._ctx.run_in_background(
            work, lambda result: self._apply(generation, new_list, *result), self._failed
        )

    # --- internals ---

    def _failed(self, exc: BaseException) -> None:
        from vipclient.gui.workers import report_unhandled

        report_unhandled(exc)

    def _apply(self, generation: int, new_list: bool, ids: list[str],
               choices: FilterChoices | None) -> None:
        if not shiboken6.isValid(self):
            return  # the screen was closed while the query ran
        if choices is not None:
            self._fill_choices(choices)
        if generation != self._latest:
            return
        if new_list:
            self.model.replace_ids(ids)
            shown = self.profile.uid_shown()
            if self._pending_select is None and shown is not None:
                self._pending_select = shown
            if shown is not None and self.model.row_of(shown) < 0 \
                    and not self.profile.has_unsaved_edits():
                # The filters hid the client on screen: the detail follows the list (the
                # first client, or a word that none matches), unless edits would be lost.
                self._pending_select = None
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
                if self.model.rowCount():
                    self.table.selectRow(0)
        else:
            self.model.set_ids(ids)
        self.count_label.setText(self.tr("%n clients", "", len(ids)))
        self._select_pending()
        if self.model.rowCount() and not self.table.currentIndex().isValid() \
                and self.profile.uid_shown() is None:
            self.table.selectRow(0)
        self._show_detail()
        self.refreshed.emit()

    def _show_detail(self) -> None:
        shown = self.profile.uid_shown()
        hidden = shown is None or (self.model.row_of(shown) < 0
                                   and not self.profile.has_unsaved_edits())
        self.detail.setCurrentWidget(self.no_match if hidden and not self.model.rowCount()
                                     else self.profile)

    def _fill_choices(self, choices: FilterChoices) -> None:
        self._choices_loaded = True
        for combo, values in ((self.language, [(x, x) for x in choices.languages]),
                              (self.tag, [(x, x) for x in choices.tags])):
            combo.blockSignals(True)
            for value, text in values:
                combo.addItem(text, value)
            combo.blockSignals(False)
        self.book.blockSignals(True)
        for manager_id, name in choices.managers:
            if manager_id != self._ctx.me.id:
                self.book.addItem(translate(
                    "Clients", "Book of {name}").format(name=name), manager_id)
        self.book.blockSignals(False)

    def _sort_requested(self, key: str, descending: bool) -> None:
        self._sort_key, self._descending = key, descending
        self.refresh()

    def _select_pending(self) -> None:
        uid = self._pending_select
        if uid is None:
            return
        row = self.model.row_of(uid)
        if row < 0:
            return
        self._pending_select = None
        select_row(self.table, row)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uid = self.model.id_at(current.row()) if current.isValid() else None
        if uid is not None and uid != self.profile.uid_shown():
            self.profile.show_client(uid)

    def _open_ticket(self, ticket_id: str) -> None:
        self.openTicketRequested.emit(ticket_id)
        self.ticket_opener(ticket_id)

    def _open_ticket_default(self, ticket_id: str) -> None:
        window = self.window()
        navigate = getattr(window, "open_ticket", None)
        if window is not self and callable(navigate):
            navigate(ticket_id)
        else:
            self._open_ticket_window(ticket_id)

    def _open_ticket_window(self, ticket_id: str) -> None:
        from vipclient.gui.tickets.view import TicketView

        view = TicketView(self._ctx)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.setWindowTitle(translate("Clients", "Ticket {id}").format(id=ticket_id))
        view.resize(760, 720)
        view.show_ticket(ticket_id)
        view.show()
        self._ticket_windows = [w for w in self._ticket_windows if w.isVisible()] + [view]

    def _on_changes(self, entities: object) -> None:
        names = set(entities) if isinstance(entities, set | frozenset | list | tuple) else set()
        if not names or names & {"client", "staff"}:
            self._changes.start()
