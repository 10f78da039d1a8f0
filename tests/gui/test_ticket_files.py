"""Files in the ticket view against the real sandbox: a screenshot pasted into the composer
goes out with the reply, and another desk sees its thumbnail and opens it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support.files import pdf_bytes
from tests.support.workspace import desk, sandbox
from vipclient.gui.tickets import attachment_opener
from vipclient.gui.tickets.image_viewer import ImageViewer
from vipclient.gui.tickets.view import TicketView
from vipclient.services.ticket_values import MessageState
from vipclient.store.models import TicketRow

pytestmark = pytest.mark.timeout(120)


def _open_ticket_of_alice(ctx: Any) -> str:
    with ctx.cache.read_session() as s:
        tid = s.scalars(select(TicketRow.id).where(TicketRow.status == "open")
                        .order_by(TicketRow.id)).first()
    assert tid is not None
    return str(tid)


def _screenshot() -> QImage:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#1e88e5"))
    for x in range(40, 280):
        image.setPixelColor(x, 100, QColor("white"))
    return image


def test_a_pasted_screenshot_reaches_the_other_desk_as_a_thumbnail(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with sandbox() as srv, desk(srv, "alice") as alice, desk(srv, "carol") as carol:
        tid = _open_ticket_of_alice(alice)
        view = TicketView(alice)
        qtbot.addWidget(view)
        view.show()
        assert view.show_ticket(tid)
        # Ctrl+V of a screenshot: the clipboard's image goes to the tray, not into the text.
        QApplication.clipboard().setImage(_screenshot())
        view.composer.setFocus()
        view.composer.paste()
        qtbot.waitUntil(lambda: len(view.tray.staged()) == 1, timeout=10_000)
        staged = view.tray.staged()[0]
        assert staged.content_type == "image/png" and staged.filename.startswith("screenshot-")
        assert view.composer.toPlainText() == ""
        view.composer.setPlainText("The error you see, marked in the screenshot.")
        view.send()
        assert view.tray.staged() == []
        mine = [i for i in view.thread_items() if i.body.startswith("The error you see")]
        assert mine and mine[0].attachments[0].filename == staged.filename

        def sent() -> bool:
            return any(i.body.startswith("The error you see") and i.state == MessageState.SENT
                       and not i.id.startswith("local-") and i.attachments
                       for i in view.thread_items())

        qtbot.waitUntil(sent, timeout=20_000)

        other = TicketView(carol)
        qtbot.addWidget(other)
        other.show()

        def carol_has_it() -> bool:
            other.show_ticket(tid)
            return any(i.body.startswith("The error you see") for i in other.thread_items())

        qtbot.waitUntil(carol_has_it, timeout=20_000)
        ref = next(i for i in other.thread_items()
                   if i.body.startswith("The error you see")).attachments[0]
        assert ref.sha256 == staged.sha256
        assert f"thumb:{ref.sha256}" in other.thread_view.toHtml()
        # The thumbnail is made off the UI thread (downloaded, hash-checked) and replaces
        # the placeholder.
        qtbot.waitUntil(lambda: other.thumbnails.get(ref.sha256) is not None, timeout=15_000)
        thumb = other.thumbnails.get(ref.sha256)
        assert thumb is not None and thumb.pixelColor(40, 30) == QColor("#1e88e5")
        assert (carol.services["attachments"].files.blob(ref.sha256)).is_file()

        # Clicking it opens the viewer, full size.
        opened: list[Any] = []
        other.opener.opened.connect(opened.append)
        other.thread_view.anchorClicked.emit(QUrl(f"attachment:{ref.id}"))
        qtbot.waitUntil(lambda: bool(opened), timeout=5_000)
        viewer = opened[0]
        assert isinstance(viewer, ImageViewer)
        qtbot.waitUntil(lambda: viewer.status.text() == "320 × 200 pixels", timeout=10_000)
        viewer.zoom_by(2.0)
        viewer.copy()
        assert QApplication.clipboard().image().size() == _screenshot().size()
        viewer.close()


def test_a_pdf_opens_in_the_system_viewer_only_as_a_checked_copy(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed: list[Path] = []
    monkeypatch.setattr(attachment_opener, "open_with_system",
                        lambda path: handed.append(path) or True)
    with sandbox() as srv, desk(srv, "alice") as alice:
        tid = _open_ticket_of_alice(alice)
        view = TicketView(alice)
        qtbot.addWidget(view)
        view.show()
        view.show_ticket(tid)
        pdf = tmp_path / "Überweisung\u202egnp.pdf"  # a bidi override in the name
        pdf.write_bytes(pdf_bytes())
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(pdf))])
        assert view.tray.offer_mime(mime)  # as a drop on the composer does
        qtbot.waitUntil(lambda: len(view.tray.staged()) == 1, timeout=10_000)
        assert view.tray.staged()[0].filename == "Überweisunggnp.pdf"
        assert "disguise" in view.tray.notice.text()
        view.composer.setPlainText("Your transfer confirmation.")
        view.send()

        def sent_ref() -> Any:
            for item in view.thread_items():
                if item.body == "Your transfer confirmation." and not item.id.startswith(
                        "local-") and item.attachments:
                    return item.attachments[0]
            return None

        qtbot.waitUntil(lambda: sent_ref() is not None, timeout=20_000)
        ref = sent_ref()
        view.thread_view.anchorClicked.emit(QUrl(f"attachment:{ref.id}"))
        qtbot.waitUntil(lambda: bool(handed), timeout=10_000)
        path = handed[0]
        assert path.name == "Überweisunggnp.pdf" and path.suffix == ".pdf"
        assert path.read_bytes() == pdf_bytes()
