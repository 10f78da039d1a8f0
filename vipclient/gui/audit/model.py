"""The audit log as a table: the entries' numbers (newest first) in the model, the rows read
from the cache a block at a time when shown, each entry's sentence made once when first
painted. 100,000 entries cost one list of ids (``gui/lanes/lazy_model.py``).

The entry a verification found wrong is marked (the failed colours, a tooltip saying how);
for a gap, the entry after it carries the mark (the missing one has no row)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vipclient.domain.audit_words import describe
from vipclient.gui import theme
from vipclient.gui.lanes.lazy_model import LazyIdTableModel
from vipclient.gui.security import words
from vipclient.store.audit_queries import AuditLine


def _translate(context: str, text: str) -> str:
    # The domain's sentences are marked under their own context (``AuditWords``).
    return QCoreApplication.translate(context, text)


def sentence(line: AuditLine, name_of: Callable[[str], str | None]) -> str:
    """The entry in words, in the person's language."""
    return describe(line.entry(), name_of, _translate)


class AuditModel(LazyIdTableModel[AuditLine]):
    SEQ, AT, ACTOR, ACTION, TARGET, WORDS = range(6)

    def __init__(self, fetch: Callable[[Sequence[str]], Mapping[str, AuditLine]],
                 parent: QObject | None = None) -> None:
        super().__init__(fetch, parent)
        self._names: dict[str, str] = {}
        self._said: dict[str, tuple[str, str]] = {}
        self._mark: tuple[int, str] | None = None
        self._headers = [self.tr("#"), self.tr("Time"), self.tr("Who"), self.tr("Action"),
                         self.tr("Target"), self.tr("What happened")]

    def columns(self) -> list[str]:
        return self._headers

    def set_names(self, names: Mapping[str, str]) -> None:
        self._names = dict(names)
        self._said.clear()

    def name_of(self, staff_id: str) -> str | None:
        return self._names.get(staff_id)

    def forget_derived(self) -> None:
        self._said.clear()

    # --- the verification's mark ---------------------------------------------------------------

    def set_mark(self, seq: int | None, why: str = "") -> None:
        """Mark entry ``seq`` as the one that breaks trust (None: no mark)."""
        before = self._mark
        self._mark = None if seq is None else (seq, why)
        for mark in (before, self._mark):
            if mark is not None:
                row = self.row_of(str(mark[0]))
                if row >= 0:
                    self.dataChanged.emit(self.index(row, 0),
                                          self.index(row, self.columnCount() - 1))

    def marked(self) -> int | None:
        return None if self._mark is None else self._mark[0]

    def mark_of(self, seq: int | None) -> str:
        """How entry ``seq`` breaks trust ("" when it is not the marked one)."""
        return self._mark[1] if self._mark is not None and self._mark[0] == seq else ""

    # --- cells ---------------------------------------------------------------------------------

    def texts(self, line: AuditLine) -> tuple[str, str]:
        """(local time, sentence) of a row, made once per row."""
        key = str(line.seq)
        said = self._said.get(key)
        if said is None:
            said = (words.local_stamp(line.at), sentence(line, self._names.get))
            if len(self._said) > 2 * self.CACHE_ROWS:
                self._said.clear()
            self._said[key] = said
        return said

    def cell(self, row: AuditLine, column: int, role: int) -> Any:
        marked = self._mark is not None and self._mark[0] == row.seq
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SEQ:
                return str(row.seq)
            if column == self.AT:
                return self.texts(row)[0]
            if column == self.ACTOR:
                return row.actor_name or self.tr("The platform")
            if column == self.ACTION:
                return row.action
            if column == self.TARGET:
                return row.target
            return self.texts(row)[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            if marked and self._mark is not None:
                return self._mark[1]
            if column == self.WORDS:
                return self.texts(row)[1]
            if column == self.AT:
                return row.at
            return None
        if role == Qt.ItemDataRole.ForegroundRole and marked:
            return QBrush(QColor(theme.colors().failed_fg))
        if role == Qt.ItemDataRole.FontRole and marked:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The marked row's background, which the base class's roles leave out.
        if role == Qt.ItemDataRole.BackgroundRole:
            if self._mark is None or not index.isValid():
                return None
            if self.id_at(index.row()) == str(self._mark[0]):
                return QBrush(QColor(theme.colors().failed_bg))
            return None
        return super().data(index, role)
