"""The reference a start is measured against: a fresh interpreter that imports PySide6 and
shows a ``QMainWindow`` holding a ``QTableView`` over a 100,000-row model, and says when its
first frame is painted (the same mark, on standard error, as VIP Desk's
``VIPCLIENT_STARTUP_MARKS``)."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

ROWS = 100_000
_ROOT = QModelIndex()


class Model(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"T{index.row():07d} · column {index.column()}"
        return None


class View(QTableView):
    """Says when its rows are first painted. The view paints its viewport in its own
    ``paintEvent``; watching ``viewport()`` instead would add the 9 ms of the first
    ``viewport()`` call (PySide loads some seventy enum types to resolve its type) to the
    reference, which VIP Desk's own first-paint mark does not pay either."""

    marked = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.marked:
            self.marked = True
            print(f"vipclient-startup first-paint {time.time():.6f}", file=sys.stderr,
                  flush=True)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = View()
    model = Model()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
