"""Transcript exports from a client's profile, against the real sandbox: a fresh code is
asked for, the export is recorded with the file's hash before the file is written, the file
holds every message, and "Check a file…" tells an exported file from a changed one."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support.gui import fresh_code
from tests.support.workspace import desk, sandbox
from vipclient.gui.clients.profile import ProfileView
from vipclient.gui.step_up_dialog import StepUpDialog
from vipclient.store.models import ClientRow, MessageRow, TicketRow

pytestmark = pytest.mark.timeout(120)


def pdf_text(path: Path) -> str | None:
    """The PDF's text: ``pdftotext`` (poppler) when installed, else Qt's own PDF reader when
    this Python has it (the app's packaging leaves QtPdf out; tests may use it); None when
    neither is here."""
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                              capture_output=True, text=True).stdout
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return None
    document = QPdfDocument()
    document.load(str(path))
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return text


def _step_up_dialog() -> StepUpDialog | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, StepUpDialog) and w.isVisible()), None)


def test_an_export_asks_for_a_code_records_its_hash_then_writes_the_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with sandbox() as srv, desk(srv, "alice") as alice:
        with alice.cache.read_session() as s:
            uid = s.scalars(select(ClientRow.uid).where(ClientRow.manager_id == alice.me.id)
                            .order_by(ClientRow.uid)).first()
            tickets = s.scalars(select(TicketRow.id).where(TicketRow.client_uid == uid)).all()
            bodies = s.scalars(select(MessageRow.body).where(
                MessageRow.ticket_id.in_(tickets), MessageRow.internal == 0)).all()
        assert uid and tickets and bodies
        profile = ProfileView(alice)
        qtbot.addWidget(profile)
        profile.show()
        assert profile.show_client(uid)
        box = profile.transcripts
        qtbot.waitUntil(lambda: "No transcript" in box.note.text(), timeout=10_000)

        dialog = box.open_export()
        assert dialog is not None
        assert sorted(dialog.chosen()) == sorted(tickets)  # all by default
        target = tmp_path / "out" / "transcript.pdf"
        dialog.path.setText(str(target))
        assert not dialog.export_button.isEnabled()  # a reason first
        dialog.reason.setPlainText("The client asked for a copy of their conversations.")
        assert dialog.export_button.isEnabled()
        dialog.export_button.click()

        qtbot.waitUntil(lambda: _step_up_dialog() is not None, timeout=15_000)
        assert not target.exists()  # nothing written before the record
        code_dialog = _step_up_dialog()
        assert code_dialog is not None
        qtbot.keyClicks(code_dialog.code_edit, fresh_code(srv, "alice"))
        with qtbot.waitSignal(dialog.finishedWork, timeout=20_000):
            code_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

        data = target.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        assert data.startswith(b"%PDF-") and sha in dialog.status.text()
        assert not list(target.parent.glob(".tmp-*"))  # written atomically, nothing left over
        qtbot.waitUntil(lambda: len(box.exports()) == 1, timeout=10_000)
        record = box.exports()[0]
        assert record["sha256"] == sha and sorted(record["ticket_ids"]) == sorted(tickets)
        assert record["format"] == "pdf" and record["exported_by"] == alice.me.id

        text = pdf_text(target)
        if text is None:
            pytest.skip("neither pdftotext nor QtPdf is installed: the PDF's text is not read")
        flat = " ".join(text.split())
        for body in bodies:
            assert " ".join(body.split())[:40] in flat, body
        assert "UTC" in flat

        # A file handed back: this one is the export; one byte changed, it is none.
        with qtbot.waitSignal(box.checked, timeout=10_000) as said:
            box.check_file(str(target))
        assert f"is export {record['id']}" in said.args[0]
        changed = tmp_path / "changed.pdf"
        changed.write_bytes(data[:-2] + b"x\n")
        with qtbot.waitSignal(box.checked, timeout=10_000) as said:
            box.check_file(str(changed))
        assert "matches none of this client's exports" in said.args[0]


def test_a_json_export_leaves_internal_notes_out_when_asked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    import json

    with sandbox() as srv, desk(srv, "carol") as carol:  # a supervisor: any client
        with carol.cache.read_session() as s:
            tid, uid = s.execute(select(MessageRow.ticket_id, TicketRow.client_uid)
                                 .join(TicketRow, TicketRow.id == MessageRow.ticket_id)
                                 .where(MessageRow.internal == 1)).first()
        profile = ProfileView(carol)
        qtbot.addWidget(profile)
        profile.show()
        profile.show_client(uid)
        dialog = profile.transcripts.open_export()
        assert dialog is not None
        dialog.format.setCurrentIndex(1)
        dialog.notes.setCurrentIndex(1)
        target = tmp_path / "t.json"
        dialog.path.setText(str(target))
        dialog.reason.setPlainText("Compliance case 2026-118: internal notes excluded.")
        dialog.export_button.click()
        qtbot.waitUntil(lambda: _step_up_dialog() is not None, timeout=15_000)
        code_dialog: Any = _step_up_dialog()
        qtbot.keyClicks(code_dialog.code_edit, fresh_code(srv, "carol"))
        with qtbot.waitSignal(dialog.finishedWork, timeout=20_000):
            code_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        exported = json.loads(target.read_text(encoding="utf-8"))["transcript"]
        entries = [e for t in exported["tickets"] for e in t["entries"]]
        assert entries and not any(e["internal"] for e in entries)
        assert exported["internal_notes"] == "left out"
        assert tid in [t["id"] for t in exported["tickets"]]
