"""The clients screen over a cache: filters, sort, instant search in any script, profile."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.support.screens import (
    NOW,
    STAFF,
    apply,
    cache_ctx,
    client_json,
    ticket_json,
    upsert,
)
from vipclient.gui.clients.model import COLUMNS
from vipclient.gui.clients.section import EVERYONE, ClientsSection
from vipclient.store.cache import Cache

BOOK = [
    # uid, name, tier, manager, languages, tags, status
    ("U10000001", "王小明", 9, "S1", ["zh"], ["otc"], "active"),
    ("U10000002", "王伟", 4, "S1", ["zh", "en"], ["api"], "active"),
    ("U10000003", "李王芳", 6, "S1", ["zh"], [], "frozen"),
    ("U10000004", "Anna Smith", 2, "S1", ["en"], ["otc", "whale"], "active"),
    ("U10000005", "Wang Lei 王磊", 10, "S2", ["en", "zh"], ["whale"], "active"),
    ("U10000006", "Hiro Tanaka", 7, "S2", ["ja"], [], "active"),
]


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    c = Cache.open(tmp_path / "cache.sqlite3")
    changes = [upsert("staff", dict(s, version=1)) for s in STAFF]
    for uid, name, tier, manager, langs, tags, status in BOOK:
        changes.append(upsert("client", client_json(
            uid, name, tier=tier, manager_id=manager, languages=langs, tags=tags,
            status=status, email=f"{uid.lower()}@mail.example",
        )))
    changes.append(upsert("ticket", ticket_json("T1", "U10000001", tier=9, subject="提币问题")))
    changes.append(upsert("freeze", {
        "id": "F1", "client_uid": "U10000003", "scopes": ["withdrawals", "api"],
        "status": "active", "reason_code": "phishing_report", "note": "Phishing site reported",
        "created_by": "S4", "created_at": "2026-11-24T10:00:00Z", "version": 1,
    }))
    apply(c, *changes)
    yield c
    c.close()


def _screen(qtbot: QtBot, cache: Cache) -> tuple[ClientsSection, Any]:
    ctx = cache_ctx(cache, now=NOW)
    screen = ClientsSection(ctx)
    qtbot.addWidget(screen)
    screen.resize(1300, 700)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=5000)
    return screen, ctx


def _names(screen: ClientsSection) -> list[str]:
    m = screen.model
    return [m.data(m.index(r, 1)) for r in range(m.rowCount())]


def _wait_refresh(qtbot: QtBot, screen: ClientsSection, action: Any) -> None:
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        action()


def test_my_book_by_default_then_everyone_sorted_by_tier(qtbot: QtBot, cache: Cache) -> None:
    screen, _ = _screen(qtbot, cache)
    assert _names(screen) == ["王小明", "李王芳", "王伟", "Anna Smith"]  # VIP9, 6, 4, 2
    _wait_refresh(qtbot, screen, lambda: screen.book.setCurrentIndex(
        screen.book.findData(EVERYONE)))
    assert screen.model.rowCount() == 6
    assert _names(screen)[0] == "Wang Lei 王磊"
    # Sort by name, ascending, from the header.
    name_col = [k for k, _ in COLUMNS].index("display_name")
    _wait_refresh(qtbot, screen, lambda: screen.table.sortByColumn(
        name_col, Qt.SortOrder.AscendingOrder))
    assert _names(screen)[:2] == ["Anna Smith", "Hiro Tanaka"]
    assert "6 clients" in screen.count_label.text()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("王", {"王小明", "王伟", "李王芳", "Wang Lei 王磊"}),  # one character
        ("王小", {"王小明"}),  # two characters
        ("王小明", {"王小明"}),  # three: the trigram index
        ("wang 王", {"Wang Lei 王磊"}),  # mixed scripts
        ("U10000004", {"Anna Smith"}),  # uid
        ("u10000002@mail", {"王伟"}),  # e-mail, any case
        ("nobody", set()),
    ],
)
def test_instant_search(qtbot: QtBot, cache: Cache, query: str, expected: set[str]) -> None:
    screen, _ = _screen(qtbot, cache)
    _wait_refresh(qtbot, screen, lambda: screen.book.setCurrentIndex(
        screen.book.findData(EVERYONE)))
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        qtbot.keyClicks(screen.search, "x")  # typing starts the debounce…
        screen.search.setText(query)  # …and the last text is what is searched
    assert set(_names(screen)) == expected


def test_filters_tier_language_status_tag(qtbot: QtBot, cache: Cache) -> None:
    screen, _ = _screen(qtbot, cache)
    _wait_refresh(qtbot, screen, lambda: screen.book.setCurrentIndex(
        screen.book.findData(EVERYONE)))
    _wait_refresh(qtbot, screen, lambda: screen.tag.setCurrentIndex(screen.tag.findData("whale")))
    assert set(_names(screen)) == {"Anna Smith", "Wang Lei 王磊"}
    _wait_refresh(qtbot, screen, lambda: screen.language.setCurrentIndex(
        screen.language.findData("zh")))
    assert set(_names(screen)) == {"Wang Lei 王磊"}
    _wait_refresh(qtbot, screen, lambda: screen.tag.setCurrentIndex(0))
    _wait_refresh(qtbot, screen, lambda: screen.status.setCurrentIndex(
        screen.status.findData("frozen")))
    assert _names(screen) == ["李王芳"]
    _wait_refresh(qtbot, screen, lambda: screen.status.setCurrentIndex(0))
    _wait_refresh(qtbot, screen, lambda: screen.tier.setCurrentIndex(screen.tier.findData(4)))
    assert _names(screen) == ["王伟"]
    # Bob's book, from the book menu.
    _wait_refresh(qtbot, screen, lambda: screen.tier.setCurrentIndex(0))
    _wait_refresh(qtbot, screen, lambda: screen.language.setCurrentIndex(0))
    _wait_refresh(qtbot, screen, lambda: screen.book.setCurrentIndex(screen.book.findData("S2")))
    assert set(_names(screen)) == {"Wang Lei 王磊", "Hiro Tanaka"}


def test_staff_without_a_book_see_every_client(qtbot: QtBot, cache: Cache) -> None:
    ctx = cache_ctx(cache, me_id="S3", now=NOW)  # Carol, supervisor
    screen = ClientsSection(ctx)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == len(BOOK), timeout=5000)
    assert screen.book.currentData() == EVERYONE


def test_profile_shows_frozen_banner_details_and_activity(qtbot: QtBot, cache: Cache) -> None:
    screen, _ = _screen(qtbot, cache)
    assert screen.show_client("U10000003")
    p = screen.profile
    assert p.frozen_banner.isVisibleTo(screen)
    banner = p.frozen_banner.text()
    assert "withdrawals, API" in banner and "Phishing report" in banner  # gui.words
    assert "Phishing site reported" in banner
    assert p.tier_badge.text() == "VIP6"
    assert p.fields["assets"].text() == "99,000.00 USD"
    # 09:00 UTC is 17:00 in Shanghai, written as the UI's English writes a time.
    assert p.fields["local_time"].text() == "5:00\u202fPM (Wed, Asia/Shanghai)"
    assert "tier schedule" in p.fields["fees"].text()
    assert screen.table.currentIndex().row() == screen.model.row_of("U10000003")
    assert p.timeline.topLevelItemCount() == 1  # the freeze
    # A client with an open ticket offers "reply" and opens it.
    opened: list[str] = []
    screen.ticket_opener = opened.append
    screen.show_client("U10000001")
    assert not p.frozen_banner.isVisibleTo(screen)
    assert p.reply_button.isEnabled()
    p.reply_menu.actions()[0].trigger()
    assert opened == ["T1"]


def test_custom_fee_schedule_counts_down_to_its_expiry(qtbot: QtBot, cache: Cache) -> None:
    apply(cache, upsert("client", client_json(
        "U10000009", "Custom Fees", tier=8, version=2,
        fee_schedule={"maker_bps": "1.5", "taker_bps": "3", "source": "custom",
                      "expires_at": "2026-11-27T11:30:00Z"},
    )))
    screen, _ = _screen(qtbot, cache)
    screen.show_client("U10000009")
    text = screen.profile.fields["fees"].text()
    assert "maker 1.5 bps / taker 3 bps" in text
    assert "custom, expires in 2 d 2 h" in text


def test_an_edit_keeps_the_version_it_started_from(qtbot: QtBot, cache: Cache) -> None:
    """Someone's change arriving while the person types must not let their save overwrite it:
    the save names the version the person saw, so the server refuses it (412) and asks."""
    import json

    from sqlalchemy import select

    from vipclient.store.models import OutboxRow

    screen, ctx = _screen(qtbot, cache)
    screen.show_client("U10000002")
    p = screen.profile
    p.notes.setPlainText("Mine, typed on version 1")
    apply(cache, upsert("client", client_json(
        "U10000002", "王伟", tier=4, manager_id="S1", version=2, notes="Theirs, version 2",
        languages=["zh", "en"], tags=["api"], email="u10000002@mail.example")))
    ctx.sync.changesApplied.emit({"client"})
    assert p.notes.toPlainText() == "Mine, typed on version 1"  # the typing is kept
    p.save()
    with cache.read_session() as s:
        row = s.scalars(select(OutboxRow)).one()
    assert row.if_match == "1"
    assert json.loads(row.body or "")["notes"] == "Mine, typed on version 1"
    assert ctx.sync.nudges == 1


def _search(qtbot: QtBot, screen: ClientsSection, text: str) -> None:
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        screen.search.setText(text)


def test_the_profile_follows_when_a_search_hides_its_client(qtbot: QtBot, cache: Cache) -> None:
    screen, _ = _screen(qtbot, cache)
    _wait_refresh(qtbot, screen, lambda: screen.book.setCurrentIndex(
        screen.book.findData(EVERYONE)))
    qtbot.waitUntil(lambda: screen.profile.uid_shown() is not None, timeout=5000)
    first = screen.profile.uid_shown()
    assert first is not None and first != "U10000004"
    _search(qtbot, screen, "Anna")  # Anna Smith, U10000004: the client on screen is hidden
    qtbot.waitUntil(lambda: screen.profile.uid_shown() == "U10000004", timeout=5000)
    assert screen.detail.currentWidget() is screen.profile
    _search(qtbot, screen, "nobody at all")
    assert screen.model.rowCount() == 0
    assert screen.detail.currentWidget() is screen.no_match  # not Anna's profile any more
    _search(qtbot, screen, "王小明")
    qtbot.waitUntil(lambda: screen.detail.currentWidget() is screen.profile, timeout=5000)
    assert screen.profile.uid_shown() == screen.model.id_at(0)


def test_unsaved_edits_keep_their_profile_on_screen(qtbot: QtBot, cache: Cache) -> None:
    screen, _ = _screen(qtbot, cache)
    qtbot.waitUntil(lambda: screen.profile.uid_shown() is not None, timeout=5000)
    shown = screen.profile.uid_shown()
    screen.profile.notes.setPlainText("Prefers calls after 18:00 Beijing time.")
    assert screen.profile.has_unsaved_edits()
    _search(qtbot, screen, "nobody at all")
    assert screen.profile.uid_shown() == shown
    assert screen.detail.currentWidget() is screen.profile  # the draft is not dropped
