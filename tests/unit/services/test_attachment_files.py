"""The rules around attachments' bytes on this computer: names that cannot leave their
folder, the viewer's copy named for its checked type, and upload rows whose file is gone or
changed are never sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.files import pdf_bytes, png_bytes
from vipclient.services.attachment_values import AttachmentRef, human_size
from vipclient.services.attachments import AttachmentsService, check, viewer_name
from vipclient.store import outbox as ob
from vipclient.store import uploads
from vipclient.store.cache import Cache
from vipclient.store.files import FileStore, sha256_of


def ref(name: str, content_type: str, sha: str = "a" * 64) -> AttachmentRef:
    return AttachmentRef("AT1", name, content_type, 10, sha)


def test_the_viewer_copy_carries_the_extension_of_its_checked_type() -> None:
    assert viewer_name(ref("statement.pdf", "application/pdf")) == "statement.pdf"
    assert viewer_name(ref("statement", "application/pdf")) == "statement.pdf"
    assert viewer_name(ref("invoice.pdf.exe", "application/pdf")) == "invoice.pdf.pdf"
    assert viewer_name(ref("photo.JPEG", "image/jpeg")) == "photo.JPEG"
    assert viewer_name(ref("clip\u202e4pm.exe", "video/mp4")) == "clip4pm.mp4"
    assert viewer_name(ref("../../etc/passwd", "text/plain")) == "passwd.txt"


def test_cache_file_names_never_leave_their_folder(tmp_path: Path) -> None:
    files = FileStore(tmp_path)
    for bad in ("../x", "a/b", "", "x" * 65):
        with pytest.raises(ValueError):
            files.outgoing(bad)
    with pytest.raises(ValueError):
        files.blob("../" + "a" * 61)
    with pytest.raises(ValueError):
        files.viewer_copy("a" * 64, "../evil.pdf")
    with pytest.raises(ValueError):
        files.put_blob("b" * 64, b"not those bytes")


def test_sweep_keeps_only_what_queued_uploads_need(tmp_path: Path) -> None:
    files = FileStore(tmp_path)
    files.stage(b"left by a run that ended")
    (tmp_path / "outgoing").mkdir()
    (tmp_path / "outgoing" / "k-keep").write_bytes(b"1")
    (tmp_path / "outgoing" / "k-sent").write_bytes(b"2")
    assert files.sweep({"k-keep"}) == 2
    assert [p.name for p in (tmp_path / "outgoing").iterdir()] == ["k-keep"]


def test_an_upload_whose_file_is_gone_or_changed_is_not_sent(tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "alice.sqlite3")
    service = AttachmentsService(cache)
    staged = [service.stage(check("a.png", png_bytes())),
              service.stage(check("b.pdf", pdf_bytes()))]
    message_id = service.queue_reply("T1", "with files", False, staged)
    with cache.session() as s:
        rows = ob.rows_by_id(s, [message_id - 2, message_id - 1, message_id])
        first, second, message = rows
        assert uploads.wire_request(s, service.files, first).files is not None
        service.files.outgoing(first.key).unlink()
        with pytest.raises(uploads.NotReady, match="no longer in the desk's cache folder"):
            uploads.wire_request(s, service.files, first)
        service.files.outgoing(second.key).write_bytes(b"%PDF-1.4 changed")
        with pytest.raises(uploads.NotReady, match="changed in the desk's cache folder"):
            uploads.wire_request(s, service.files, second)
        with pytest.raises(uploads.NotReady) as waiting:
            uploads.wire_request(s, service.files, message)
        assert waiting.value.waiting  # its uploads are still queued
        assert message.body is not None and "outbox_key" in message.body
    assert sha256_of(png_bytes()) == staged[0].sha256
    cache.close()


def test_sizes_read_like_a_file_manager() -> None:
    assert [human_size(n) for n in (0, 999, 2150, 26_214_400)] == [
        "0 B", "999 B", "2.1 KB", "26.2 MB"]
