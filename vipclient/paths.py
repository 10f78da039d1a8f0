"""Where VIP Desk's data files are: canned texts, translation catalogues, icons; and the one
way a server's address becomes a file name (the cache's folder, the audit pin).

They live in the top-level ``resources/`` of a checkout. A built wheel carries a copy inside
the package, ``vipclient/resources`` (``setup.py`` copies it as the wheel is built), because an
installed app has no checkout beside it. Look-ups try the installed copy first.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

_PACKAGE = Path(__file__).resolve().parent
RESOURCE_ROOTS: tuple[Path, ...] = (_PACKAGE / "resources", _PACKAGE.parent / "resources")


def resource_dirs(*parts: str, roots: tuple[Path, ...] = RESOURCE_ROOTS) -> tuple[Path, ...]:
    """``parts`` under each place resources may be, installed copy first."""
    return tuple(root.joinpath(*parts) for root in roots)


def resource_dir(*parts: str, roots: tuple[Path, ...] = RESOURCE_ROOTS) -> Path:
    """The first existing folder ``parts`` under ``roots`` (the first root's when none is)."""
    candidates = resource_dirs(*parts, roots=roots)
    return next((path for path in candidates if path.is_dir()), candidates[0])


def slug(text: str) -> str:
    """A safe file name part: ``Backoffice.Example.com:8443`` → ``backoffice.example.com_8443``."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", text.strip()).strip("._")
    return cleaned.lower() or "_"


def server_slug(server_url: str) -> str:
    """One folder or file name per server (host, port and path of its address)."""
    parts = urlsplit(server_url if "//" in server_url else f"//{server_url}")
    return slug((parts.netloc + parts.path).rstrip("/") or "local")
