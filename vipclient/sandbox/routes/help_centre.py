"""The help centre (v1.1): articles to read and to send to a client, searchable in every
language the desk serves (``q`` as ``vipclient.domain.help`` defines it)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy import select

from vipclient.domain.help import query_terms
from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.db import HelpArticle
from vipclient.sandbox.deps import Principal, current_staff, etag, get_sandbox
from vipclient.sandbox.paging import decode_text_key, encode_key
from vipclient.sandbox.problems import not_found
from vipclient.sandbox.schemas import HelpArticleOut, Page

router = APIRouter(tags=["help centre"])

Staff_ = Annotated[Principal, Depends(current_staff)]
Sb = Annotated[Sandbox, Depends(get_sandbox)]


@router.get("/help/articles", response_model=Page[HelpArticleOut])
def list_articles(
    _staff: Staff_,
    sb: Sb,
    q: Annotated[str | None, Query(
        max_length=200, description="Words that must all occur in the title, summary or "
        "body (case-insensitive; any part of a word, so CJK text without spaces matches)",
    )] = None,
    lang: Annotated[str | None, Query(
        max_length=16, pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$", description="zh, en, ja, ko…",
    )] = None,
    tag: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
    cursor: Annotated[str | None, Query(max_length=400)] = None,
) -> dict[str, Any]:
    stmt = select(HelpArticle).order_by(HelpArticle.id).limit(limit + 1)
    for term in query_terms(q or ""):
        stmt = stmt.where(HelpArticle.search_text.contains(term, autoescape=True))
    if lang is not None:
        stmt = stmt.where(HelpArticle.lang == lang)
    if tag is not None:
        stmt = stmt.where(HelpArticle.tag_text.contains(f"|{tag.lower()}|", autoescape=True))
    if cursor is not None:
        stmt = stmt.where(HelpArticle.id > decode_text_key(cursor, "help_articles"))
    with sb.read() as s:
        rows = s.scalars(stmt).all()
        items = [a.to_api() for a in rows[:limit]]
    more = len(rows) > limit
    return {
        "items": items,
        "next_cursor": encode_key("help_articles", rows[limit - 1].id) if more else None,
        "has_more": more,
    }


@router.get("/help/articles/{article_id}", response_model=HelpArticleOut)
def get_article(article_id: str, response: Response, _staff: Staff_, sb: Sb) -> dict[str, Any]:
    with sb.read() as s:
        article = s.get(HelpArticle, article_id)
        if article is None:
            raise not_found("help article", article_id)
        response.headers["ETag"] = etag(article.version)
        return article.to_api()
