"""Dual control end to end on two desks against one sandbox: Dave freezes a client and asks to
lift the freeze; his own desk will not let him approve it (and the server refuses him if he
tries); Erin, another security officer, sees the request come in and approves it, each step
with a fresh code."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.support.gui import advance_clock, start_sandbox
from tests.support.security_desk import (
    active_clients,
    answer_step_up,
    audit_actions,
    fresh,
    officer_desk,
)
from vipclient.api.errors import ProblemError
from vipclient.gui.security.freeze_dialog import FreezeDialog
from vipclient.gui.security.freezes_view import FreezesView
from vipclient.sandbox.server import SandboxServer

pytestmark = pytest.mark.timeout(120)

REASON = "The client called back from the registered number and passed the checks."


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=10)
    yield srv
    srv.stop()


def test_the_requester_cannot_approve_and_another_officer_can(server: SandboxServer,
                                                              qtbot: QtBot) -> None:
    dave = officer_desk(server, qtbot, "dave")
    erin = officer_desk(server, qtbot, "erin")
    try:
        (uid,) = active_clients(dave, 1, set())
        freeze = FreezeDialog(dave.ctx, uid, [])
        qtbot.addWidget(freeze)
        freeze.code.setText(fresh(server, "dave"))
        freeze.freeze_button.click()
        qtbot.waitUntil(lambda: freeze.outcome is not None, timeout=30_000)
        assert "FROZEN" in freeze.result_label.text()

        mine = FreezesView(dave.ctx)
        qtbot.addWidget(mine)
        mine.refresh()
        freeze_id = str(freeze.outcome.data["id"])  # type: ignore[union-attr]
        assert mine.select_freeze(freeze_id)
        mine.ask_note = lambda title, prompt, ok, rule: REASON
        advance_clock(server, 150)  # the freeze's step-up is older than the 120 s allowed
        mine.request_button.click()
        answer_step_up(qtbot, fresh(server, "dave"))
        qtbot.waitUntil(lambda: not mine._busy, timeout=30_000)
        assert mine.status.text().startswith("Asked at")
        pending = mine.current()
        assert pending is not None and pending.unfreeze is not None
        # The requester's desk will not approve, and says why; the server would refuse anyway.
        assert mine.reject_button.isEnabled() and not mine.approve_button.isEnabled()
        assert "another security officer must approve" in mine.why.text()
        assert "dual control" in mine.approve_button.toolTip()
        with pytest.raises(ProblemError) as refused:
            dave.signed.api.request(
                "POST", f"/unfreeze-requests/{pending.unfreeze.id}/approve", json={},
                idempotency_key=str(uuid.uuid4()))
        assert refused.value.status == 403

        theirs = FreezesView(erin.ctx)
        qtbot.addWidget(theirs)

        def request_arrived() -> bool:
            theirs.refresh()
            theirs.select_freeze(freeze_id)
            f = theirs.current()
            return f is not None and f.unfreeze is not None

        qtbot.waitUntil(request_arrived, timeout=20_000)  # the feed brings it to Erin's desk
        assert theirs.approve_button.isEnabled()
        assert "Dave Okafor asked to lift this freeze" in theirs.why.text()
        theirs.approve_button.click()
        answer_step_up(qtbot, fresh(server, "erin"))
        qtbot.waitUntil(lambda: not theirs._busy, timeout=30_000)
        assert theirs.status.text().startswith("Lifted at"), theirs.status.text()
        assert not theirs.select_freeze(freeze_id)
        client = erin.signed.api.request("GET", f"/clients/{uid}").json
        assert client["status"] == "active"
        actions = audit_actions(server, uid)
        assert actions.count("client.freeze") == 1 and actions.count("client.unfreeze") == 1
    finally:
        erin.close()
        dave.close()
