"""A list of requests: ids from the index, rows fetched a screenful at a time when shown."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vipclient.domain.sla import parse_ts
from vipclient.gui import theme
from vipclient.gui.lanes.lazy_model import LazyIdTableModel
from vipclient.gui.requests import wording
from vipclient.services.requests import RequestRow


def _time(value: str | None) -> datetime | None:
    try:
        return None if not value else parse_ts(value)
    except ValueError:
        return None


class RequestsModel(LazyIdTableModel[RequestRow]):
    CLIENT, KIND, ASKED, STATUS, RULE, REQUESTER, CREATED, DEADLINE = range(8)

    def __init__(self, fetch: Callable[[Sequence[str]], Mapping[str, RequestRow]],
                 now: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(fetch, parent)
        self._now = now
        self._texts: dict[str, tuple[str, ...]] = {}
        self._headers = [
            QCoreApplication.translate("Requests", "Client"),
            QCoreApplication.translate("Requests", "Kind"),
            QCoreApplication.translate("Requests", "Asked"),
            QCoreApplication.translate("Requests", "Status"),
            QCoreApplication.translate("Requests", "Rule"),
            QCoreApplication.translate("Requests", "Requested by"),
            QCoreApplication.translate("Requests", "Created"),
            QCoreApplication.translate("Requests", "Deadline"),
        ]

    def columns(self) -> list[str]:
        return self._headers

    def forget_derived(self) -> None:
        self._texts.clear()

    def texts(self, row: RequestRow) -> tuple[str, ...]:
        found = self._texts.get(row.key)
        if found is None:
            found = (
                f"{row.client_name} · VIP{row.client_tier}",
                wording.kind_name(row.entity),
                wording.summary(row.entity, row.data),
                wording.sending() if row.local else wording.status_name(row.status),
                row.rule_id or "—",
                row.requester_name,
                wording.local_stamp(_time(row.created_at)),
                "",
            )
            if len(self._texts) > 2 * self.CACHE_ROWS:
                self._texts.clear()
            self._texts[row.key] = found
        return found

    def cell(self, row: RequestRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DEADLINE:
                if row.status != "pending_approval" or row.local:
                    return ""
                return wording.time_left(_time(row.expires_at), self._now())
            return self.texts(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.ASKED:
                return f"{row.id} · {self.texts(row)[self.ASKED]}"
            if column == self.CLIENT:
                return row.client_uid
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            c = theme.colors()
            if row.local:
                return QBrush(QColor(c.pending_fg))
            if row.status in ("rejected", "expired"):
                return QBrush(QColor(c.failed_fg))
            if row.status == "applied":
                return QBrush(QColor(c.sla_ok))
            return None
        if role == Qt.ItemDataRole.FontRole and column == self.STATUS:
            font = QFont()
            font.setBold(row.status == "pending_approval" and not row.local)
            return font
        return None
