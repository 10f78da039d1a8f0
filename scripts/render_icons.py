"""Renders the app's mark (an SVG) into the icons the installers need.

    python scripts/render_icons.py resources/icons/vipclient.svg build/icons

Writes ``hicolor/<n>x<n>/apps/vipdesk.png`` for the freedesktop sizes and
``hicolor/scalable/apps/vipdesk.svg`` (Linux), ``vipdesk.ico`` (Windows) and ``vipdesk.icns``
(macOS) where this Qt can write them. Qt's PNG writer adds no time stamp: the same SVG gives
the same bytes, which the reproducible .deb relies on.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
NAME = "vipdesk"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(svg: Path, out: Path) -> int:
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        print(f"{svg} is not an SVG Qt can render", file=sys.stderr)
        return 1
    for size in SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            print(f"could not write {target}", file=sys.stderr)
            return 1
    scalable = out / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    formats = {bytes(f.data()).decode() for f in QImageWriter.supportedImageFormats()}
    for suffix in ("ico", "icns"):
        if suffix in formats:
            render(renderer, 256).save(str(out / f"{NAME}.{suffix}"), suffix.upper())
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
