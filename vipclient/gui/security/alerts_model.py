"""The alert queue as a table: ids in queue order (most severe, then oldest), rows read when
shown, the age column moving with the server's clock."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vipclient.gui import theme
from vipclient.gui.lanes.lazy_model import LazyIdTableModel
from vipclient.gui.security import words
from vipclient.store.alert_queries import AlertRow


class AlertsModel(LazyIdTableModel[AlertRow]):
    SEVERITY, AGE, CLIENT, TIER, KIND, STATUS, SUMMARY = range(7)

    def __init__(self, fetch: Callable[[Sequence[str]], Mapping[str, AlertRow]],
                 now: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(fetch, parent)
        self._now = now
        self._headers = [self.tr("Severity"), self.tr("Age"), self.tr("Client"), self.tr("Tier"),
                         self.tr("Kind"), self.tr("Status"), self.tr("Summary")]

    def columns(self) -> list[str]:
        return self._headers

    def cell(self, row: AlertRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SEVERITY:
            colour = {"critical": theme.colors().sla_red,
                      "high": theme.colors().sla_amber}.get(row.severity)
            return None if colour is None else QBrush(QColor(colour))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == self.SEVERITY:
            font = QFont()
            font.setBold(row.severity == "critical")
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.STATUS and row.pending:
                return self.tr("Your change is on its way to the platform")
            if column == self.SUMMARY:
                return f"{row.summary} ({row.id})"
        return None

    def _text(self, row: AlertRow, column: int) -> str:
        if column == self.SEVERITY:
            return words.word(row.severity)
        if column == self.CLIENT:
            return f"{row.client_name} ({row.client_uid})"
        if column == self.TIER:
            return f"VIP{row.client_tier}" if row.client_tier else ""
        if column == self.KIND:
            return words.word(row.kind)
        if column == self.SUMMARY:
            return row.summary
        if column == self.STATUS:
            text = words.status(row.status)
            return self.tr("{status} (sending…)").format(status=text) if row.pending else text
        return words.age(row.created_at, self._now())
