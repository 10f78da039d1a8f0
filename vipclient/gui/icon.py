"""The application icon, painted in code so it needs no file at run time.

``resources/icons/vipclient.svg`` is the same mark for packaging (.desktop, installers).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from vipclient.gui import theme


def _paint(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    colours = theme.LIGHT  # the mark is the same in both variants
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    edge = size / 32
    box = QRectF(edge, edge, size - 2 * edge, size - 2 * edge)
    painter.setPen(QPen(QColor(colours.tier_top), edge * 1.2))
    painter.setBrush(QColor(colours.tier_vip10))
    painter.drawRoundedRect(box, size / 5.3, size / 5.3)
    font = QFont("DejaVu Sans")
    font.setPixelSize(int(size * 0.36))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(colours.badge_fg))
    painter.drawText(QRectF(0, 0, size, size * 0.9), Qt.AlignmentFlag.AlignCenter, "VIP")
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colours.tier_top))
    painter.drawRoundedRect(QRectF(size * 0.25, size * 0.7, size * 0.5, size * 0.05), 3, 3)
    painter.end()
    return pixmap


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addPixmap(_paint(size))
    return icon
