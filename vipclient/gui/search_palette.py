"""Ctrl+K: one box that finds cached clients and tickets as you type.

Queries go to the search service (SQLite FTS over the local cache) off the UI thread; only the
answer to the latest query is shown, so typing fast never shows stale results. Enter opens the
highlighted client's profile or ticket; Escape closes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipclient.gui import shortcuts, theme
from vipclient.gui.tickets import services
from vipclient.gui.views import BidiDelegate
from vipclient.i18n import translate
from vipclient.services.context import AppContext
from vipclient.services.search import SearchResults, SearchService

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 120


class SearchPalette(QFrame):
    clientChosen = Signal(str)
    ticketChosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.ctx = ctx
        self.setObjectName("searchPalette")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._service: SearchService = services.search(ctx)
        self._serial = 0
        self._choose_when_ready = False
        self.last_results: SearchResults | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setPlaceholderText(translate(
            "SearchPalette", "Search clients and tickets: name, uid, e-mail, subject…"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setAccessibleName(translate("SearchPalette", "Search clients and tickets"))
        self.edit.setAccessibleDescription(translate(
            "SearchPalette", "Results show below as you type; arrows choose, Enter opens"))
        self.results = QListWidget(self)
        self.results.setItemDelegate(BidiDelegate(self.results))  # Arabic names run RTL
        self.results.setObjectName("searchResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel(self)
        theme.style(self.hint, "color: {muted_fg};")
        layout.addWidget(self.edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_query)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.installEventFilter(self)
        self.results.itemActivated.connect(self._choose_item)
        self.results.itemClicked.connect(self._choose_item)
        self.resize(620, 420)
        self._show_hint()

    # -- showing ------------------------------------------------------------------------------

    def popup(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            top_center = parent.mapToGlobal(QPoint(parent.width() // 2, 60))
            self.move(top_center.x() - self.width() // 2, top_center.y())
        self.show()
        self.raise_()
        self.edit.setFocus()
        self.edit.selectAll()

    def _show_hint(self) -> None:
        self.hint.setText(translate("SearchPalette", "↑↓ to choose · Enter to open · Esc to close"))

    # -- querying -----------------------------------------------------------------------------

    @Slot()
    def _run_query(self) -> None:
        text = self.edit.text().strip()
        self._serial += 1
        serial = self._serial
        if not text:
            self.results.clear()
            self.last_results = None
            self._show_hint()
            return
        service = self._service
        self.ctx.run_in_background(
            lambda: service.search(text),
            lambda found: self._show_results(serial, found),
            lambda exc: self._show_error(serial, exc),
            owner=self,
        )

    def _show_results(self, serial: int, found: SearchResults) -> None:
        if serial != self._serial:
            return  # the person kept typing; a newer answer is on its way
        self._choose_when_ready = False if not found.clients and not found.tickets else (
            self._choose_when_ready
        )
        self.last_results = found
        self.results.clear()
        if found.clients:
            self._add_heading(translate("SearchPalette", "Clients"))
        for client in found.clients:
            self._add_item("client", client.uid, client.label())
        if found.tickets:
            self._add_heading(translate("SearchPalette", "Tickets"))
        for ticket in found.tickets:
            self._add_item("ticket", ticket.id, ticket.label())
        if self.results.count():
            self.results.setCurrentRow(self._step_from(-1, 1))
            self._show_hint()
            if self._choose_when_ready:
                self._choose_when_ready = False
                self.choose_current()
                return
        else:
            self.hint.setText(translate(
                "SearchPalette", "Nothing in your cache matches “{q}”.").format(q=found.query))

    def _add_heading(self, text: str) -> None:
        item = QListWidgetItem(text, self.results)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: never highlighted or opened
        font = item.font()
        font.setBold(True)
        item.setFont(font)

    def _add_item(self, kind: str, ident: str, text: str) -> None:
        item = QListWidgetItem(f"    {text}", self.results)
        item.setData(KIND_ROLE, kind)
        item.setData(ID_ROLE, ident)

    def _step_from(self, row: int, step: int) -> int:
        """The next result row from ``row`` in direction ``step``, skipping headings."""
        count = self.results.count()
        for _ in range(count):
            row = (row + step) % count
            item = self.results.item(row)
            if item is not None and item.data(KIND_ROLE):
                return row
        return -1

    def _show_error(self, serial: int, exc: BaseException) -> None:
        if serial == self._serial:
            self.hint.setText(translate(
                "SearchPalette", "Search failed: {error}").format(error=str(exc)))

    # -- choosing -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if shortcuts.matches(event, "palette.move"):
                step = 1 if key == Qt.Key.Key_Down else -1
                if self.results.count():
                    self.results.setCurrentRow(self._step_from(self.results.currentRow(), step))
                return True
            if shortcuts.matches(event, "palette.open"):
                self.choose_current()
                return True
            if shortcuts.matches(event, "palette.close"):
                self.hide()
                return True
        return super().eventFilter(watched, event)

    def choose_current(self) -> None:
        if self._timer.isActive():
            # Enter came before the list caught up with the typing: search now, open the top
            # result of *this* text when it arrives.
            self._timer.stop()
            self._choose_when_ready = True
            self._run_query()
            return
        item = self.results.currentItem()
        if item is not None:
            self._choose_item(item)

    @Slot(QListWidgetItem)
    def _choose_item(self, item: QListWidgetItem) -> None:
        kind: Any = item.data(KIND_ROLE)
        if not kind:
            return  # a heading
        ident = str(item.data(ID_ROLE))
        self.hide()
        if kind == "client":
            self.clientChosen.emit(ident)
        elif kind == "ticket":
            self.ticketChosen.emit(ident)
