"""The rules the server serves, in order, each in a sentence; what is wrong with them; and a
"what if" box: describe a request and see which rule decides it and what it needs.

Read-only. The rules and the staff (who holds which role) come from the cache; the checks are
the domain's linter (:mod:`vipclient.domain.policy_lint`), which asks the same ``evaluate``
the server enforces with.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vipclient.domain.enums import RateLimitTier, RequestKind, Tier, WithdrawalKind
from vipclient.domain.money import MoneyError, parse_decimal, parse_rate_bps
from vipclient.domain.policy import RequestFacts, evaluate
from vipclient.domain.policy_lint import explain
from vipclient.gui import theme
from vipclient.gui.requests import services, wording

if TYPE_CHECKING:
    from vipclient.services.context import AppContext


class PoliciesView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policiesView")
        self._ctx = ctx
        self._service = services.requests(ctx)
        self._policies = self._service.policies()

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.rules = QLabel()
        self.rules.setObjectName("policyRules")
        self.rules.setAccessibleName(self.tr("Rules in the order they are applied"))
        self.rules.setWordWrap(True)
        self.rules.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rules.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rules_scroll = QScrollArea()
        rules_scroll.setWidgetResizable(True)
        rules_scroll.setWidget(self.rules)
        rules_scroll.setAccessibleName(self.tr("Rules"))
        rules_scroll.setAccessibleDescription(self.tr(
            "The approval rules in the order they are applied"))
        findings = QGroupBox(self.tr("Checks"))
        fl = QVBoxLayout(findings)
        self.findings = QLabel()
        self.findings.setObjectName("policyFindings")
        self.findings.setWordWrap(True)
        fl.addWidget(self.findings)

        what_if = QGroupBox(self.tr("What if…"))
        wl = QVBoxLayout(what_if)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of request"))
        self.kind.setAccessibleDescription(self.tr(
            "The kind of request to try against the rules"))
        for entity in RequestKind:
            self.kind.addItem(wording.kind_name(entity.value), entity.value)
        self.tier = QComboBox()
        self.tier.setAccessibleName(self.tr("Client's tier"))
        self.tier.setAccessibleDescription(self.tr("The tier of the imagined client"))
        for tier in Tier:
            self.tier.addItem(tier.value, tier.value)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Client's tier"), self.tier)
        self.details = QStackedWidget()
        self.maker, self.taker = QLineEdit("4"), QLineEdit("8")
        self.maker.setAccessibleName(self.tr("Maker rate in bps"))
        self.taker.setAccessibleName(self.tr("Taker rate in bps"))
        for edit in (self.maker, self.taker):
            edit.setAccessibleDescription(self.tr("The rate asked, in basis points"))
        fee = QWidget()
        ff = QFormLayout(fee)
        ff.addRow(self.tr("Maker rate (bps)"), self.maker)
        ff.addRow(self.tr("Taker rate (bps)"), self.taker)
        self.withdrawal_kind = QComboBox()
        self.withdrawal_kind.addItem(self.tr("limit increase"), WithdrawalKind.LIMIT_INCREASE.value)
        self.withdrawal_kind.addItem(self.tr("expedite"), WithdrawalKind.EXPEDITE.value)
        self.usd = QLineEdit("500000")
        self.usd.setAccessibleName(self.tr("Value in USD"))
        self.usd.setAccessibleDescription(self.tr("The value asked, in US dollars"))
        self.withdrawal_kind.setAccessibleName(self.tr("Kind of withdrawal request"))
        self.withdrawal_kind.setAccessibleDescription(self.tr(
            "A higher limit, or a pending withdrawal sped up"))
        withdrawal = QWidget()
        wf = QFormLayout(withdrawal)
        wf.addRow(self.tr("Kind of withdrawal request"), self.withdrawal_kind)
        wf.addRow(self.tr("Value (USD)"), self.usd)
        self.rate_tier = QComboBox()
        for rate in RateLimitTier:
            self.rate_tier.addItem(wording.rate_tier_name(rate.value), rate.value)
        self.cleared = QCheckBox(self.tr("empties a whitelist that is not empty"))
        self.rate_tier.setAccessibleName(self.tr("Rate-limit tier"))
        self.rate_tier.setAccessibleDescription(self.tr("The rate-limit tier asked"))
        self.cleared.setAccessibleDescription(self.tr(
            "Whether the request removes every address of the whitelist"))
        api = QWidget()
        af = QFormLayout(api)
        af.addRow(self.tr("Rate-limit tier"), self.rate_tier)
        af.addRow("", self.cleared)
        for page in (fee, withdrawal, api):
            self.details.addWidget(page)
        form.addRow(self.details)
        wl.addLayout(form)
        self.answer = QLabel()
        self.answer.setObjectName("whatIfAnswer")
        self.answer.setWordWrap(True)
        wl.addWidget(self.answer)
        wl.addStretch(1)

        right = QVBoxLayout()
        right.addWidget(findings)
        right.addWidget(what_if, 1)
        row = QHBoxLayout()
        row.addWidget(rules_scroll, 3)
        row.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.tier, self.withdrawal_kind, self.rate_tier):
            combo.currentIndexChanged.connect(lambda _i: self.ask())
        for edit in (self.maker, self.taker, self.usd):
            edit.textChanged.connect(lambda _t: self.ask())
        self.cleared.toggled.connect(lambda _b: self.ask())
        self.refresh()

    def refresh(self) -> None:
        """Read the rules and the staff again (after a change of either)."""
        policies = self._policies = self._service.policies()
        order = self.tr("in the order the server gave") if policies.order_known else \
            self.tr("in the order this desk last had them")
        self.intro.setText(self.tr(
            "The rules the server applies, {order}: the first rule that matches a request "
            "decides it; a request no rule matches is blocked.").format(order=order))
        if policies.rules is None:
            self.rules.setText("<br>".join(f"{n}. {html.escape(str(raw.get('id')))}"
                                           for n, raw in enumerate(policies.raw, start=1)))
            self.findings.setText(self.tr("These rules cannot be read here: {problem}").format(
                problem=policies.problem or ""))
            self.ask()
            return
        self.rules.setText("".join(
            f"<p><b>{n}. {html.escape(rule.id)}</b><br>{html.escape(wording.rule_sentence(rule))}"
            "</p>" for n, rule in enumerate(policies.rules, start=1)))
        names = {s.id: s.display_name for s in self._service.staff()}
        found = self._service.findings(policies)
        c = theme.colors()
        if found:
            self.findings.setText("\n".join("⚠ " + wording.finding_text(f, names) for f in found))
            self.findings.setStyleSheet(f"QLabel {{ color: {c.sla_amber}; }}")
        else:
            self.findings.setText(self.tr("No problem found: every rule can decide some request, "
                                          "every approval can be given, every kind of request "
                                          "has a rule that allows it."))
            self.findings.setStyleSheet(f"QLabel {{ color: {c.sla_ok}; }}")
        self.ask()

    def _kind_changed(self) -> None:
        self.details.setCurrentIndex(self.kind.currentIndex())
        self.ask()

    def facts(self) -> RequestFacts | None:
        kind = RequestKind(self.kind.currentData())
        tier = Tier(self.tier.currentData())
        try:
            if kind is RequestKind.FEE_REQUEST:
                return RequestFacts.fee(tier, parse_rate_bps(self.maker.text(), lenient=True),
                                        parse_rate_bps(self.taker.text(), lenient=True))
            if kind is RequestKind.WITHDRAWAL_REQUEST:
                return RequestFacts.withdrawal(tier, self.withdrawal_kind.currentData(),
                                               parse_decimal(self.usd.text(), lenient=True))
        except MoneyError:
            return None
        cleared = self.cleared.isChecked()
        return RequestFacts.api_access(tier, self.rate_tier.currentData(),
                                       ["192.0.2.0/24"] if cleared else [],
                                       [] if cleared else ["192.0.2.0/24"])

    def ask(self) -> None:
        rules = self._policies.rules
        facts = self.facts()
        if rules is None:
            self.answer.setText("")
            return
        if facts is None:
            self.answer.setText(self.tr("Write the amounts as plain numbers, e.g. 4.5."))
            return
        decision = evaluate(rules, facts)
        lines = [wording.decision_text(decision)]
        if decision.rule is not None:
            checks = explain(decision.rule, facts)
            lines += ["• " + wording.check_text(check) for check in checks]
        self.answer.setText("\n".join(lines))
