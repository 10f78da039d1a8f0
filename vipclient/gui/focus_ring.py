"""A ring around the widget that has the keyboard focus, in every window of the app.

Fusion marks focus faintly or not at all on combo boxes, tool buttons, tab bars, text
browsers and scroll areas (a test grabbed each control with and without focus: the pixels
were the same), so someone working by keyboard loses their place. One transparent overlay per
window draws a ring in the palette's highlight colour just outside the focused widget (3 px in
high contrast), follows it when it moves or scrolls, and hides with the focus.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from vipclient.gui import theme

MARGIN = 2  # px between the widget's edge and the ring
FOLLOW_MS = 120  # how often the ring checks that its widget has not scrolled away


class FocusRing(QWidget):
    """The overlay of one window: sits on top of everything, lets every click through."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()

    def width_px(self) -> int:
        return 3 if theme.is_high_contrast() else 2

    def follow(self, target: QWidget | None) -> None:
        self.target = target
        self.place()

    def place(self) -> None:
        target = self.target
        window = self.parentWidget()
        if target is None or not shiboken6.isValid(target) or window is None or (
                not target.isVisible()):
            self.hide()
            return
        visible = target.visibleRegion().boundingRect()
        if visible.isEmpty():
            self.hide()
            return
        # The part of the widget on screen (a field half scrolled away is ringed where seen).
        origin = target.mapTo(window, QPoint(0, 0))
        shown = QRect(origin + visible.topLeft(), visible.size())
        pad = MARGIN + self.width_px()
        area = shown.adjusted(-pad, -pad, pad, pad).intersected(window.rect())
        if area != self.geometry():
            self.setGeometry(area)
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = self.width_px()
        colour = self.palette().color(self.palette().ColorRole.Highlight)
        painter.setPen(QPen(colour, w))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = w / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 3, 3)


class FocusRings(QObject):
    """Puts a ring in the focused widget's window and keeps it on that widget."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._rings: dict[int, FocusRing] = {}
        self._watched: QWidget | None = None
        self._moving: list[QWidget] = []  # the target and the boxes around it
        self._timer = QTimer(self)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(self._replace)
        app.focusChanged.connect(self._focus_changed)
        if app.focusWidget() is not None:  # installed after a window took the focus
            self._focus_changed(None, app.focusWidget())

    def ring_of(self, window: QWidget) -> FocusRing | None:
        return self._rings.get(id(window))

    @Slot(QWidget, QWidget)
    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # A widget or window may be gone by now (a dialog closed and deleted).
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.destroyed.disconnect(self._forget)
        for widget in self._moving:
            if shiboken6.isValid(widget):
                widget.removeEventFilter(self)
        self._watched = None
        self._moving = []
        for key, ring in list(self._rings.items()):
            if not shiboken6.isValid(ring):
                del self._rings[key]
            elif ring.target is not None and ring.target is not new:
                ring.follow(None)
        if new is None or new.window() is new or isinstance(new, FocusRing):
            self._timer.stop()
            return
        target = _ringed(new)
        ring = self._ring(new.window())
        ring.follow(target)
        # The widget moves when it or any box around it does (a notice bar appearing above
        # pushes the filters down without moving them inside their own row).
        box: QWidget | None = target
        while box is not None and not box.isWindow():
            box.installEventFilter(self)
            self._moving.append(box)
            box = box.parentWidget()
        # Forget it the moment it goes: a widget Qt made (a combo box's line edit) leaves a
        # wrapper that shiboken cannot tell is dangling.
        target.destroyed.connect(self._forget)
        self._watched = target
        self._timer.start()

    @Slot()
    def _forget(self) -> None:
        self._watched = None
        self._moving = []
        for ring in self._rings.values():
            if shiboken6.isValid(ring):
                ring.target = None
                ring.hide()

    def _ring(self, window: QWidget) -> FocusRing:
        ring = self._rings.get(id(window))
        # id() is reused: a window whose wrapper Python dropped while Qt kept it may have
        # left its ring under the id the new window now has.
        if ring is None or not shiboken6.isValid(ring) or ring.parentWidget() is not window:
            key = id(window)
            made = FocusRing(window)
            self._rings[key] = made
            made.destroyed.connect(lambda _=None: self._drop(key, made))
            ring = made
        return ring

    def _drop(self, key: int, ring: FocusRing) -> None:
        if self._rings.get(key) is ring:  # not a newer window's ring under a reused id
            del self._rings[key]

    @Slot()
    def _replace(self) -> None:
        for ring in list(self._rings.values()):
            if shiboken6.isValid(ring) and ring.target is not None:
                ring.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show,
                            QEvent.Type.Hide):
            QTimer.singleShot(0, self._replace)
        return super().eventFilter(watched, event)


def _ringed(widget: QWidget) -> QWidget:
    """The widget to ring: a scroll area's viewport gets focus, its frame is what people see;
    a combo box's or spin box's inner line edit stands for the whole box."""
    parent = widget.parentWidget()
    if parent is not None and widget.focusProxy() is None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
            return parent
        if parent.focusProxy() is widget:
            return parent
    return widget


_installed: FocusRings | None = None


def install(app: QApplication) -> FocusRings:
    """Rings for every window of ``app`` from now on (once; later calls return the same)."""
    global _installed
    if _installed is None:
        _installed = FocusRings(app)
    return _installed
