"""Canned responses, a variant per language, with placeholders filled for one ticket.

Every language the desk answers in has the same responses (the same ``key``s): Chinese,
English, Japanese and Korean, and the other languages the platform's clients write in. Which
variant a ticket gets is :func:`choose_language`: the ticket's language, else the client's
first language, else English; the ticket view shows the choice and lets the person change it.

The texts live in ``resources/canned/<language>.json`` (a list of ``{key, title, body}``;
found by :mod:`vipclient.paths`, in a checkout or an installed app), so
the desk can edit them without touching code. Placeholders: ``{client_name}``,
``{manager_name}``, ``{ticket_id}``; one the text names but nobody supplies stays as written
rather than failing, so a new placeholder in a text can never break the composer.
"""

from __future__ import annotations

import functools
import json
import string
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from vipclient.paths import resource_dir

CANNED_DIR = resource_dir("canned")
LANGUAGES = ("en", "zh", "zh_Hant", "ja", "ko", "ar", "de", "es", "fr", "pt", "ru")
FALLBACK = "en"
# Each language named in itself, so whoever reads the list finds their own.
LANGUAGE_NAMES = {"en": "English", "zh": "简体中文", "zh_Hant": "繁體中文", "ja": "日本語",
                  "ko": "한국어",
                  "ar": "العربية", "de": "Deutsch", "es": "Español", "fr": "Français",
                  "pt": "Português", "ru": "Русский"}


# Chinese is written in traditional characters here (the sandbox's clients in Hong Kong and
# Taiwan do): a ticket in Chinese from these regions gets the zh_Hant variant.
TRADITIONAL_CHINESE_REGIONS = frozenset({"HK", "TW", "MO"})


class Choice(NamedTuple):
    language: str
    reason: str  # "ticket", "client" or "fallback": why this language was chosen
PLACEHOLDERS = ("client_name", "manager_name", "ticket_id")


class CannedResponse(NamedTuple):
    key: str
    language: str
    title: str
    body: str


class _KeepUnknown(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def load(language: str, folder: Path = CANNED_DIR) -> list[CannedResponse]:
    """The responses of one language; none when the file is missing. Read once per run."""
    return list(_load(language, folder))


@functools.lru_cache(maxsize=16)
def _load(language: str, folder: Path) -> tuple[CannedResponse, ...]:
    path = folder / f"{language}.json"
    if not path.exists():
        return ()
    items = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        CannedResponse(str(i["key"]), language, str(i["title"]), str(i["body"])) for i in items
    )


def variant_of(code: str, region: str = "") -> str:
    """The variant for a language tag: ``zh-Hant``, ``zh_TW`` or ``zh`` from Hong Kong →
    ``zh_Hant``; ``zh-CN``/``zh-Hans`` → ``zh``; ``PT-br`` → ``pt``."""
    parts = code.replace("_", "-").strip().lower().split("-")
    base = parts[0]
    if base == "zh" and ({"hant", "tw", "hk", "mo"} & set(parts[1:]) or (
            len(parts) == 1 and region.upper() in TRADITIONAL_CHINESE_REGIONS)):
        return "zh_Hant"
    return base


def choose_language(ticket_language: str, client_languages: Sequence[str],
                    region: str = "", available: Sequence[str] = LANGUAGES) -> Choice:
    """The variant for a ticket: its own language when there is one, else the client's
    first language that has one, else English. ``region`` is the client's (Chinese from Hong
    Kong or Taiwan is answered in traditional characters)."""
    if ticket_language and variant_of(ticket_language, region) in available:
        return Choice(variant_of(ticket_language, region), "ticket")
    for language in client_languages:
        if variant_of(language, region) in available:
            return Choice(variant_of(language, region), "client")
    return Choice(FALLBACK, "fallback")


def load_all(folder: Path = CANNED_DIR) -> list[CannedResponse]:
    return [r for lang in LANGUAGES for r in load(lang, folder)]


def fill(body: str, values: Mapping[str, str]) -> str:
    """``body`` with the known placeholders replaced; braces the text did not mean as a
    placeholder (``{`` alone) are left as they are."""
    formatter = string.Formatter()
    try:
        list(formatter.parse(body))
    except ValueError:
        return body
    return body.format_map(_KeepUnknown(values))


def placeholders_in(body: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(body) if name}
