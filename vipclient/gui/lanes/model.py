"""The rows of one lane: ids from the lane index, rows fetched when shown, a live countdown."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from vipclient.domain.lanes import SlaReading
from vipclient.gui import theme, words
from vipclient.gui.lanes.format import clock_name, marked_countdown, sla_colour, sla_state_word
from vipclient.gui.lanes.lazy_model import LazyIdTableModel
from vipclient.gui.words import word
from vipclient.i18n import translate
from vipclient.services.lanes import TicketListRow


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
        # The SLA reading of a row, per second of the clock: one reading serves the text,
        # colour, font and tooltip of the countdown cell in a repaint.
        self._sla: dict[str, tuple[int, SlaReading]] = {}
        self._display: dict[str, tuple[str, ...]] = {}
        self._headers = [
            translate("Lanes", "SLA"),
            translate("Lanes", "Client"),
            translate("Lanes", "Tier"),
            translate("Lanes", "Subject"),
            translate("Lanes", "Language"),
            translate("Lanes", "Channel"),
            translate("Lanes", "Assignee"),
        ]

    def columns(self) -> list[str]:
        return self._headers

    def forget_derived(self) -> None:
        self._sla.clear()
        self._display.clear()

    def _texts(self, row: TicketListRow) -> tuple[str, ...]:
        """The row's fixed texts, made once per row; the countdown is made at paint time."""
        texts = self._display.get(row.id)
        if texts is None:
            client = row.client_name
            if row.client_status == "frozen":
                # Frozen by security: whoever answers the ticket must know before replying.
                client = QCoreApplication.translate("Lanes", "{name} — FROZEN").format(
                    name=client)
            texts = (
                "",
                client,
                f"VIP{row.tier_level}",
                row.subject,
                row.language,
                word(words.CHANNEL, row.channel),
                row.assignee_name or translate("Lanes", "unassigned"),
            )
            if len(self._display) > 2 * self.CACHE_ROWS:
                self._display.clear()
            self._display[row.id] = texts
        return texts

    def reading(self, row: TicketListRow) -> SlaReading:
        now = self._now()
        second = int(now.timestamp())
        memo = self._sla.get(row.id)
        if memo is not None and memo[0] == second:
            return memo[1]
        value = row.sla(now.replace(microsecond=0))
        if len(self._sla) > 4 * self.CACHE_ROWS:
            self._sla.clear()
        self._sla[row.id] = (second, value)
        return value

    def cell(self, row: TicketListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SLA:
                return marked_countdown(self.reading(row))
            return self._texts(row)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SLA:
            colour = sla_colour(self.reading(row).state)
            return None if colour is None else QBrush(QColor(colour))
        if column == self.CLIENT and row.client_status == "frozen" and role in (
                Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(theme.colors().frozen_bg))
            bold = QFont()
            bold.setBold(True)
            return bold
        if column != self.SLA and role != Qt.ItemDataRole.ToolTipRole:
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(self.reading(row).state.value in ("at_risk", "breached"))
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.SLA:
                reading = self.reading(row)
                return translate("Lanes", "{clock}: {state}").format(
                    clock=clock_name(reading), state=sla_state_word(reading.state)
                )
            if column == self.SUBJECT:
                return " · ".join((row.id, word(words.CATEGORY, row.category),
                                   word(words.PRIORITY, row.priority),
                                   word(words.TICKET_STATUS, row.status)))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SLA:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
