"""CSV files for spreadsheets: UTF-8 with a byte-order mark, and no cell read as a formula.

Excel, where most of these files are opened, reads a CSV without the mark in the system's
legacy code page: names in Chinese came out as mojibake on a Chinese Windows. With it, Excel
reads UTF-8, and so do LibreOffice, Numbers and Python (``encoding="utf-8-sig"``).

Text a spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@``, tab or carriage
return first) gets an apostrophe in front so it stays text: audit details, notes and client
names come from outside. Numbers stay numbers.

Every CSV the app writes goes through here (the dashboard's cards, the Audit section's view).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

Cell = str | int | float | None

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(cell: Cell) -> str | int | float:
    if cell is None:
        return ""
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return cell


def write_csv(path: str | Path, header: Sequence[Cell], rows: Iterable[Sequence[Cell]]) -> int:
    """Write ``header`` and ``rows`` (streamed: a 100,000-row export is never a list), to a
    temporary name moved into place; returns the number of rows."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.part")
    written = 0
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as f:
            out = csv.writer(f)
            out.writerow([safe_cell(h) for h in header])
            for row in rows:
                out.writerow([safe_cell(c) for c in row])
                written += 1
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return written
