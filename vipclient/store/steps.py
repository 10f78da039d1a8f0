"""Bulk work after a first pull, in short background transactions.

Each step is one transaction of about :data:`STEP_S`, so a person's write waits at most about
that (background sessions step aside: see ``Cache.session``); step sizes adapt to this
machine. The search index (``store/search.py``) and the dashboard's facts
(``store/dashboard_facts.py``) are built this way.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from vipclient.store.cache import Cache

STEP_S = 0.025
STEP_ROWS = (200, 2000, 20000)  # least, first, most rows per step


def in_short_steps(cache: Cache, step: Callable[[Session, int], bool],
                   stop: Callable[[], bool] = lambda: False) -> bool:
    """Run ``step(session, rows)`` — True when there is nothing left — in short background
    transactions until it is done (→ True) or ``stop()`` says so (→ False; the next call
    carries on)."""
    least, rows, most = STEP_ROWS
    while not stop():
        mark = time.monotonic()
        with cache.session(background=True) as s:
            if step(s, rows):
                return True
        took = max(time.monotonic() - mark, 0.001)
        rows = max(least, min(most, int(rows * STEP_S / took)))
    return False
