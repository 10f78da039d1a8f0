"""API access: the rate-limit tier and the IP whitelist the client's API keys are bound to."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import QComboBox

from vipclient.domain.enums import RateLimitTier
from vipclient.domain.request_drafts import ClientFacts, Draft, api_access_draft
from vipclient.gui.requests import wording
from vipclient.gui.requests.forms.base import RequestForm
from vipclient.gui.requests.forms.whitelist import WhitelistEditor


class ApiAccessRequestForm(RequestForm):
    def build(self) -> None:
        self.setWindowTitle(self.tr("Request a change of API access"))
        self.setObjectName("apiAccessRequestForm")
        self.tier = QComboBox()
        self.tier.setAccessibleName(self.tr("Rate-limit tier"))
        self.tier.setAccessibleDescription(self.tr(
            "How many API calls a minute the client may make"))
        for tier in RateLimitTier:
            self.tier.addItem(wording.rate_tier_name(tier.value), tier.value)
        self.tier.currentIndexChanged.connect(lambda _i: self.edited("rate_limit_tier"))
        self.add_field("rate_limit_tier", self.tr("Rate-limit &tier"), self.tier)
        self.whitelist = WhitelistEditor()
        self.whitelist.changed.connect(lambda: self.edited("ip_whitelist"))
        self.add_field("ip_whitelist", self.tr("IP &whitelist"), self.whitelist)
        self._filled = False

    def validity_required(self) -> bool:
        return False

    def client_changed(self) -> None:
        """Start from the client's settings now (the request is the complete new list)."""
        client = self.client
        if client is None or self._filled:
            return
        self.tier.blockSignals(True)
        self.tier.setCurrentIndex(max(0, self.tier.findData(client.rate_limit_tier)))
        self.tier.blockSignals(False)
        self.whitelist.set_entries(client.ip_whitelist, client.ip_whitelist)

    def fill(self, body: Mapping[str, Any]) -> None:
        self._filled = True
        self.tier.setCurrentIndex(max(0, self.tier.findData(body.get("rate_limit_tier"))))
        current = self.client.ip_whitelist if self.client else ()
        self.whitelist.set_entries([str(n) for n in body.get("ip_whitelist") or []], current)

    def draft(self, client: ClientFacts, now: datetime) -> Draft:
        return api_access_draft(client, RateLimitTier(self.tier.currentData()),
                                self.whitelist.entries(), self.validity.value(),
                                self.reason.toPlainText(), now)

    def show_entry_problems(self, problems: Mapping[str, str],
                            server: Mapping[str, str]) -> None:
        shown = {k: v for k, v in {**problems, **server}.items() if k.startswith("ip_whitelist")}
        self.whitelist.show_problems(shown)

    def describe(self, draft: Draft) -> str:
        client = self.client
        return self.tr("API access for {client} ({uid}): {what}").format(
            client=client.display_name if client else "", uid=draft.client_uid,
            what=wording.summary("api_access_request", draft.body))
