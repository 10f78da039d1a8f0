"""The Requests screens in Simplified Chinese: every string ``pyside6-lupdate`` finds in them is
translated, and the screens really show it."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.i18n import PLACEHOLDER, ROOT, read_ts
from tests.support.requests import policies
from tests.support.screens import STAFF, apply, cache_ctx, client_json
from tests.support.sync import upsert
from vipclient.gui.translations import install_translators
from vipclient.store.cache import Cache

MODULES = [*sorted(str(p) for p in (ROOT / "vipclient" / "gui" / "requests").rglob("*.py")),
           str(ROOT / "vipclient" / "security" / "roles.py")]
#: Strings the requests work added to other screens, whose ``tr`` helpers lupdate cannot read.
ADDED_ELSEWHERE = {
    ("ClientProfile", "Request…"), ("ClientProfile", "Make a request for this client"),
    ("ClientProfile", "API-access request"), ("TicketView", "Request…"),
    ("SyncProblems", "&Open in its form…"),
    ("SyncProblems", "Correct what the server refused, then send it again"),
    ("MainWindow", "Requests are not available here."),
    ("Lanes", "{d} d {h} h"), ("Lanes", "{h} h {m:02d} m"), ("Lanes", "{m} m {s:02d} s"),
    ("Lanes", "{s} s"),
}


def lupdate_messages(tmp: Path) -> set[tuple[str, str]]:
    ts = tmp / "found.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *MODULES, "-ts", str(ts)], check=True, capture_output=True)
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


def test_every_string_lupdate_finds_is_translated(tmp_path: Path) -> None:
    found = lupdate_messages(tmp_path)
    assert ("Requests", "Awaiting approval") in found  # lupdate does see the screens
    assert all(context for context, _ in found), "a string without a context"
    catalogue = read_ts()
    missing = sorted(m for m in found | ADDED_ELSEWHERE if not catalogue.get(m))
    assert not missing, f"add to resources/translations/vipclient_zh_CN.ts: {missing}"
    for key in found | ADDED_ELSEWHERE:
        source, translation = key[1], catalogue[key]
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation))


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    loaded = install_translators(qapp, "zh_CN")
    assert any(name.startswith("vipclient") for name in loaded)
    yield
    install_translators(qapp, "en")


def test_the_requests_screens_speak_chinese(chinese: None, qtbot: QtBot,
                                            tmp_path: Path) -> None:
    from vipclient.gui.requests.forms.fee import FeeRequestForm
    from vipclient.gui.requests.section import RequestsSection

    cache = Cache.open(tmp_path / "c.sqlite3")
    try:
        apply(cache, *(upsert("staff", dict(s, version=1)) for s in STAFF),
              upsert("client", client_json("U1", "王小明", tier=7, manager_id="S1")),
              *policies())
        ctx = cache_ctx(cache, "S1")
        view = RequestsSection(ctx)
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: view.index() is not None, timeout=5000)
        assert view.tabs.tabText(0) == "我的申请 (0)"
        assert view.views.tabText(1) == "规则"
        form = FeeRequestForm(ctx, "U1")
        qtbot.addWidget(form)
        qtbot.keyClicks(form.maker, "4")
        qtbot.keyClicks(form.taker, "1,5")
        assert form.messages["taker_bps"].text().startswith("小数请用小数点")
        assert form.why_disabled.text().startswith("尚未就绪")
        assert QCoreApplication.translate("Permissions", "supervisor") == "主管"
    finally:
        cache.close()
