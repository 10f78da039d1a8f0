"""Risk alerts' life cycle (platform-api, "Risk alerts (v1.1)"): the server enforces it, the
desk asks it to enable the buttons it shows.

``open → acknowledged | dismissed | actioned``, ``acknowledged → dismissed | actioned``;
``dismissed`` and ``actioned`` are final. ``actioned`` is reached only by a freeze that names
the alert; a note, where given, is 10–2000 characters, and dismissing needs one.
"""

from __future__ import annotations

from vipclient.domain.enums import AlertStatus

NOTE_MIN, NOTE_MAX = 10, 2000

_NEXT: dict[AlertStatus, frozenset[AlertStatus]] = {
    AlertStatus.OPEN: frozenset({AlertStatus.ACKNOWLEDGED, AlertStatus.DISMISSED,
                                 AlertStatus.ACTIONED}),
    AlertStatus.ACKNOWLEDGED: frozenset({AlertStatus.DISMISSED, AlertStatus.ACTIONED}),
    AlertStatus.DISMISSED: frozenset(),
    AlertStatus.ACTIONED: frozenset(),
}


def allowed_moves(status: AlertStatus | str) -> frozenset[AlertStatus]:
    return _NEXT[AlertStatus(status)]


def can_move(status: AlertStatus | str, target: AlertStatus | str) -> bool:
    return AlertStatus(target) in allowed_moves(status)


def is_handled(status: AlertStatus | str) -> bool:
    """Handled for good: nothing more can happen to it."""
    return not allowed_moves(status)


def can_be_frozen_with(status: AlertStatus | str) -> bool:
    """May a freeze name this alert (it becomes ``actioned``)?"""
    return can_move(status, AlertStatus.ACTIONED)


def note_problem(note: str | None, *, required: bool) -> str | None:
    """Why ``note`` cannot be sent, in words, or None."""
    text = (note or "").strip()
    if not text:
        return "Write a note of at least 10 characters." if required else None
    if not NOTE_MIN <= len(text) <= NOTE_MAX:
        return f"Write a note of {NOTE_MIN} to {NOTE_MAX} characters."
    return None
