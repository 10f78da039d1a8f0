"""The emergency freeze: what to stop, why, what it will do to the client — sent at once.

The dialog builds the freeze (scopes ticked per reason, a note where the reason needs one, the
client's open alerts it answers) and says in words what will happen. *Freeze now* sends it on
the online road with one idempotency key: a code typed in advance steps the session up first,
otherwise the shared step-up dialog asks; a network failure is retried with the same key, so
a lost answer can never freeze twice. The dialog waits for the platform and shows the time
it confirmed; only then is anything shown as frozen (the answer is stored at once, so the
profile, the clients table and the lanes show it too). Offline, or when the platform refuses,
it says plainly that the account is NOT frozen and who to call.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipclient.domain.enums import FreezeReason, FreezeScope
from vipclient.domain.freezes import (
    OTHER_NOTE_MIN,
    default_scopes,
    note_problem,
    suggested_reason,
)
from vipclient.gui import code_field, shortcuts, theme
from vipclient.gui.security import services, words
from vipclient.settings import Settings

if TYPE_CHECKING:
    from vipclient.services.context import AppContext
    from vipclient.services.online import Command
    from vipclient.services.security import Confirmed



def security_line(settings: Settings) -> str:
    """The number to call; the placeholder default is shown in the person's language."""
    value = str(settings.security_line).strip()
    default = Settings.security_line.default
    if not value or value == default:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("FreezeDialog", "the 24×7 security line on your desk "
                                                          "card")
    return value


class FreezeDialog(QDialog):
    """``confirmed(Confirmed)`` once the platform has frozen the account."""

    confirmed = Signal(object)

    def __init__(self, ctx: AppContext, uid: str, alert_ids: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._uid = uid
        self._security = services.security(ctx)
        profile = services_clients(ctx).profile(uid)
        data: dict[str, Any] = profile.data if profile is not None else {}
        self._name = str(data.get("display_name") or uid)
        self._active = sorted({s for f in (profile.freezes if profile else []) for s in f.scopes})
        self._command: Command | None = None
        self._sent_body: Any = None
        self._started = 0.0
        self.confirm_ms: float | None = None
        self.outcome: Confirmed | BaseException | None = None

        self.setWindowTitle(self.tr("Freeze account — {name}").format(name=self._name))
        self.setModal(True)
        self.setMinimumWidth(560)
        tier = str(data.get("tier") or "")
        state = words.status(str(data.get("status") or "active"))
        head = QLabel(f"<b>{_esc(self._name)}</b> · {uid} · {tier} · {_esc(state)}")
        head.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Reason"))
        for reason in FreezeReason:
            self.reason.addItem(words.word(reason.value), reason.value)
        self.scopes: dict[str, QCheckBox] = {}
        scope_row = QHBoxLayout()
        for index, scope in enumerate(FreezeScope):  # Alt+1…Alt+4 in the scopes' order
            box = QCheckBox(words.word(scope.value))
            shortcuts.assign(box, "freeze.scope", index)
            key = shortcuts.sequence("freeze.scope", index)
            box.setToolTip(self.tr("{what} ({key})").format(
                what=words.word(scope.value),
                key=key.toString(QKeySequence.SequenceFormat.NativeText)))
            box.setAccessibleName(self.tr("Freeze {scope}").format(scope=words.word(scope.value)))
            box.toggled.connect(self._changed)
            self.scopes[scope.value] = box
            scope_row.addWidget(box)
        scope_row.addStretch(1)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What happened (required for 'other', at least "
                                             "{n} characters)").format(n=OTHER_NOTE_MIN))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.note.textChanged.connect(self._changed)
        self.note_hint = QLabel()
        theme.style(self.note_hint, "color: {muted_fg};")
        self.alerts = QListWidget()
        self.alerts.setAccessibleName(self.tr("Alerts this freeze answers"))
        self.alerts.setMaximumHeight(90)
        wanted = set(alert_ids)
        rows = self._security.rows(self._security.open_alerts_of(uid))
        for alert_id in self._security.open_alerts_of(uid):
            row = rows.get(alert_id)
            if row is None:
                continue
            item = QListWidgetItem(f"{words.word(row.severity)} · {row.summary} ({row.id})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id in wanted
                               else Qt.CheckState.Unchecked)
            self.alerts.addItem(item)
        self.alerts.itemChanged.connect(self._changed)
        self.alerts.setVisible(self.alerts.count() > 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary.setAccessibleName(self.tr("What will happen"))
        self.summary.setMargin(8)
        self.code = code_field.install(QLineEdit())
        self.code.setPlaceholderText(self.tr("6-digit code (asked for if left empty)"))
        self.code.setAccessibleName(self.tr("Authenticator code"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.hide()
        self.freeze_button = QPushButton(self.tr("&Freeze now"))
        self.freeze_button.setDefault(True)
        self.freeze_button.clicked.connect(self.send)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)

        form = QFormLayout()
        for text, field in ((self.tr("&Reason"), self.reason), (self.tr("&Note"), self.note),
                            (self.tr("&Code"), self.code)):
            label = QLabel(text)
            label.setBuddy(field)  # Alt+letter reaches the field
            form.addRow(label, field)
            if field is self.reason:
                form.addRow(self.tr("Freeze"), scope_row)
            if field is self.note:
                form.addRow("", self.note_hint)
                if self.alerts.count():
                    form.addRow(self.tr("Alerts"), self.alerts)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.freeze_button)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.result_label)
        layout.addLayout(buttons)

        start = suggested_reason(row.kind for a, row in rows.items() if a in wanted)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.reason.setCurrentIndex(list(FreezeReason).index(start))
        self._reason_changed()

    # --- the form ------------------------------------------------------------------------------

    def chosen_scopes(self) -> list[str]:
        return [s for s, box in self.scopes.items() if box.isChecked()]

    def chosen_alerts(self) -> list[str]:
        return [str(self.alerts.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.alerts.count())
                if self.alerts.item(i).checkState() == Qt.CheckState.Checked]

    def _reason_changed(self) -> None:
        defaults = {s.value for s in default_scopes(self.reason.currentData())}
        for scope, box in self.scopes.items():
            box.blockSignals(True)
            box.setChecked(scope in defaults)
            box.blockSignals(False)
        self._changed()

    def _changed(self, *_: object) -> None:
        reason = str(self.reason.currentData())
        note = self.note.toPlainText()
        problem = note_problem(reason, note)
        if reason == FreezeReason.OTHER.value:
            self.note_hint.setText(self.tr("{n} of at least {min} characters").format(
                n=len(note.strip()), min=OTHER_NOTE_MIN))
        else:
            self.note_hint.setText(self.tr("Optional"))
        self.summary.setText(words.freeze_summary(
            self._name, self._uid, self.chosen_scopes(), self._active, len(self.chosen_alerts())))
        sending = self._started and self.outcome is None
        self.freeze_button.setEnabled(
            not sending and problem is None and bool(self.chosen_scopes())
            and (not self.code.text() or code_field.is_complete(self.code.text())))

    def _set_inputs(self, enabled: bool) -> None:
        for widget in (self.reason, self.note, self.alerts, self.code, *self.scopes.values()):
            widget.setEnabled(enabled)

    # --- sending -------------------------------------------------------------------------------

    def send(self) -> None:
        from vipclient.services.online import NotConnected
        from vipclient.services.security import NotAllowed

        try:
            command = self._security.freeze_command(
                self._uid, self.chosen_scopes(), str(self.reason.currentData()),
                self.note.toPlainText(), self.chosen_alerts(),
                self.tr("Freeze {name} ({uid}): {scopes}").format(
                    name=self._name, uid=self._uid, scopes=words.words(self.chosen_scopes())),
            )
        except NotAllowed as exc:
            self._show_failure(exc)
            return
        # The same freeze again (a retry after a failure) keeps its key: it can never apply
        # twice; a changed freeze is a new one.
        if self._command is None or self._sent_body != command.body:
            self._command, self._sent_body = command, command.body
        code = self.code.text() or None
        self.code.clear()  # used once, kept nowhere
        self.outcome = None
        self._started = time.perf_counter()
        self._set_inputs(False)
        self.freeze_button.setEnabled(False)
        self._show(self.tr("Sending the freeze to the platform… The account is not frozen "
                           "until the platform confirms."), "pending")
        runner = services.online(self._ctx)
        if runner is None:
            self._failed(NotConnected())
            return
        sent, security = self._command, self._security
        runner.call(lambda online: security.freeze(online, sent, code),
                    self._done, self._failed, owner=self)

    def _done(self, confirmed: Confirmed) -> None:
        if not shiboken6.isValid(self):
            return
        self.confirm_ms = (time.perf_counter() - self._started) * 1000
        self.outcome = confirmed
        services.announce_changes(self._ctx, {"freeze", "client", "risk_alert"})
        self._show(self.tr("FROZEN — the platform confirmed the freeze of {name} ({uid}) at "
                           "{time}: {scopes}. Freeze {id}.").format(
            name=self._name, uid=self._uid, time=words.local_stamp(confirmed.at),
            scopes=words.words(confirmed.data.get("scopes") or []),
            id=confirmed.data.get("id", "")), "done")
        self.freeze_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.confirmed.emit(confirmed)

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.outcome = exc
        self._show_failure(exc)
        self._set_inputs(True)
        self.freeze_button.setText(self.tr("Try &again"))
        self._changed()

    def _show_failure(self, exc: BaseException) -> None:
        reason = getattr(exc, "user_message", None) or str(exc) or type(exc).__name__
        self._show(self.tr("The account of {name} ({uid}) is NOT frozen. {reason} If the client "
                           "is at risk now, call {line} and ask for the freeze by phone.").format(
            name=self._name, uid=self._uid, reason=reason, line=security_line(self._ctx.settings)),
            "failed")

    def _show(self, text: str, kind: str) -> None:
        self.result_label.setText(text)
        colours = {"pending": "background: {pending_bg}; color: {pending_fg};",
                   "done": "background: {frozen_bg}; color: {frozen_fg}; font-weight: 600;",
                   "failed": "background: {failed_bg}; color: {failed_fg}; font-weight: 600;"}
        theme.style(self.result_label, "QLabel {{ " + colours[kind] + " padding: 8px; "
                    "border-radius: 4px; }}")
        self.result_label.show()


def services_clients(ctx: AppContext) -> Any:
    from vipclient.gui.tickets import services as ticket_services

    return ticket_services.clients(ctx)


def _esc(text: str) -> str:
    import html

    return html.escape(text)


def open_freeze_dialog(ctx: AppContext, uid: str, alert_ids: Sequence[str] = (),
                       parent: QWidget | None = None) -> FreezeDialog:
    """Show the freeze dialog for ``uid`` (window-modal, deleted when closed)."""
    dialog = FreezeDialog(ctx, uid, alert_ids, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
