"""A custom fee schedule: maker and taker rates in bps, scope, validity, reason — beside the
tier's rates, the discount they make, and the schedule the client has now."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QLineEdit

from vipclient.domain.enums import FeeScope
from vipclient.domain.money import MoneyError, format_bps, parse_rate_bps
from vipclient.domain.policy import tier_fees
from vipclient.domain.request_drafts import ClientFacts, Draft, fee_draft
from vipclient.gui.requests import wording
from vipclient.gui.requests.compare import fee_schedule_now
from vipclient.gui.requests.forms.base import RequestForm


class FeeRequestForm(RequestForm):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Request a custom fee schedule"))
        self.setObjectName("feeRequestForm")
        self.maker = QLineEdit()
        self.maker.setPlaceholderText(self.tr("e.g. 4.5"))
        self.maker.setAccessibleName(self.tr("Maker rate in bps"))
        self.taker = QLineEdit()
        self.taker.setPlaceholderText(self.tr("e.g. 8"))
        self.taker.setAccessibleName(self.tr("Taker rate in bps"))
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Scope"))
        self.scope.setAccessibleDescription(self.tr(
            "Which markets the schedule applies to: spot, futures or both"))
        for scope in (FeeScope.ALL, FeeScope.SPOT, FeeScope.FUTURES):
            self.scope.addItem(wording.scope_name(scope.value), scope.value)
        self.maker.textEdited.connect(lambda _t: self.edited("maker_bps"))
        self.taker.textEdited.connect(lambda _t: self.edited("taker_bps"))
        self.scope.currentIndexChanged.connect(lambda _i: self.check())
        self.add_field("maker_bps", self.tr("&Maker rate (bps)"), self.maker)
        self.add_field("taker_bps", self.tr("&Taker rate (bps)"), self.taker)
        self.add_field("scope", self.tr("Scope"), self.scope)

        side = QGroupBox(self.tr("Side by side"))
        grid = QGridLayout(side)
        for column, text in enumerate(("", self.tr("Maker"), self.tr("Taker"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, column)
        self.side: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (key, label) in enumerate((("tier", self.tr("Tier's rates")),
                                            ("asked", self.tr("Requested")),
                                            ("off", self.tr("Discount"))), start=1):
            grid.addWidget(QLabel(label), row, 0)
            cells = (QLabel("—"), QLabel("—"))
            grid.addWidget(cells[0], row, 1)
            grid.addWidget(cells[1], row, 2)
            self.side[key] = cells
        self.now_label = QLabel()
        self.now_label.setObjectName("feeNow")
        self.now_label.setWordWrap(True)
        grid.addWidget(QLabel(self.tr("In force now")), 4, 0)
        grid.addWidget(self.now_label, 4, 1, 1, 2)
        self.form.addRow(side)

    def draft(self, client: ClientFacts, now: datetime) -> Draft:
        self._side_by_side(client)
        return fee_draft(client, self.maker.text(), self.taker.text(),
                         FeeScope(self.scope.currentData()), self.validity.value(),
                         self.reason.toPlainText(), now)

    def _side_by_side(self, client: ClientFacts) -> None:
        rates = tier_fees(client.tier)
        self.side["tier"][0].setText(format_bps(rates.maker_bps))
        self.side["tier"][1].setText(format_bps(rates.taker_bps))
        asked = (_rate(self.maker.text()), _rate(self.taker.text()))
        for cell, value in zip(self.side["asked"], asked, strict=True):
            cell.setText("—" if value is None else format_bps(value))
        for cell, tier_rate, value in zip(self.side["off"], (rates.maker_bps, rates.taker_bps),
                                          asked, strict=True):
            cell.setText(_off(tier_rate, value))
        self.now_label.setText(fee_schedule_now({"fee_schedule": {
            "maker_bps": client.fee_maker_bps, "taker_bps": client.fee_taker_bps,
            "source": client.fee_source, "expires_at": client.fee_expires_at}}))

    def fill(self, body: Mapping[str, Any]) -> None:
        self.maker.setText(str(body.get("maker_bps") or ""))
        self.taker.setText(str(body.get("taker_bps") or ""))
        at = self.scope.findData(body.get("scope") or FeeScope.ALL.value)
        self.scope.setCurrentIndex(max(0, at))

    def describe(self, draft: Draft) -> str:
        client = self.client
        return self.tr("Fee schedule for {client} ({uid}): {rates}").format(
            client=client.display_name if client else "", uid=draft.client_uid,
            rates=wording.rates(draft.body.get("maker_bps"), draft.body.get("taker_bps")))


def _rate(text: str) -> Decimal | None:
    try:
        return parse_rate_bps(text, lenient=True)
    except MoneyError:
        return None


def _off(tier_rate: Decimal, asked: Decimal | None) -> str:
    """The discount one rate makes off the tier's, in % (the larger of the two is the
    request's discount)."""
    if asked is None or tier_rate <= 0:
        return "—"
    off = max(Decimal(0), (tier_rate - asked) / tier_rate * 100)
    return f"{format_bps(off.quantize(Decimal('0.01')))} %"
