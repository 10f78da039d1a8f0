"""Opening a thread's file: images in the desk's viewer, text as a preview, anything else in
the system's viewer — only as a downloaded copy whose SHA-256 was checked, under a safe name
with the extension of its checked type (the system never guesses from content)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QWidget

from vipclient.gui.tickets import services
from vipclient.gui.tickets.image_viewer import ImageViewer
from vipclient.gui.tickets.text_preview import TextPreview
from vipclient.gui.tickets.thumbnails import ImageTooLarge, NotAnImage, decode
from vipclient.services.attachment_values import AttachmentRef

if TYPE_CHECKING:
    from vipclient.services.context import AppContext


def open_with_system(path: Path) -> bool:
    """Hand a checked file to the system's viewer (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AttachmentOpener(QObject):
    """``opened(object)``: the dialog shown, or the path handed to the system; ``failed(str)``:
    why a file could not be opened (also shown in the dialog or by ``report``)."""

    opened = Signal(object)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self.dialogs: list[QDialog] = []

    def open(self, ref: AttachmentRef) -> None:
        service = services.attachments(self._ctx)
        if ref.kind == "image":
            viewer = ImageViewer(ref.filename, self._window)
            self._show(viewer)
            services.with_online(
                self._ctx, lambda online: decode(service.bytes_of(ref, online),
                                                 ref.content_type),
                viewer.set_image, lambda exc: self._problem(viewer, exc), owner=viewer)
        elif ref.kind == "text":
            preview = TextPreview(ref.filename, self._window)
            self._show(preview)
            services.with_online(self._ctx, lambda online: service.bytes_of(ref, online),
                                 preview.set_bytes, lambda exc: self._problem(preview, exc),
                                 owner=preview)
        else:
            services.with_online(self._ctx, lambda online: service.viewer_copy(ref, online),
                                 self._hand_over, self._failed, owner=self)

    def _show(self, dialog: QDialog) -> None:
        self.dialogs = [d for d in self.dialogs if d.isVisible()] + [dialog]
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        self.opened.emit(dialog)

    def _hand_over(self, path: Path) -> None:
        if open_with_system(path):
            self.opened.emit(path)
        else:
            self._failed(RuntimeError(self.tr("No program on this computer opens {name}.")
                                      .format(name=path.name)))

    def _problem(self, dialog: Any, exc: BaseException) -> None:
        text = self.reason(exc)
        dialog.show_problem(text)
        self.failed.emit(text)

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(self.reason(exc))

    def reason(self, exc: BaseException) -> str:
        if isinstance(exc, ImageTooLarge):
            return self.tr("This image is too large to show ({w} × {h} pixels).").format(
                w=exc.width, h=exc.height)
        if isinstance(exc, NotAnImage):
            return self.tr("This file cannot be shown as an image.")
        return str(getattr(exc, "user_message", "") or exc or
                   self.tr("The file could not be opened."))
