"""Saving a card: its chart as PNG, its data as CSV (through :mod:`vipclient.gui.csv_cells`:
UTF-8 with a byte-order mark, no cell read as a formula)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from vipclient.gui import csv_cells
from vipclient.gui.dashboard.content import Cell, Table


def write_csv(path: str | Path, table: Table) -> None:
    csv_cells.write_csv(path, table.header, table.rows)


def file_name(title: str, suffix: str) -> str:
    """A file name made of a card's title (what the save dialog proposes)."""
    keep = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return "-".join(keep.split())[:80] + suffix


def rows_text(rows: Sequence[Sequence[Cell]]) -> list[list[str]]:
    """Cells as the tables on screen show them."""
    return [["" if c is None else str(c) for c in row] for row in rows]
