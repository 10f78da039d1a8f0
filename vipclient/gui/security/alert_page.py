"""One risk alert: what the platform saw (its details as label/value pairs), who the client is,
their recent tickets and other alerts — and what the officer does about it: acknowledge,
dismiss with a note (outbox actions, sent with ``If-Match``), or freeze the account from it.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vipclient.domain import alerts as alert_rules
from vipclient.domain.enums import AlertStatus
from vipclient.gui import shortcuts, theme
from vipclient.gui.security import services, words
from vipclient.gui.security.note_dialog import ask_note
from vipclient.gui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from vipclient.services.context import AppContext
    from vipclient.services.security import SecurityService
    from vipclient.store.alert_queries import AlertDetail

NoteAsker = Callable[[str, str, str, Callable[[str], str | None]], str | None]


#: Labels of the detail keys the platform sends today; another key is shown from its name.
DETAIL_LABELS = {
    "2fa": QT_TRANSLATE_NOOP("AlertPage", "Second factor"),
    "address": QT_TRANSLATE_NOOP("AlertPage", "Address"),
    "address_added": QT_TRANSLATE_NOOP("AlertPage", "Address added"),
    "amount": QT_TRANSLATE_NOOP("AlertPage", "Amount"),
    "api_key": QT_TRANSLATE_NOOP("AlertPage", "API key"),
    "asset": QT_TRANSLATE_NOOP("AlertPage", "Asset"),
    "carrier_report": QT_TRANSLATE_NOOP("AlertPage", "Carrier's report"),
    "city": QT_TRANSLATE_NOOP("AlertPage", "City"),
    "country": QT_TRANSLATE_NOOP("AlertPage", "Country"),
    "credentials_seen": QT_TRANSLATE_NOOP("AlertPage", "Credentials seen"),
    "device": QT_TRANSLATE_NOOP("AlertPage", "Device"),
    "email": QT_TRANSLATE_NOOP("AlertPage", "E-mail"),
    "followed_by": QT_TRANSLATE_NOOP("AlertPage", "Followed by"),
    "ip": QT_TRANSLATE_NOOP("AlertPage", "IP address"),
    "pairs": QT_TRANSLATE_NOOP("AlertPage", "Pairs"),
    "phone": QT_TRANSLATE_NOOP("AlertPage", "Phone"),
    "reported": QT_TRANSLATE_NOOP("AlertPage", "Reported"),
    "reported_by": QT_TRANSLATE_NOOP("AlertPage", "Reported by"),
    "requests": QT_TRANSLATE_NOOP("AlertPage", "Requests"),
    "site": QT_TRANSLATE_NOOP("AlertPage", "Site"),
    "sms_2fa": QT_TRANSLATE_NOOP("AlertPage", "SMS second factor"),
    "usual_country": QT_TRANSLATE_NOOP("AlertPage", "Usual country"),
    "usual_hourly_usd": QT_TRANSLATE_NOOP("AlertPage", "Usual hourly volume (USD)"),
    "volume_1h_usd": QT_TRANSLATE_NOOP("AlertPage", "Volume in the last hour (USD)"),
    "whitelist": QT_TRANSLATE_NOOP("AlertPage", "Address whitelist"),
}


def _label(key: str) -> str:
    """A detail's label: a known key in the person's language, another ``new_ip`` → ``New
    ip`` (detail keys are the platform's; values are shown as sent)."""
    known = DETAIL_LABELS.get(key)
    if known is not None:
        return QCoreApplication.translate("AlertPage", known)
    text = key.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


class AlertPage(QWidget):
    openClientRequested = Signal(str)
    openTicketRequested = Signal(str)
    alertRequested = Signal(str)
    changed = Signal()  # an action was queued or a freeze confirmed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._detail: AlertDetail | None = None
        #: Asks for a note (title, prompt, button, rule); tests answer without a modal loop.
        self.ask_note: NoteAsker = lambda title, prompt, ok, rule: ask_note(
            self, title, prompt, ok, rule)

        self.severity = QLabel()
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.handled = QLabel()
        self.handled.setWordWrap(True)
        theme.style(self.handled, "color: {muted_fg};")

        self.details_box = QGroupBox(self.tr("What the platform saw"))
        self.details = QFormLayout(self.details_box)
        self.client_box = QGroupBox(self.tr("Client"))
        self.client = QFormLayout(self.client_box)
        self.open_client = QPushButton(self.tr("Open &profile"))
        self.open_client.clicked.connect(self._open_client)
        self.tickets = QTreeWidget()
        self.tickets.setAccessibleName(self.tr("Recent tickets of this client"))
        self.tickets.setRootIsDecorated(False)
        self.tickets.setHeaderLabels([self.tr("Subject"), self.tr("Status"), self.tr("Updated")])
        self.tickets.setColumnWidth(0, 260)
        self.tickets.setMaximumHeight(150)
        self.tickets.itemActivated.connect(
            lambda item, _c: self.openTicketRequested.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        self.others = QTreeWidget()
        self.others.setAccessibleName(self.tr("Other alerts of this client"))
        self.others.setRootIsDecorated(False)
        self.others.setHeaderLabels([self.tr("Severity"), self.tr("Kind"), self.tr("Status"),
                                     self.tr("Age")])
        self.others.setColumnWidth(1, 200)
        self.others.setMaximumHeight(130)
        self.others.itemActivated.connect(
            lambda item, _c: self.alertRequested.emit(item.data(0, Qt.ItemDataRole.UserRole)))

        self.acknowledge_button = QPushButton(self.tr("&Acknowledge"))
        shortcuts.assign(self.acknowledge_button, "security.acknowledge")
        self.acknowledge_button.setToolTip(self.tr("Acknowledge: you are on it (Ctrl+Shift+A)"))
        self.acknowledge_button.clicked.connect(self.acknowledge)
        self.dismiss_button = QPushButton(self.tr("&Dismiss…"))
        shortcuts.assign(self.dismiss_button, "security.dismiss")
        self.dismiss_button.setToolTip(self.tr("Dismiss with a note: nothing to do "
                                               "(Ctrl+Shift+D)"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.freeze_button = QPushButton(self.tr("&Freeze account…"))
        shortcuts.assign(self.freeze_button, "security.freeze")
        self.freeze_button.setToolTip(self.tr("Freeze this client's account now (Ctrl+Shift+F)"))
        self.freeze_button.clicked.connect(self.freeze)
        theme.style(self.freeze_button, "QPushButton {{ color: {sla_red}; font-weight: 600; }}")
        self.why = QLabel()
        self.why.setWordWrap(True)
        theme.style(self.why, "color: {muted_fg};")

        actions = QHBoxLayout()
        actions.addWidget(self.acknowledge_button)
        actions.addWidget(self.dismiss_button)
        actions.addStretch(1)
        actions.addWidget(self.freeze_button)
        head = QHBoxLayout()
        head.addWidget(self.severity)
        head.addWidget(self.title, 1)
        client_row = QHBoxLayout()
        client_row.addStretch(1)
        client_row.addWidget(self.open_client)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(head)
        column.addWidget(self.state)
        column.addLayout(actions)
        column.addWidget(self.why)
        column.addWidget(self.handled)
        column.addWidget(self.details_box)
        column.addWidget(self.client_box)
        column.addLayout(client_row)
        column.addWidget(QLabel(self.tr("Recent tickets")))
        column.addWidget(self.tickets)
        column.addWidget(QLabel(self.tr("Other alerts")))
        column.addWidget(self.others)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.setEnabled(False)

    # --- public -------------------------------------------------------------------------------

    def alert_id(self) -> str | None:
        return None if self._detail is None else self._detail.row.id

    def show_alert(self, alert_id: str | None) -> bool:
        detail = services.security(self._ctx).detail(alert_id) if alert_id else None
        self._detail = detail
        self.setEnabled(detail is not None)
        if detail is None:
            self.title.setText(self.tr("Choose an alert"))
            return False
        self._render(detail)
        return True

    def refresh(self) -> None:
        if self._detail is not None:
            self.show_alert(self._detail.row.id)

    # --- rendering ----------------------------------------------------------------------------

    def _render(self, d: AlertDetail) -> None:
        row = d.row
        now = self._ctx.now()
        self.severity.setText(words.word(row.severity).upper())
        colour = {"critical": "sla_red", "high": "sla_amber"}.get(row.severity, "muted_fg")
        theme.style(self.severity, "QLabel {{ color: {badge_fg}; background: {" + colour + "};"
                    " padding: 3px 8px; border-radius: 3px; font-weight: 700; }}")
        self.title.setText(row.summary or words.word(row.kind))
        self.state.setText(self.tr("{kind} · {status} · raised {age} ago · {id}").format(
            kind=words.word(row.kind), status=words.status(row.status),
            age=words.age(row.created_at, now), id=row.id))
        if row.status != AlertStatus.OPEN.value and d.handled_by_name:
            text = self.tr("{status} by {who} at {when}").format(
                status=words.status(row.status), who=d.handled_by_name,
                when=words.local_stamp(d.handled_at))
            if d.note:
                text += " — " + d.note
            if d.freeze_id:
                text += " · " + self.tr("freeze {id}").format(id=d.freeze_id)
            self.handled.setText(text)
            self.handled.show()
        else:
            self.handled.hide()
        _fill_form(self.details, [(_label(k), v) for k, v in d.details] or
                   [(self.tr("Details"), "—")])
        self._render_client(row.client_uid)
        self._render_lists(row.client_uid, row.id, now)
        self._enable(d)

    def _render_client(self, uid: str) -> None:
        from vipclient.gui.security.freeze_dialog import services_clients

        profile = services_clients(self._ctx).profile(uid)
        data = profile.data if profile is not None else {}
        status = words.status(str(data.get("status") or "active"))
        if profile is not None and profile.freezes:
            scopes = sorted({s for f in profile.freezes for s in f.scopes})
            status = self.tr("{status}: {scopes}").format(status=status,
                                                          scopes=words.words(scopes))
        pairs = [
            (self.tr("Name"), f"{data.get('display_name') or uid} ({uid})"),
            (self.tr("Tier"), str(data.get("tier") or "—")),
            (self.tr("Status"), status),
            (self.tr("Account manager"), profile.manager_name if profile else "—"),
            (self.tr("E-mail"), str(data.get("email") or "—")),
            (self.tr("Phone"), str(data.get("phone") or "—")),
            (self.tr("Region"), str(data.get("region") or "—")),
            (self.tr("Assets"), _usd(data.get("assets_usd"))),
            (self.tr("24 h withdrawal limit"), _usd(data.get("withdrawal_limit_24h_usd"))),
        ]
        _fill_form(self.client, pairs)
        self._frozen = data.get("status") == "frozen"

    def _render_lists(self, uid: str, alert_id: str, now: object) -> None:
        security = services.security(self._ctx)
        self.tickets.clear()
        for t in security.recent_tickets(uid):
            item = QTreeWidgetItem([t.subject, words.status(t.status).replace("_", " "),
                                    words.local_stamp(t.updated_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, t.id)
            self.tickets.addTopLevelItem(item)
        self.others.clear()
        for a in security.alerts_of_client(uid):
            if a.id == alert_id:
                continue
            item = QTreeWidgetItem([words.word(a.severity), words.word(a.kind),
                                    words.status(a.status), words.age(a.created_at,
                                                                      self._ctx.now())])
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            item.setToolTip(1, a.summary)
            self.others.addTopLevelItem(item)

    def _enable(self, d: AlertDetail) -> None:
        row = d.row
        officer = self._ctx.me.has_role("security_officer")
        can_ack = officer and alert_rules.can_move(row.status, AlertStatus.ACKNOWLEDGED)
        can_dismiss = officer and alert_rules.can_move(row.status, AlertStatus.DISMISSED)
        can_freeze = officer and alert_rules.can_be_frozen_with(row.status)
        self.acknowledge_button.setEnabled(can_ack and not row.pending)
        self.dismiss_button.setEnabled(can_dismiss and not row.pending)
        self.freeze_button.setEnabled(can_freeze)
        if not officer:
            why = self.tr("Only security officers act on alerts.")
        elif row.pending:
            why = self.tr("Your last change of this alert is on its way to the platform.")
        elif alert_rules.is_handled(row.status):
            why = self.tr("This alert is {status}: nothing more can be done with it.").format(
                status=words.status(row.status))
        else:
            why = ""
        self.why.setText(why)
        self.why.setVisible(bool(why))

    # --- actions ------------------------------------------------------------------------------

    def acknowledge(self) -> None:
        d = self._detail
        if d is None or not self.acknowledge_button.isEnabled():
            return
        self._queue(lambda s: s.acknowledge(d.row.id, "", self.tr(
            "Acknowledge alert {id} ({client})").format(id=d.row.id, client=d.row.client_name)))

    def dismiss(self) -> None:
        d = self._detail
        if d is None or not self.dismiss_button.isEnabled():
            return

        def rule(text: str) -> str | None:
            if alert_rules.note_problem(text, required=True) is None:
                return None
            return self.tr("Write why it needs nothing: {min} to {max} characters.").format(
                min=alert_rules.NOTE_MIN, max=alert_rules.NOTE_MAX)

        note = self.ask_note(self.tr("Dismiss alert"),
                             self.tr("Why does this alert need nothing? The note is kept in "
                                     "the audit log."), self.tr("Dismiss"), rule)
        if note is None:
            return
        self._queue(lambda s: s.dismiss(d.row.id, note, self.tr(
            "Dismiss alert {id} ({client})").format(id=d.row.id, client=d.row.client_name)))

    def _queue(self, action: Callable[[SecurityService], int]) -> None:
        from vipclient.gui.tickets import services as ticket_services
        from vipclient.services.security import NotAllowed

        try:
            action(services.security(self._ctx))
        except (NotAllowed, KeyError) as exc:
            self.why.setText(str(exc))
            self.why.show()
            return
        ticket_services.nudge(self._ctx)
        services.announce_changes(self._ctx, {"risk_alert"})
        self.changed.emit()
        QTimer.singleShot(0, self.refresh)

    def freeze(self) -> None:
        from vipclient.gui.security.freeze_dialog import open_freeze_dialog

        d = self._detail
        if d is None or not self.freeze_button.isEnabled():
            return
        dialog = open_freeze_dialog(self._ctx, d.row.client_uid, [d.row.id], self)
        dialog.confirmed.connect(self._frozen_from_here)

    def _frozen_from_here(self, _confirmed: object) -> None:
        self.changed.emit()
        self.refresh()

    def _open_client(self) -> None:
        if self._detail is not None:
            self.openClientRequested.emit(self._detail.row.client_uid)


def _usd(value: object) -> str:
    from vipclient.gui.clients.profile import usd

    return usd(value)


def _fill_form(form: QFormLayout, pairs: list[tuple[str, str]]) -> None:
    while form.rowCount():
        form.removeRow(0)
    for label, value in pairs:
        shown = QLabel(html.escape(value))
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(label, shown)
