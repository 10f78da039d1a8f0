"""Asks for a fresh authenticator code when the server wants a step-up for an action.

Shared by the whole app: the sync engine's actions (``MainWindow.ask_step_up``) and the online
road's live-only commands (``gui.online.OnlineRunner``). The challenge says what is being
confirmed; the dialog shows how many seconds the current 30-second code has left (on the
server's clock, ``now``), how many wrong codes remain before the server's lockout (as this
desk counted them), and — after a 429 — the time until the next try, counting down, with the
field closed until then. A pasted "123 456" or "123-456" is taken as six digits. The code
goes to the caller (``codeEntered``) and is never logged or kept. The layout and fixed texts
are the Designer form ``ui/step_up_dialog.ui``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from vipclient.domain.lockout import LOCKOUT_FAILURES, LOCKOUT_WINDOW
from vipclient.gui import code_field, theme
from vipclient.gui.forms.step_up_dialog_ui import Ui_StepUpDialog

TOTP_STEP_S = 30


def is_valid_code(text: str) -> bool:
    return code_field.is_complete(text)


def challenge_text(challenge: Any) -> str:
    """What the person is confirming, from whatever the challenge object carries."""
    for name in ("description", "action", "error_description"):
        value = getattr(challenge, name, None)
        if value:
            return str(value)
    return ""


def seconds_left_in_step(now: datetime) -> int:
    """Seconds until the authenticator shows its next code (1…30)."""
    return TOTP_STEP_S - int(now.timestamp()) % TOTP_STEP_S


def _clock(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))
    return f"{whole // 60}:{whole % 60:02d}"


class StepUpDialog(QDialog):
    codeEntered = Signal(str)
    cancelled = Signal()

    def __init__(self, challenge: Any = None, parent: QWidget | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StepUpDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.what_label: QLabel = self.ui.what_label
        self.retry_label: QLabel = self.ui.retry_label
        self.lockout_label: QLabel = self.ui.lockout_label
        self.code_edit: QLineEdit = self.ui.code_edit
        self.hint: QLabel = self.ui.hint
        self.clock_label: QLabel = self.ui.clock_label
        self.attempts_label: QLabel = self.ui.attempts_label
        self.buttons: QDialogButtonBox = self.ui.buttons
        self._now = now or (lambda: datetime.now(UTC))
        what = challenge_text(challenge)
        self.what_label.setText(what)
        self.what_label.setVisible(bool(what))
        theme.style(self.retry_label, "color: {failed_fg};")
        theme.style(self.lockout_label, "color: {failed_fg}; font-weight: 600;")
        self.retry_label.setVisible(bool(getattr(challenge, "retry", False)))
        code_field.install(self.code_edit)
        theme.style(self.hint, "color: {muted_fg};")
        theme.style(self.clock_label, "color: {muted_fg};")
        self._attempts: int | None = getattr(challenge, "attempts_left", None)
        locked_for = getattr(challenge, "locked_for", None)
        self._locked_until: datetime | None = (
            self._now() + timedelta(seconds=float(locked_for)) if locked_for else None
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Confirm"))
        ok.setAccessibleDescription(self.tr(
            "Sends the code; the action goes ahead if it is right"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setAccessibleDescription(self.tr(
                "Gives the action up; it is listed in Sync problems"))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.code_edit.textChanged.connect(self._validate)
        self._show_attempts()
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._tick()

    # --- what the person sees --------------------------------------------------------------

    def locked(self) -> bool:
        return self._locked_until is not None and self._now() < self._locked_until

    def _show_attempts(self) -> None:
        n = self._attempts
        if n is None or self._locked_until is not None:
            self.attempts_label.hide()
            return
        self.attempts_label.show()
        if n <= 0:
            text = self.tr("The next wrong code locks you out for {minutes} minutes")
        elif n == 1:
            text = self.tr("1 try left before a {minutes}-minute lockout")
        else:
            text = self.tr("{n} tries left before a {minutes}-minute lockout")
        self.attempts_label.setText(text.format(n=n, minutes=int(
            LOCKOUT_WINDOW.total_seconds() // 60)))
        warn = n < LOCKOUT_FAILURES - 1
        theme.style(self.attempts_label, "color: {failed_fg};" if warn else "color: {muted_fg};")

    @Slot()
    def _tick(self) -> None:
        now = self._now()
        self.clock_label.setText(self.tr("This code changes in {s} s").format(
            s=seconds_left_in_step(now)))
        if self._locked_until is not None:
            left = (self._locked_until - now).total_seconds()
            if left > 0:
                self.lockout_label.setText(self.tr(
                    "Too many wrong codes: the platform has locked your codes. "
                    "Try again in {time}.").format(time=_clock(left)))
                self.lockout_label.show()
                self.code_edit.setEnabled(False)
                self.retry_label.hide()
            else:
                self._locked_until = None
                self._attempts = LOCKOUT_FAILURES
                self.lockout_label.hide()
                self.code_edit.setEnabled(True)
                self.code_edit.setFocus()
                self._show_attempts()
        else:
            self.lockout_label.hide()
        self._validate(self.code_edit.text())

    @Slot(str)
    def _validate(self, text: str) -> None:
        ok = is_valid_code(text) and not self.locked()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if ok or self.locked():
            self.hint.setText("")
        else:
            self.hint.setText(self.tr("%n more digits", "", 6 - len(text)))

    @Slot()
    def _confirm(self) -> None:
        code = self.code_edit.text()
        if not is_valid_code(code) or self.locked():
            return
        self.code_edit.clear()  # the code leaves with the signal; nothing keeps it
        self.codeEntered.emit(code)
        self.accept()

    def reject(self) -> None:
        self.code_edit.clear()
        self.cancelled.emit()
        super().reject()

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)
