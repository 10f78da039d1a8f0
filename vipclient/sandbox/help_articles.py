"""The help centre the sandbox serves: the same topics in Chinese, English, Japanese and
Korean, each written natively in its own module (``help_articles_zh`` …), so a reviewer
reads one language at a time.

:func:`help_article_records` gives the API records (``{id, lang, title, summary, body, tags,
url, updated_at, version}``): ids like ``kb-ja-withdrawal-limits``, a public URL per
language, and an ``updated_at`` some weeks before ``now`` drawn from a generator of its own.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from vipclient.sandbox.demo_time import to_seconds, ts
from vipclient.sandbox.help_articles_en import ARTICLES as EN
from vipclient.sandbox.help_articles_ja import ARTICLES as JA
from vipclient.sandbox.help_articles_ko import ARTICLES as KO
from vipclient.sandbox.help_articles_types import Article
from vipclient.sandbox.help_articles_zh import ARTICLES as ZH

ARTICLES: dict[str, tuple[Article, ...]] = {"zh": ZH, "en": EN, "ja": JA, "ko": KO}
LOCALES = {"zh": "zh-cn", "en": "en-us", "ja": "ja", "ko": "ko"}
HELP_BASE = "https://support.exchange.example/hc"
HELP_ARTICLE_FIELDS = (
    "id", "lang", "title", "summary", "body", "tags", "url", "updated_at", "version",
)


def article_id(lang: str, topic: str) -> str:
    return f"kb-{lang}-{topic}"


def article_url(lang: str, topic: str) -> str:
    return f"{HELP_BASE}/{LOCALES[lang]}/articles/{topic}"


def help_article_records(seed: int, now: datetime) -> list[dict[str, Any]]:
    rng = random.Random(f"vipdesk-help-{seed}")
    out: list[dict[str, Any]] = []
    for lang, articles in ARTICLES.items():
        for article in articles:
            updated = now - timedelta(days=rng.randint(3, 240), seconds=rng.randrange(86400))
            out.append({
                "id": article_id(lang, article.topic),
                "lang": lang,
                "title": article.title,
                "summary": article.summary,
                "body": article.body,
                "tags": list(article.tags),
                "url": article_url(lang, article.topic),
                "updated_at": ts(to_seconds(updated)),
                "version": 1,
            })
    return out
