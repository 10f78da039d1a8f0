"""Attaching files to a reply: picked, dropped, or a screenshot pasted into the composer.

Each file is checked off the UI thread before it is listed — its type from its name's
extension, its bytes against that type's signature, the size limit, an image's dimensions
from its header — and kept in the cache folder's ``staging/`` until the reply is sent (the
reply's uploads then go through the outbox). A refusal says which file and why, in words;
a name that had to be cleaned (bidi overrides, control characters) is shown cleaned.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vipclient.domain.attachments import MAX_BYTES, safe_filename
from vipclient.gui import shortcuts, theme
from vipclient.gui.tickets import services
from vipclient.gui.tickets.thumbnails import (
    MAX_PIXELS,
    ImageTooLarge,
    NotAnImage,
    check_size,
    image_size,
    png_bytes,
)
from vipclient.services.attachment_values import IMAGE_TYPES, human_size

if TYPE_CHECKING:
    from vipclient.services.attachments import AttachmentsService
    from vipclient.services.context import AppContext
    from vipclient.store.uploads import StagedFile

MAX_FILES = 20  # what one message may carry


class _Refused(Exception):
    """A file not attached, with the sentence that says why."""


def _stage(service: AttachmentsService, name: str, read: Callable[[], bytes],
           size: int | None) -> tuple[StagedFile, bool]:
    """A worker's job: read, check and stage one file; ``(staged, renamed)``."""
    from vipclient.services.attachments import Refusal, check

    if size is not None and size > MAX_BYTES:
        raise Refusal("size", name, "too large")  # never read a file that cannot go
    checked = check(name, read())
    if checked.content_type in IMAGE_TYPES:
        try:
            check_size(image_size(checked.data, checked.content_type))
        except ImageTooLarge as exc:
            raise Refusal("dimensions", name, str(exc)) from exc
        except NotAnImage as exc:
            raise Refusal("content", name, str(exc)) from exc
    return service.stage(checked), checked.renamed


class AttachmentTray(QWidget):
    """The files going with the next reply. ``changed()`` when the list or the checks in
    progress change."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._staged: list[StagedFile] = []
        self._checking = 0
        self._generation = 0  # files checked for an earlier reply are dropped

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Files to send"))
        # One file a line, long names shortened in the middle (their end says the type).
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMaximumHeight(76)
        self.list.hide()
        self.attach_button = QToolButton()
        self.attach_button.setText(self.tr("Attach…"))
        self.attach_button.setToolTip(self.tr("Attach files (Ctrl+Shift+A); you can also drop "
                                              "files here or paste a screenshot (Ctrl+V)"))
        self.attach_button.setAccessibleName(self.tr("Attach files"))
        self.attach_button.clicked.connect(self.pick_files)
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected file ({key})").format(
            key=shortcuts.native("ticket.remove_file")))
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.hide()
        shortcuts.bind("ticket.remove_file", self.list, self.remove_selected,
                       context=Qt.ShortcutContext.WidgetShortcut)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Attachment messages"))
        self.notice.hide()
        theme.style(self.notice, "QLabel {{ color: {failed_fg}; }}")

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.notice)
        self.setAcceptDrops(True)

    # -- state -------------------------------------------------------------------------------

    def staged(self) -> list[StagedFile]:
        return list(self._staged)

    @property
    def checking(self) -> bool:
        return self._checking > 0

    def take(self) -> list[StagedFile]:
        """The files for the reply being sent; the tray is empty afterwards."""
        taken, self._staged = self._staged, []
        self._generation += 1
        self._checking = 0
        self._refresh()
        self.notice.hide()
        return taken

    def clear(self) -> None:
        """Another ticket, or the reply was dropped: forget the files (and their copies)."""
        for staged in self.take():
            self._service.unstage(staged)

    def restore(self, files: Sequence[StagedFile]) -> None:
        """The files of a draft (``services.drafts``), already checked and staged, in place
        of those shown (which stay with their own ticket's draft, copies kept)."""
        self.take()
        self._staged = list(files)
        self._refresh()

    @property
    def _service(self) -> AttachmentsService:
        return services.attachments(self._ctx)

    # -- offering files ----------------------------------------------------------------------

    def pick_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), "",
            self.tr("Accepted files (*.png *.jpg *.jpeg *.webp *.pdf *.mp4 *.txt *.log);;"
                    "All files (*)"))
        self.offer_paths(paths)

    def offer_paths(self, paths: list[str]) -> None:
        for path in paths:
            name = os.path.basename(path)

            def read(p: str = path) -> bytes:
                with open(p, "rb") as f:
                    return f.read(MAX_BYTES + 1)

            try:
                size: int | None = os.path.getsize(path)
            except OSError:
                size = None
            self._check(name, read, size)

    def offer_image(self, image: QImage) -> None:
        """A pasted screenshot, encoded as PNG by the desk itself."""
        if image.isNull():
            return
        name = f"screenshot-{datetime.now():%Y%m%d-%H%M%S}.png"
        self._check(name, lambda: png_bytes(image), None)

    def offer_mime(self, mime: QMimeData) -> bool:
        """Files or an image in pasted or dropped data (True when taken here)."""
        if mime.hasUrls() and all(u.isLocalFile() for u in mime.urls()):
            self.offer_paths([u.toLocalFile() for u in mime.urls()])
            return True
        if mime.hasImage():
            data: Any = mime.imageData()
            image = data.toImage() if isinstance(data, QPixmap) else data
            if isinstance(image, QImage):
                self.offer_image(image)
                return True
        return False

    def _check(self, name: str, read: Callable[[], bytes], size: int | None) -> None:
        if len(self._staged) + self._checking >= MAX_FILES:
            self._say(self.tr("A reply carries at most {n} files.").format(n=MAX_FILES))
            return
        service, generation = self._service, self._generation
        self._checking += 1
        self.changed.emit()
        self._ctx.run_in_background(
            lambda: _stage(service, name, read, size),
            lambda result: self._staged_one(generation, result),
            lambda exc: self._refused(generation, name, exc), self)

    def _staged_one(self, generation: int, result: tuple[StagedFile, bool]) -> None:
        staged, renamed = result
        if generation != self._generation:
            self._service.unstage(staged)
            return
        self._checking -= 1
        self._staged.append(staged)
        if renamed:
            self._say(self.tr("Attached as “{name}”: characters that can disguise a file "
                              "name were removed.").format(name=staged.filename))
        self._refresh()

    def _refused(self, generation: int, name: str, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._checking -= 1
        self._say(self.refusal_text(safe_filename(name) or "?", exc))
        self._refresh()

    def refusal_text(self, name: str, exc: BaseException) -> str:
        kind = getattr(exc, "kind", None)
        if kind == "type":
            return self.tr("{name} was not attached: only PNG, JPEG and WebP images, PDF "
                           "documents, MP4 videos and plain text files are accepted."
                           ).format(name=name)
        if kind == "empty":
            return self.tr("{name} was not attached: the file is empty.").format(name=name)
        if kind == "size":
            return self.tr("{name} was not attached: it is larger than 25 MiB.").format(
                name=name)
        if kind == "dimensions":
            return self.tr("{name} was not attached: the image is {size}; at most {mp} "
                           "megapixels are accepted.").format(
                name=name, size=getattr(exc, "detail", ""), mp=MAX_PIXELS // 1_000_000)
        if kind == "content":
            what = getattr(exc, "what", None)
            if what:
                return self.tr("{name} was not attached: it is {what}, not what its name "
                               "says.").format(name=name, what=what)
            return self.tr("{name} was not attached: its content does not match its type "
                           "({reason}).").format(name=name, reason=getattr(exc, "detail", ""))
        return self.tr("{name} could not be read: {reason}").format(
            name=name, reason=getattr(exc, "strerror", None) or type(exc).__name__)

    # -- showing -----------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _refresh(self) -> None:
        self.list.clear()
        for staged in self._staged:
            item = QListWidgetItem(f"{staged.filename} · {self.type_label(staged.content_type)}"
                                   f" · {human_size(staged.size)}")
            item.setToolTip(f"{staged.filename}\n{staged.content_type}\nSHA-256 {staged.sha256}")
            self.list.addItem(item)
        if self._checking:
            self.list.addItem(QListWidgetItem(self.tr("Checking the files… ({n} left)").format(
                n=self._checking)))
        visible = bool(self._staged or self._checking)
        self.list.setVisible(visible)
        self.remove_button.setVisible(bool(self._staged))
        self.changed.emit()

    def type_label(self, content_type: str) -> str:
        return {
            "image/png": self.tr("PNG image"), "image/jpeg": self.tr("JPEG image"),
            "image/webp": self.tr("WebP image"), "application/pdf": self.tr("PDF document"),
            "video/mp4": self.tr("MP4 video"), "text/plain": self.tr("Text"),
        }.get(content_type, content_type)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._staged):
            self._service.unstage(self._staged.pop(row))
            self._refresh()

    # -- dropping on the tray ----------------------------------------------------------------

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        if self.offer_mime(event.mimeData()):
            event.acceptProposedAction()
