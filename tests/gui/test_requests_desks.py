"""Maker-checker through the Requests section, with desks signed in to one sandbox: alice (an
account manager) asks, carol (a supervisor) and dave (a security officer) decide."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.support.gui import fresh_code, start_sandbox
from tests.support.request_desks import RequestDesk, advance_keeping_sessions
from vipclient.domain.money import to_wire
from vipclient.domain.policy import tier_fees
from vipclient.gui.clients.profile import ProfileView
from vipclient.gui.main_window import MainWindow
from vipclient.gui.requests.forms.fee import FeeRequestForm
from vipclient.gui.requests.forms.withdrawal import WithdrawalRequestForm
from vipclient.gui.requests.section import AWAITING, RequestsSection
from vipclient.sandbox.server import SandboxServer

pytestmark = pytest.mark.timeout(120)
REASON = "Volume doubled this quarter; matching a competitor's offer."


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=30)
    yield srv
    srv.stop()


@pytest.fixture
def alice(server: SandboxServer, qtbot: QtBot) -> Iterator[RequestDesk]:
    desk = RequestDesk(server, "alice", qtbot)
    yield desk
    desk.close()


@pytest.fixture
def carol(server: SandboxServer, qtbot: QtBot) -> Iterator[RequestDesk]:
    desk = RequestDesk(server, "carol", qtbot)
    yield desk
    desk.close()


def own_client(desk: RequestDesk, *, max_tier: int = 10) -> dict[str, object]:
    with desk.ctx.cache.reader.read() as conn:
        found = conn.execute(
            "SELECT uid FROM clients WHERE manager_id = ? AND status = 'active' AND tier <= ? "
            "ORDER BY tier DESC, uid LIMIT 1", (desk.me.id, max_tier)).fetchone()
    assert found is not None, "alice manages an active client"
    return desk.client_json(found[0])


def half_price(client: dict[str, object]) -> tuple[str, str]:
    """Rates 50 % off the tier's: ``fee-deep``, one supervisor within 48 h."""
    rates = tier_fees(str(client["tier"]))
    return to_wire(rates.maker_bps / 2), to_wire(rates.taker_bps / 2)


def request_fee(qtbot: QtBot, desk: RequestDesk, uid: str, maker: str, taker: str,
                reason: str = REASON) -> str:
    """Fill in the fee form as a person does and send it; the server's request key."""
    form = FeeRequestForm(desk.ctx, uid)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.maker, maker)
    qtbot.keyClicks(form.taker, taker)
    qtbot.keyClicks(form.reason, reason)
    assert form.submit_button.isEnabled(), form.why_disabled.text()
    with qtbot.waitSignal(form.submitted) as sent:
        form.submit_button.click()
    outbox_id = sent.args[0]
    qtbot.waitUntil(lambda: desk.created_key(outbox_id) is not None, timeout=20_000)
    key = desk.created_key(outbox_id)
    assert key is not None
    return key


def status_of(desk: RequestDesk, key: str) -> str | None:
    found = desk.request_json(key)
    return None if found is None else str(found["status"])


def ids(view: RequestsSection, tab: str) -> list[str]:
    index = view.index()
    return [] if index is None else list(getattr(index, tab))


def timeline_rows(view: RequestsSection) -> list[list[str]]:
    tree = view.page.timeline
    out = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        assert item is not None
        out.append([item.text(c) for c in range(5)])
    return out


def section(qtbot: QtBot, desk: RequestDesk) -> RequestsSection:
    widget = RequestsSection(desk.ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.index() is not None, timeout=10_000)
    return widget


def test_alice_asks_carol_approves_and_both_desks_show_the_custom_schedule(
    qtbot: QtBot, alice: RequestDesk, carol: RequestDesk
) -> None:
    client = own_client(alice)
    uid = str(client["uid"])
    maker, taker = half_price(client)
    form = FeeRequestForm(alice.ctx, uid)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.maker, maker)
    qtbot.keyClicks(form.taker, taker)
    assert "fee-deep" in form.preview_label.text()
    assert "1 approval by a supervisor within 48 h" in form.preview_label.text()
    form.close()
    key = request_fee(qtbot, alice, uid, maker, taker)
    assert status_of(alice, key) == "pending_approval"

    # Alice cannot approve her own request: the button says why.
    mine = section(qtbot, alice)
    qtbot.waitUntil(lambda: key in ids(mine, "mine"), timeout=10_000)
    assert mine.show_request(key)
    assert not mine.page.approve_button.isEnabled()
    assert "someone else must approve it" in mine.page.why_not.text()
    assert mine.page.cancel_button.isEnabled()

    # Carol sees it awaiting her and approves exactly this.
    hers = section(qtbot, carol)
    qtbot.waitUntil(lambda: key in ids(hers, "awaiting"), timeout=10_000)
    assert hers.tabs.tabText(AWAITING).endswith(f"({len(ids(hers, 'awaiting'))})")
    assert hers.show_request(key)
    page = hers.page
    assert page.approve_button.isEnabled() and page.reject_button.isEnabled()
    assert not page.cancel_button.isEnabled()
    asked: list[str] = []

    def approve(verdict: str, detail: object, _policies: object) -> str:
        asked.append(verdict)
        return "Within the band we agreed for Q4."

    page.ask_decision = approve
    assert page.decide("approve") is not None and asked == ["approve"]
    for desk in (carol, alice):
        qtbot.waitUntil(lambda d=desk: status_of(d, key) == "applied", timeout=20_000)
        qtbot.waitUntil(lambda d=desk: d.client_json(uid)["fee_schedule"]["source"] == "custom",
                        timeout=20_000)
        profile = ProfileView(desk.ctx)
        qtbot.addWidget(profile)
        assert profile.show_client(uid)
        fees = profile.fields["fees"].text()
        assert f"maker {Decimal(maker):f} bps" in fees or maker in fees
        assert "custom, expires in" in fees
    # The page reads the decision back: who, with the comment, in both time zones.
    mine.show_request(key)
    steps = timeline_rows(mine)
    assert [step[0] for step in steps] == ["Requested", "Approved", "Applied"]
    assert steps[1][1] == carol.me.display_name
    assert steps[1][4] == "Within the band we agreed for Q4."
    assert "(" in steps[1][2]  # the client's time names its zone


def test_a_rejected_request_and_an_expired_one_read_right_on_both_desks(
    qtbot: QtBot, server: SandboxServer, alice: RequestDesk, carol: RequestDesk
) -> None:
    client = own_client(alice)
    uid = str(client["uid"])
    maker, taker = half_price(client)
    rejected = request_fee(qtbot, alice, uid, maker, taker, REASON + " (one)")
    expiring = request_fee(qtbot, alice, uid, maker, taker, REASON + " (two)")
    hers = section(qtbot, carol)
    qtbot.waitUntil(lambda: rejected in ids(hers, "awaiting"), timeout=10_000)
    hers.show_request(rejected)
    hers.page.ask_decision = lambda *_a: "Too deep for this client's volume."
    hers.page.decide("reject")
    # Past fee-deep's 48 h: the other one expires.
    advance_keeping_sessions(server, [alice, carol], 49 * 3600)
    mine = section(qtbot, alice)
    for desk in (alice, carol):
        qtbot.waitUntil(lambda d=desk: status_of(d, rejected) == "rejected"
                        and status_of(d, expiring) == "expired", timeout=20_000)
    for view in (mine, hers):
        view.show_request(rejected)
        assert view.page.status_pill.text() == "Rejected"
        last = timeline_rows(view)[-1]
        assert last[0] == "Rejected" and last[4] == "Too deep for this client's volume."
        assert not view.page.approve_button.isEnabled()
        view.show_request(expiring)
        assert view.page.status_pill.text() == "Expired"
        assert timeline_rows(view)[-1][:2] == ["Expired", "the platform"]
        assert view.page.deadline_label.text() == ""
    assert "no longer waiting" in hers.page.why_not.text()


@pytest.fixture
def dave(server: SandboxServer, qtbot: QtBot) -> Iterator[RequestDesk]:
    desk = RequestDesk(server, "dave", qtbot, auto_code=False)
    yield desk
    desk.close()


def answer_code_dialog(qtbot: QtBot, window: MainWindow, server: SandboxServer,
                       username: str) -> str:
    """The shared code dialog opened on ``window``: type a fresh code, press OK; returns what
    the dialog said it was for."""
    qtbot.waitUntil(lambda: window.step_up_dialog is not None
                    and window.step_up_dialog.isVisible(), timeout=20_000)
    dialog = window.step_up_dialog
    assert dialog is not None
    what = dialog.what_label.text()
    qtbot.keyClicks(dialog.code_edit, fresh_code(server, username))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return what


def test_a_step_up_rule_asks_for_a_code_on_request_and_on_approval(
    qtbot: QtBot, server: SandboxServer, dave: RequestDesk
) -> None:
    alice = RequestDesk(server, "alice", qtbot, auto_code=False)
    try:
        alice_window = MainWindow(alice.ctx, sections=())
        dave_window = MainWindow(dave.ctx, sections=())
        for window in (alice_window, dave_window):
            qtbot.addWidget(window)
            window.show()
        with alice.ctx.cache.reader.read() as conn:
            uid, limit = conn.execute(
                "SELECT uid, json_extract(data, '$.withdrawal_limit_24h_usd') FROM clients "
                "WHERE manager_id = ? AND status = 'active' AND "
                "CAST(json_extract(data, '$.withdrawal_limit_24h_usd') AS REAL) < 9000000 "
                "ORDER BY uid LIMIT 1", (alice.me.id,)).fetchone()
        new_limit = str(max(Decimal(limit) + 1, Decimal(2_000_000)).quantize(Decimal(1)))
        form = WithdrawalRequestForm(alice.ctx, uid)
        qtbot.addWidget(form)
        qtbot.keyClicks(form.amount, new_limit)
        qtbot.keyClicks(form.reason, "OTC settlement this week needs a higher limit.")
        assert "wd-limit-large" in form.preview_label.text()
        assert "fresh TOTP code" in form.preview_label.text()
        with qtbot.waitSignal(form.submitted) as sent:
            form.submit_button.click()
        assert "Withdrawal request for" in answer_code_dialog(qtbot, alice_window, server,
                                                              "alice")
        qtbot.waitUntil(lambda: alice.created_key(sent.args[0]) is not None, timeout=20_000)
        key = alice.created_key(sent.args[0])
        assert key is not None and status_of(alice, key) == "pending_approval"

        officers = section(qtbot, dave)
        qtbot.waitUntil(lambda: key in ids(officers, "awaiting"), timeout=10_000)
        officers.show_request(key)
        officers.page.ask_decision = lambda *_a: "Checked with the client by phone."
        officers.page.decide("approve")
        assert answer_code_dialog(qtbot, dave_window, server, "dave").startswith("Approve")
        for desk in (dave, alice):
            qtbot.waitUntil(lambda d=desk: status_of(d, key) == "applied", timeout=20_000)
            qtbot.waitUntil(lambda d=desk: Decimal(str(d.client_json(uid)[
                "withdrawal_limit_24h_usd"])) == Decimal(new_limit), timeout=20_000)
        steps = dave.request_json(key)["approvals"]  # type: ignore[index]
        assert steps[0]["step_up"] is True and steps[0]["staff_id"] == dave.me.id
    finally:
        alice.close()
