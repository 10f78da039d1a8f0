"""A text attachment, shown as plain text (never as HTML or Markdown), read-only."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

PREVIEW_BYTES = 1 << 20


class TextPreview(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 560)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(title)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlainText(self.tr("Loading…"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def set_bytes(self, data: bytes) -> None:
        shown = data[:PREVIEW_BYTES]
        self.text.setPlainText(shown.decode("utf-8", errors="replace"))
        if len(data) > PREVIEW_BYTES:
            self.note.setText(self.tr("Only the first megabyte is shown."))

    def show_problem(self, text: str) -> None:
        self.text.setPlainText(text)
