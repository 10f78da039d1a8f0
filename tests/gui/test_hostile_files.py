"""Files that lie: each is refused or made safe with a sentence that says so, and nothing
crashes — attaching them, or meeting them in a thread."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.support.files import png_bytes
from tests.support.sandbox import login
from tests.support.screens import cache_ctx
from tests.support.workspace import desk, sandbox
from vipclient.gui.tickets.attachments import AttachmentTray
from vipclient.gui.tickets.image_viewer import ImageViewer
from vipclient.gui.tickets.thumbnails import ImageTooLarge, decode
from vipclient.gui.tickets.view import TicketView
from vipclient.services.attachments import Refusal, check
from vipclient.store.cache import Cache
from vipclient.store.models import TicketRow

ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(120)


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A small, valid PNG whose header claims ``width`` × ``height`` pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(4096))) + chunk(b"IEND", b""))


@pytest.fixture
def tray(tmp_path: Path, qtbot: QtBot) -> Iterator[AttachmentTray]:
    cache = Cache.open(tmp_path / "alice.sqlite3")
    widget = AttachmentTray(cache_ctx(cache))
    qtbot.addWidget(widget)
    yield widget
    cache.close()


def _offer(qtbot: QtBot, tray: AttachmentTray, path: Path) -> str:
    tray.notice.clear()
    tray.offer_paths([str(path)])
    qtbot.waitUntil(lambda: not tray.checking, timeout=10_000)
    return tray.notice.text()


def test_an_executable_renamed_png_is_refused_saying_what_it_is(
    qtbot: QtBot, tray: AttachmentTray, tmp_path: Path
) -> None:
    path = tmp_path / "screenshot.png"
    path.write_bytes(ELF)
    text = _offer(qtbot, tray, path)
    assert text == ("screenshot.png was not attached: it is a Linux executable (ELF), not "
                    "what its name says.")
    assert tray.staged() == []


def test_a_dimension_bomb_is_refused_before_a_pixel_is_decoded(
    qtbot: QtBot, tray: AttachmentTray, tmp_path: Path
) -> None:
    path = tmp_path / "huge.png"
    path.write_bytes(bomb_png())
    assert len(path.read_bytes()) < 200  # a tiny file…
    text = _offer(qtbot, tray, path)  # …that claims ten billion pixels
    assert text == ("huge.png was not attached: the image is 100000 × 100000 pixels; at most "
                    "40 megapixels are accepted.")
    with pytest.raises(ImageTooLarge):
        decode(bomb_png(), "image/png")


def test_an_empty_file_is_refused(qtbot: QtBot, tray: AttachmentTray, tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    assert _offer(qtbot, tray, path) == "empty.pdf was not attached: the file is empty."


def test_a_type_that_is_not_accepted_is_refused(
    qtbot: QtBot, tray: AttachmentTray, tmp_path: Path
) -> None:
    path = tmp_path / "setup.exe"
    path.write_bytes(ELF)
    assert "only PNG, JPEG and WebP images" in _offer(qtbot, tray, path)


def test_a_name_with_bidi_overrides_is_cleaned_and_said_so(
    qtbot: QtBot, tray: AttachmentTray, tmp_path: Path
) -> None:
    # Shown by a bidi-aware viewer as "photo_gpj.exe"-like tricks; the cleaned name is plain.
    path = tmp_path / "photo\u202egnp.exe\u202c.png"
    path.write_bytes(png_bytes())
    text = _offer(qtbot, tray, path)
    assert [s.filename for s in tray.staged()] == ["photognp.exe.png"]
    assert "photognp.exe.png" in text and "\u202e" not in text
    # The file's own name never needs cleaning when it has no such characters.
    assert not check("plain.png", png_bytes()).renamed
    with pytest.raises(Refusal) as refused:
        check("evil\u202egnp.exe", ELF)
    assert refused.value.kind == "type"


def _upload_as_client_would(srv: Any, ticket_id: str, name: str, data: bytes) -> dict[str, Any]:
    """Another desk (carol's) uploads straight through the API, as a client app might."""
    token = login(srv.base_url, "carol")["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    r = requests.post(f"{srv.base_url}/api/v1/tickets/{ticket_id}/attachments",
                      headers={**headers, "Idempotency-Key": f"k-{name}"},
                      files={"file": (name, data, "image/png")}, timeout=10)
    assert r.status_code == 201, r.text
    meta = r.json()
    r = requests.post(f"{srv.base_url}/api/v1/tickets/{ticket_id}/messages",
                      headers={**headers, "Idempotency-Key": f"m-{name}"},
                      json={"body": f"see {name}", "attachment_ids": [meta["id"]]}, timeout=10)
    assert r.status_code == 201, r.text
    return dict(meta)


def test_a_dimension_bomb_in_a_thread_shows_a_placeholder_and_a_plain_refusal(
    qtbot: QtBot,
) -> None:
    with sandbox() as srv, desk(srv, "alice") as alice:
        with alice.cache.read_session() as s:
            tid = str(s.scalars(select(TicketRow.id).where(TicketRow.status == "open")
                                .order_by(TicketRow.id)).first())
        meta = _upload_as_client_would(srv, tid, "bomb.png", bomb_png())
        view = TicketView(alice)
        qtbot.addWidget(view)
        view.show()

        def arrived() -> bool:
            view.show_ticket(tid)
            return any(i.body == "see bomb.png" for i in view.thread_items())

        qtbot.waitUntil(arrived, timeout=15_000)
        qtbot.waitUntil(lambda: view.thumbnails.get(meta["sha256"]) is not None,
                        timeout=15_000)
        opened: list[Any] = []
        failures: list[str] = []
        view.opener.opened.connect(opened.append)
        view.opener.failed.connect(failures.append)
        view.thread_view.anchorClicked.emit(QUrl(f"attachment:{meta['id']}"))
        qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
        assert failures == ["This image is too large to show (100000 × 100000 pixels)."]
        assert isinstance(opened[0], ImageViewer)
        assert opened[0].label.text() == failures[0]
        opened[0].close()
