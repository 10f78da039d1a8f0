"""Small, real files for the demo's attachments, made with the standard library only.

* :func:`screenshot` draws a flat UI mock-up — an exchange app's withdrawal screen, a
  transaction list, a desktop trading view with an error dialog, an API console — as
  coloured bars (text is suggested by short grey bars), and encodes it as a PNG with
  ``zlib`` and ``struct``. Flat colours compress well: a few hundred bytes to a few KB.
* :func:`pdf` writes a one-page PDF 1.4 document (Helvetica, ASCII lines) with a correct
  cross-reference table.

Everything is drawn from the ``random.Random`` passed in, so a seed gives the same bytes.
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Callable

Colour = tuple[int, int, int]

ACCENTS: tuple[Colour, ...] = (
    (240, 185, 11), (30, 111, 255), (0, 184, 151), (123, 97, 255), (255, 94, 58),
)
_GREEN, _RED, _ORANGE = (14, 203, 129), (246, 70, 93), (255, 153, 0)
_LIGHT = {"bg": (245, 246, 248), "card": (255, 255, 255), "text": (60, 64, 72),
          "muted": (180, 184, 192), "bar": (24, 26, 32), "line": (230, 232, 236)}
_DARK = {"bg": (18, 20, 26), "card": (30, 33, 41), "text": (220, 222, 228),
         "muted": (96, 102, 114), "bar": (11, 12, 16), "line": (44, 48, 58)}


class Canvas:
    def __init__(self, width: int, height: int, fill: Colour) -> None:
        self.width, self.height = width, height
        self.rows = [bytearray(bytes(fill) * width) for _ in range(height)]

    def rect(self, x0: int, y0: int, x1: int, y1: int, colour: Colour) -> None:
        x0, x1 = max(0, x0), min(self.width, x1)
        if x1 <= x0:
            return
        span = bytes(colour) * (x1 - x0)
        for y in range(max(0, y0), min(self.height, y1)):
            self.rows[y][x0 * 3:x1 * 3] = span

    def text(self, rng: random.Random, x: int, y: int, width: int, colour: Colour,
             height: int = 6) -> None:
        """A line of "text": words as short bars."""
        end = x + width
        while x < end - 8:
            word = rng.randint(10, 42)
            self.rect(x, y, min(x + word, end), y + height, colour)
            x += word + 5

    def png(self) -> bytes:
        raw = b"".join(b"\x00" + bytes(row) for row in self.rows)  # filter type 0 per row

        def chunk(kind: bytes, data: bytes) -> bytes:
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)  # 8-bit RGB
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def _mobile_withdrawal(rng: random.Random, theme: dict[str, Colour], accent: Colour) -> Canvas:
    c = Canvas(300, 560, theme["bg"])
    c.rect(0, 0, 300, 22, theme["bar"])                                  # status bar
    c.rect(0, 22, 300, 70, theme["card"])                                # app bar
    c.text(rng, 16, 42, 110, theme["text"], 8)
    c.rect(12, 84, 288, 190, theme["card"])                              # amount card
    c.text(rng, 28, 100, 90, theme["muted"])
    c.rect(28, 122, 28 + rng.randint(120, 200), 146, theme["text"])      # the amount
    c.text(rng, 28, 164, 150, theme["muted"])
    status = rng.choice((_ORANGE, _ORANGE, _RED, _GREEN))
    c.rect(196, 98, 272, 116, status)                                    # status pill
    y = 206
    for _ in range(rng.randint(4, 6)):                                   # detail rows
        c.rect(12, y, 288, y + 44, theme["card"])
        c.text(rng, 28, y + 19, 70, theme["muted"])
        c.text(rng, 150, y + 19, rng.randint(60, 122), theme["text"])
        c.rect(12, y + 43, 288, y + 44, theme["line"])
        y += 44
    c.rect(16, 500, 284, 540, accent)                                    # primary button
    c.rect(110, 516, 190, 524, theme["card"])
    return c


def _mobile_history(rng: random.Random, theme: dict[str, Colour], accent: Colour) -> Canvas:
    c = Canvas(300, 560, theme["bg"])
    c.rect(0, 0, 300, 22, theme["bar"])
    c.rect(0, 22, 300, 70, theme["card"])
    c.text(rng, 16, 42, 120, theme["text"], 8)
    active = rng.randrange(3)
    for i, x in enumerate((16, 96, 176)):                                # tabs
        c.rect(x, 80, x + 70, 104, accent if i == active else theme["card"])
    y = 116
    while y < 540:
        c.rect(0, y, 300, y + 58, theme["card"])
        c.rect(16, y + 15, 44, y + 43, accent)                           # coin icon
        c.text(rng, 56, y + 16, 90, theme["text"])
        c.text(rng, 56, y + 34, 120, theme["muted"])
        c.rect(214, y + 14, 214 + rng.randint(40, 70), y + 24, theme["text"])
        c.rect(224, y + 32, 284, y + 46, rng.choice((_GREEN, _GREEN, _ORANGE, _RED)))
        c.rect(0, y + 57, 300, y + 58, theme["line"])
        y += 60
    return c


def _desktop_error(rng: random.Random, theme: dict[str, Colour], accent: Colour) -> Canvas:
    c = Canvas(640, 400, theme["bg"])
    c.rect(0, 0, 640, 36, theme["bar"])                                  # top navigation
    c.rect(12, 12, 60, 24, accent)
    for x in range(90, 400, 70):
        c.text(rng, x, 15, 50, theme["muted"])
    c.rect(0, 36, 150, 400, theme["card"])                               # order book
    for y in range(50, 390, 14):
        side = _RED if y < 210 else _GREEN
        c.rect(150 - rng.randint(20, 130), y, 150, y + 10, side)
    c.rect(160, 46, 480, 300, theme["card"])                             # chart
    level = rng.randint(150, 250)
    for x in range(170, 470, 10):
        level = max(60, min(290, level + rng.randint(-18, 18)))
        body = rng.randint(6, 30)
        c.rect(x, level, x + 6, level + body, rng.choice((_GREEN, _RED)))
    c.rect(490, 46, 630, 390, theme["card"])                             # order form
    for y in (70, 110, 150):
        c.rect(500, y, 620, y + 26, theme["line"])
    c.rect(500, 200, 620, 230, accent)
    c.rect(190, 130, 450, 270, theme["bg"])                              # error dialog
    c.rect(190, 130, 450, 158, _RED)
    c.text(rng, 204, 141, 120, theme["card"])
    for y in (176, 192, 208):
        c.text(rng, 204, y, rng.randint(150, 230), theme["text"])
    c.rect(360, 236, 436, 258, accent)
    return c


def _api_console(rng: random.Random, theme: dict[str, Colour], accent: Colour) -> Canvas:
    c = Canvas(560, 320, (12, 14, 18))
    c.rect(0, 0, 560, 22, (40, 42, 48))                                  # window title
    for i, colour in enumerate(((255, 95, 86), (255, 189, 46), (39, 201, 63))):
        c.rect(10 + 16 * i, 7, 20 + 16 * i, 15, colour)
    y = 34
    while y < 306:
        kind = rng.random()
        colour = ((200, 200, 200) if kind < 0.55 else _GREEN if kind < 0.75
                  else _RED if kind < 0.9 else accent)
        c.rect(10, y, 18, y + 7, (120, 120, 120))                        # prompt
        c.text(rng, 24, y, rng.randint(120, 520), colour, 7)
        y += 14
    return c


SCREENS: tuple[Callable[[random.Random, dict[str, Colour], Colour], Canvas], ...] = (
    _mobile_withdrawal, _mobile_history, _desktop_error, _api_console,
)


def screenshot(rng: random.Random, kind: int) -> bytes:
    """A PNG of mock-up ``kind`` (an index into :data:`SCREENS`), light or dark."""
    theme = _DARK if rng.random() < 0.4 else _LIGHT
    return SCREENS[kind % len(SCREENS)](rng, theme, rng.choice(ACCENTS)).png()


def _pdf_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(title: str, lines: list[str]) -> bytes:
    """A one-page A4 PDF showing ``title`` and ``lines`` (ASCII)."""
    ops = ["BT", "/F1 16 Tf", "56 780 Td", f"({_pdf_text(title)}) Tj", "/F1 10 Tf", "0 -28 Td"]
    for line in lines:
        ops += [f"({_pdf_text(line)}) Tj", "0 -16 Td"]
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)
