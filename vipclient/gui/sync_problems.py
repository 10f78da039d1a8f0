"""Sync problems: the actions the server refused, with its own words, to resend or discard.

A Qt model/view over the outbox rows that are ``failed`` or ``conflict``. The rows are read
off the UI thread (``ctx.run_in_background``) whenever the outbox changes; Resend and Discard
go to the sync controller, which owns the outbox and answers with ``outboxChanged``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vipclient.gui import accessible, locale_format, theme
from vipclient.i18n import translate
from vipclient.services.context import AppContext

ProblemLoader = Callable[[], Sequence[Any]]
_ROOT = QModelIndex()


def _field(row: Any, name: str) -> Any:
    if isinstance(row, dict):
        return row.get(name)
    return getattr(row, name, None)


def _when(value: Any) -> str:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and value:
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    else:
        return ""
    return locale_format.date_time(moment)


class SyncProblemsModel(QAbstractTableModel):
    COLUMNS = ("action", "state", "message", "when")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("SyncProblems", "Action"),
            translate("SyncProblems", "State"),
            translate("SyncProblems", "Server's message"),
            translate("SyncProblems", "Last tried"),
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "action":
                return str(_field(row, "description") or _field(row, "kind") or "")
            if column == "state":
                state = str(_field(row, "state") or "")
                if state == "conflict":
                    return translate("SyncProblems", "Changed by someone else")
                if state == "failed":
                    return translate("SyncProblems", "Refused")
                return state
            if column == "message":
                return str(_field(row, "error") or "")
            return _when(_field(row, "updated_at"))
        if role == Qt.ItemDataRole.ForegroundRole and column in ("state", "message"):
            return QColor(theme.colors().failed_fg)
        if role == Qt.ItemDataRole.UserRole:
            return _field(row, "id")
        return None


class SyncProblemsDialog(QDialog):
    """Opened from the status area's unsent-count button and View → Sync problems."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, loader: ProblemLoader | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loader = loader or _default_loader(ctx)
        self._loading = False
        self._again = False
        self.setWindowTitle(translate("SyncProblems", "Sync problems"))
        self.setObjectName("syncProblems")
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.model = SyncProblemsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(translate("SyncProblems", "Actions not sent"))
        self.view.setAccessibleDescription(translate(
            "SyncProblems", "Each action waiting or refused, with the server's reason"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(0, 240)
        self.view.setColumnWidth(1, 130)
        self.view.setColumnWidth(3, 140)
        layout.addWidget(self.view, 1)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("problemDetails")
        self.details.setAccessibleName(translate("SyncProblems", "Details"))
        self.details.setAccessibleDescription(translate(
            "SyncProblems", "What was sent and what the server answered"))
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        self.details.setPlaceholderText(translate(
            "SyncProblems", "Select an action to see what was sent."))
        layout.addWidget(self.details)

        row = QHBoxLayout()
        self.resend_button = QPushButton(translate("SyncProblems", "&Resend"), self)
        self.resend_button.setToolTip(translate(
            "SyncProblems", "Send this action to the server again"))
        self.discard_button = QPushButton(translate("SyncProblems", "&Discard"), self)
        self.discard_button.setToolTip(translate(
            "SyncProblems", "Give up this action; it will not be sent"))
        row.addWidget(self.resend_button)
        row.addWidget(self.discard_button)
        # Another screen may open a refused action again in its own form, with the server's
        # message on each field (``ctx.services["reopen_refused"]``: kind → opener).
        self.edit_button = QPushButton(translate("SyncProblems", "&Open in its form…"))
        self.edit_button.setToolTip(translate(
            "SyncProblems", "Correct what the server refused, then send it again"))
        self.edit_button.clicked.connect(self.edit_selected)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        accessible.describe_buttons(buttons)

        self.resend_button.clicked.connect(self.resend_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ctx.sync.outboxChanged.connect(self._on_outbox_changed)
        self.resize(820, 360)
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------------

    @Slot(int, int)
    def _on_outbox_changed(self, _pending: int, _failed: int) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Re-read the problem rows off the UI thread (coalesced while one read is running)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.ctx.run_in_background(self._loader, self._loaded, self._load_failed, owner=self)

    def _loaded(self, rows: Sequence[Any]) -> None:
        self._loading = False
        selected = self.selected_id()
        self.model.set_rows(rows)
        if not rows:
            self.summary.setText(translate(
                "SyncProblems", "Every action you took has reached the server."))
        else:
            self.summary.setText(
                self.tr("The server refused %n of your actions. Read its message, then resend "
                        "an action (after fixing the cause) or discard it.", "", len(rows))
            )
        self.view.resizeRowsToContents()
        for i in range(self.model.rowCount()):
            if selected is not None and _field(self.model.row_at(i), "id") == selected:
                self.view.selectRow(i)
        if self._again:
            self._again = False
            self.refresh()

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.summary.setText(translate(
            "SyncProblems", "The list could not be read: {error}").format(error=str(exc)))

    # -- actions --------------------------------------------------------------------------------

    def selected_id(self) -> Any:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        if not rows:
            return None
        return self.model.data(rows[0], Qt.ItemDataRole.UserRole)

    @Slot()
    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        self.resend_button.setEnabled(has)
        self.discard_button.setEnabled(has)
        rows = self.view.selectionModel().selectedRows()
        self.edit_button.setVisible(
            bool(rows) and self._editor(self.model.row_at(rows[0].row())) is not None)
        self.details.setPlainText(
            problem_details(self.model.row_at(rows[0].row())) if rows else ""
        )

    @Slot()
    def resend_selected(self) -> None:
        outbox_id = self.selected_id()
        if outbox_id is not None:
            self.ctx.sync.resend(outbox_id)

    @Slot()
    def discard_selected(self) -> None:
        outbox_id = self.selected_id()
        if outbox_id is not None and self.confirm_discard():
            self.ctx.sync.discard(outbox_id)

    def _editor(self, row: Any) -> Callable[[int, QWidget], Any] | None:
        editors = self.ctx.services.get("reopen_refused") or {}
        found = editors.get(str(_field(row, "kind") or ""))
        return found if callable(found) else None

    @Slot()
    def edit_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        row = self.model.row_at(rows[0].row())
        editor = self._editor(row)
        if editor is not None:
            editor(int(_field(row, "id")), self)

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            translate("SyncProblems", "Discard action"),
            translate(
                "SyncProblems", "Discard this action? It will not be sent to the server and cannot "
                    "be undone."),
        )
        return answer == QMessageBox.StandardButton.Yes


def _lines(values: Any, keys: Sequence[str] | None = None) -> list[str]:
    if not isinstance(values, dict):
        return [f"  {values}"] if values not in (None, "") else []
    names = keys if keys is not None else list(values)
    return [f"  {k}: {_shown(values.get(k))}" for k in names if k in values]


def _shown(value: Any) -> str:
    if value in (None, "", [], {}):
        return translate("SyncProblems", "(empty)")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def problem_details(row: Any) -> str:
    """What was sent and, after a conflict, what the server has now — for the same fields."""
    body = _field(row, "body")
    out = [translate("SyncProblems", "What you sent:"), *_lines(body)]
    current = _field(row, "current")
    if _field(row, "state") == "conflict" and isinstance(current, dict):
        keys = list(body) if isinstance(body, dict) else None
        out += ["", translate("SyncProblems", "The server's version now:"), *_lines(current, keys)]
    return "\n".join(out)


def _default_loader(ctx: AppContext) -> ProblemLoader:
    """The outbox's failed and conflicting rows, through the sync-problems service."""

    def load() -> Sequence[Any]:
        service = ctx.services.get("sync_problems")
        if service is None:
            from vipclient.services import sync_problems  # built by the sync engineer

            return list(sync_problems.list_problems(ctx.cache))
        return list(service.list_problems())

    return load
