"""Where the main window opens: sized to its screen the first time, then where it was left on
that screen (a laptop's panel and the desk's monitor each keep their own)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QCursor, QGuiApplication, QScreen

#: The share of the screen's free area a first window takes: room for the lanes and a ticket
#: side by side, and a margin to see the desktop is still there.
FIRST_SHARE = 0.85
MINIMUM = QSize(960, 600)


def screen_key(screen: QScreen | None) -> str:
    """A screen as the settings remember it: its name and size (a panel replaced by another
    of the same name but another size is a new screen)."""
    if screen is None:
        return "unknown"
    size = screen.size()
    return f"{screen.name()} {size.width()}x{size.height()}"


def opening_screen() -> QScreen | None:
    """The screen the person is working on: under the mouse, else the primary one."""
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def first_geometry(screen: QScreen | None) -> QRect:
    """Centred on ``screen``'s free area, :data:`FIRST_SHARE` of it (never below
    :data:`MINIMUM`, never beyond the screen)."""
    if screen is None:
        return QRect(QPoint(0, 0), QSize(1280, 800))
    free = screen.availableGeometry()
    width = min(free.width(), max(MINIMUM.width(), round(free.width() * FIRST_SHARE)))
    height = min(free.height(), max(MINIMUM.height(), round(free.height() * FIRST_SHARE)))
    rect = QRect(QPoint(0, 0), QSize(width, height))
    rect.moveCenter(free.center())
    return rect
