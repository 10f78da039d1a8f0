"""Settings → Language applies at once, in a window built again over the same session, and
nothing the person was doing is lost: the open ticket, a half-written reply, unsaved profile
edits, the section they were in. Sync goes on after the switch (a reply sent from the new
window reaches the server)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.test_app import make_desk, wait_live
from vipclient.app import VipDesk
from vipclient.gui.clients.section import ClientsSection
from vipclient.gui.lanes.section import LanesSection
from vipclient.gui.main_window import MainWindow
from vipclient.gui.tickets import services
from vipclient.gui.translations import install_translators
from vipclient.services.tickets import MessageState

HALF_REPLY = "Dear client, about your withdrawal: 我们正在"


@pytest.fixture
def desk(qapp: QApplication, tmp_path: Path) -> Iterator[VipDesk]:
    install_translators(qapp, "en")
    desk = make_desk(qapp, tmp_path, demo=True)
    yield desk
    desk.quit()
    install_translators(qapp, "en")


def _choose_language(qtbot: QtBot, desk: VipDesk, language: str) -> MainWindow:
    old = desk.window
    dialog = desk.show_settings()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
    dialog.save()
    qtbot.waitUntil(lambda: desk.window is not old and desk.window is not None, timeout=10_000)
    assert desk.window is not None
    return desk.window


def test_a_half_written_reply_and_unsaved_notes_survive_a_switch_of_language(
    qtbot: QtBot, desk: VipDesk, tmp_path: Path,
) -> None:
    desk.start()
    wait_live(qtbot, desk, "alice")
    window = desk.window
    assert window is not None
    lanes = window.page("lanes")
    assert isinstance(lanes, LanesSection)
    qtbot.waitUntil(lambda: lanes.model.rowCount() > 0, timeout=20_000)
    ticket_id = lanes.model.id_at(0)
    assert ticket_id is not None and lanes.show_ticket(ticket_id)
    view = lanes.ticket_view
    view.composer.setPlainText(HALF_REPLY)
    view.internal.setChecked(True)
    note = tmp_path / "withdrawal-steps.txt"
    note.write_text("1. check the address\n2. wait for 12 confirmations\n", encoding="utf-8")
    view.tray.offer_paths([str(note)])
    qtbot.waitUntil(lambda: len(view.tray.staged()) == 1, timeout=10_000)

    clients = window.show_section("clients")
    assert isinstance(clients, ClientsSection)
    qtbot.waitUntil(lambda: clients.model.rowCount() > 1, timeout=20_000)
    uid = clients.model.id_at(1)
    assert uid is not None and clients.show_client(uid)
    clients.profile.notes.setPlainText("Call back after the audit (not saved yet)")
    assert clients.profile.has_unsaved_edits()
    window.show_section("lanes")
    assert window.navigation.item(0).text() == "Lanes"

    about = window.show_about()  # a dialog left open on the old window stays open

    window = _choose_language(qtbot, desk, "zh_CN")
    assert window.navigation.item(0).text() == "工单通道"
    assert about.isVisible() and about.parent() is window
    about.close()
    assert QLocale().language() == QLocale.Language.Chinese  # dates and numbers follow
    assert window.current_section() == "lanes"
    lanes = window.page("lanes")
    assert isinstance(lanes, LanesSection)
    view = lanes.ticket_view
    assert view.ticket_id() == ticket_id
    assert view.composer.toPlainText() == HALF_REPLY
    assert view.internal.isChecked()
    assert [f.filename for f in view.tray.staged()] == ["withdrawal-steps.txt"]
    assert view.tray.list.isVisible()
    clients = window.page("clients")
    assert isinstance(clients, ClientsSection)
    assert clients.profile.uid_shown() == uid
    assert clients.profile.notes.toPlainText() == "Call back after the audit (not saved yet)"
    assert clients.profile.has_unsaved_edits()

    # Back to English: the same again, and the session under it still works.
    window = _choose_language(qtbot, desk, "en")
    assert window.navigation.item(0).text() == "Lanes"
    lanes = window.page("lanes")
    assert isinstance(lanes, LanesSection)
    view = lanes.ticket_view
    assert view.composer.toPlainText() == HALF_REPLY
    view.internal.setChecked(False)
    view.composer.setPlainText("Sent after two switches of language.")
    assert view.send_button.isEnabled()
    view.send()
    tickets = services.tickets(window.ctx)
    # The reply reaches the server (the cache holds the server's copy of it); the view may
    # have moved on by then, as the answered ticket leaves its lane.
    qtbot.waitUntil(lambda: any(
        i.body == "Sent after two switches of language." and i.state == MessageState.SENT
        and not i.id.startswith("local-") for i in tickets.thread(ticket_id)), timeout=20_000)
    assert desk.settings.language == "en"


def test_a_reply_draft_belongs_to_its_ticket(qtbot: QtBot, desk: VipDesk) -> None:
    desk.start()
    wait_live(qtbot, desk, "alice")
    assert desk.window is not None
    lanes = desk.window.page("lanes")
    assert isinstance(lanes, LanesSection)
    qtbot.waitUntil(lambda: lanes.model.rowCount() > 1, timeout=20_000)
    first, second = lanes.model.id_at(0), lanes.model.id_at(1)
    assert first is not None and second is not None
    lanes.show_ticket(first)
    lanes.ticket_view.composer.setPlainText("for the first ticket")
    lanes.show_ticket(second)
    assert lanes.ticket_view.composer.toPlainText() == ""
    assert lanes.ticket_view.tray.staged() == []
    lanes.show_ticket(first)
    assert lanes.ticket_view.composer.toPlainText() == "for the first ticket"
