"""The thread's browser: its HTML, with thumbnails that arrive after the first paint, and
nothing else ever loaded (no file, no network: every resource but a thumbnail is refused)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from vipclient.gui.tickets.thumbnails import Thumbnails
from vipclient.services.attachment_values import AttachmentRef


class ThreadBrowser(QTextBrowser):
    def __init__(self, thumbnails: Thumbnails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._refs: dict[str, AttachmentRef] = {}
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        thumbnails.ready.connect(self._thumbnail_ready)

    def set_thread(self, html: str, files: Iterable[AttachmentRef]) -> None:
        """Show ``html``; ``files`` are the attachments its ``thumb:<sha256>`` images show."""
        self._refs = {ref.sha256: ref for ref in files if ref.kind == "image"}
        self.setHtml(html)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = QUrl(name) if isinstance(name, str) else name
        if kind == QTextDocument.ResourceType.ImageResource.value and url.scheme() == "thumb":
            sha = url.path()
            image = self._thumbnails.get(sha)
            if image is not None:
                return image
            ref = self._refs.get(sha)
            if ref is not None:
                self._thumbnails.request(ref)
            return self._thumbnails.loading()
        return None

    def _thumbnail_ready(self, sha: str) -> None:
        if sha not in self._refs:
            return
        image = self._thumbnails.get(sha)
        if image is not None:
            self.document().addResource(QTextDocument.ResourceType.ImageResource.value,
                                        QUrl(f"thumb:{sha}"), image)
            self.viewport().update()
