"""Asks for a fresh authenticator code when the server wants a step-up for an action.

The sync engine pauses the action and emits ``stepUpRequired``; this dialog collects the code
and hands it back (``provide_step_up``), or cancels (``cancel_step_up``) so the action fails
visibly in Sync problems instead of waiting forever. The layout and fixed texts are the
Designer form ``ui/step_up_dialog.ui``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from vipclient.gui import accessible, theme
from vipclient.gui.forms.step_up_dialog_ui import Ui_StepUpDialog
from vipclient.i18n import translate


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
        self.ui = Ui_StepUpDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.what_label: QLabel = self.ui.what_label
        self.retry_label: QLabel = self.ui.retry_label
        self.code_edit: QLineEdit = self.ui.code_edit
        self.hint: QLabel = self.ui.hint
        self.buttons: QDialogButtonBox = self.ui.buttons
        what = challenge_text(challenge)
        self.what_label.setText(what)
        self.what_label.setVisible(bool(what))
        theme.style(self.retry_label, "color: {failed_fg};")
        self.retry_label.setVisible(bool(getattr(challenge, "retry", False)))
        self.code_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,6}"), self.code_edit)
        )
        theme.style(self.hint, "color: {muted_fg};")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("StepUpDialog", "Confirm"))
        ok.setAccessibleDescription(translate(
            "StepUpDialog", "Sends the code; the action goes ahead if it is right"))
        accessible.describe(self.code_edit, translate("StepUpDialog", "Code"), translate(
            "StepUpDialog", "The 6-digit code your authenticator app shows now"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setAccessibleDescription(translate(
                "StepUpDialog", "Gives the action up; it is listed in Sync problems"))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.code_edit.textChanged.connect(self._validate)
        self._validate(self.code_edit.text())

    @Slot(str)
    def _validate(self, text: str) -> None:
        ok = is_valid_code(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if ok:
            self.hint.setText("")
        else:
            self.hint.setText(translate("StepUpDialog", "{n} more digits").format(n=6 - len(text)))

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
