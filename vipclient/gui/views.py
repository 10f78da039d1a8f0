"""Small helpers shared by the list screens' table views."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLayout,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipclient.domain.text_direction import is_rtl


class BidiDelegate(QStyledItemDelegate):
    """Cells whose text is right to left (an Arabic name or subject) are laid out right to
    left: aligned to the cell's right edge, with that base direction for the bidi algorithm
    (digits and Latin words inside stay where an Arabic reader expects them)."""

    def initStyleOption(self, option: QStyleOptionViewItem,
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.text and is_rtl(option.text):  # type: ignore[attr-defined]
            option.direction = Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]


def follow_text_direction(widget: QWidget, text: str) -> None:
    """Lay ``widget`` (a label showing ``text``) out the way ``text`` runs."""
    widget.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(text)
                              else Qt.LayoutDirection.LeftToRight)


def list_table(table: QTableView, row_padding: int = 10) -> QTableView:
    """The list screens' table: whole rows, one at a time, read-only, striped, one line a row
    of a fixed height (so a view of 100,000 rows never measures them); right-to-left text
    laid out right to left (:class:`BidiDelegate`)."""
    table.setItemDelegate(BidiDelegate(table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + row_padding)
    return table


def row_table(model: QAbstractItemModel, name: str, widths: tuple[int, ...] = (),
              row_padding: int = 8) -> QTableView:
    """A new :func:`list_table` over ``model``, named for assistive technology, with the
    given column widths and the last column stretched."""
    table = list_table(QTableView(), row_padding)
    table.setAccessibleName(name)
    table.setModel(model)
    table.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def select_row(table: QTableView, row: int) -> None:
    """Make ``row`` the current, selected row and bring it into view."""
    model = table.model()
    index = model.index(row, 0)
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)


def list_and_detail(
    list_parts: list[QLayout | QWidget], detail: QWidget, sizes: tuple[int, int]
) -> QSplitter:
    """The list screens' shape: filters and a table on the left, the open item on the right.

    ``list_parts`` are stacked top to bottom; the table among them takes the spare height.
    """
    left = QWidget()
    column = QVBoxLayout(left)
    column.setContentsMargins(0, 0, 0, 0)
    for part in list_parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part, 1 if isinstance(part, QTableView) else 0)
    split = QSplitter(Qt.Orientation.Horizontal)
    split.addWidget(left)
    split.addWidget(detail)
    split.setStretchFactor(0, 3)
    split.setStretchFactor(1, 2)
    split.setSizes(list(sizes))
    return split


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After the paint has finished, not inside it.
            QTimer.singleShot(0, self._callback)
            self.deleteLater()
        return False


def after_next_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once, just after ``widget`` next paints (the first frame a person
    sees of it)."""
    _FirstPaint(widget, callback)


def choose_data(combo: QComboBox, value: object) -> None:
    """Make the item holding ``value`` current, now or when it is added (filter choices
    arrive from a background read after the screen is built); ``None`` leaves the combo."""
    if value is None:
        return
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
        return
    model = combo.model()

    def added(*_: object) -> None:
        found = combo.findData(value)
        if found >= 0:
            model.rowsInserted.disconnect(added)
            combo.setCurrentIndex(found)

    model.rowsInserted.connect(added)


def focus_chain(root: QWidget) -> list[QWidget]:
    """``root``'s descendants that take focus, in the order of the focus chain now (Qt keeps
    a widget's descendants together right after it in the chain)."""
    found: list[QWidget] = []
    w = root.nextInFocusChain()
    while w is not None and w is not root and root.isAncestorOf(w):
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            found.append(w)
        w = w.nextInFocusChain()
    return found
