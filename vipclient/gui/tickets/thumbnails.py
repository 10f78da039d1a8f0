"""Images from clients, decoded safely, and the thread's thumbnails made off the UI thread.

An attachment's bytes are untrusted. They are decoded only as the type that was checked for
them (``QImageReader`` with that format set and every guessing from content turned off),
only after the header says the image is of a sane size (a "dimension bomb" — a small file
that claims 100,000 × 100,000 pixels — is refused before a pixel is decoded), and under
Qt's allocation limit.

Thumbnails are drawn into a fixed box, so a thread lays out once, with placeholders, and the
thumbnails replace them as they come (from memory, from ``thumbs/`` in the cache folder, or
made from the checked bytes, downloaded first when needed).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QImageReader, QImageWriter, QPainter, QPen

from vipclient.domain.attachments import media_type
from vipclient.services.attachment_values import AttachmentRef

if TYPE_CHECKING:
    from vipclient.services.attachments import AttachmentsService, OnlineDownloader

log = logging.getLogger(__name__)

THUMB_SIZE = QSize(160, 120)
MAX_SIDE = 16_384
MAX_PIXELS = 40_000_000
"""The largest image the desk decodes (40 megapixels, 160 MB as 32-bit pixels)."""
ALLOCATION_LIMIT_MB = 256
MEMORY_THUMBNAILS = 600

FORMATS = {"image/png": b"png", "image/jpeg": b"jpeg", "image/webp": b"webp"}


class NotAnImage(Exception):
    """The bytes do not decode as the image type they were checked to be."""


class ImageTooLarge(Exception):
    def __init__(self, width: int, height: int) -> None:
        super().__init__(f"{width} × {height} pixels")
        self.width = width
        self.height = height


def _reader(data: bytes, content_type: str) -> tuple[QImageReader, QBuffer]:
    fmt = FORMATS.get(media_type(content_type))
    if fmt is None:
        raise NotAnImage(f"{content_type} is not an image type the desk shows")
    # Process-wide; Qt's own default is the same, set here so it never depends on one.
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, fmt)
    reader.setDecideFormatFromContent(False)
    reader.setAutoDetectImageFormat(False)
    return reader, buffer


def image_size(data: bytes, content_type: str) -> QSize:
    """The size the image's header claims (nothing decoded); ``NotAnImage`` without one."""
    reader, _buffer = _reader(data, content_type)
    size = reader.size()
    if not size.isValid():
        raise NotAnImage(reader.errorString())
    return size


def check_size(size: QSize) -> None:
    w, h = size.width(), size.height()
    if w > MAX_SIDE or h > MAX_SIDE or w * h > MAX_PIXELS:
        raise ImageTooLarge(w, h)


def decode(data: bytes, content_type: str, fit: QSize | None = None) -> QImage:
    """The image (scaled down to fit ``fit`` while decoding, when given), or ``NotAnImage``
    / ``ImageTooLarge``. Safe on any thread."""
    reader, _buffer = _reader(data, content_type)
    size = reader.size()
    if not size.isValid():
        raise NotAnImage(reader.errorString())
    check_size(size)
    if fit is not None and (size.width() > fit.width() or size.height() > fit.height()):
        reader.setScaledSize(size.scaled(fit, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        raise NotAnImage(reader.errorString())
    return image


def boxed(image: QImage) -> QImage:
    """``image`` centred in a transparent thumbnail box."""
    box = QImage(THUMB_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    box.fill(Qt.GlobalColor.transparent)
    scaled = image.scaled(THUMB_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    painter = QPainter(box)
    painter.drawImage((THUMB_SIZE.width() - scaled.width()) // 2,
                      (THUMB_SIZE.height() - scaled.height()) // 2, scaled)
    painter.end()
    return box


def placeholder(mark: str = "", colour: str = "#9aa0a6") -> QImage:
    """A grey frame the size of a thumbnail with ``mark`` in it (loading, broken…)."""
    box = QImage(THUMB_SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    box.fill(QColor(128, 128, 128, 40))
    painter = QPainter(box)
    painter.setPen(QPen(QColor(colour), 1, Qt.PenStyle.DashLine))
    painter.drawRect(QRect(0, 0, THUMB_SIZE.width() - 1, THUMB_SIZE.height() - 1))
    if mark:
        painter.setPen(QColor(colour))
        painter.drawText(box.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                         mark)
    painter.end()
    return box


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG by Qt (the desk's own encoding of a pasted screenshot)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise NotAnImage(writer.errorString())
    buffer.close()
    return bytes(array.data())


def make_thumbnail(service: AttachmentsService, ref: AttachmentRef,
                   online: OnlineDownloader | None) -> QImage:
    """A worker's job: the thumbnail from ``thumbs/`` or made from the checked bytes (and
    kept there)."""
    path = service.files.thumbnail(ref.sha256)
    if path.is_file():
        with contextlib.suppress(NotAnImage, OSError, ImageTooLarge):
            kept = decode(path.read_bytes(), "image/png")
            if kept.size() == THUMB_SIZE:
                return kept
    image = boxed(decode(service.bytes_of(ref, online), ref.content_type, THUMB_SIZE))
    from vipclient.store.files import write_atomically

    with contextlib.suppress(OSError):
        write_atomically(path, png_bytes(image))
    return image


BATCH = 8
"""Thumbnails made per background job: one job per image cost more to start than to run
(forty jobs made a thread's first paint three times slower)."""

Made = list[tuple[AttachmentRef, QImage | BaseException]]


def make_thumbnails(service: AttachmentsService, refs: list[AttachmentRef],
                    online: OnlineDownloader | None) -> Made:
    """A worker's job: thumbnails of ``refs`` (or why each could not be made)."""
    made: Made = []
    for ref in refs:
        try:
            made.append((ref, make_thumbnail(service, ref, online)))
        except Exception as exc:  # one file's problem is that file's, not the batch's
            made.append((ref, exc))
    return made


class Thumbnails(QObject):
    """The thread's thumbnails by SHA-256: ``get`` answers from memory at once (or None and
    the caller shows a placeholder), ``request`` has one made off the UI thread (gathered
    into a few jobs) and ``ready(sha256)`` says when it is there."""

    ready = Signal(str)

    def __init__(self, service: Callable[[], AttachmentsService],
                 run: Callable[[Callable[[OnlineDownloader | None], Made],
                                Callable[[Made], None], Callable[[BaseException], None]],
                               None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._run = run
        self._images: dict[str, QImage] = {}
        self._asked: set[str] = set()
        self._pending: list[AttachmentRef] = []
        self._loading: QImage | None = None

    def get(self, sha256: str) -> QImage | None:
        return self._images.get(sha256)

    def request(self, ref: AttachmentRef) -> None:
        sha = ref.sha256
        if sha in self._images or sha in self._asked or len(sha) != 64:
            return
        self._asked.add(sha)
        if not self._pending:
            QTimer.singleShot(0, self._start)
        self._pending.append(ref)

    def _start(self) -> None:
        pending, self._pending = self._pending, []
        if not pending:
            return
        service = self._service()
        for i in range(0, len(pending), BATCH):
            self._run_batch(service, pending[i:i + BATCH])

    def _run_batch(self, service: AttachmentsService, batch: list[AttachmentRef]) -> None:
        def failed(exc: BaseException) -> None:
            self._done([(ref, exc) for ref in batch])

        self._run(lambda online: make_thumbnails(service, batch, online), self._done, failed)

    def _done(self, made: Made) -> None:
        for ref, result in made:
            self._asked.discard(ref.sha256)
            if isinstance(result, QImage):
                self._keep(ref.sha256, result)
            else:
                self._failed(ref, result)

    def _keep(self, sha: str, image: QImage) -> None:
        if len(self._images) >= MEMORY_THUMBNAILS:
            self._images.pop(next(iter(self._images)))
        self._images[sha] = image
        self.ready.emit(sha)

    def _failed(self, ref: AttachmentRef, exc: BaseException) -> None:
        log.info("no thumbnail of %s: %s", ref.id, type(exc).__name__)
        if isinstance(exc, ImageTooLarge):
            mark = self.tr("Too large to preview\n{w} × {h}").format(w=exc.width, h=exc.height)
        elif isinstance(exc, NotAnImage) or type(exc).__name__ == "NotAvailable":
            mark = self.tr("Cannot be shown")
        else:
            return  # offline or a server problem: asked again the next time it is shown
        self._keep(ref.sha256, placeholder(mark, "#c5221f"))

    def loading(self) -> QImage:
        if self._loading is None:
            self._loading = placeholder(self.tr("Loading…"))
        return self._loading
