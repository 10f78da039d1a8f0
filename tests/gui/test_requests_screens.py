"""The Requests screens over a cache filled without a server: fields checked as typed, the
submit button's reason, permissions on the page, the approval dialog, the whitelist editor,
the policies view, the notices and the list model."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.requests import NOW, policies, request_json
from tests.support.screens import STAFF, apply, cache_ctx, client_json
from tests.support.sync import upsert
from vipclient.gui.notifications import NoticeBar, Notifier
from vipclient.gui.requests.approve_dialog import DecisionDialog
from vipclient.gui.requests.forms.api_access import ApiAccessRequestForm
from vipclient.gui.requests.forms.fee import FeeRequestForm
from vipclient.gui.requests.model import RequestsModel
from vipclient.gui.requests.notices import RequestNotices
from vipclient.gui.requests.page import RequestPage
from vipclient.gui.requests.policies_view import PoliciesView
from vipclient.gui.requests.section import ALL, AWAITING, MINE, RequestsSection
from vipclient.services.requests import RequestFilter, RequestsService, WatchEntry
from vipclient.store.cache import Cache

DAVE = {"id": "S5", "username": "erin", "display_name": "Erin Sato",
        "roles": ["security_officer"], "languages": ["en"]}


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = Cache.open(tmp_path / "c.sqlite3")
    apply(c, *(upsert("staff", dict(s, version=1)) for s in [*STAFF, DAVE]),
          upsert("client", client_json(
              "U1", "王小明", tier=7, manager_id="S1",
              api={"rate_limit_tier": "standard", "ip_whitelist": ["203.0.113.0/24"]})),
          upsert("client", client_json("U2", "Anna Smith", tier=3, manager_id="S2")),
          *policies(),
          upsert("fee_request", request_json("fee_request", "FR1", "U1", requester="S1")),
          upsert("fee_request", request_json("fee_request", "FR2", "U2", requester="S2",
                                             created=NOW + timedelta(minutes=1),
                                             approvals=[{"staff_id": "S3",
                                                         "decision": "approve", "comment": "",
                                                         "at": "2026-11-25T10:00:00Z"}])),
          upsert("withdrawal_request", request_json(
              "withdrawal_request", "WR1", "U1", rule_id="wd-limit-large",
              approver_role="security_officer", created=NOW + timedelta(minutes=2))))
    yield c
    c.close()


def type_text(widget: Any, text: str) -> None:
    """Characters as a keyboard sends them, ones QTest cannot (full-width digits) included."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def test_fee_fields_are_checked_as_typed_and_the_button_says_why(qtbot: QtBot,
                                                                 cache: Cache) -> None:
    form = FeeRequestForm(cache_ctx(cache, "S1"), "U1")
    qtbot.addWidget(form)
    assert not form.submit_button.isEnabled()
    assert form.why_disabled.text().startswith("Not ready — Maker rate (bps)")
    assert not form.messages["maker_bps"].isVisibleTo(form)  # nothing typed there yet
    qtbot.keyClicks(form.maker, "1e3")
    assert form.messages["maker_bps"].text() == (
        "Write it in full digits without an exponent (1000, not 1e3).")
    assert form.messages["maker_bps"].isVisibleTo(form)
    assert form.submit_button.toolTip() == form.why_disabled.text()
    form.maker.clear()
    type_text(form.maker, "３")  # what an input method in full-width mode types
    assert "U+FF13 FULLWIDTH DIGIT THREE" in form.messages["maker_bps"].text()
    form.maker.clear()
    qtbot.keyClicks(form.maker, "3")
    qtbot.keyClicks(form.taker, "5")
    assert form.side["off"][0].text() == "50 %" and form.side["off"][1].text() == "50 %"
    assert "rule fee-deep" in form.preview_label.text()
    qtbot.keyClicks(form.reason, "short")
    assert form.messages["reason"].text() == "Write a reason of 10 to 2000 characters."
    qtbot.keyClicks(form.reason, " but now long enough")
    assert form.submit_button.isEnabled() and form.why_disabled.text() == ""
    form.taker.clear()
    qtbot.keyClicks(form.taker, "2")
    assert form.messages["maker_bps"].text() == (
        "The maker rate cannot be higher than the taker rate.")
    assert not form.submit_button.isEnabled()


def test_a_block_and_a_client_not_ones_own_disable_sending(qtbot: QtBot,
                                                            cache: Cache) -> None:
    form = FeeRequestForm(cache_ctx(cache, "S1"), "U1")
    qtbot.addWidget(form)
    qtbot.keyClicks(form.maker, "0.2")
    qtbot.keyClicks(form.taker, "10")
    qtbot.keyClicks(form.reason, "A reason that is long enough.")
    assert "Blocked by rule fee-floor" in form.preview_label.text()
    assert form.why_disabled.text() == ("The rules block this request, so the server would "
                                        "refuse it.")
    other = FeeRequestForm(cache_ctx(cache, "S1"), "U2")  # bob's client
    qtbot.addWidget(other)
    assert "account manager or a supervisor" in other.why_disabled.text()


def test_sending_queues_the_request_and_closes(qtbot: QtBot, cache: Cache) -> None:
    ctx = cache_ctx(cache, "S1")
    form = FeeRequestForm(ctx, "U1")
    qtbot.addWidget(form)
    for edit, text in ((form.maker, "5.5"), (form.taker, "9")):
        qtbot.keyClicks(edit, text)
    qtbot.keyClicks(form.reason, "A reason that is long enough.")
    with qtbot.waitSignal(form.submitted):
        form.submit()
    assert ctx.sync.nudges == 1  # type: ignore[attr-defined]
    mine = RequestsService(cache).index("S1", [], RequestFilter()).mine
    assert sum(k.startswith("fee_request:local-") for k in mine) == 1


def test_the_whitelist_editor(qtbot: QtBot, cache: Cache, monkeypatch: Any) -> None:
    form = ApiAccessRequestForm(cache_ctx(cache, "S1"), "U1")
    qtbot.addWidget(form)
    editor = form.whitelist
    assert editor.entries() == ["203.0.113.0/24"]
    assert "rule fee" not in form.preview_label.text()
    QApplication.clipboard().setText("198.51.100.0/24\n  2001:DB8::/48 \n\n10.0.0.1\n")
    editor.paste_clipboard()
    assert editor.entries() == ["203.0.113.0/24", "198.51.100.0/24", "2001:DB8::/48",
                                "10.0.0.1"]
    assert "10.0.0.1/32" in editor.problems.text()
    item = editor.list.item(3)
    assert item is not None and "10.0.0.1/32" in item.toolTip()
    editor.list.setCurrentRow(3)
    item.setSelected(True)
    editor.remove_selected()
    assert editor.diff.text() == ("Against the client's list now: adds 198.51.100.0/24, "
                                  "2001:DB8::/48")
    qtbot.keyClicks(editor.entry, "192.0.2.1/24")
    assert "not the network itself" in editor.typing_note.text()
    editor.list.setCurrentRow(0)
    editor.list.item(0).setSelected(True)  # type: ignore[union-attr]
    editor.remove_selected()
    assert "removes 203.0.113.0/24" in editor.diff.text()
    qtbot.keyClicks(form.reason, "Their new office in Singapore.")
    assert form.submit_button.isEnabled(), form.why_disabled.text()
    assert "rule api-standard" in form.preview_label.text()


def test_the_page_says_who_may_act(qtbot: QtBot, cache: Cache) -> None:
    alice = RequestPage(cache_ctx(cache, "S1"))
    qtbot.addWidget(alice)
    assert alice.show_request("fee_request:FR1")
    assert not alice.approve_button.isEnabled() and alice.cancel_button.isEnabled()
    assert "someone else must approve it" in alice.why_not.text()
    assert "Rule fee-deep" in alice.rule_label.text()
    assert "Still needed: 1. Who may approve: Carol Díaz." in alice.progress_label.text()
    carol = RequestPage(cache_ctx(cache, "S3"))
    qtbot.addWidget(carol)
    carol.show_request("fee_request:FR2")  # she approved it already
    assert not carol.approve_button.isEnabled()
    assert "already given your decision" in carol.why_not.text()
    carol.show_request("withdrawal_request:WR1")  # a security officer's to decide
    assert not carol.approve_button.isEnabled()
    assert "Only a security officer can approve this request." in carol.why_not.text()
    carol.show_request("fee_request:FR1")
    assert carol.approve_button.isEnabled() and not carol.cancel_button.isEnabled()
    seen: list[str] = []

    def ask(verdict: str, *_: Any) -> str | None:
        seen.append(verdict)
        return None  # closed the dialog: nothing is queued

    carol.ask_decision = ask
    assert carol.decide("reject") is None and seen == ["reject"]


def test_the_approval_dialog_repeats_what_is_approved(qtbot: QtBot, cache: Cache) -> None:
    service = RequestsService(cache)
    detail = service.detail("withdrawal_request:WR1")
    assert detail is not None
    rule = service.policies().rule("wd-limit-large")
    dialog = DecisionDialog("approve", detail.row, detail.client, rule)
    qtbot.addWidget(dialog)
    values = [label.text() for label in dialog.values]
    assert values[0] == "3,000,000.00 USD (now 2,000,000.00 USD)"
    assert "10,000,000 USD" in dialog.rule_label.text()
    assert dialog.confirm.isEnabled() and dialog.step_up_note.isVisibleTo(dialog) is False
    refuse = DecisionDialog("reject", detail.row, detail.client, rule)
    qtbot.addWidget(refuse)
    assert not refuse.confirm.isEnabled() and "Say why" in refuse.why.text()
    qtbot.keyClicks(refuse.comment_edit, "Not with this volume.")
    assert refuse.confirm.isEnabled() and refuse.comment() == "Not with this volume."


def test_tabs_counts_and_a_switch(qtbot: QtBot, cache: Cache) -> None:
    view = RequestsSection(cache_ctx(cache, "S3"))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        pass
    assert [view.tabs.tabText(i) for i in range(3)] == [
        "My requests (0)", "Awaiting my approval (1)", "All (3)"]
    view.set_tab(AWAITING)
    assert view.model.ids() == ["fee_request:FR1"]
    view.set_tab(ALL)
    assert view.filters.isVisibleTo(view) and len(view.model.ids()) == 3
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("withdrawal_request"))
    qtbot.waitUntil(lambda: view.model.ids() == ["withdrawal_request:WR1"], timeout=5000)
    view.set_tab(MINE)
    assert view.model.ids() == [] and view.empty_label.text() == "You have made no request."
    assert view.show_request("fee_request:FR1") and view.tab() == AWAITING


def test_the_list_model_is_a_proper_qt_model(qtmodeltester: Any, cache: Cache) -> None:
    service = RequestsService(cache)
    model = RequestsModel(service.rows, lambda: NOW)
    model.set_ids(["fee_request:FR1", "fee_request:FR2", "withdrawal_request:WR1"])
    qtmodeltester.check(model)
    assert model.data(model.index(0, RequestsModel.DEADLINE)) == "2 d 0 h left"


def test_the_policies_view(qtbot: QtBot, cache: Cache) -> None:
    view = PoliciesView(cache_ctx(cache, "S1"))
    qtbot.addWidget(view)
    assert "12. api-standard" in view.rules.text()
    assert "a request made by Carol Díaz can never be approved" in view.findings.text()
    view.kind.setCurrentIndex(1)  # withdrawal
    view.usd.setText("300000")
    view.withdrawal_kind.setCurrentIndex(1)  # expedite
    assert "rule wd-expedite-large" in view.answer.text()
    assert ("it is worth at most 5,000,000 USD (this request: 300,000.00 USD) — yes"
            in view.answer.text())
    view.usd.setText("1,5")
    assert view.answer.text() == "Write the amounts as plain numbers, e.g. 4.5."


def test_notices_tell_what_is_new_once(qtbot: QtBot) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    notices = RequestNotices(Notifier(bar, use_tray=False))
    waiting = WatchEntry("fee_request:FR1", "awaiting", "fee_request", "王小明")
    notices.consider([waiting])  # the first look only remembers
    assert bar.isHidden()
    applied = WatchEntry("fee_request:FR9", "applied", "fee_request", "Anna Smith")
    assert notices.consider([waiting, applied]) == [applied]
    assert "Your request was applied: Anna Smith" in bar.text.text()
    assert notices.consider([waiting, applied]) == []
