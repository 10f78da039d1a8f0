"""A withdrawal request: a higher 24 h limit (in USD, until a date) or expediting one pending
withdrawal (its id, asset and amount), with its USD value from ``/assets`` as it is typed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from vipclient.domain.enums import WithdrawalKind
from vipclient.domain.request_drafts import USD, ClientFacts, Draft, usd_of, withdrawal_draft
from vipclient.gui.requests import services, wording
from vipclient.gui.requests.forms.base import RequestForm


class WithdrawalRequestForm(RequestForm):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Request a withdrawal limit or an expedite"))
        self.setObjectName("withdrawalRequestForm")
        self.assets = services.assets(self.ctx)
        self.limit_button = QRadioButton(self.tr("Raise the 24 h &limit"))
        self.expedite_button = QRadioButton(self.tr("&Expedite a pending withdrawal"))
        self.limit_button.setChecked(True)
        self.limit_button.setAccessibleDescription(self.tr(
            "A higher 24-hour withdrawal limit, in USD"))
        self.expedite_button.setAccessibleDescription(self.tr(
            "A pending withdrawal processed ahead of the queue"))
        kinds = QButtonGroup(self)
        kinds.addButton(self.limit_button)
        kinds.addButton(self.expedite_button)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.limit_button)
        row.addWidget(self.expedite_button)
        row.addStretch(1)
        self.add_field("kind", self.tr("Kind"), box)
        self.withdrawal_id = QLineEdit()
        self.withdrawal_id.setAccessibleName(self.tr("Withdrawal id"))
        self.withdrawal_id.setPlaceholderText(self.tr("The pending withdrawal's id"))
        self.withdrawal_id.textEdited.connect(lambda _t: self.edited("withdrawal_id"))
        self.add_field("withdrawal_id", self.tr("Withdrawal &id"), self.withdrawal_id)
        self.asset = QComboBox()
        self.asset.setAccessibleName(self.tr("Asset"))
        self.asset.setAccessibleDescription(self.tr("The asset being withdrawn"))
        self.asset.currentIndexChanged.connect(lambda _i: self.edited("asset"))
        self.add_field("asset", self.tr("Asset"), self.asset)
        self.amount = QLineEdit()
        self.amount.setAccessibleName(self.tr("Amount"))
        self.amount.setAccessibleDescription(self.tr(
            "The new limit in USD, or the amount of the withdrawal to expedite"))
        self.amount.textEdited.connect(lambda _t: self.edited("amount"))
        self.add_field("amount", self.tr("New 24 h limit (USD)"), self.amount)
        self.usd_label = QLabel()
        self.usd_label.setObjectName("usdValue")
        self.add_field("usd", self.tr("Value"), self.usd_label)
        self.assets_note = QLabel()
        self.assets_note.setObjectName("assetsNote")
        self.assets_note.setWordWrap(True)
        self.form.addRow(self.assets_note)
        self.limit_button.toggled.connect(self._kind_changed)
        self.assets.changed.connect(self._assets_changed)
        self.assets.load()
        self._assets_changed()
        self._kind_changed()

    def kind(self) -> WithdrawalKind:
        return (WithdrawalKind.LIMIT_INCREASE if self.limit_button.isChecked()
                else WithdrawalKind.EXPEDITE)

    def validity_required(self) -> bool:
        return True  # starts as a limit increase; _kind_changed follows the choice

    def _kind_changed(self) -> None:
        limit = self.kind() is WithdrawalKind.LIMIT_INCREASE
        self.withdrawal_id.setEnabled(not limit)
        if limit:
            self.asset.setCurrentIndex(max(0, self.asset.findData(USD)))
        self.asset.setEnabled(not limit)
        self.captions["amount"].setText(
            self.tr("New 24 h limit (USD)") if limit else self.tr("Amount"))
        if hasattr(self, "validity"):
            self.validity.set_required(limit)
            self.check()

    def _assets_changed(self) -> None:
        current = self.asset.currentData() or USD
        self.asset.blockSignals(True)
        self.asset.clear()
        for symbol in self.assets.symbols():
            self.asset.addItem(symbol, symbol)
        self.asset.setCurrentIndex(max(0, self.asset.findData(current)))
        self.asset.blockSignals(False)
        if self.assets.loading:
            self.assets_note.setText(self.tr("Reading the assets' precision and prices…"))
        elif self.assets.error is not None:
            self.assets_note.setText(self.tr(
                "The assets' precision and prices could not be read ({error}); a limit "
                "increase in USD can still be asked for.").format(error=self.assets.error))
        else:
            self.assets_note.setText("")
        self.assets_note.setVisible(bool(self.assets_note.text()))
        if hasattr(self, "validity"):
            self.check()

    def draft(self, client: ClientFacts, now: datetime) -> Draft:
        kind = self.kind()
        asset = self.assets.asset(self.asset.currentData() or USD)
        value = usd_of(kind, asset, self.amount.text())
        self.usd_label.setText("—" if value is None else wording.usd(value))
        return withdrawal_draft(client, kind, asset, self.amount.text(),
                                self.withdrawal_id.text(), self.validity.value(),
                                self.reason.toPlainText(), now)

    def fill(self, body: Mapping[str, Any]) -> None:
        expedite = body.get("kind") == WithdrawalKind.EXPEDITE.value
        self.expedite_button.setChecked(expedite)
        self.limit_button.setChecked(not expedite)
        symbol = str(body.get("asset") or USD)
        if self.asset.findData(symbol) < 0:
            self.asset.addItem(symbol, symbol)
        self.asset.setCurrentIndex(self.asset.findData(symbol))
        self.amount.setText(str(body.get("amount") or ""))
        self.withdrawal_id.setText(str(body.get("withdrawal_id") or ""))

    def describe(self, draft: Draft) -> str:
        client = self.client
        return self.tr("Withdrawal request for {client} ({uid}): {what}").format(
            client=client.display_name if client else "", uid=draft.client_uid,
            what=wording.summary("withdrawal_request", draft.body))
