"""Milestones of a start, for the start-up benchmark and for IT chasing a slow start.

With ``VIPCLIENT_STARTUP_MARKS=1`` in the environment, each milestone (the window shown, its
first paint, the session attached behind it) is written to standard error as
``vipclient-startup <name> <unix time>``; without it nothing is written.
"""

from __future__ import annotations

import os
import sys
import time

_ON = os.environ.get("VIPCLIENT_STARTUP_MARKS") == "1"


def mark(name: str) -> None:
    if _ON:
        print(f"vipclient-startup {name} {time.time():.6f}", file=sys.stderr, flush=True)
