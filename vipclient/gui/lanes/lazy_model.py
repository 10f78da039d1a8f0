"""A table model over a list of ids whose rows are fetched when shown (Anki's browser pattern).

The model holds only the ordered ids (strings the database chose and sorted) and a small LRU
cache of the rows that were painted recently. ``data()`` for a row not in the cache fetches a
block of neighbouring rows in one query, so scrolling costs one small query per screenful and
100,000 ids cost one Python list, not 100,000 row objects.

Updates are targeted: :meth:`set_ids` removes the rows that left, appends the rows that came,
then reorders with ``layoutChanged`` (persistent indexes — the selection — follow their ids);
the same ids in the same order only refresh what is shown (``dataChanged``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LazyIdTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give ``columns`` (header texts) and ``cell(row, column, role)``."""

    BLOCK = 64
    CACHE_ROWS = 1024
    #: Roles ``cell`` answers; a view asks for a dozen per cell, most of them answered here
    #: with None before any row is looked up (that is most of a repaint's cost otherwise).
    ROLES: frozenset[int] = frozenset(int(r) for r in (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole, ID_ROLE,
    ))

    def __init__(
        self,
        fetch: Callable[[Sequence[str]], Mapping[str, Row]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[str] = []
        self._pos: dict[str, int] | None = None
        self._rows: OrderedDict[str, Row] = OrderedDict()
        self._ncols: int | None = None

    # --- what subclasses provide ---

    def columns(self) -> list[str]:
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        raise NotImplementedError

    # --- Qt model API ---

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._column_count()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own index() asks rowCount and columnCount through two virtual calls each time;
        # views and the model tester call index() very often, so answer it in one.
        if (
            0 <= row < len(self._ids)
            and 0 <= column < self._column_count()
            and not parent.isValid()
        ):
            return self.createIndex(row, column)
        return QModelIndex()

    def _column_count(self) -> int:
        if self._ncols is None:
            self._ncols = len(self.columns())
        return self._ncols

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns())
        ):
            return self.columns()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The role test comes first: it is the cheapest and answers most calls of a repaint.
        if role not in self.ROLES or not index.isValid():
            return None
        r = index.row()
        if r >= len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[r]
        row = self.row_at(r)
        if row is None:
            return None
        return self.cell(row, index.column(), role)

    # --- ids and rows ---

    def ids(self) -> list[str]:
        return self._ids

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, entity_id: str) -> int:
        """Position of ``entity_id`` or -1 (a dict built on first use after a change)."""
        if self._pos is None:
            self._pos = {eid: i for i, eid in enumerate(self._ids)}
        return self._pos.get(entity_id, -1)

    def row_at(self, row: int) -> Row | None:
        entity_id = self._ids[row]
        cached = self._rows.get(entity_id)
        if cached is not None:
            self._rows.move_to_end(entity_id)
            return cached
        lo = max(0, row - self.BLOCK // 4)
        wanted = [eid for eid in self._ids[lo : lo + self.BLOCK] if eid not in self._rows]
        for eid, fetched in self._fetch(wanted).items():
            self._rows[eid] = fetched
        while len(self._rows) > self.CACHE_ROWS:
            self._rows.popitem(last=False)
        return self._rows.get(entity_id)

    def seed(self, rows: Mapping[str, Row]) -> None:
        """Rows already read elsewhere (at the start, with the lane index): the first paint
        shows them without a query. Only rows of ids the model holds are kept."""
        for entity_id, row in rows.items():
            if len(self._rows) >= self.CACHE_ROWS:
                break
            if self.row_of(entity_id) >= 0:
                self._rows[entity_id] = row

    def forget_derived(self) -> None:
        """Subclasses drop values they derived from cached rows."""

    def cached_rows(self) -> int:
        return len(self._rows)

    def invalidate(self) -> None:
        """Rows may have changed in the database: forget them; the view repaints what shows."""
        self._rows.clear()
        self.forget_derived()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1)
            )

    def refresh_column(self, column: int, first: int, last: int) -> None:
        """Repaint one column of rows ``first..last`` (a live countdown), without re-reading."""
        if not self._ids or column >= self.columnCount():
            return
        first = max(0, first)
        last = min(len(self._ids) - 1, last)
        if first <= last:
            self.dataChanged.emit(self.index(first, column), self.index(last, column))

    def set_ids(self, new_ids: list[str]) -> None:
        """Move to ``new_ids`` with targeted signals (see the module doc)."""
        old = self._ids
        if new_ids == old:
            self.invalidate()
            return
        new_set = set(new_ids)
        # 1. Remove rows that left, in contiguous runs from the bottom up.
        gone = [i for i, eid in enumerate(old) if eid not in new_set]
        for first, last in reversed(_runs(gone)):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._ids[first : last + 1]
            self._pos = None
            self.endRemoveRows()
        # 2. Append rows that came.
        have = set(self._ids)
        added = [eid for eid in new_ids if eid not in have]
        if added:
            start = len(self._ids)
            self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
            self._ids.extend(added)
            self._pos = None
            self.endInsertRows()
        # 3. Reorder; persistent indexes (selection, current row) follow their ids.
        if self._ids != new_ids:
            self.layoutAboutToBeChanged.emit()
            persistent = self.persistentIndexList()
            keep = [(p, self._ids[p.row()], p.column()) for p in persistent]
            self._ids = list(new_ids)
            self._pos = None
            where = {eid: i for i, eid in enumerate(self._ids)}
            for p, eid, col in keep:
                self.changePersistentIndex(p, self.index(where[eid], col))
            self.layoutChanged.emit()
        self.invalidate()

    def remove_id(self, entity_id: str) -> bool:
        """Take one row out (``beginRemoveRows``); False when it is not shown."""
        at = self.row_of(entity_id)
        if at < 0:
            return False
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._ids[at]
        self._pos = None
        self._rows.pop(entity_id, None)
        self.endRemoveRows()
        return True

    def insert_id(self, at: int, entity_id: str) -> None:
        """Put one row in at position ``at`` (``beginInsertRows``), read when shown."""
        at = max(0, min(at, len(self._ids)))
        self.beginInsertRows(QModelIndex(), at, at)
        self._ids.insert(at, entity_id)
        self._pos = None
        self._rows.pop(entity_id, None)
        self.endInsertRows()

    def forget_rows(self, entity_ids: Sequence[str]) -> None:
        """These rows changed in the database: drop their cached copies and repaint them."""
        for eid in entity_ids:
            self._rows.pop(eid, None)
        self.forget_derived()
        for eid in entity_ids:
            at = self.row_of(eid)
            if at >= 0:
                self.dataChanged.emit(self.index(at, 0), self.index(at, self.columnCount() - 1))

    def replace_ids(self, new_ids: list[str]) -> None:
        """A different list altogether (another lane, another filter): reset is the honest
        signal here, and the cheapest."""
        self.beginResetModel()
        self._ids = list(new_ids)
        self._pos = None
        self._rows.clear()
        self.forget_derived()
        self.endResetModel()


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Sorted positions → contiguous ``(first, last)`` runs."""
    runs: list[tuple[int, int]] = []
    for p in positions:
        if runs and runs[-1][1] == p - 1:
            runs[-1] = (runs[-1][0], p)
        else:
            runs.append((p, p))
    return runs
