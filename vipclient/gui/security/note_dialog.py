"""A short note asked for before an action (dismissing an alert, asking to lift a freeze):
the length rule is checked as the person types, so nothing is sent that the server refuses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vipclient.gui import theme


class NoteDialog(QDialog):
    def __init__(self, title: str, prompt: str, ok_text: str,
                 problem: Callable[[str], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(420)
        self._problem = problem
        intro = QLabel(prompt)
        intro.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(title)
        self.note.setTabChangesFocus(True)
        self.hint = QLabel()
        theme.style(self.hint, "color: {muted_fg};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.note.textChanged.connect(self._check)
        self._check()

    def text(self) -> str:
        return self.note.toPlainText().strip()

    def _check(self) -> None:
        problem = self._problem(self.note.toPlainText())
        self.hint.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)


def ask_note(parent: QWidget | None, title: str, prompt: str, ok_text: str,
             problem: Callable[[str], str | None]) -> str | None:
    """The note, or None when the person cancelled."""
    dialog = NoteDialog(title, prompt, ok_text, problem, parent)
    try:
        return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
