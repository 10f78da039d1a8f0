"""An attachment's image at full size: zoom, fit to the window, actual size, copy.

The image reaches this dialog already decoded (``thumbnails.decode``: the checked type, size
capped); the dialog only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QScrollArea,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from vipclient.gui import shortcuts

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 16.0


class ImageViewer(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(self.tr("Image viewer"))
        self.resize(900, 700)
        self._image: QImage | None = None
        self._zoom = 1.0
        self._fit = True

        self.label = QLabel(self.tr("Loading…"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAccessibleName(title)
        self.scroller = QScrollArea()
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller.setWidget(self.label)
        self.scroller.setWidgetResizable(False)
        self.status = QLabel()

        bar = QToolBar()
        self.zoom_in_action = self._action(bar, self.tr("Zoom in"), "image.zoom_in",
                                           lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_action = self._action(bar, self.tr("Zoom out"), "image.zoom_out",
                                            lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_action = self._action(bar, self.tr("Fit to window"), "image.fit", self.fit)
        self.actual_action = self._action(bar, self.tr("Actual size"), "image.actual",
                                          lambda: self.set_zoom(1.0))
        self.copy_action = self._action(bar, self.tr("Copy image"), "image.copy", self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(bar)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.status)
        self._enable(False)

    def _action(self, bar: QToolBar, text: str, shortcut_id: str, slot: object) -> QAction:
        action = QAction(text, self)
        shortcuts.assign(action, shortcut_id)
        shortcut = shortcuts.native(shortcut_id)
        action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
        action.triggered.connect(slot)
        bar.addAction(action)
        self.addAction(action)
        return action

    def _enable(self, on: bool) -> None:
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action,
                       self.actual_action, self.copy_action):
            action.setEnabled(on)

    # -- content -------------------------------------------------------------------------

    def set_image(self, image: QImage) -> None:
        self._image = image
        self.label.setText("")
        self.status.setText(self.tr("{w} × {h} pixels").format(w=image.width(),
                                                              h=image.height()))
        self._enable(True)
        self.fit()

    def show_problem(self, text: str) -> None:
        self._image = None
        self.label.setPixmap(QPixmap())
        self.label.setText(text)
        self.label.setWordWrap(True)
        self.label.adjustSize()
        self._enable(False)

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        if self._image is None:
            return
        self._fit = False
        self._show(max(MIN_ZOOM, min(MAX_ZOOM, zoom)))

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self._zoom * factor)

    def fit(self) -> None:
        if self._image is None or self._image.isNull():
            return
        self._fit = True
        area = self.scroller.viewport().size()
        zoom = min(area.width() / max(1, self._image.width()),
                   area.height() / max(1, self._image.height()), 1.0)
        self._show(max(MIN_ZOOM, zoom))

    def copy(self) -> None:
        if self._image is not None:
            QGuiApplication.clipboard().setImage(self._image)

    def _show(self, zoom: float) -> None:
        assert self._image is not None
        self._zoom = zoom
        size = self._image.size() * zoom
        pixmap = QPixmap.fromImage(self._image).scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.label.setPixmap(pixmap)
        self.label.resize(pixmap.size())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit and self._image is not None:
            self.fit()
