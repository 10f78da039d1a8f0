"""The ticket view against the real sandbox and the real sync engine."""

from __future__ import annotations

from typing import Any

import requests
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support.gui import set_faults
from tests.support.sandbox import login
from tests.support.screens import live_desk, server_client_message
from vipclient.domain.enums import TicketStatus
from vipclient.gui.tickets.view import TicketView
from vipclient.services.tickets import MessageState
from vipclient.store.models import TicketRow

API = "/api/v1"


def _ticket_with_status(ctx: Any, *statuses: str) -> str:
    with ctx.cache.read_session() as s:
        tid = s.scalars(
            select(TicketRow.id).where(TicketRow.status.in_(statuses)).order_by(TicketRow.id)
        ).first()
    assert tid is not None, statuses
    return str(tid)


def _server_messages(srv: Any, ticket_id: str) -> list[dict[str, Any]]:
    token = login(srv.base_url, "carol")["access_token"]
    r = requests.get(f"{srv.base_url}{API}/tickets/{ticket_id}/messages",
                     headers={"Authorization": f"Bearer {token}"}, params={"limit": 1000},
                     timeout=10)
    r.raise_for_status()
    return list(r.json()["items"])


def test_reply_sent_with_ctrl_enter_shows_pending_then_sent_and_reaches_the_server(
    qtbot: QtBot,
) -> None:
    with live_desk(clients=20) as (srv, ctx):
        tid = _ticket_with_status(ctx, "open", "new")
        view = TicketView(ctx)
        qtbot.addWidget(view)
        view.show()
        assert view.show_ticket(tid)
        # Slow the server down so the pending state is there to see.
        set_faults(srv, latency_ms=400, paths=[f"{API}/tickets/{tid}/messages"])
        text = "Dear client, we are on it. 我们正在处理。"
        view.composer.setFocus()
        # QTest types Latin-1 only; the Chinese part arrives as an input method would put it.
        qtbot.keyClicks(view.composer, "Dear client, we are on it. ")
        view.composer.insertPlainText("我们正在处理。")
        qtbot.keyClick(view.composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert view.composer.toPlainText() == ""
        mine = [i for i in view.thread_items() if i.body == text]
        assert len(mine) == 1 and mine[0].state == MessageState.PENDING
        assert "pending" in view.thread_view.toPlainText()

        def arrived() -> bool:
            # The server's message (a server id, no longer the local one), labelled "sent".
            return any(i.body == text and i.state == MessageState.SENT
                       and not i.id.startswith("local-") for i in view.thread_items())

        qtbot.waitUntil(arrived, timeout=15_000)
        assert [i.body for i in view.thread_items()].count(text) == 1
        assert "· sent" in view.thread_view.toPlainText()  # the person sees it went out
        on_server = [m for m in _server_messages(srv, tid) if m["body"] == text]
        assert len(on_server) == 1
        assert on_server[0]["author_kind"] == "staff" and on_server[0]["internal"] is False


def test_internal_note_and_new_client_message_appear_while_open(qtbot: QtBot) -> None:
    with live_desk(clients=20) as (srv, ctx):
        tid = _ticket_with_status(ctx, "open", "new")
        view = TicketView(ctx)
        qtbot.addWidget(view)
        view.show()
        view.show_ticket(tid)
        view.internal.setChecked(True)
        view.composer.setPlainText("Checked the chain: tx confirmed.")
        view.send()
        qtbot.waitUntil(lambda: any(
            i.internal and i.state == MessageState.SENT and not i.id.startswith("local-")
            for i in view.thread_items()), timeout=15_000)
        assert any(m["internal"] for m in _server_messages(srv, tid))

        server_client_message(srv, tid, "Any news? 有进展吗？")
        qtbot.waitUntil(lambda: any(
            i.author_kind == "client" and i.body == "Any news? 有进展吗？"
            for i in view.thread_items()), timeout=15_000)
        assert "有进展吗" in view.thread_view.toPlainText()


def test_a_refused_reply_stays_visible_with_the_reason(qtbot: QtBot) -> None:
    with live_desk(clients=20) as (_srv, ctx):
        tid = _ticket_with_status(ctx, "closed")
        view = TicketView(ctx)
        qtbot.addWidget(view)
        view.show()
        view.show_ticket(tid)
        assert not view.send_button.isEnabled()  # a closed ticket takes no replies
        # Queued anyway (e.g. written offline before someone closed it): the server refuses.
        ctx.services["tickets"].reply(tid, "Too late?", False)
        ctx.sync.nudge()
        qtbot.waitUntil(lambda: any(
            i.body == "Too late?" and i.state == MessageState.FAILED
            for i in view.thread_items()), timeout=15_000)
        failed = next(i for i in view.thread_items() if i.body == "Too late?")
        assert failed.error
        assert "not sent" in view.thread_view.toPlainText()
        # The person clicks "Discard" in the thread.
        view.thread_view.anchorClicked.emit(QUrl(f"discard:{failed.outbox_id}"))
        qtbot.waitUntil(lambda: all(i.body != "Too late?" for i in view.thread_items()),
                        timeout=5_000)


def test_status_menu_offers_only_legal_moves_and_claim_assigns_me(qtbot: QtBot) -> None:
    with live_desk(clients=20) as (srv, ctx):
        tid = _ticket_with_status(ctx, "open")
        view = TicketView(ctx)
        qtbot.addWidget(view)
        view.show()
        view.show_ticket(tid)
        offered = {a.data() for a in view.status_menu.actions()}
        assert offered == {"pending_client", "solved"}
        view.claim()
        view.set_status(TicketStatus.PENDING_CLIENT)

        token = login(srv.base_url, "carol")["access_token"]

        def on_server() -> bool:
            r = requests.get(f"{srv.base_url}{API}/tickets/{tid}",
                             headers={"Authorization": f"Bearer {token}"}, timeout=10)
            body = r.json()
            return bool(body["assignee_id"] == ctx.me.id and body["status"] == "pending_client")

        # The local effect shows the new status at once; then the server has both changes.
        detail = ctx.services["tickets"].detail(tid)
        assert detail.data["status"] == "pending_client"
        assert detail.data["assignee_id"] == ctx.me.id
        qtbot.waitUntil(on_server, timeout=15_000)
        view.show_ticket(tid)
        assert {a.data() for a in view.status_menu.actions()} == {"open", "solved"}
        assert not view.claim_button.isEnabled()

        # Escalate from pending_client to the risk team, with a note for them.
        assert view.escalate_button.isEnabled()
        view.escalate("risk", "Client disputes a liquidation; please check the mark price.")

        def escalated() -> bool:
            r = requests.get(f"{srv.base_url}{API}/tickets/{tid}",
                             headers={"Authorization": f"Bearer {token}"}, timeout=10)
            return bool(r.json()["status"] == "escalated" and r.json()["team"] == "risk")

        qtbot.waitUntil(escalated, timeout=15_000)
        qtbot.waitUntil(lambda: not view.escalate_button.isEnabled(), timeout=15_000)
        assert {a.data() for a in view.status_menu.actions()} == {"open", "solved"}


def test_escalate_dialog_needs_a_note(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from vipclient.gui.tickets.view import EscalateDialog

    dialog = EscalateDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.note.setPlainText("Why: suspected phishing")
    assert ok.isEnabled()
    assert {dialog.team.itemData(i) for i in range(dialog.team.count())} == {
        "security", "risk", "api", "finance", "compliance"}
