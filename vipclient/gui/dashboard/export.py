"""Saving a card: its chart as PNG, its data as CSV.

CSV is written as UTF-8 **with** a byte-order mark. Excel, which is where most of these files
are opened, reads a CSV without one in the system's legacy code page: client names in Chinese
and the Chinese headers came out as mojibake on a Chinese Windows. With the mark it reads
UTF-8, and so do LibreOffice, Numbers and Python (``encoding="utf-8-sig"``); tools that do not
strip it see three bytes before the first header, a smaller harm than garbled names.

Cells are written as they are, except text that a spreadsheet would take for a formula
(``=``, ``+``, ``-``, ``@``, tab or carriage return first): client names come from outside, and
such a cell is prefixed with an apostrophe so it stays text. Numbers stay numbers.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from vipclient.gui.dashboard.content import Cell, Table

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(cell: Cell) -> str | int | float:
    if cell is None:
        return ""
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def write_csv(path: str | Path, table: Table) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow([safe_cell(h) for h in table.header])
        out.writerows([safe_cell(c) for c in row] for row in table.rows)


def file_name(title: str, suffix: str) -> str:
    """A file name made of a card's title (what the save dialog proposes)."""
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return "-".join(keep.split())[:80] + suffix


def rows_text(rows: Sequence[Sequence[Cell]]) -> list[list[str]]:
    """Cells as the tables on screen show them."""
    return [["" if c is None else str(c) for c in row] for row in rows]
