"""The rows of one lane: ids from the lane index, rows fetched when shown, a live countdown."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vipclient.gui.lanes.format import clock_name, countdown, sla_colour, tr
from vipclient.gui.lanes.lazy_model import LazyIdTableModel
from vipclient.services.tickets import TicketListRow


class LaneModel(LazyIdTableModel[TicketListRow]):
    SLA, CLIENT, TIER, SUBJECT, LANGUAGE, CHANNEL, ASSIGNEE = range(7)

    def __init__(
        self,
        fetch: Callable[[Sequence[str]], Mapping[str, TicketListRow]],
        now: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(fetch, parent)
        self._now = now
        self._headers = [
            tr("SLA"), tr("Client"), tr("Tier"), tr("Subject"), tr("Language"), tr("Channel"),
            tr("Assignee"),
        ]

    def columns(self) -> list[str]:
        return self._headers

    def cell(self, row: TicketListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SLA:
                return countdown(row.sla(self._now()))
            return (
                None,
                row.client_name,
                row.tier.value,
                row.subject,
                row.language,
                row.channel,
                row.assignee_name or tr("unassigned"),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SLA:
            colour = sla_colour(row.sla(self._now()).state)
            return None if colour is None else QBrush(QColor(colour))
        if role == Qt.ItemDataRole.FontRole and column == self.SLA:
            font = QFont()
            font.setBold(row.sla(self._now()).state.value in ("at_risk", "breached"))
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SLA:
                reading = row.sla(self._now())
                return tr("{clock}: {state}").format(
                    clock=clock_name(reading), state=reading.state.value.replace("_", " ")
                )
            if column == self.SUBJECT:
                return f"{row.id} · {row.category} · {row.priority} · {row.status}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SLA:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
