"""Approve or reject one request, with a comment, repeating exactly what is decided.

The dialog names the client, the values asked for beside those in force, the validity and the
rule that asks for this approval; the person approves that, not a row in a list. A rule with
step-up says the TOTP code will be asked when the decision is sent (the shared code dialog).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vipclient.domain.policy import PolicyRule
from vipclient.gui.requests import wording
from vipclient.gui.requests.compare import compare
from vipclient.security.roles import needs_step_up
from vipclient.services.requests import APPROVE, RequestRow

COMMENT_MAX = 2000


class DecisionDialog(QDialog):
    """``verdict`` is ``approve`` or ``reject``; :meth:`comment` after ``Accepted``."""

    def __init__(self, verdict: str, row: RequestRow, client: Mapping[str, Any],
                 rule: PolicyRule | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict = verdict
        approve = verdict == APPROVE
        self.setObjectName("requestDecision")
        self.setWindowTitle(self.tr("Approve request") if approve else self.tr("Reject request"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("You approve exactly this:") if approve else self.tr("You reject this:"))
        intro.setObjectName("decisionIntro")
        layout.addWidget(intro)

        what = QGroupBox(self.tr("{kind} for {client} ({uid}, {tier})").format(
            kind=wording.kind_name(row.entity), client=row.client_name, uid=row.client_uid,
            tier=client.get("tier") or f"VIP{row.client_tier}"))
        form = QFormLayout(what)
        self.values: list[QLabel] = []
        for item in compare(row.entity, row.data, client):
            if not item.asked:
                continue
            value = QLabel(item.asked if not item.now else self.tr(
                "{asked} (now {now})").format(asked=item.asked, now=item.now))
            value.setWordWrap(True)
            self.values.append(value)
            form.addRow(item.label, value)
        reason = QLabel(str(row.data.get("reason") or ""))
        reason.setWordWrap(True)
        form.addRow(self.tr("Reason given"), reason)
        form.addRow(self.tr("Requested by"), QLabel(row.requester_name))
        self.rule_label = QLabel(wording.rule_sentence(rule) if rule else (row.rule_id or "—"))
        self.rule_label.setWordWrap(True)
        form.addRow(self.tr("Rule {rule}").format(rule=row.rule_id or "—"), self.rule_label)
        layout.addWidget(what)

        self.step_up_note = QLabel(self.tr(
            "This rule asks for a fresh TOTP code: you will be asked for yours when your "
            "approval is sent."))
        self.step_up_note.setWordWrap(True)
        # The request records whether its rule asked for step-up when it was made.
        self.step_up_note.setVisible(approve and needs_step_up(row.data))
        layout.addWidget(self.step_up_note)

        layout.addWidget(QLabel(self.tr("Comment (required to reject)") if not approve
                                else self.tr("Comment (optional)")))
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        self.comment_edit.setMaximumHeight(90)
        layout.addWidget(self.comment_edit)
        self.why = QLabel()
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(
            self.tr("&Approve") if approve else self.tr("&Reject"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setObjectName("confirmDecision")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.comment_edit.textChanged.connect(self._check)
        self._check()
        self.resize(560, self.sizeHint().height())

    def comment(self) -> str:
        return self.comment_edit.toPlainText().strip()

    def _check(self) -> None:
        text = self.comment()
        problem = ""
        if self.verdict != APPROVE and not text:
            problem = self.tr("Say why you reject it: the requester reads your comment.")
        elif len(text) > COMMENT_MAX:
            problem = self.tr("A comment has at most {n} characters.").format(n=COMMENT_MAX)
        self.confirm.setEnabled(not problem)
        self.confirm.setToolTip(problem)
        self.why.setText(problem)
