"""Tells the person, in plain words, that something went wrong, and where the details are.

The app keeps running: this dialog is shown by the crash hook for an exception raised in a
slot or a worker, and closing it returns to where the person was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipclient.i18n import translate


class CrashDialog(QDialog):
    def __init__(
        self,
        summary: str,
        details: str,
        log_path: Path | str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CrashDialog", "VIP Desk ran into a problem"))
        self.setObjectName("crashDialog")
        self.details = details
        self.log_path = Path(log_path) if log_path else None
        layout = QVBoxLayout(self)

        headline = QLabel(
            translate("CrashDialog",
                "Something went wrong inside VIP Desk. Your work is kept: actions you took are "
                "saved and will still be sent. You can carry on; if it happens again, send the "
                "details below to IT support."
            ),
            self,
        )
        headline.setWordWrap(True)
        layout.addWidget(headline)
        self.summary_label = QLabel(summary, self)
        self.summary_label.setObjectName("crashSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.summary_label)
        if self.log_path is not None:
            self.log_label = QLabel(
                translate("CrashDialog", "The log is kept in: {path}").format(
                    path=str(self.log_path)
                ),
                self,
            )
            self.log_label.setWordWrap(True)
            self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.log_label)

        self.details_view = QPlainTextEdit(details, self)
        self.details_view.setReadOnly(True)
        self.details_view.setMinimumHeight(160)
        layout.addWidget(self.details_view)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(translate("CrashDialog", "Copy details"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        if self.log_path is not None:
            open_button = QPushButton(translate("CrashDialog", "Open log folder"), self)
            buttons.addButton(open_button, QDialogButtonBox.ButtonRole.ActionRole)
            open_button.clicked.connect(self._open_log_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 380)

    @Slot()
    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(translate("CrashDialog", "Copied"))

    @Slot()
    def _open_log_folder(self) -> None:
        if self.log_path is not None:
            folder = self.log_path if self.log_path.is_dir() else self.log_path.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
