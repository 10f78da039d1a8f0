"""What every request form shares: the client, the end of validity, the reason, a message
beside each field, the policy preview, and a submit button that says why it is disabled.

A kind's form adds its own fields and turns them into a :class:`~vipclient.domain.
request_drafts.Draft` (:meth:`RequestForm.draft`); the draft's problems are the contract's
rules, checked as the person types, and its facts feed the preview — the rules the server
serves, evaluated here the way the server will (first match wins, none blocks). Submitting
queues the request in the outbox (it works offline and is sent once). A form opened again
from Sync problems shows the server's message on each field it refused and, when sent,
replaces the refused action.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipclient.domain.policy import evaluate
from vipclient.domain.request_drafts import ClientFacts, Draft
from vipclient.domain.sla import parse_ts
from vipclient.gui import shortcuts, theme
from vipclient.gui.requests import services, wording
from vipclient.gui.tickets import services as shared
from vipclient.security.roles import can_request_for
from vipclient.services.requests import PolicySet, preview_of

if TYPE_CHECKING:
    from vipclient.services.context import AppContext

#: How long a new change is valid unless the person says otherwise.
DEFAULT_VALIDITY = timedelta(days=30)


class FieldMessage(QLabel):
    """The message under one field (empty and hidden when the field is fine)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(f"message-{name}")
        self.setWordWrap(True)
        theme.style(self, "QLabel {{ color: {failed_fg}; }}")
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class ValidityEdit(QWidget):
    """An end of validity: a date and time (the person's local time), optional where the
    contract lets a change stay until changed."""

    changed = Signal()

    def __init__(self, now: datetime, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled_box = QCheckBox()
        self.enabled_box.setAccessibleDescription(self.tr(
            "Off: the change stays until someone changes it"))
        self.edit = QDateTimeEdit()
        self.edit.setAccessibleName(self.tr("End of validity"))
        self.edit.setAccessibleDescription(self.tr("The date and time, in your time zone"))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int((now + DEFAULT_VALIDITY)
                                                               .timestamp())))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.edit, 1)
        self.set_required(required)
        self.enabled_box.toggled.connect(self._toggled)
        self.edit.dateTimeChanged.connect(lambda _v: self.changed.emit())

    def set_required(self, required: bool) -> None:
        self.required = required
        self.enabled_box.setVisible(not required)
        self.enabled_box.setText(self.tr("ends on"))
        if required:
            self.enabled_box.setChecked(True)
        self.edit.setEnabled(self.enabled_box.isChecked())

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.changed.emit()

    def value(self) -> datetime | None:
        if not self.enabled_box.isChecked():
            return None
        return datetime.fromtimestamp(self.edit.dateTime().toSecsSinceEpoch(), UTC)

    def set_value(self, at: datetime | None) -> None:
        self.enabled_box.setChecked(at is not None or self.required)
        if at is not None:
            self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(at.timestamp())))


class ClientPicker(QLineEdit):
    """A client by uid or name, proposed from the cache as the person types (their own book
    for a manager, everyone for a supervisor)."""

    chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = services.requests(ctx)
        self._manager = None if ctx.me.has_role("supervisor") else ctx.me.id
        self._uids: dict[str, str] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("Client uid or name…"))
        self.setAccessibleName(self.tr("Client"))
        self.textEdited.connect(self._propose)
        completer.activated.connect(self._picked)
        self.editingFinished.connect(lambda: self.chosen.emit(self.uid() or ""))
        self._propose("")

    def _propose(self, text: str) -> None:
        choices = self._service.client_choices(text, self._manager)
        self._uids = {f"{c.display_name} ({c.uid}) · VIP{c.tier}": c.uid for c in choices}
        self._model.setStringList(list(self._uids))
        self.chosen.emit(self.uid() or "")

    def _picked(self, text: str) -> None:
        self.setText(text)
        self.chosen.emit(self.uid() or "")

    def uid(self) -> str | None:
        text = self.text().strip()
        if text in self._uids:
            return self._uids[text]
        return text if self._service.client(text) is not None else None


class RequestForm(QDialog):
    """Subclasses build their fields in :meth:`build` and make the draft in :meth:`draft`."""

    submitted = Signal(int)  # the outbox id

    def __init__(self, ctx: AppContext, client_uid: str | None = None,
                 parent: QWidget | None = None, *, body: Mapping[str, Any] | None = None,
                 server_errors: Mapping[str, str] | None = None,
                 replaces: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = services.requests(ctx)
        self.policies: PolicySet = self.service.policies()
        self.client: ClientFacts | None = None
        self.replaces = replaces
        self.messages: dict[str, FieldMessage] = {}
        self.captions: dict[str, QLabel] = {}
        self._labels: dict[str, str] = {}
        self._touched: set[str] = set()
        self._server: dict[str, str] = dict(server_errors or {})
        self._tried = False
        self._filling = False
        self._draft: Draft | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(self.form)
        if client_uid is None:
            self.picker: ClientPicker | None = ClientPicker(ctx)
            self.picker.chosen.connect(self._client_chosen)
            self.add_field("client_uid", self.tr("Client"), self.picker)
            self.client_label = None
        else:
            self.picker = None
            self.client_label = QLabel()
            self.add_field("client_uid", self.tr("Client"), self.client_label)
        self.build()
        now = ctx.now()
        self.validity = ValidityEdit(now, self.validity_required())
        self.validity.setAccessibleName(self.tr("Valid until"))
        self.validity.changed.connect(lambda: self.edited("valid_until"))
        self.add_field("valid_until", self.tr("Valid until"), self.validity)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setAccessibleDescription(self.tr(
            "Why the client needs this, for the approver; 10 to 2000 characters"))
        self.reason.setPlaceholderText(self.tr("Why the client needs this (10 to 2000 "
                                               "characters; the approver reads it)"))
        self.reason.setMaximumHeight(90)
        self.reason.textChanged.connect(lambda: self.edited("reason"))
        self.add_field("reason", self.tr("Reason"), self.reason)

        preview = QGroupBox(self.tr("What will happen"))
        pl = QVBoxLayout(preview)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("policyPreview")
        self.preview_label.setWordWrap(True)
        pl.addWidget(self.preview_label)
        layout.addWidget(preview)
        self.general = FieldMessage("general")
        layout.addWidget(self.general)

        row = QHBoxLayout()
        self.why_disabled = QLabel()
        self.why_disabled.setObjectName("whyDisabled")
        self.why_disabled.setWordWrap(True)
        theme.style(self.why_disabled, "QLabel {{ color: {muted_fg}; }}")
        self.submit_button = QPushButton(self.tr("&Send request"))
        self.submit_button.setObjectName("submitRequest")
        self.submit_button.setDefault(True)
        self.submit_button.setAccessibleName(self.tr("Send request"))
        self.submit_button.clicked.connect(self.submit)
        self.submit_button.setAccessibleDescription(self.tr(
            "Queues the request; it goes for approval when the server has it"))
        close = QPushButton(self.tr("Close"))
        close.setAccessibleDescription(self.tr("Closes the form; nothing is sent"))
        close.clicked.connect(self.reject)
        row.addWidget(self.why_disabled, 1)
        row.addWidget(close)
        row.addWidget(self.submit_button)
        layout.addLayout(row)
        shortcuts.bind("form.submit", self, self.submit)

        if client_uid is not None:
            self._set_client(client_uid)
        if body:
            self._filling = True  # what was sent is no edit: the server's messages stay
            self.fill(body)  # first: a kind chosen there decides whether validity is optional
            self.fill_common(body)
            self._filling = False
        self.check()
        self.resize(640, self.sizeHint().height())

    # --- what subclasses provide ---

    def build(self) -> None:
        raise NotImplementedError

    def validity_required(self) -> bool:
        return True

    def draft(self, client: ClientFacts, now: datetime) -> Draft:
        raise NotImplementedError

    def fill(self, body: Mapping[str, Any]) -> None:
        """Put a body sent before back into the fields (a refused request opened again)."""

    def client_changed(self) -> None:
        """The client (and so what is in force) changed."""

    def describe(self, draft: Draft) -> str:
        raise NotImplementedError

    # --- fields ---

    def add_field(self, name: str, label: str, widget: QWidget) -> FieldMessage:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = FieldMessage(name)
        column.addWidget(message)
        caption = QLabel(label)
        caption.setBuddy(widget)  # Alt+the underlined letter goes to the field
        self.form.addRow(caption, box)
        self.captions[name] = caption
        self.messages[name] = message
        # Without its accelerator, in either style: "&Taker" or "テイカー(&T)".
        self._labels[name] = re.sub(r"\(&\w\)|&", "", label)
        return message

    def edited(self, name: str) -> None:
        if self._filling:
            return
        self._touched.add(name)
        self._server.pop(name, None)
        self.check()

    def fill_common(self, body: Mapping[str, Any]) -> None:
        until = body.get("valid_until")
        with contextlib.suppress(ValueError):  # an unreadable date: the form's own stays
            self.validity.set_value(parse_ts(str(until)) if until else None)
        self.reason.blockSignals(True)
        self.reason.setPlainText(str(body.get("reason") or ""))
        self.reason.blockSignals(False)

    # --- the client ---

    def _client_chosen(self, uid: str) -> None:
        self._set_client(uid)
        self._touched.add("client_uid")
        self.check()

    def _set_client(self, uid: str) -> None:
        self.client = self.service.client(uid) if uid else None
        if self.client_label is not None:
            c = self.client
            self.client_label.setText(
                self.tr("{name} ({uid}) · {tier}").format(name=c.display_name, uid=c.uid,
                                                          tier=c.tier.value)
                if c else uid)
        self.client_changed()

    # --- checking ---

    def check(self) -> Draft | None:
        """Check every field now; show each message beside its field; say what will happen."""
        client = self.client
        draft = self.draft(client, self.ctx.now()) if client is not None else None
        self._draft = draft
        # Who may ask for this client comes first: no other field matters before it.
        problems: dict[str, str] = {}
        permission = can_request_for(self.ctx.me, {"manager_id": client.manager_id,
                                                   "status": client.status} if client else {})
        if client is None:
            problems["client_uid"] = self.tr("Choose a client.")
        elif not permission:
            problems["client_uid"] = permission.reason
        problems.update({p.field: wording.field_message(p) for p in draft.problems}
                        if draft is not None else {})
        shown_any = False
        for name, message in self.messages.items():
            text = self._server.get(name) or problems.get(name, "")
            # Whether this client may be asked for at all is said at once, not after a try.
            show = (name in self._server or self._tried or name in self._touched
                    or (name == "client_uid" and client is not None))
            message.say(text if show else "")
            shown_any = shown_any or bool(text and show)
        self.show_entry_problems(problems, self._server)
        unplaced = [m for f, m in self._server.items() if f not in self.messages
                    and not f.startswith("ip_whitelist")]
        self.general.say("\n".join(unplaced))
        self._preview(draft)
        first = next(iter(problems.items()), None)
        blocked_here = self._blocked(draft)
        if first is not None:
            name, text = first
            label = self._labels.get(name.partition("[")[0], name)
            reason = self.tr("Not ready — {field}: {message}").format(field=label, message=text)
        elif blocked_here:
            reason = self.tr("The rules block this request, so the server would refuse it.")
        else:
            reason = ""
        self.submit_button.setEnabled(not reason)
        self.submit_button.setToolTip(reason)
        self.why_disabled.setText(reason)
        return draft

    def show_entry_problems(self, problems: Mapping[str, str],
                            server: Mapping[str, str]) -> None:
        """Problems of fields that are lists (the whitelist's entries)."""

    def _blocked(self, draft: Draft | None) -> bool:
        if draft is None or draft.facts is None or self.policies.rules is None:
            return False
        return evaluate(self.policies.rules, draft.facts).action.value == "block"

    def _preview(self, draft: Draft | None) -> None:
        if self.policies.rules is None:
            self.preview_label.setText(self.tr(
                "This desk cannot read the rules the server serves ({problem}); the server "
                "decides when the request reaches it.").format(
                    problem=self.policies.problem or ""))
            return
        if draft is None or draft.facts is None:
            self.preview_label.setText(self.tr("Fill in the values to see which rule decides."))
            return
        text = wording.decision_text(evaluate(self.policies.rules, draft.facts))
        if not self.policies.order_known:
            text += " " + self.tr("(The rules' order is as this desk last had it; the server's "
                                  "answer decides.)")
        self.preview_label.setText(text)

    # --- sending ---

    def submit(self) -> int | None:
        self._tried = True
        draft = self.check()
        if draft is None or not self.submit_button.isEnabled():
            return None
        preview = preview_of(self.policies, draft.facts)
        outbox_id = self.service.submit(draft, self.ctx.me.id, self.describe(draft), preview,
                                        replaces=self.replaces)
        shared.nudge(self.ctx)
        self.submitted.emit(outbox_id)
        self.accept()
        return outbox_id
