"""How help-centre articles are searched, the same on the server and in the desk's offline copy.

A query is split at white space into terms, and an article matches when every term is a
substring of its title, summary or body. Substrings rather than words, because Chinese and
Japanese are written without spaces (``提现`` must find ``如何提现到银行卡``); both sides are
compared after NFKC and case folding, so ``API``, ``api`` and full-width ``ＡＰＩ`` are one
term, as are half- and full-width katakana.
"""

from __future__ import annotations

import unicodedata
from typing import Final

MAX_TERMS: Final = 10


def search_key(text: str) -> str:
    """``text`` as it is compared: NFKC, then case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def query_terms(query: str) -> list[str]:
    """The distinct terms of a query, in order (at most :data:`MAX_TERMS`)."""
    terms: list[str] = []
    for term in search_key(query).split():
        if term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


def article_text(title: str, summary: str, body: str) -> str:
    """What a query is matched against (lines apart, so no term spans two fields)."""
    return search_key(f"{title}\n{summary}\n{body}")


def matches(terms: list[str], text: str) -> bool:
    """Every term occurs in ``text`` (an :func:`article_text`); no terms match everything."""
    return all(term in text for term in terms)
