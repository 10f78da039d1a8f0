"""One request: what it asks beside what is in force, the rule that decided it and why, the
approvals given and still needed, its timeline, a countdown to its deadline, and the actions
this person may take on it (or why not).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
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

from vipclient.domain.enums import RequestStatus
from vipclient.domain.policy_lint import explain
from vipclient.domain.request_drafts import ClientFacts, facts_of_request
from vipclient.domain.requests import approvers_left, deadline, progress, timeline
from vipclient.gui import shortcuts, theme
from vipclient.gui.requests import services, wording
from vipclient.gui.requests.approve_dialog import DecisionDialog
from vipclient.gui.requests.compare import compare
from vipclient.gui.tickets import services as shared
from vipclient.security.roles import can_approve, can_cancel, can_reject, role_name
from vipclient.services.requests import APPROVE, REJECT, PolicySet, RequestDetail

if TYPE_CHECKING:
    from vipclient.services.context import AppContext

#: ``(verdict, detail, rule) -> comment`` or None when the person closed the dialog; tests
#: replace it to answer without a modal loop.
DecisionAsker = Callable[[str, RequestDetail, PolicySet], "str | None"]


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _selectable(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RequestPage(QWidget):
    openClientRequested = Signal(str)
    actionQueued = Signal(int)  # an outbox id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._service = services.requests(ctx)
        self._key: str | None = None
        self._detail: RequestDetail | None = None
        self._policies: PolicySet | None = None
        self._note = ""
        self.ask_decision: DecisionAsker = self._ask

        self.title = _heading("")
        self.title.setObjectName("requestTitle")
        self.client_button = QPushButton()
        self.client_button.setFlat(True)
        self.client_button.setAccessibleName(self.tr("Open the client's profile"))
        self.client_button.setAccessibleDescription(self.tr(
            "The client this request is for"))
        self.client_button.clicked.connect(self._open_client)
        self.status_pill = QLabel()
        self.status_pill.setObjectName("requestStatus")
        self.notice = _selectable()
        self.notice.setObjectName("requestNotice")
        self.notice.hide()

        asked = QGroupBox(self.tr("What is asked, against what is in force"))
        self._asked_box = QVBoxLayout(asked)
        self.compare_rows = QWidget()
        self._asked_box.addWidget(self.compare_rows)
        rule_box = QGroupBox(self.tr("The rule that decided it"))
        rl = QVBoxLayout(rule_box)
        self.rule_label = _selectable()
        self.rule_label.setObjectName("requestRule")
        self.why_label = _selectable()
        rl.addWidget(self.rule_label)
        rl.addWidget(self.why_label)
        approvals = QGroupBox(self.tr("Approvals"))
        al = QVBoxLayout(approvals)
        self.progress_label = _selectable()
        self.progress_label.setObjectName("requestProgress")
        self.deadline_label = _selectable()
        self.deadline_label.setObjectName("requestDeadline")
        al.addWidget(self.progress_label)
        al.addWidget(self.deadline_label)
        history = QGroupBox(self.tr("Timeline"))
        hl = QVBoxLayout(history)
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("requestTimeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setAccessibleDescription(self.tr(
            "What happened to the request, who did it and when, in both time zones"))
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels([self.tr("What"), self.tr("Who"),
                                       self.tr("Client's time"), self.tr("Your time"),
                                       self.tr("Comment")])
        for column, width in enumerate((90, 100, 175, 125)):
            self.timeline.setColumnWidth(column, width)
        self.timeline.setMinimumHeight(130)
        hl.addWidget(self.timeline)

        self.approve_button = QPushButton(self.tr("&Approve…"))
        shortcuts.assign(self.approve_button, "requests.approve")
        self.reject_button = QPushButton(self.tr("Re&ject…"))
        shortcuts.assign(self.reject_button, "requests.reject")
        self.cancel_button = QPushButton(self.tr("Cancel re&quest"))
        shortcuts.assign(self.cancel_button, "requests.cancel")
        for button, name, key in (
                (self.approve_button, self.tr("Approve this request"), "requests.approve"),
                (self.reject_button, self.tr("Reject this request"), "requests.reject"),
                (self.cancel_button, self.tr("Cancel this request"), "requests.cancel")):
            button.setAccessibleName(name)
            button.setAccessibleDescription(self.tr(
                "Asks for a comment, then records it ({key})").format(
                    key=shortcuts.native(key)))
        self.approve_button.clicked.connect(lambda: self.decide(APPROVE))
        self.reject_button.clicked.connect(lambda: self.decide(REJECT))
        self.cancel_button.clicked.connect(self.cancel_request)
        self.why_not = _selectable()
        self.why_not.setObjectName("requestWhyNot")

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.status_pill)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        body = QWidget()
        bl = QVBoxLayout(body)
        bl.addLayout(head)
        bl.addWidget(self.client_button, 0, Qt.AlignmentFlag.AlignLeft)
        bl.addWidget(self.notice)
        bl.addWidget(asked)
        bl.addWidget(rule_box)
        bl.addWidget(approvals)
        bl.addWidget(history)
        bl.addLayout(buttons)
        bl.addWidget(self.why_not)
        bl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("Request"))
        scroll.setAccessibleDescription(self.tr(
            "The chosen request: what is asked, the rule, the approvals and its timeline"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self.setEnabled(False)

    # --- public ---

    def key(self) -> str | None:
        return self._key

    def show_request(self, key: str, note: str = "") -> bool:
        detail = self._service.detail(key)
        if detail is None:
            return False
        self._key, self._detail, self._note = key, detail, note
        self._policies = self._service.policies()
        self._render()
        self.setEnabled(True)
        self._clock.start()
        return True

    def refresh(self) -> None:
        if self._key is not None and not self.show_request(self._key, self._note):
            self._clock.stop()

    def decide(self, verdict: str) -> int | None:
        detail, policies = self._detail, self._policies
        if detail is None or policies is None:
            return None
        button = self.approve_button if verdict == APPROVE else self.reject_button
        if not button.isEnabled():
            return None
        comment = self.ask_decision(verdict, detail, policies)
        if comment is None:
            return None
        row = detail.row
        if verdict == APPROVE:
            description = self.tr("Approve {kind} {id} for {client}")
        else:
            description = self.tr("Reject {kind} {id} for {client}")
        outbox_id = self._service.decide(row.key, verdict, comment, description.format(
            kind=wording.kind_name(row.entity), id=row.id, client=row.client_name))
        self._sent(outbox_id)
        return outbox_id

    def cancel_request(self) -> int | None:
        detail = self._detail
        if detail is None or not self.cancel_button.isEnabled():
            return None
        row = detail.row
        outbox_id = self._service.cancel(row.key, self.tr("Cancel {kind} {id} for {client}").format(
            kind=wording.kind_name(row.entity), id=row.id, client=row.client_name))
        self._sent(outbox_id)
        return outbox_id

    # --- rendering ---

    def _sent(self, outbox_id: int) -> None:
        shared.nudge(self._ctx)
        self.actionQueued.emit(outbox_id)
        self.refresh()

    def _render(self) -> None:
        detail, policies = self._detail, self._policies
        assert detail is not None and policies is not None
        row, data, client = detail.row, detail.row.data, detail.client
        self.title.setText(self.tr("{kind} request {id}").format(
            kind=wording.kind_name(row.entity), id=row.id))
        self.client_button.setText(self.tr("{client} ({uid}) · {tier}").format(
            client=row.client_name, uid=row.client_uid, tier=client.get("tier") or "—"))
        status = wording.sending() if row.local else wording.status_name(row.status)
        self.status_pill.setText(status)
        c = theme.colors()
        colour = {"applied": c.sla_ok, "rejected": c.failed_fg, "expired": c.failed_fg,
                  "pending_approval": c.syncing}.get(row.status, c.muted_fg)
        self.status_pill.setStyleSheet(theme.badge_style(
            c.pending_fg if row.local else colour, c.badge_fg))
        self._fill_compare(row.entity, data, client)
        self._fill_rule(detail, policies)
        self._fill_timeline(detail)
        self._fill_actions(detail)
        self._tick()

    def _fill_compare(self, entity: str, data: dict[str, Any], client: dict[str, Any]) -> None:
        # A new grid each time: another kind of request has other rows.
        self.compare_rows.hide()
        self.compare_rows.deleteLater()
        self.compare_rows = QWidget()
        self.compare_rows.setObjectName("requestCompare")
        self._asked_box.addWidget(self.compare_rows)
        grid = QGridLayout(self.compare_rows)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, text in enumerate(("", self.tr("Asked"), self.tr("In force now"))):
            label = QLabel(f"<b>{text}</b>")
            grid.addWidget(label, 0, column)
        for n, compared in enumerate(compare(entity, data, client), start=1):
            grid.addWidget(QLabel(compared.label), n, 0)
            grid.addWidget(_selectable(compared.asked), n, 1)
            grid.addWidget(_selectable(compared.now), n, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def _fill_rule(self, detail: RequestDetail, policies: PolicySet) -> None:
        row = detail.row
        if row.local:
            self.rule_label.setText(self.tr("The server decides which rule applies when the "
                                            "request reaches it."))
            self.why_label.setText("")
            return
        rule = policies.rule(row.rule_id)
        if rule is None:
            self.rule_label.setText(self.tr("Rule {rule} (not among the rules served now).")
                                    .format(rule=row.rule_id or "—"))
            self.why_label.setText("")
            return
        self.rule_label.setText(self.tr("Rule {rule}: {sentence}").format(
            rule=rule.id, sentence=wording.rule_sentence(rule)))
        try:
            facts = facts_of_request(row.entity, row.data, ClientFacts.from_json(detail.client))
        except ValueError:
            facts = None
        checks = explain(rule, facts) if facts is not None else []
        if checks:
            lines = [wording.check_text(check) for check in checks]
            self.why_label.setText(self.tr("Why it matched:") + "\n• " + "\n• ".join(lines))
        else:
            self.why_label.setText(self.tr("It matches every request of its kind that no "
                                           "earlier rule took."))

    def _fill_timeline(self, detail: RequestDetail) -> None:
        self.timeline.clear()
        tz = str(detail.client.get("timezone") or "UTC")
        for entry in timeline(detail.row.data):
            who = detail.staff_names.get(entry.staff_id or "", entry.staff_id or "") \
                if entry.staff_id else self.tr("the platform")
            item = QTreeWidgetItem([wording.moment_name(entry.moment), who,
                                    wording.client_stamp(entry.at, tz),
                                    wording.local_stamp(entry.at), entry.comment])
            item.setToolTip(4, entry.comment)
            self.timeline.addTopLevelItem(item)

    def _fill_actions(self, detail: RequestDetail) -> None:
        row, me = detail.row, self._ctx.me
        notes = [self._note] if self._note else []
        for action in detail.actions:
            what = action.kind.rpartition(".")[2]
            if action.state in ("failed", "conflict"):
                notes.append(self.tr("Your {action} was refused by the server: {error}").format(
                    action=self._action_name(what), error=action.error or ""))
            else:
                notes.append(self.tr("Your {action} is on its way to the server.").format(
                    action=self._action_name(what)))
        self.notice.setText("\n".join(notes))
        self.notice.setVisible(bool(notes))
        decider = {"approver_role": row.data.get("approver_role")}
        if row.local:
            reasons = [self.tr("This request is still on its way to the server.")]
            allowed = (False, False, False)
        else:
            approve = can_approve(me, row.data, decider)
            reject = can_reject(me, row.data, decider)
            cancel = can_cancel(me, row.data)
            in_flight = bool(detail.actions) and any(
                a.state in ("pending", "sending") for a in detail.actions)
            allowed = (bool(approve) and not in_flight, bool(reject) and not in_flight,
                       bool(cancel) and not in_flight)
            reasons = []
            if in_flight:
                reasons.append(self.tr("Wait until your last action on it has reached the "
                                       "server."))
            if not approve and approve.reason:
                reasons.append(approve.reason)
            if not cancel and cancel.reason and cancel.reason not in reasons and (
                    row.requester_id == me.id):
                reasons.append(cancel.reason)
        for button, ok in zip((self.approve_button, self.reject_button, self.cancel_button),
                              allowed, strict=True):
            button.setEnabled(ok)
            button.setToolTip("" if ok else " ".join(reasons))
        self.why_not.setText(" ".join(dict.fromkeys(reasons)))
        self.why_not.setVisible(bool(reasons))

    def _action_name(self, action: str) -> str:
        return {APPROVE: self.tr("approval"), REJECT: self.tr("rejection"),
                "cancel": self.tr("cancellation"), "create": self.tr("request")}.get(action,
                                                                                     action)

    def _tick(self) -> None:
        detail = self._detail
        if detail is None:
            return
        row = detail.row
        now = self._ctx.now()
        counted = progress(row.data)
        if row.local:
            self.progress_label.setText("")
            self.deadline_label.setText("")
            return
        if counted.needed == 0:
            self.progress_label.setText(self.tr("No approval needed: the rule applied it at "
                                                "once."))
        else:
            role = row.data.get("approver_role")
            holders = [s.id for s in self._service.staff() if role in s.roles]
            left = approvers_left(row.data, holders)
            names = ", ".join(detail.staff_names.get(i, i) for i in left) or "—"
            text = self.tr("{given} of %n approvals by a {role} given.", "", counted.needed).format(
                given=counted.given, role=role_name(role) if role else "—")
            if row.status == RequestStatus.PENDING_APPROVAL.value:
                text += " " + self.tr("Still needed: {n}. Who may approve: {names}.").format(
                    n=counted.missing, names=names)
            self.progress_label.setText(text)
        due = deadline(row.data)
        if due is None:
            self.deadline_label.setText("")
        else:
            text = self.tr("Deadline {when}: {left}").format(
                when=wording.local_stamp(due), left=wording.time_left(due, now))
            mark = self._colour_deadline(due, now)
            self.deadline_label.setText(f"{mark} {text}" if mark else text)

    def _colour_deadline(self, due: datetime, now: datetime) -> str:
        """Colour the deadline by the time left; the mark that goes with the colour."""
        left = (due - now).total_seconds()
        c = theme.colors()
        colour = c.sla_red if left < 3600 else c.sla_amber if left < 6 * 3600 else c.sla_ok
        self.deadline_label.setStyleSheet(f"QLabel {{ color: {colour}; font-weight: 600; }}")
        if left <= 0:
            return theme.BREACHED_MARK
        return theme.AT_RISK_MARK if left < 6 * 3600 else ""

    def _open_client(self) -> None:
        if self._detail is not None:
            self.openClientRequested.emit(self._detail.row.client_uid)

    def _ask(self, verdict: str, detail: RequestDetail, policies: PolicySet) -> str | None:
        dialog = DecisionDialog(verdict, detail.row, detail.client,
                                policies.rule(detail.row.rule_id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.comment()
        return None
