"""The clients table: uids from the cache's filtered, sorted query; rows fetched when shown."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from vipclient.gui import locale_format, theme, words
from vipclient.gui.lanes.lazy_model import LazyIdTableModel
from vipclient.gui.words import word
from vipclient.i18n import QT_TRANSLATE_NOOP, translate
from vipclient.services.clients import ClientListRow

COLUMNS: list[tuple[str, str]] = [
    ("uid", QT_TRANSLATE_NOOP("Clients", "UID")),
    ("display_name", QT_TRANSLATE_NOOP("Clients", "Name")),
    ("tier", QT_TRANSLATE_NOOP("Clients", "Tier")),
    ("status", QT_TRANSLATE_NOOP("Clients", "Status")),
    ("manager", QT_TRANSLATE_NOOP("Clients", "Manager")),
    ("languages", QT_TRANSLATE_NOOP("Clients", "Languages")),
    ("kyc_level", QT_TRANSLATE_NOOP("Clients", "KYC")),
    ("volume_30d_usd", QT_TRANSLATE_NOOP("Clients", "30-day volume (USD)")),
    ("assets_usd", QT_TRANSLATE_NOOP("Clients", "Assets (USD)")),
    ("preferred_channel", QT_TRANSLATE_NOOP("Clients", "Channel")),
    ("email", QT_TRANSLATE_NOOP("Clients", "E-mail")),
]


_RIGHT_ALIGNED = frozenset({"volume_30d_usd", "assets_usd", "kyc_level"})


def money(value: float | None) -> str:
    return locale_format.integer(value)


class ClientsModel(LazyIdTableModel[ClientListRow]):
    """``sort()`` asks ``on_sort(key, descending)``; the section re-queries and calls
    :meth:`set_ids`, which moves the rows with ``layoutChanged`` (selection follows)."""

    def __init__(
        self,
        fetch: Callable[[Sequence[str]], Mapping[str, ClientListRow]],
        on_sort: Callable[[str, bool], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(fetch, parent)
        self._on_sort = on_sort
        self._headers = [translate("Clients", title) for _, title in COLUMNS]
        self._display: dict[str, tuple[str, ...]] = {}

    def columns(self) -> list[str]:
        return self._headers

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._on_sort is not None and 0 <= column < len(COLUMNS):
            self._on_sort(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)

    def forget_derived(self) -> None:
        self._display.clear()

    def _texts(self, row: ClientListRow) -> tuple[str, ...]:
        """The row's display texts, made once per row (a repaint asks for each cell several
        times, in several roles)."""
        texts = self._display.get(row.uid)
        if texts is None:
            texts = (
                row.uid,
                row.display_name,
                f"VIP{row.tier}" if row.tier else "",
                translate("Clients", "frozen")
                if row.status == "frozen"
                else translate("Clients", "active"),
                row.manager_name,
                ", ".join(row.languages),
                "" if row.kyc_level is None else str(row.kyc_level),
                money(row.volume_30d_usd),
                money(row.assets_usd),
                word(words.CHANNEL, row.preferred_channel) if row.preferred_channel else "",
                row.email,
            )
            if len(self._display) > 2 * self.CACHE_ROWS:
                self._display.clear()
            self._display[row.uid] = texts
        return texts

    def cell(self, row: ClientListRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(row)[column]
        key = COLUMNS[column][0]
        if role == Qt.ItemDataRole.ForegroundRole and key == "status" and row.status == "frozen":
            return QBrush(QColor(theme.colors().sla_red))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in _RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "display_name" and row.tags:
            return translate("Clients", "Tags: {tags}").format(tags=", ".join(row.tags))
        return None
