"""The help centre over real HTTP: the seeded articles, search in CJK and in any case, the
language and tag filters, paging, foreign cursors and the changes feed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.sandbox import Api, all_items, login, running_sandbox
from tests.support.sandbox_seed import LANGUAGE_SCRIPTS, scripts_in
from vipclient.domain.help import article_text
from vipclient.sandbox.paging import encode_key

pytestmark = pytest.mark.xdist_group("ws-help")

TOPICS = {
    "account-registration", "identity-verification", "deposit-not-credited",
    "withdrawal-not-received", "withdrawal-limits", "withdrawal-whitelist",
    "spot-trading-rules", "futures-trading-rules", "trading-fees", "vip-program", "api-keys",
    "api-rate-limits", "two-factor-authentication", "reset-2fa", "anti-phishing-code",
    "account-freeze-and-recovery",
}


@pytest.fixture(scope="module")
def api() -> Iterator[Api]:
    with running_sandbox(clients=5) as srv:
        session = Api(srv.base_url, login(srv.base_url, "bob")["access_token"])
        yield session
        session.close()


def articles(api: Api, **params: Any) -> list[dict[str, Any]]:
    r = api.get("/help/articles", params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    return list(r.json()["items"])


def test_at_least_sixty_articles_on_the_same_topics_in_four_languages(api: Api) -> None:
    items = articles(api)
    assert len(items) >= 60
    by_lang: dict[str, set[str]] = {}
    for a in items:
        assert set(a) == {"id", "lang", "title", "summary", "body", "tags", "url",
                          "updated_at", "version"}
        by_lang.setdefault(a["lang"], set()).add(a["url"].rsplit("/", 1)[1])
        assert a["url"].startswith("https://") and a["tags"] and a["version"] == 1
        assert a["summary"].count("\n") == 1, a["id"]  # two lines
        assert a["body"].count("\n\n") >= 3, a["id"]  # several paragraphs or steps
        allowed, required = LANGUAGE_SCRIPTS[a["lang"]]
        text = a["title"] + a["summary"] + a["body"]
        assert required in scripts_in(text) and scripts_in(text) <= allowed, a["id"]
    assert by_lang == {lang: TOPICS for lang in ("zh", "en", "ja", "ko")}


def test_search_finds_cjk_substrings(api: Api) -> None:
    zh = articles(api, q="提现", lang="zh")
    assert {"kb-zh-withdrawal-not-received", "kb-zh-withdrawal-limits",
            "kb-zh-withdrawal-whitelist"} <= {a["id"] for a in zh}
    assert all("提现" in a["title"] + a["summary"] + a["body"] for a in zh)
    ja = articles(api, q="出金")
    assert ja and {a["lang"] for a in ja} == {"ja"}
    assert "kb-ja-withdrawal-limits" in {a["id"] for a in ja}
    ko = articles(api, q="출금 한도", lang="ko")
    assert "kb-ko-withdrawal-limits" in {a["id"] for a in ko}


def test_search_is_case_insensitive_and_needs_every_term(api: Api) -> None:
    lower = {a["id"] for a in articles(api, q="anti-phishing", lang="en")}
    upper = {a["id"] for a in articles(api, q="ANTI-PHISHING", lang="en")}
    assert lower == upper and "kb-en-anti-phishing-code" in lower
    both = {a["id"] for a in articles(api, q="whitelist API", lang="en")}
    assert both and both <= {a["id"] for a in articles(api, q="whitelist", lang="en")}
    assert articles(api, q="whitelist zzzqqq") == []
    # LIKE's wildcards are plain characters in a query.
    every = articles(api)
    for char in ("%", "_"):
        found = {a["id"] for a in articles(api, q=char)}
        assert found == {a["id"] for a in every  # "%" finds the full-width "％" too (NFKC)
                         if char in article_text(a["title"], a["summary"], a["body"])}
        assert len(found) < len(every)


def test_language_and_tag_filters(api: Api) -> None:
    ko = articles(api, lang="ko")
    assert len(ko) == len(TOPICS) and {a["lang"] for a in ko} == {"ko"}
    assert articles(api, lang="fr") == []
    twofa = articles(api, tag="2fa")
    assert {a["lang"] for a in twofa} == {"zh", "en", "ja", "ko"}
    assert all("2fa" in a["tags"] for a in twofa)
    assert articles(api, tag="2FA") == twofa
    assert articles(api, tag="2f") == []
    assert {a["id"] for a in articles(api, tag="freeze", lang="ja")} == {
        "kb-ja-account-freeze-and-recovery"}


def test_paging_and_refusals(api: Api) -> None:
    seen = [a["id"] for a in all_items(api, "/help/articles", limit=7)]
    assert seen == sorted(seen) and len(seen) == len(set(seen)) == len(articles(api))
    for foreign in (encode_key("U10000001"), encode_key("transcript_export", "x", "y"), "zz!"):
        r = api.get("/help/articles", params={"cursor": foreign})
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "cursor"
    assert api.get("/help/articles", params={"lang": "zh; drop"}).status_code == 422
    assert api.get("/help/articles", params={"q": "x" * 201}).status_code == 422
    one = api.get("/help/articles/kb-en-api-keys")
    assert one.status_code == 200 and one.headers["ETag"] == '"1"'
    assert api.get("/help/articles/kb-xx-nothing").status_code == 404


def test_articles_are_in_the_feed(api: Api) -> None:
    found = {c["id"]: c["data"] for c in all_items(api, "/changes", "changes")
             if c["entity"] == "help_article"}
    assert found == {a["id"]: a for a in articles(api)}
