"""The status area shows sync state, unsent actions and the signed-in person (widget level).

The end-to-end states against a real sandbox are in ``test_shell_status.py``; these check the
widget's rendering of each state the controller can report.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from vipclient.gui.status_area import StatusArea, local_hhmm


@dataclass
class FakeStatus:
    state: str
    since: datetime | None = None
    reason: str | None = None
    progress: object = None


@dataclass
class FakeProgress:
    received: int
    total: int | None = None


def test_live_syncing_offline(qtbot: QtBot) -> None:
    area = StatusArea()
    qtbot.addWidget(area)
    area.set_status(FakeStatus("live"))
    assert area.state_label.text() == "Live"
    assert area.progress.isHidden()

    area.set_status(FakeStatus("syncing", progress=(30, 120)))
    assert area.state_label.text() == "Syncing…"
    assert not area.progress.isHidden()
    assert area.progress.value() == 25
    area.set_status(FakeStatus("syncing", progress=None))  # no total known: a busy bar
    assert not area.progress.isHidden() and area.progress.maximum() == 0
    # No total: how much arrived, in its plural form, grouped as the UI's locale groups digits.
    area.set_status(FakeStatus("syncing", progress=FakeProgress(received=12345)))
    assert area.state_label.text() == f"Syncing… {QLocale().toString(12345)} items received"
    area.set_status(FakeStatus("syncing", progress=FakeProgress(received=1)))
    assert area.state_label.text() == "Syncing… 1 item received"

    since = datetime(2026, 11, 25, 8, 41, tzinfo=UTC)
    area.set_status(FakeStatus("offline", since=since, reason="the server cannot be reached"))
    assert area.state_label.text() == (
        f"Offline since {local_hhmm(since)} — the server cannot be reached"
    )
    area.set_status(FakeStatus("offline", since=since, reason="服务器无法连接。请检查网络。"))
    assert area.state_label.text() == f"Offline since {local_hhmm(since)} — 服务器无法连接。"
    assert area.progress.isHidden()


def test_unsent_count_and_button(qtbot: QtBot) -> None:
    area = StatusArea()
    qtbot.addWidget(area)
    assert area.unsent_button.text() == "All actions sent"
    area.set_outbox(3, 0)
    assert area.unsent_button.text() == "3 unsent"
    area.set_outbox(2, 1)
    assert area.unsent_button.text() == "2 unsent · 1 needs attention"
    area.set_outbox(0, 2)
    assert area.unsent_button.text() == "2 need attention"
    with qtbot.waitSignal(area.problemsRequested, timeout=1000):
        area.unsent_button.click()


def test_person_and_roles(qtbot: QtBot) -> None:
    area = StatusArea()
    qtbot.addWidget(area)
    area.set_person("Carol Wu", ["supervisor", "account_manager"])
    assert area.person_label.text() == "Carol Wu · account manager, supervisor"
