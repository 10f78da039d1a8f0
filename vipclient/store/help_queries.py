"""The help centre's articles in the cache: searched offline, ranked for one ticket.

A query matches as on the server (``domain.help``): every term a substring of the article's
title, summary or body after NFKC and case folding — ``search_text`` holds that folded text,
title first, so ``instr`` does the match (CJK needs no word breaks). The ranking: articles in
the wanted language first, then those this person inserted most often on tickets of this
category, then those whose title holds the first term, then by title.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from vipclient.domain.help import query_terms
from vipclient.store.timefmt import db_now

_COLUMNS = ("id", "lang", "title", "summary", "url", "tags", "uses")


def search(session: Session, query: str, *, prefer_lang: str, staff_id: str, category: str,
           only_lang: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    terms = query_terms(query)
    where: list[str] = []
    params: list[Any] = [staff_id, category]
    for term in terms:
        where.append("instr(a.search_text, ?) > 0")
        params.append(term)
    if only_lang:
        where.append("a.lang = ?")
        params.append(only_lang)
    # The first term found before the first line break: found in the title.
    title_hit = ("(instr(a.search_text, ?) < instr(a.search_text, char(10))) DESC, "
                 if terms else "")
    order_params: list[Any] = [prefer_lang, *(terms[:1])]
    sql = (
        "SELECT a.id, a.lang, a.title, a.summary, a.url, a.tags, coalesce(u.uses, 0) "
        "FROM help_articles AS a LEFT JOIN help_uses AS u "
        "ON u.article_id = a.id AND u.staff_id = ? AND u.category = ? "
        + (f"WHERE {' AND '.join(where)} " if where else "")
        + f"ORDER BY (a.lang = ?) DESC, coalesce(u.uses, 0) DESC, {title_hit}"
        "a.title, a.id LIMIT ?"
    )
    rows = session.connection().exec_driver_sql(
        sql, (*params, *order_params, limit)).all()
    return [dict(zip(_COLUMNS, row, strict=True)) for row in rows]


def article_data(session: Session, article_id: str) -> str | None:
    """An article's whole JSON (with its Markdown body)."""
    found = session.connection().exec_driver_sql(
        "SELECT data FROM help_articles WHERE id = ?", (article_id,)).first()
    return None if found is None else str(found[0])


def languages(session: Session) -> list[str]:
    rows = session.connection().exec_driver_sql(
        "SELECT DISTINCT lang FROM help_articles ORDER BY lang").scalars().all()
    return [str(r) for r in rows]


def record_use(session: Session, staff_id: str, category: str, article_id: str) -> None:
    session.connection().exec_driver_sql(
        "INSERT INTO help_uses (staff_id, category, article_id, uses, last_used_at) "
        "VALUES (?, ?, ?, 1, ?) ON CONFLICT (staff_id, category, article_id) "
        "DO UPDATE SET uses = uses + 1, last_used_at = excluded.last_used_at",
        (staff_id, category, article_id, db_now()))
