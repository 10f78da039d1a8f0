"""A card of the dashboard: a title, a note, a chart and/or a small table, and its export
(the chart as PNG, the data as CSV, each through a save dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vipclient.gui import theme
from vipclient.gui.charts import Chart
from vipclient.gui.dashboard.content import CardContent, Table
from vipclient.gui.dashboard.export import file_name, rows_text, write_csv


def fill_table(view: QTableWidget, table: Table) -> None:
    """Show ``table`` in ``view`` (read-only text; numbers right-aligned)."""
    view.setSortingEnabled(False)
    view.clear()
    view.setColumnCount(len(table.header))
    view.setHorizontalHeaderLabels(table.header)
    view.setRowCount(len(table.rows))
    for r, (raw, shown) in enumerate(zip(table.rows, rows_text(table.rows), strict=True)):
        for c, (value, text) in enumerate(zip(raw, shown, strict=True)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)  # a narrow column elides it
            if isinstance(value, int | float):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            view.setItem(r, c, item)
    view.resizeColumnsToContents()


def read_only_table(parent: QWidget | None = None) -> QTableWidget:
    view = QTableWidget(parent)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class Card(QFrame):
    """One figure of the dashboard. ``activated(series, index)``: a bar or point was picked."""

    activated = Signal(int, int)

    def __init__(self, key: str, *, chart: bool = True, table: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"card-{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.content: CardContent | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.note = QLabel()
        theme.style(self.note, "color: {muted_fg};")
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save this chart as a picture or its data as CSV"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.png_action = QAction(self.tr("Save chart as PNG…"), self)
        self.png_action.triggered.connect(self.ask_png)
        self.csv_action = QAction(self.tr("Save data as CSV…"), self)
        self.csv_action.triggered.connect(self.ask_csv)
        menu.addAction(self.png_action)
        menu.addAction(self.csv_action)
        self.export_button.setMenu(menu)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.note, 1)
        head.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(head)
        self.chart: Chart | None = None
        self.table: QTableWidget | None = None
        if chart:
            self.chart = Chart(self)
            self.chart.activated.connect(self.activated)
            layout.addWidget(self.chart, 1)
        if table:
            self.table = read_only_table(self)
            self.table.setMinimumHeight(120)
            # Columns as wide as their text; the content's free-text column takes the rest of
            # the card's width and elides what does not fit (the dialogs' tables scroll).
            self.table.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents)
            layout.addWidget(self.table, 1)

    def show_content(self, content: CardContent, title: str, rows: int | None = None) -> None:
        """Draw ``content``; the table shows its first ``rows`` rows (all: ``None``)."""
        self.content = content
        self.title.setText(title)
        # A chart carries its title (so does its PNG): the header then shows only the note.
        self.title.setVisible(self.chart is None or content.chart is None)
        self.note.setText(content.note)
        if self.chart is not None and content.chart is not None:
            self.chart.set_data(content.chart)
            self.chart.setAccessibleName(title)
            self.chart.setAccessibleDescription(content.note or self.tr(
                "Arrow keys move between the bars; Enter opens the tickets behind one"))
        if self.table is not None:
            shown = content.data if rows is None else Table(content.data.header,
                                                            content.data.rows[:rows])
            fill_table(self.table, shown)
            header = self.table.horizontalHeader()
            if content.stretch is not None and content.stretch < header.count():
                header.setStretchLastSection(False)
                header.setSectionResizeMode(content.stretch, QHeaderView.ResizeMode.Stretch)
            self.table.setAccessibleName(title)
            self.table.setAccessibleDescription(content.note or self.tr(
                "The rows behind this figure"))

    # --- export ---

    def picture(self) -> QWidget:
        """What the PNG shows: the chart, or the table of a card without one."""
        return self.chart if self.chart is not None else (self.table or self)

    def export_png(self, path: str | Path) -> bool:
        return self.picture().grab().save(str(path), "PNG")

    def export_csv(self, path: str | Path) -> None:
        if self.content is not None:
            write_csv(path, self.content.data)

    def _ask(self, caption: str, suffix: str, pattern: str) -> str | None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        proposed = str(Path(folder) / file_name(self.title.text() or self.key, suffix))
        path, _ = QFileDialog.getSaveFileName(self, caption, proposed, pattern)
        if not path:
            return None
        return path if path.lower().endswith(suffix) else path + suffix

    def ask_png(self) -> None:
        path = self._ask(self.tr("Save chart as PNG"), ".png", self.tr("PNG pictures (*.png)"))
        if path is not None:
            self.export_png(path)

    def ask_csv(self) -> None:
        path = self._ask(self.tr("Save data as CSV"), ".csv",
                         self.tr("CSV files (*.csv)"))
        if path is not None:
            self.export_csv(path)
