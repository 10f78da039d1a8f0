"""What this VIP Desk is: its version, the commit it was built from, and what it runs on.

Support and IT ask for it (``vipdesk --version``, Help → About). A packaged build carries a
``build_info.json`` beside this module, written by the packaging script at build time
(``packaging/build_bundle.py``); a checkout asks ``git``; an installed wheel has neither and
says the commit is unknown. Nothing here imports Qt: ``qt_version`` does so only when asked,
and ``--version`` needs no display.
"""

from __future__ import annotations

import json
import platform
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vipclient import __version__

BUILD_INFO = Path(__file__).resolve().parent / "build_info.json"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class BuildInfo:
    version: str
    commit: str  # short hash, "+dirty" when the checkout had changes; "unknown" without one
    commit_date: str  # ISO date of the commit, "" when unknown
    frozen: bool  # a packaged bundle rather than Python running the source

    @property
    def channel(self) -> str:
        """``beta`` for a pre-release version (``1.2.0b1``, ``1.2.0-rc.1``), else ``stable``."""
        return "beta" if re.search(r"\d[-.]?(a|b|rc|alpha|beta|dev)", self.version) else "stable"


def _from_file(path: Path) -> BuildInfo | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return BuildInfo(
            version=str(data["version"]),
            commit=str(data["commit"]),
            commit_date=str(data.get("commit_date", "")),
            frozen=bool(getattr(sys, "frozen", False)),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def git_commit(root: Path) -> tuple[str, str]:
    """``(short hash[+dirty], ISO date)`` of the checkout at ``root``, or unknown."""
    if not (root / ".git").exists():
        return UNKNOWN, ""
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "log", "-1", "--format=%h %cs"],
            capture_output=True, text=True, timeout=5, check=True,
        ).stdout.split()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True, text=True, timeout=5, check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return UNKNOWN, ""
    if len(head) != 2:
        return UNKNOWN, ""
    return head[0] + ("+dirty" if dirty else ""), head[1]


@lru_cache(maxsize=1)
def build_info() -> BuildInfo:
    baked = _from_file(BUILD_INFO)
    if baked is not None:
        return baked
    commit, date = git_commit(Path(__file__).resolve().parents[1])
    return BuildInfo(__version__, commit, date, bool(getattr(sys, "frozen", False)))


def qt_version() -> tuple[str, str]:
    """``(Qt, PySide6)`` versions of the Qt this app runs with."""
    import PySide6
    from PySide6.QtCore import qVersion

    return str(qVersion()), str(PySide6.__version__)


def describe() -> str:
    """The lines ``--version`` prints (and the About dialog shows the same facts)."""
    info = build_info()
    qt, pyside = qt_version()
    commit = info.commit + (f" ({info.commit_date})" if info.commit_date else "")
    return "\n".join((
        f"VIP Desk {info.version}",
        f"commit {commit}" + (", packaged" if info.frozen else ""),
        f"Python {platform.python_version()}, Qt {qt}, PySide6 {pyside}",
    ))
