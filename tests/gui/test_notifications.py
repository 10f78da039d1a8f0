"""Notices for tickets of the person's book entering Emergency or about to breach: once each."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from vipclient.gui.notifications import MAX_NAMED, NoticeBar, Notifier
from vipclient.services.lanes import WatchItem


def item(tid: str, kind: str = "emergency") -> WatchItem:
    return WatchItem(tid, kind, f"Subject {tid}", "王小明")


def test_first_look_summarises_then_each_new_ticket_once(qtbot: QtBot) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    notifier = Notifier(bar, use_tray=False)
    assert not notifier.uses_tray
    shown: list[tuple[str, str]] = []
    notifier.notified.connect(lambda t, m: shown.append((t, m)))
    assert notifier.consider([item("T1"), item("T2"), item("T3", "at_risk")]) == []
    assert len(shown) == 1 and "2 tickets" in shown[0][1]
    fresh = notifier.consider([item("T1"), item("T4"), item("T3", "at_risk")])
    assert [i.id for i in fresh] == ["T4"]
    assert "Emergency: 王小明" in shown[-1][0]
    assert bar.isVisibleTo(bar.parentWidget() or bar) or not bar.isHidden()
    assert "Subject T4" in bar.text.text()
    # The same ticket again: silent. The same ticket turning at risk: a new notice.
    assert notifier.consider([item("T4")]) == []
    assert [i.kind for i in notifier.consider([item("T5", "at_risk")])] == ["at_risk"]
    assert "About to breach" in shown[-1][0]
    opened: list[str] = []
    notifier.openRequested.connect(opened.append)
    bar.open_button.click()
    assert opened == ["T5"]


def test_what_the_first_sync_brings_is_not_news(qtbot: QtBot) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    notifier = Notifier(bar, use_tray=False)
    shown: list[str] = []
    notifier.notified.connect(lambda t, m: shown.append(t))
    notifier.prime([])  # the cache is empty when the app starts…
    notifier.prime([item("T1"), item("T2", "at_risk")])  # …and fills during the first sync
    assert notifier.consider([item("T1"), item("T2", "at_risk")]) == []
    assert shown == ["Emergency lane"]  # one summary
    assert [i.id for i in notifier.consider([item("T1"), item("T3")])] == ["T3"]


def test_a_burst_is_named_up_to_a_few_and_counted(qtbot: QtBot) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    notifier = Notifier(bar, use_tray=False)
    notifier.consider([])
    shown: list[str] = []
    notifier.notified.connect(lambda t, m: shown.append(m))
    burst = [item(f"T{i}") for i in range(MAX_NAMED + 4)]
    assert len(notifier.consider(burst)) == MAX_NAMED + 4
    assert len(shown) == MAX_NAMED + 1
    assert "4 more" in shown[-1]


def test_tray_is_used_where_the_desktop_has_one(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QSystemTrayIcon

    bar = NoticeBar()
    qtbot.addWidget(bar)
    notifier = Notifier(bar)
    assert notifier.uses_tray == QSystemTrayIcon.isSystemTrayAvailable()
