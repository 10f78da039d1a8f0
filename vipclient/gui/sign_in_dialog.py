"""Sign-in: server, username, password and authenticator code, checked as they are typed.

Login runs on a worker thread with a busy indicator; refusals are shown in the API's plain
words (``user_message``). A lockout shows a live minutes:seconds countdown and keeps the button
off until it ends. The password and code never leave this dialog except in the login call,
and are cleared from the fields after every attempt.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QRegularExpression, QTimer, Signal, Slot
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipclient.gui import theme
from vipclient.gui.workers import BackgroundOp
from vipclient.i18n import translate

log = logging.getLogger(__name__)

SignInFn = Callable[[Any], Any]  # Credentials -> SignedIn, blocking (runs on a worker)
CredentialsFactory = Callable[[str, str, str, str], Any]


def valid_server_url(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def mm_ss(seconds: float) -> str:
    seconds = max(0, math.ceil(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def error_message(exc: BaseException) -> str:
    """Plain words for a refusal: the API's own message, or a generic one for a bug."""
    message = getattr(exc, "user_message", None)
    if isinstance(message, str) and message:
        return message
    return translate(
        "SignInDialog", "Signing in failed because of a problem inside VIP Desk. The log has "
            "details.")


class SignInDialog(QDialog):
    """Emits ``signedIn(session)`` with whatever ``sign_in`` returned, then accepts."""

    signedIn = Signal(object)

    def __init__(
        self,
        sign_in: SignInFn,
        credentials: CredentialsFactory,
        *,
        server_url: str = "",
        server_locked: bool = False,
        username: str = "",
        keyring_note: str | None = None,
        notice: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self._credentials = credentials
        self._busy = False
        self._locked_until: float | None = None
        self.setWindowTitle(translate("SignInDialog", "Sign in to VIP Desk"))
        self.setObjectName("signInDialog")
        self.setMinimumWidth(440)

        layout = QVBoxLayout(self)
        title = QLabel(translate("SignInDialog", "Sign in"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.notice_label = QLabel(notice or "", self)
        self.notice_label.setWordWrap(True)
        self.notice_label.setVisible(bool(notice))
        layout.addWidget(self.notice_label)

        form = QFormLayout()
        self.server_edit = QLineEdit(server_url, self)
        self.server_edit.setObjectName("serverUrl")
        self.server_edit.setPlaceholderText("https://backoffice.example.com")
        self.server_edit.setReadOnly(server_locked)
        self.server_edit.setEnabled(not server_locked)
        form.addRow(translate("SignInDialog", "Server"), self.server_edit)
        if server_locked:
            managed = QLabel(translate("SignInDialog", "Set by your IT department."), self)
            managed.setObjectName("serverManaged")
            theme.style(managed, "color: {muted_fg};")
            form.addRow("", managed)
        self.server_locked = server_locked
        self.username_edit = QLineEdit(username, self)
        self.username_edit.setObjectName("username")
        form.addRow(translate("SignInDialog", "Username"), self.username_edit)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(translate("SignInDialog", "Password"), self.password_edit)
        self.code_edit = QLineEdit(self)
        self.code_edit.setObjectName("totp")
        self.code_edit.setPlaceholderText(translate(
            "SignInDialog", "6 digits from your authenticator app"))
        self.code_edit.setMaxLength(6)
        self.code_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,6}"), self.code_edit)
        )
        form.addRow(translate("SignInDialog", "Code"), self.code_edit)
        layout.addLayout(form)

        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("hint")
        self.hint_label.setWordWrap(True)
        theme.style(self.hint_label, "color: {muted_fg};")
        layout.addWidget(self.hint_label)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        theme.style(self.error_label, "color: {failed_fg};")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.lockout_label = QLabel(self)
        self.lockout_label.setObjectName("lockout")
        theme.style(self.lockout_label, "color: {failed_fg}; font-weight: 600;")
        self.lockout_label.hide()
        layout.addWidget(self.lockout_label)
        self.keyring_label = QLabel(keyring_note or "", self)
        self.keyring_label.setObjectName("keyringNote")
        self.keyring_label.setWordWrap(True)
        theme.style(self.keyring_label, "color: {sla_amber};")
        self.keyring_label.setVisible(bool(keyring_note))
        layout.addWidget(self.keyring_label)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        layout.addWidget(self.busy)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(translate("SignInDialog", "Quit"), self)
        self.sign_in_button = QPushButton(translate("SignInDialog", "Sign in"), self)
        self.sign_in_button.setDefault(True)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_in_button)
        layout.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.sign_in_button.clicked.connect(self.submit)
        for widget, text in (
            (self.server_edit, translate("SignInDialog", "The back-office server to sign in to")),
            (self.username_edit, translate("SignInDialog", "Your staff username")),
            (self.password_edit, translate("SignInDialog", "Your password")),
            (self.code_edit, translate(
                "SignInDialog", "The 6-digit code your authenticator app shows now")),
            (self.cancel_button, translate("SignInDialog", "Closes VIP Desk without signing in")),
            (self.sign_in_button, translate("SignInDialog", "Signs in with these details")),
        ):
            widget.setAccessibleDescription(text)

        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._tick_lockout)

        for edit in (self.server_edit, self.username_edit, self.password_edit, self.code_edit):
            edit.textChanged.connect(self._validate)
        self._validate()
        first_empty = next(
            (
                e
                for e in (self.server_edit, self.username_edit, self.password_edit)
                if not e.text() and e.isEnabled()
            ),
            self.code_edit,
        )
        first_empty.setFocus()

    # -- validation -----------------------------------------------------------------------------

    def problems(self) -> list[str]:
        """What is still missing or wrong in the form, in plain words."""
        out: list[str] = []
        if not valid_server_url(self.server_edit.text()):
            out.append(translate("SignInDialog", "The server address must start with https:// (or http://)."))
        if not self.username_edit.text().strip():
            out.append(translate("SignInDialog", "Enter your username."))
        if not self.password_edit.text():
            out.append(translate("SignInDialog", "Enter your password."))
        code = self.code_edit.text()
        if len(code) != 6:
            out.append(translate(
                "SignInDialog", "Enter the 6-digit code from your authenticator app."))
        return out

    @Slot()
    def _validate(self) -> None:
        problems = self.problems()
        self.hint_label.setText(problems[0] if problems else "")
        locked = self._locked_until is not None
        self.sign_in_button.setEnabled(not problems and not self._busy and not locked)

    # -- signing in -----------------------------------------------------------------------------

    @Slot()
    def submit(self) -> None:
        if self._busy or self._locked_until is not None or self.problems():
            return
        credentials = self._credentials(
            self.server_edit.text().strip(),
            self.username_edit.text().strip(),
            self.password_edit.text(),
            self.code_edit.text(),
        )
        # A code is accepted once; the next attempt needs the next one anyway.
        self.code_edit.clear()
        self._set_busy(True)
        self.error_label.hide()
        sign_in = self._sign_in
        (
            BackgroundOp(lambda: sign_in(credentials))
            .success(self._succeeded)
            .failure(self._failed)
            .finally_(lambda: self._set_busy(False))
            .run()
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        for edit in (self.username_edit, self.password_edit, self.code_edit):
            edit.setEnabled(not busy)
        self.server_edit.setEnabled(not busy and not self.server_locked)
        self._validate()

    def _succeeded(self, session: Any) -> None:
        self.password_edit.clear()
        self.signedIn.emit(session)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        log.info("sign-in refused: %s", type(exc).__name__)
        if not hasattr(exc, "user_message"):
            log.error("sign-in failed unexpectedly", exc_info=exc)
        self.show_error(error_message(exc))
        # 429 on /auth/login is the lockout (LockedOut): count down to the end of the window.
        retry_after = getattr(exc, "retry_after", None)
        if getattr(exc, "status", None) == 429 and retry_after:
            self.start_lockout(float(retry_after))
        self.code_edit.setFocus()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- lockout ----------------------------------------------------------------------------------

    def start_lockout(self, seconds: float) -> None:
        self._locked_until = time.monotonic() + seconds
        self._tick_lockout()
        self._lock_timer.start()

    @Slot()
    def _tick_lockout(self) -> None:
        if self._locked_until is None:
            return
        left = self._locked_until - time.monotonic()
        if left <= 0:
            self._locked_until = None
            self._lock_timer.stop()
            self.lockout_label.hide()
            self.error_label.hide()
        else:
            self.lockout_label.setText(translate(
                "SignInDialog", "Locked: try again in {time}").format(time=mm_ss(left)))
            self.lockout_label.show()
        self._validate()

    def lockout_text(self) -> str:
        return self.lockout_label.text() if self.lockout_label.isVisible() else ""
