"""The Requests screens really show Simplified Chinese (that every text is in the catalogue is
tests/unit/test_catalogues.py's check)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support.requests import policies
from tests.support.screens import STAFF, apply, cache_ctx, client_json
from tests.support.sync import upsert
from vipclient.gui.translations import install_translators
from vipclient.store.cache import Cache


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
