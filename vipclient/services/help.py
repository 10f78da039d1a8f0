"""Help-centre answers for a reply: the cached articles searched offline, in the ticket's
language first and the ones this person uses most on such tickets next, and the text an
article puts into a reply (its title, a two-line summary, its link)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Protocol

from vipclient.store import help_queries

SUMMARY_CHARS = 160
"""About two lines of a reply box: a longer summary is cut at a sentence's end."""
_SENTENCE_ENDS = ("。", "！", "？", ". ", "! ", "? ", "다. ")


@dataclass(frozen=True, slots=True)
class ArticleHit:
    id: str
    lang: str
    title: str
    summary: str
    url: str
    tags: tuple[str, ...]
    uses: int

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> ArticleHit:
        tags = tuple(t for t in str(row.get("tags") or "").split(",") if t)
        return cls(str(row["id"]), str(row["lang"]), str(row["title"]), str(row["summary"]),
                   str(row["url"]), tags, int(row.get("uses") or 0))


def primary_language(tag: str | None) -> str:
    """``zh-Hant`` → ``zh``; the articles are per primary language."""
    return (tag or "").replace("_", "-").split("-", 1)[0].lower()


def two_lines(summary: str) -> str:
    """``summary`` cut to about two lines: whole sentences when they fit, else an ellipsis."""
    text = " ".join(summary.split())
    if len(text) <= SUMMARY_CHARS:
        return text
    head = text[:SUMMARY_CHARS]
    cut = max(head.rfind(end) + len(end.rstrip()) for end in _SENTENCE_ENDS)
    if cut > SUMMARY_CHARS // 3:
        return head[:cut].rstrip()
    return head.rstrip() + "…"


def reply_text(hit: ArticleHit) -> str:
    """What inserting an article puts into a reply, in the article's language."""
    return f"{hit.title}\n{two_lines(hit.summary)}\n{hit.url}"


class _SessionSource(Protocol):
    def session(self) -> Any: ...

    def read_session(self) -> Any: ...


class HelpService:
    def __init__(self, cache: _SessionSource) -> None:
        self._cache = cache

    def search(self, query: str, *, prefer_lang: str, staff_id: str, category: str,
               only_lang: str | None = None, limit: int = 50) -> list[ArticleHit]:
        with self._cache.read_session() as s:
            rows = help_queries.search(s, query, prefer_lang=primary_language(prefer_lang),
                                       staff_id=staff_id, category=category,
                                       only_lang=only_lang, limit=limit)
        return [ArticleHit.from_row(r) for r in rows]

    def article(self, article_id: str) -> dict[str, Any] | None:
        with self._cache.read_session() as s:
            raw = help_queries.article_data(s, article_id)
        return None if raw is None else dict(json.loads(raw))

    def languages(self) -> list[str]:
        with self._cache.read_session() as s:
            return help_queries.languages(s)

    def record_use(self, staff_id: str, category: str, article_id: str) -> None:
        """One more use by this person on a ticket of ``category`` (kept here, never sent)."""
        with self._cache.session() as s:
            help_queries.record_use(s, staff_id, category, article_id)
