"""Asks for a fresh authenticator code when the server wants a step-up for an action.

The sync engine pauses the action and emits ``stepUpRequired``; this dialog collects the code
and hands it back (``provide_step_up``), or cancels (``cancel_step_up``) so the action fails
visibly in Sync problems instead of waiting forever.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from vipclient.gui import theme


def tr(text: str) -> str:
    return QCoreApplication.translate("StepUpDialog", text)


def is_valid_code(text: str) -> bool:
    return len(text) == 6 and text.isascii() and text.isdigit()


def challenge_text(challenge: Any) -> str:
    """What the person is confirming, from whatever the challenge object carries."""
    for name in ("description", "action", "error_description"):
        value = getattr(challenge, name, None)
        if value:
            return str(value)
    return ""


class StepUpDialog(QDialog):
    codeEntered = Signal(str)
    cancelled = Signal()

    def __init__(self, challenge: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Confirm with your code"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("This action needs a fresh 6-digit code from your authenticator app."), self
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        what = challenge_text(challenge)
        self.what_label = QLabel(what, self)
        self.what_label.setWordWrap(True)
        self.what_label.setStyleSheet("font-weight: 600;")
        self.what_label.setVisible(bool(what))
        layout.addWidget(self.what_label)
        self.retry_label = QLabel(
            tr("That code was not accepted. Wait for the next code and try again."), self
        )
        self.retry_label.setWordWrap(True)
        theme.style(self.retry_label, "color: {failed_fg};")
        self.retry_label.setVisible(bool(getattr(challenge, "retry", False)))
        layout.addWidget(self.retry_label)

        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("stepUpCode")
        self.code_edit.setPlaceholderText(tr("6-digit code"))
        self.code_edit.setMaxLength(6)
        self.code_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,6}"), self.code_edit)
        )
        layout.addWidget(self.code_edit)
        self.hint = QLabel(self)
        theme.style(self.hint, "color: {muted_fg};")
        layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Confirm"))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.code_edit.textChanged.connect(self._validate)
        self._validate(self.code_edit.text())

    @Slot(str)
    def _validate(self, text: str) -> None:
        ok = is_valid_code(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if ok:
            self.hint.setText("")
        else:
            self.hint.setText(tr("{n} more digits").format(n=6 - len(text)))

    @Slot()
    def _confirm(self) -> None:
        code = self.code_edit.text()
        if not is_valid_code(code):
            return
        self.codeEntered.emit(code)
        self.accept()

    def reject(self) -> None:
        self.cancelled.emit()
        super().reject()
