"""The help panel's search over cached articles: the server's matching (CJK substrings,
NFKC and case folding), the ticket's language first, this person's most used next."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.sync import upsert
from vipclient.services.help import HelpService, primary_language, reply_text, two_lines
from vipclient.store.apply import apply_changes
from vipclient.store.cache import Cache


def article(aid: str, lang: str, title: str, summary: str, body: str = "") -> dict[str, object]:
    return {"id": aid, "lang": lang, "title": title, "summary": summary, "body": body,
            "tags": ["withdrawal"], "url": f"https://help.example/{lang}/{aid}",
            "updated_at": "2026-10-01T00:00:00Z", "version": 1}


ARTICLES = [
    article("zh-1", "zh", "提现未到账常见原因及处理方法",
            "提现已提交但未到账时，请先核对地址与网络。"),
    article("zh-2", "zh", "提现额度说明", "VIP 等级越高，24 小时提现额度越高。"),
    article("en-1", "en", "Withdrawal not arrived", "Check the address and network first.",
            "A 提现 glossary line."),
    article("en-2", "en", "API keys and rate limits", "Create an ＡＰＩ key safely.",
            "Withdrawal permission is off by default."),
    article("ja-1", "ja", "出金が反映されない", "出金限度額を確認してください。"),
]


@pytest.fixture
def help_service(tmp_path: Path) -> Iterator[HelpService]:
    cache = Cache.open(tmp_path / "alice.sqlite3")
    with cache.session() as s:
        apply_changes(s, [upsert("help_article", a) for a in ARTICLES])
    yield HelpService(cache)
    cache.close()


def ids(hits: list[object]) -> list[str]:
    return [h.id for h in hits]  # type: ignore[attr-defined]


def search(service: HelpService, q: str, lang: str = "zh", **kw: object) -> list[str]:
    return ids(service.search(q, prefer_lang=lang, staff_id="S1", category="withdrawal",
                              **kw))  # type: ignore[arg-type]


def test_cjk_terms_of_one_and_two_characters_match_as_substrings(
    help_service: HelpService
) -> None:
    assert search(help_service, "提现") == ["zh-1", "zh-2", "en-1"]  # zh first, then the rest
    assert search(help_service, "额") == ["zh-2"]
    assert search(help_service, "出金") == ["ja-1"]
    assert search(help_service, "提现 网络") == ["zh-1"]  # every term must match


def test_case_and_width_fold_like_the_server(help_service: HelpService) -> None:
    assert search(help_service, "api", "en") == ["en-2"]
    assert search(help_service, "ＡＰＩ KEYS", "en") == ["en-2"]


def test_the_tickets_language_ranks_first_and_title_hits_before_body_hits(
    help_service: HelpService
) -> None:
    assert search(help_service, "withdrawal", "en") == ["en-1", "en-2"]
    assert search(help_service, "", "ja")[0] == "ja-1"
    assert search(help_service, "", "zh-Hant")[:2] == ["zh-1", "zh-2"]
    assert search(help_service, "", "zh", only_lang="en") == ["en-2", "en-1"]


def test_the_most_used_per_category_rise_to_the_top(help_service: HelpService) -> None:
    for _ in range(2):
        help_service.record_use("S1", "withdrawal", "zh-2")
    help_service.record_use("S2", "withdrawal", "zh-1")  # another person's use
    help_service.record_use("S1", "trading", "zh-1")  # another category
    hits = help_service.search("提现", prefer_lang="zh", staff_id="S1", category="withdrawal")
    assert ids(hits)[:2] == ["zh-2", "zh-1"] and hits[0].uses == 2


def test_the_reply_text_is_title_two_lines_and_link() -> None:
    long = "第一句说明提现的处理时间。" * 20
    assert len(two_lines(long)) <= 160 and two_lines(long).endswith("。")
    assert two_lines("Short.") == "Short."
    assert two_lines("x" * 400).endswith("…")
    assert primary_language("zh-Hant") == "zh"


def test_reply_text_format(help_service: HelpService) -> None:
    hit = help_service.search("提现额度", prefer_lang="zh", staff_id="S1",
                              category="withdrawal")[0]
    assert reply_text(hit) == ("提现额度说明\nVIP 等级越高，24 小时提现额度越高。\n"
                               "https://help.example/zh/zh-2")
