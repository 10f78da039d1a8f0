"""The Audit section against the sandbox: the log paged in and listed, filtered, each entry in
words; Verify says what it found and pins it; the exports (CSV for spreadsheets, JSON Lines as
served); and the tamper tests on a sandbox file database — a changed entry, a deleted one, a
history rewritten with recomputed hashes — where the screen and the command line each point
at the right entry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import requests
from PySide6.QtCore import QDateTime
from pytestqt.qtbot import QtBot

from tests.support.audit_book import (
    change_details,
    delete_entry,
    free_port,
    rewrite_from,
    sandbox_on,
    served,
)
from tests.support.gui import LiveSession, start_sandbox
from tests.support.sandbox import API, login
from tests.support.security_desk import answer_step_up, fresh, officer_desk
from vipclient.audit_cli import verify_file
from vipclient.gui.audit.model import AuditModel
from vipclient.gui.audit.section import AuditSection
from vipclient.gui.sections import available_sections
from vipclient.gui.security.freeze_dialog import FreezeDialog
from vipclient.sandbox.server import SandboxServer
from vipclient.security.audit_pins import read_pin

pytestmark = [pytest.mark.timeout(180), pytest.mark.xdist_group("audit-screen")]

FORMULA_USER = "=HYPERLINK(\"http://x.example\")"


def section_of(live: LiveSession, qtbot: QtBot) -> AuditSection:
    section = AuditSection(live.ctx)
    qtbot.addWidget(section)
    section.resize(1300, 760)
    section.show()
    return section


def paged_in(section: AuditSection, qtbot: QtBot) -> AuditSection:
    with qtbot.waitSignal(section.pulled, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: section.model.rowCount() == section._audit.count() > 0,
                    timeout=10_000)
    return section


def verified(section: AuditSection, qtbot: QtBot) -> Any:
    with qtbot.waitSignal(section.verified, timeout=60_000) as got:
        section.verify_button.click()
    return got.args[0]


def shown_seq(section: AuditSection) -> int | None:
    return section.shown_seq()


def column(section: AuditSection, col: int) -> list[str]:
    m = section.model
    return [str(m.data(m.index(r, col))) for r in range(m.rowCount())]


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    srv = start_sandbox(clients=10)
    yield srv
    srv.stop()


def test_the_log_is_paged_in_filtered_and_said_in_words(server: SandboxServer,
                                                        qtbot: QtBot, tmp_path: Path) -> None:
    assert "audit" in [s.key for s in available_sections(["supervisor"])]
    assert "audit" in [s.key for s in available_sections(["security_officer"])]
    assert "audit" not in [s.key for s in available_sections(["account_manager"])]
    requests.post(f"{server.base_url}{API}/auth/login", timeout=10, json={
        "username": FORMULA_USER, "password": "nope", "totp": "000000"})
    dave = officer_desk(server, qtbot, "dave")
    try:
        uid = next(c["uid"] for c in dave.signed.api.request(
            "GET", "/clients", params={"limit": 50}).json["items"] if c["status"] == "active")
        freeze = FreezeDialog(dave.ctx, uid, [])
        qtbot.addWidget(freeze)
        freeze.freeze_button.click()
        answer_step_up(qtbot, fresh(server, "dave"))
        qtbot.waitUntil(lambda: freeze.outcome is not None, timeout=30_000)

        section = paged_in(section_of(dave, qtbot), qtbot)
        served_count = dave.signed.api.request("GET", "/audit/head").json["size"]
        assert section._audit.count() == served_count
        assert column(section, AuditModel.SEQ)[0] == str(served_count)  # newest first

        # Each entry in words: the freeze as the issue says it.
        qtbot.waitUntil(lambda: section.actor.findData(dave.ctx.me.id) > 0
                        and section.action.findData("client.freeze") > 0, timeout=5_000)
        section.action.setCurrentIndex(section.action.findData("client.freeze"))
        section.refresh()
        qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=5_000)
        said = column(section, AuditModel.WORDS)[0]
        assert said == f"Dave Okafor froze {uid}: login, trading, withdrawals, API — " \
                       "account compromise"
        assert section.entry_words.text() == said  # the chosen entry, whole
        assert '"reason_code": "account_compromise"' in section.details_text.toPlainText()

        # Who, target, action family and time.
        section.clear_filters()
        section.actor.setCurrentIndex(section.actor.findData(dave.ctx.me.id))
        section.refresh()
        qtbot.waitUntil(lambda: 0 < section.model.rowCount() < served_count, timeout=5_000)
        assert set(column(section, AuditModel.ACTOR)) == {"Dave Okafor"}
        section.clear_filters()
        section.target.setText(uid)
        section.refresh()
        qtbot.waitUntil(lambda: section.model.rowCount() > 0
                        and set(column(section, AuditModel.TARGET)) == {uid}, timeout=5_000)
        section.clear_filters()
        section.action.setCurrentIndex(section.action.findData("auth."))
        section.refresh()
        qtbot.waitUntil(lambda: section.model.rowCount() > 0 and all(
            a.startswith("auth.") for a in column(section, AuditModel.ACTION)), timeout=5_000)
        section.since_on.setChecked(True)
        section.since.setDateTime(QDateTime.currentDateTime().addYears(5))
        section.refresh()
        qtbot.waitUntil(lambda: section.model.rowCount() == 0, timeout=5_000)

        # The filtered view to CSV: the byte-order mark, a formula kept as text.
        section.clear_filters()
        section.target.setText(FORMULA_USER)
        section.refresh()
        qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=5_000)
        out = tmp_path / "view.csv"
        with qtbot.waitSignal(section.exported, timeout=10_000) as done:
            section.export_csv(out)
        assert done.args[0] == (out, 1)
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf#,Time (UTC),")
        text = raw.decode("utf-8-sig")
        assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text

        # The whole chain to JSON Lines, exactly as served: the command line verifies it.
        chain = tmp_path / "chain.jsonl"
        with qtbot.waitSignal(section.exported, timeout=10_000):
            section.export_jsonl(chain)
        lines = chain.read_text(encoding="utf-8").splitlines()
        assert len(lines) == section._audit.count()
        first = dave.signed.api.request("GET", "/audit", params={"from_seq": 1, "limit": 1})
        assert lines[0] == orjson.dumps(first.json["items"][0]).decode()
        assert verify_file(chain)[0] == 0
    finally:
        dave.close()


def test_verify_says_how_many_and_the_head_and_pins_it(server: SandboxServer,
                                                       qtbot: QtBot) -> None:
    carol = officer_desk(server, qtbot, "carol")
    try:
        section = paged_in(section_of(carol, qtbot), qtbot)
        assert "Not verified on this computer yet" in section.banner.text()
        verdict = verified(section, qtbot)
        assert verdict.ok
        head = verdict.verification.head_hash
        n = verdict.verification.checked
        assert section.banner.text().startswith(f"{n:,} entries verified, head {head}.")
        assert read_pin(section._audit.pin_path).head_hash == head
        assert section.model.marked() is None
    finally:
        carol.close()


# --- tampering with the sandbox's file database ---------------------------------------------


@pytest.fixture
def book(tmp_path: Path) -> tuple[Path, int]:
    db, port = tmp_path / "sandbox.db", free_port()
    with sandbox_on(db, port) as srv:
        for who in ("alice", "bob", "alice", "bob"):
            login(srv.base_url, who)  # each sign-in is an entry
        requests.post(f"{srv.base_url}{API}/auth/login", timeout=10, json={
            "username": "nobody", "password": "x", "totp": "000000"})
    return db, port


def desk_verdict(srv: Any, qtbot: QtBot, who: str = "carol") -> tuple[LiveSession,
                                                                      AuditSection, Any]:
    live = officer_desk(srv, qtbot, who)
    section = paged_in(section_of(live, qtbot), qtbot)
    return live, section, verified(section, qtbot)


def cli_on_export(section: AuditSection, qtbot: QtBot, path: Path,
                  pin: Path | None = None) -> tuple[int, str]:
    with qtbot.waitSignal(section.exported, timeout=10_000):
        section.export_jsonl(path)
    return verify_file(path, pin)


@pytest.mark.parametrize("how", ["changed", "missing"])
def test_a_changed_or_deleted_entry_is_selected_and_named(
    book: tuple[Path, int], qtbot: QtBot, tmp_path: Path, how: str,
) -> None:
    db, port = book
    target = served(db)[2]["seq"]
    (change_details if how == "changed" else delete_entry)(db, target)
    with sandbox_on(db, port) as srv:
        live, section, verdict = desk_verdict(srv, qtbot)
        try:
            assert verdict.problem.kind == how and verdict.broken_seq == target
            word = "CHANGED" if how == "changed" else "MISSING"
            assert section.banner.text().startswith(f"Entry {target} was {word}"
                                                    if how == "changed" else
                                                    f"Entry {target} is {word}")
            assert section.model.marked() == target
            # The broken entry is selected and shown (for a gap: the entry after it).
            want = target if how == "changed" else target + 1
            qtbot.waitUntil(lambda: shown_seq(section) == want, timeout=5_000)
            assert section.entry_mark.isVisible()
            assert not section._audit.pin_path.exists()  # nothing pinned
            assert cli_on_export(section, qtbot, tmp_path / "x.jsonl") == (
                1, f"seq {target} {how}")
        finally:
            live.close()


def test_a_rewritten_history_raises_the_alarm_and_keeps_the_pin(
    book: tuple[Path, int], qtbot: QtBot, tmp_path: Path,
) -> None:
    db, port = book
    with sandbox_on(db, port) as srv:
        live, section, first = desk_verdict(srv, qtbot)
        live.close()
    assert first.ok and first.pin is not None
    pin = first.pin
    start = 3
    rewrite_from(db, start)
    with sandbox_on(db, port) as srv:
        # The desk that holds the old entries: the alarm, from the first rewritten entry.
        live, section, verdict = desk_verdict(srv, qtbot)
        try:
            assert verdict.rewritten is not None and verdict.rewritten_from == start
            text = section.banner.text()
            assert text.startswith(f"ALARM — the server's audit history was REWRITTEN from "
                                   f"entry {start} on. Entry {pin.size}")
            assert pin.head_hash in text and "was not replaced" in text
            qtbot.waitUntil(lambda: shown_seq(section) == start, timeout=5_000)
            assert read_pin(section._audit.pin_path) == pin  # never re-pinned
        finally:
            live.close()
        # A desk whose cache was never filled (Erin's): the chain holds, the pin does not.
        live, section, verdict = desk_verdict(srv, qtbot, "erin")
        try:
            assert verdict.problem.kind == "rewritten" and verdict.broken_seq == pin.size
            assert section.banner.text().startswith("ALARM")
            qtbot.waitUntil(lambda: shown_seq(section) == pin.size, timeout=5_000)
            code, line = cli_on_export(section, qtbot, tmp_path / "new.jsonl",
                                       section._audit.pin_path)
            assert (code, line) == (1, f"seq {pin.size} rewritten (pinned hash "
                                       f"{pin.head_hash})")
            assert read_pin(section._audit.pin_path) == pin
        finally:
            live.close()


def test_offline_verification_checks_the_cache_alone(server: SandboxServer,
                                                     qtbot: QtBot) -> None:
    carol = officer_desk(server, qtbot, "carol")
    try:
        section = paged_in(section_of(carol, qtbot), qtbot)
        carol.ctx.services.pop("online")
        verdict = verified(section, qtbot)
        assert verdict.ok and not verdict.server_checked
        assert "the server was not asked" in section.banner.text()
    finally:
        carol.close()
