"""The security desk and the Audit section in Simplified Chinese: every string Qt's own
``pyside6-lupdate`` finds in their modules (and in the domain's audit sentences, the step-up
dialog's new lines and the lanes' freeze mark) has a translation with the same placeholders,
and the screens really show it."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.support.i18n import PLACEHOLDER, ROOT, read_ts
from vipclient.gui.translations import install_translators

MODULES = (
    *(f"vipclient/gui/security/{m}.py" for m in (
        "alert_page", "alerts_model", "freeze_dialog", "freezes_view", "note_dialog",
        "notices", "section", "words")),
    "vipclient/gui/audit/model.py",
    "vipclient/gui/audit/section.py",
    "vipclient/gui/audit/verdict.py",
    "vipclient/domain/audit_words.py",
    "vipclient/gui/step_up_dialog.py",
    "vipclient/gui/lanes/model.py",
)


def found_by_lupdate(tmp_path: Path) -> set[tuple[str, str]]:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    out = tmp_path / "found.ts"
    subprocess.run([str(lupdate), *(str(ROOT / m) for m in MODULES), "-ts", str(out)],
                   check=True, capture_output=True)
    found = set()
    for context in ET.parse(out).getroot().iter("context"):
        name = context.findtext("name") or ""
        if not name:
            continue  # the older modules' tr() helpers (their context is not in the call)
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


def test_every_security_and_audit_string_is_translated(tmp_path: Path) -> None:
    found = found_by_lupdate(tmp_path)
    assert len(found) > 250  # the modules' strings really were read
    catalogue = read_ts()
    missing = sorted(key for key in found if not catalogue.get(key))
    assert not missing, f"add to resources/translations/vipclient_zh_CN.ts: {missing}"
    for key in found:
        translation = catalogue[key]
        assert sorted(PLACEHOLDER.findall(key[1])) == sorted(PLACEHOLDER.findall(translation))


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
