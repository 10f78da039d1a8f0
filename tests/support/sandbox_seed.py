"""Shared helpers for the demo-data tests: a cached book per (seed, size) and script checks."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from vipclient.sandbox.seed import demo_staff, generate

NOW = datetime(2026, 11, 25, 8, 0, 0, tzinfo=UTC)
TS_RE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
DECIMAL_RE = re.compile(r"-?\d+(\.\d+)?")

Items = tuple[tuple[str, dict[str, Any]], ...]


@lru_cache(maxsize=32)
def book(seed: int = 7, n_clients: int = 200, now: datetime = NOW) -> Items:
    """The generated records of one sandbox (cached: several tests read the same book)."""
    return tuple(generate(seed, n_clients, now, demo_staff(seed)))


def by_entity(items: Items) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for entity, record in items:
        out.setdefault(entity, []).append(record)
    return out


def _script_of(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    for script in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "ARABIC", "CYRILLIC", "LATIN"):
        if name.startswith(script):
            return script
    return None


# The scripts a language's text is written in, and the one it must contain.
LANGUAGE_SCRIPTS: dict[str, tuple[set[str], str]] = {
    "zh": ({"CJK", "LATIN"}, "CJK"),
    "ja": ({"CJK", "HIRAGANA", "KATAKANA", "LATIN"}, "HIRAGANA"),
    "ko": ({"HANGUL", "CJK", "LATIN"}, "HANGUL"),
    "ar": ({"ARABIC", "LATIN"}, "ARABIC"),
    "ru": ({"CYRILLIC", "LATIN"}, "CYRILLIC"),
    "en": ({"LATIN"}, "LATIN"),
    "es": ({"LATIN"}, "LATIN"),
    "de": ({"LATIN"}, "LATIN"),
    "fr": ({"LATIN"}, "LATIN"),
    "pt": ({"LATIN"}, "LATIN"),
}


def scripts_in(text: str) -> set[str]:
    return {s for s in map(_script_of, text) if s is not None}


def written_in(text: str, language: str) -> bool:
    """Whether ``text`` uses only the scripts of ``language`` and contains its main one.

    Latin letters are allowed everywhere (asset symbols, tx hashes, "API", "2FA" …); Japanese
    must contain kana, Korean hangul, Chinese han characters.
    """
    allowed, required = LANGUAGE_SCRIPTS[language]
    found = scripts_in(text)
    return required in found and found <= allowed
