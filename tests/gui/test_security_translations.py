"""The security desk and the Audit section in Simplified Chinese: the screens really show it
(every catalogue's completeness is tests/unit/test_catalogues.py's)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from vipclient.gui.translations import install_translators


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "zh_CN")
    yield
    install_translators(qapp, "en")


def test_an_audit_entry_and_a_verdict_read_in_chinese(chinese: None) -> None:
    from vipclient.domain.audit import Verification
    from vipclient.gui.audit.model import sentence
    from vipclient.gui.audit.verdict import say
    from vipclient.services.audit import Verdict
    from vipclient.store.audit_queries import AuditLine, encode

    entry = {"seq": 7, "at": "2026-12-05T10:00:00Z", "actor_id": "S4",
             "action": "client.freeze", "target": "U10000042",
             "details": {"scopes": ["login", "trading"], "reason_code": "account_compromise"}}
    line = AuditLine(7, entry["at"], "S4", "Dave Okafor", "client.freeze", "U10000042",
                     encode(entry))
    assert sentence(line, {"S4": "Dave Okafor"}.get) == \
        "Dave Okafor 冻结了 U10000042：登录, 交易 — 账户被盗"
    said = say(Verdict(Verification(7, 7, "ab" * 32), None, None, True))
    assert said.text.startswith("已验证 7 条，链头 " + "ab" * 32)
