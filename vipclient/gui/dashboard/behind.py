"""The rows behind a bar: the tickets it counts (Enter or a double click opens one in the
Lanes screen) or the requests and alerts it stands for."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from vipclient.gui import accessible
from vipclient.gui.dashboard import labels
from vipclient.gui.dashboard.cards import fill_table, read_only_table
from vipclient.gui.dashboard.content import Cell, Table
from vipclient.gui.words import TICKET_STATUS, word
from vipclient.services.dashboard import TicketList


class BehindDialog(QDialog):
    """A list of what a bar stands for; ``openTicket(id)`` when a ticket row is opened."""

    openTicket = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(900, 480)
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        self.count = QLabel(self.tr("Loading…"))
        self.table = read_only_table(self)
        self.table.setAccessibleName(title)
        self.table.setAccessibleDescription(self.tr(
            "The tickets behind the figure; Enter opens one"))
        # Enter, or a double click where that activates (every desktop style but single-click).
        self.table.activated.connect(self._opened)
        self._ids: list[str] = []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        accessible.describe_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def ids(self) -> list[str]:
        return list(self._ids)

    def show_tickets(self, found: TicketList) -> None:
        self._ids = [row.id for row in found.rows]
        header = [self.tr("Ticket"), self.tr("Client"), self.tr("Tier"), self.tr("Subject"),
                  self.tr("Channel"), self.tr("Category"), self.tr("Status"),
                  self.tr("Assignee")]
        rows: list[list[Cell]] = [
            [r.id, r.client_name, labels.tier(r.tier_level), r.subject, labels.channel(r.channel),
             labels.category(r.category), word(TICKET_STATUS, r.status),
             r.assignee_name or self.tr("unassigned")]
            for r in found.rows
        ]
        fill_table(self.table, Table(header, rows))
        if found.total > len(found.rows):
            self.count.setText(self.tr("The first {shown} of %n tickets · Enter opens one", "",
                                       found.total).format(shown=len(found.rows)))
        else:
            self.count.setText(self.tr("%n tickets · Enter opens one", "", found.total))
        self._focus_first()

    def show_table(self, table: Table) -> None:
        self._ids = []
        fill_table(self.table, table)
        self.count.setText(self.tr("%n rows", "", len(table.rows)))
        self._focus_first()

    def _focus_first(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.table.rowCount():
            self.table.selectRow(0)

    def _opened(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self._ids):
            self.openTicket.emit(self._ids[index.row()])
