"""The server's answers to requests made on a desk: a request made offline is sent once when
the network returns; each 422 lands on its field when the form is opened again; and the
policy preview agrees with the server for every seeded rule."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.support.gui import set_faults, start_sandbox
from tests.support.request_desks import RequestDesk
from vipclient.domain.enums import FeeScope, RateLimitTier, RequestKind, WithdrawalKind
from vipclient.domain.money import to_wire
from vipclient.domain.networks import setting_network
from vipclient.domain.policy import DEFAULT_POLICIES, tier_fees
from vipclient.domain.request_drafts import (
    USD_ASSET,
    ClientFacts,
    Draft,
    api_access_draft,
    fee_draft,
    withdrawal_draft,
)
from vipclient.domain.sla import format_ts
from vipclient.gui.requests import launch
from vipclient.gui.requests.forms.api_access import ApiAccessRequestForm
from vipclient.gui.requests.forms.fee import FeeRequestForm
from vipclient.gui.requests.section import RequestsSection
from vipclient.gui.sync_problems import SyncProblemsDialog
from vipclient.sandbox.server import SandboxServer
from vipclient.services.requests import preview_of

pytestmark = pytest.mark.timeout(180)
REASON = "The client asked for this on the phone today."


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


def clients(desk: RequestDesk, manager: str | None = None) -> list[ClientFacts]:
    with desk.ctx.cache.reader.read() as conn:
        rows = conn.execute("SELECT data FROM clients WHERE status = 'active' AND "
                            "(? IS NULL OR manager_id = ?) ORDER BY uid", (manager, manager))
        return [ClientFacts.from_json(json.loads(r[0])) for r in rows]


def server_requests(desk: RequestDesk, path: str, uid: str, reason: str) -> list[Any]:
    items = desk.live.signed.api.request("GET", path, params={"client_uid": uid}).json["items"]
    return [r for r in items if r.get("reason") == reason]


def mine(view: RequestsSection) -> list[str]:
    index = view.index()
    return [] if index is None else index.mine


def outbox_state(desk: RequestDesk, outbox_id: int) -> tuple[str, int] | None:
    with desk.ctx.cache.reader.read() as conn:
        found = conn.execute("SELECT state, attempts FROM outbox WHERE id = ?",
                             (outbox_id,)).fetchone()
    return None if found is None else (found[0], found[1])


def test_a_request_made_offline_is_sent_once_when_the_network_returns(
    qtbot: QtBot, server: SandboxServer, alice: RequestDesk
) -> None:
    client = clients(alice, alice.me.id)[0]
    rates = tier_fees(client.tier)
    view = RequestsSection(alice.ctx)
    qtbot.addWidget(view)
    set_faults(server, drop_rate=1.0)  # the network is gone
    qtbot.waitUntil(lambda: alice.live.state == "offline", timeout=20_000)
    form = FeeRequestForm(alice.ctx, client.uid)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.maker, to_wire(rates.maker_bps * Decimal("0.9")))
    qtbot.keyClicks(form.taker, to_wire(rates.taker_bps))
    qtbot.keyClicks(form.reason, REASON)
    assert "fee-within-band" in form.preview_label.text()
    with qtbot.waitSignal(form.submitted) as sent:
        form.submit_button.click()
    oid = sent.args[0]
    # Shown at once as the person's own, being sent.
    qtbot.waitUntil(lambda: any(k.startswith("fee_request:local-") for k in mine(view)),
                    timeout=10_000)
    local = next(k for k in mine(view) if k.startswith("fee_request:local-"))
    assert view.page.show_request(local) and view.page.status_pill.text() == "Sending…"
    qtbot.waitUntil(lambda: (outbox_state(alice, oid) or ("", 0))[1] >= 1, timeout=20_000)
    # The answer is lost once on the way back (the server did it): the same key again.
    set_faults(server, lost_answer_rate=1.0, paths=["/api/v1/fee-requests"])
    qtbot.waitUntil(lambda: (outbox_state(alice, oid) or ("", 0))[1] >= 2, timeout=20_000)
    set_faults(server)  # the network is back
    qtbot.waitUntil(lambda: alice.created_key(oid) is not None, timeout=30_000)
    key = alice.created_key(oid)
    assert key is not None and alice.request_json(key)["status"] == "applied"  # type: ignore[index]
    assert len(server_requests(alice, "/fee-requests", client.uid, REASON)) == 1
    qtbot.waitUntil(lambda: key in mine(view) and local not in mine(view), timeout=10_000)


def _refused(desk: RequestDesk, qtbot: QtBot, kind: RequestKind, body: dict[str, Any]) -> int:
    """A request the form would never send, sent anyway: the server's 422 is kept."""
    draft = Draft(kind, str(body["client_uid"]), body, None)
    oid = desk.ctx.services["requests"].submit(draft, desk.me.id, f"Refused {kind.value}")
    desk.live.sync.nudge()
    qtbot.waitUntil(lambda: (outbox_state(desk, oid) or ("",))[0] == "failed", timeout=20_000)
    return oid


def test_each_422_lands_on_its_field(qtbot: QtBot, server: SandboxServer,
                                     alice: RequestDesk) -> None:
    view = RequestsSection(alice.ctx)  # built after sign-in; it offers Sync problems its forms
    qtbot.addWidget(view)
    uid = clients(alice, alice.me.id)[0].uid
    past = format_ts((alice.ctx.now() - timedelta(days=1)).replace(microsecond=0))
    cases = [
        (RequestKind.FEE_REQUEST, {"client_uid": uid, "maker_bps": "1.234", "taker_bps": "abc",
                                   "scope": "all", "valid_until": past, "reason": "short"},
         {"maker_bps", "taker_bps", "valid_until", "reason"}),
        (RequestKind.WITHDRAWAL_REQUEST, {"client_uid": uid, "kind": "expedite",
                                          "asset": "BTC", "amount": "0.123456789",
                                          "withdrawal_id": " ", "reason": REASON},
         {"amount", "withdrawal_id"}),
        (RequestKind.WITHDRAWAL_REQUEST, {"client_uid": uid, "kind": "limit_increase",
                                          "asset": "DOGE", "amount": "5", "reason": REASON},
         {"asset", "valid_until"}),
        (RequestKind.API_ACCESS_REQUEST, {"client_uid": uid, "rate_limit_tier": "turbo",
                                          "ip_whitelist": ["10.0.0.1", "::/0", "10.0.0.0/8",
                                                           "10.0.0.0/8"], "reason": "x"},
         {"rate_limit_tier", "ip_whitelist[0]", "ip_whitelist[1]", "ip_whitelist[3]",
          "reason"}),
    ]
    problems = SyncProblemsDialog(alice.ctx)
    qtbot.addWidget(problems)
    for kind, body, fields in cases:
        oid = _refused(alice, qtbot, kind, body)
        problems.refresh()
        qtbot.waitUntil(lambda o=oid: any(problems.model.row_at(i).id == o
                                          for i in range(problems.model.rowCount())),
                        timeout=10_000)
        at = next(i for i in range(problems.model.rowCount())
                  if problems.model.row_at(i).id == oid)
        problems.view.selectRow(at)
        assert problems.edit_button.isVisibleTo(problems)
        server_said = problems.model.row_at(at).field_errors
        assert set(server_said) == fields
        form = launch.reopen_refused(alice.ctx, oid, None)
        assert form is not None
        qtbot.addWidget(form)
        for name, message in server_said.items():
            if name.startswith("ip_whitelist["):
                assert isinstance(form, ApiAccessRequestForm)
                item = form.whitelist.list.item(int(name[len("ip_whitelist["):-1]))
                assert item is not None and item.toolTip() == message
                assert message in form.whitelist.problems.text()
            else:
                assert form.messages[name].text() == message, name
                assert form.messages[name].isVisibleTo(form)
        form.close()

    # The first one corrected and sent again: it replaces the refused action.
    fee_oid = min(r[0] for r in alice.outbox() if r[1] == "fee_request.create")
    form = launch.reopen_refused(alice.ctx, fee_oid, None)
    assert isinstance(form, FeeRequestForm)
    qtbot.addWidget(form)
    rates = tier_fees(form.client.tier)  # type: ignore[union-attr]
    for edit, value in ((form.maker, rates.maker_bps), (form.taker, rates.taker_bps)):
        edit.clear()
        qtbot.keyClicks(edit, to_wire(value))
    form.validity.set_value(alice.ctx.now() + timedelta(days=10))
    form.reason.setPlainText(REASON)
    assert form.submit_button.isEnabled(), form.why_disabled.text()
    with qtbot.waitSignal(form.submitted) as sent:
        form.submit_button.click()
    assert outbox_state(alice, fee_oid) is None
    qtbot.waitUntil(lambda: alice.created_key(sent.args[0]) is not None, timeout=20_000)


def _witness(desk: RequestDesk, rule_id: str) -> Draft:
    """A request the desk's preview says ``rule_id`` decides, for some client in the book."""
    service = desk.ctx.services["requests"]
    policies = service.policies()
    now = desk.ctx.now()
    until = now + timedelta(days=20)
    for client in clients(desk):
        rates = tier_fees(client.tier)
        drafts: list[Draft] = []
        for cut in ("0.9", "0.5", "0.1"):
            drafts.append(fee_draft(client, to_wire(rates.maker_bps * Decimal(cut)),
                                    to_wire(rates.taker_bps * Decimal(cut)), FeeScope.ALL,
                                    until, REASON, now))
        drafts.append(fee_draft(client, "0.2", to_wire(rates.taker_bps), FeeScope.ALL, until,
                                REASON, now))
        limit = client.withdrawal_limit_usd or Decimal(0)
        for amount in (limit + 1, Decimal(2_000_000)):
            drafts.append(withdrawal_draft(client, WithdrawalKind.LIMIT_INCREASE, USD_ASSET,
                                           to_wire(amount), "", until, REASON, now))
        for amount in ("100000", "1000000"):
            drafts.append(withdrawal_draft(client, WithdrawalKind.EXPEDITE, USD_ASSET, amount,
                                           "W-preview-1", None, REASON, now))
        strict = [str(setting_network(n)) for n in client.ip_whitelist if setting_network(n)]
        for tier in RateLimitTier:
            drafts.append(api_access_draft(client, tier, strict, None, REASON, now))
        if client.ip_whitelist:
            drafts.append(api_access_draft(client, RateLimitTier.STANDARD, [], None, REASON,
                                           now))
        for draft in drafts:
            found = preview_of(policies, draft.facts)
            if draft.ok and found is not None and found.rule_id == rule_id:
                return draft
    raise AssertionError(f"no request in the demo book is decided by {rule_id}")


@pytest.mark.parametrize("rule_id", [rule.id for rule in DEFAULT_POLICIES])
def test_the_preview_agrees_with_the_server_for_every_seeded_rule(
    qtbot: QtBot, carol: RequestDesk, rule_id: str
) -> None:
    view = RequestsSection(carol.ctx)  # keeps the served order of the rules in the cache
    qtbot.addWidget(view)
    service = carol.ctx.services["requests"]
    qtbot.waitUntil(lambda: service.policies().order_known, timeout=10_000)
    draft = _witness(carol, rule_id)
    preview = preview_of(service.policies(), draft.facts)
    oid = service.submit(draft, carol.me.id, f"Preview check {rule_id}", preview)
    carol.live.sync.nudge()
    qtbot.waitUntil(lambda: (outbox_state(carol, oid) or ("",))[0] in ("done", "failed"),
                    timeout=30_000)
    state = (outbox_state(carol, oid) or ("",))[0]
    if state == "done":
        key = carol.created_key(oid)
        assert key is not None
        decided = carol.request_json(key)["rule_id"]  # type: ignore[index]
    else:  # a block: 403 naming the rule
        problem = service.failed_creation(oid)
        assert problem is not None
        with carol.ctx.cache.reader.read() as conn:
            raw = conn.execute("SELECT problem FROM outbox WHERE id = ?", (oid,)).fetchone()[0]
        decided = json.loads(raw)["rule_id"]
    assert decided == rule_id == preview.rule_id  # type: ignore[union-attr]
    assert service.settled_previews() == []  # no disagreement to show
