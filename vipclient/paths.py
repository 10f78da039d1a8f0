"""Where VIP Desk's data files are: canned texts, translation catalogues, icons.

They live in the top-level ``resources/`` of a checkout. A built wheel carries a copy inside
the package, ``vipclient/resources`` (``setup.py`` copies it as the wheel is built), because an
installed app has no checkout beside it. Look-ups try the installed copy first.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
RESOURCE_ROOTS: tuple[Path, ...] = (_PACKAGE / "resources", _PACKAGE.parent / "resources")


def resource_dirs(*parts: str, roots: tuple[Path, ...] = RESOURCE_ROOTS) -> tuple[Path, ...]:
    """``parts`` under each place resources may be, installed copy first."""
    return tuple(root.joinpath(*parts) for root in roots)


def resource_dir(*parts: str, roots: tuple[Path, ...] = RESOURCE_ROOTS) -> Path:
    """The first existing folder ``parts`` under ``roots`` (the first root's when none is)."""
    candidates = resource_dirs(*parts, roots=roots)
    return next((path for path in candidates if path.is_dir()), candidates[0])
