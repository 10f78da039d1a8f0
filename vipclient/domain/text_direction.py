"""Which way a text runs: the Unicode rule of the first strong character (UAX #9, P2–P3).

Clients write in Arabic (and may in Hebrew, Persian, Urdu); their names, subjects and messages
are laid out right to left wherever they are shown. Explicit embedding and override marks
(U+202A–U+202E, U+2066–U+2069) are not strong characters and decide nothing, so a name that
carries one cannot turn a screen around.
"""

from __future__ import annotations

import unicodedata

_RTL = frozenset({"R", "AL"})


def first_strong(text: str) -> str | None:
    """``"rtl"`` or ``"ltr"`` from the first letter with a direction; None when it has none
    (digits, punctuation, empty)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL:
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


def is_rtl(text: str) -> bool:
    return first_strong(text) == "rtl"
