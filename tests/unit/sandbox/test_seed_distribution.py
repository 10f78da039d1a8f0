"""The book looks like a real VIP desk's: skewed tiers, every kind of ticket, work waiting."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.support.sandbox_seed import NOW, book, by_entity, written_in
from vipclient.domain.enums import Category, Channel, Priority, TicketStatus
from vipclient.sandbox.demo_tickets import breached_now
from vipclient.sandbox.seed import demo_staff, generate


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict[str, Any]]]:
    return by_entity(book(7, 200))


def test_tiers_are_skewed_towards_the_small_ones(
    records: dict[str, list[dict[str, Any]]]
) -> None:
    tiers = Counter(int(c["tier"][3:]) for c in records["client"])
    low = tiers[1] + tiers[2] + tiers[3]
    high = tiers[8] + tiers[9] + tiers[10]
    assert low > 0.55 * 200 and high < 0.12 * 200
    assert tiers[1] > tiers[4] > tiers[8]
    assert tiers[9] >= 1 and tiers[10] >= 1  # the top band is always in the demo


def test_markets_languages_and_time_zones(records: dict[str, list[dict[str, Any]]]) -> None:
    clients = records["client"]
    primary = Counter(c["languages"][0] for c in clients)
    for lang in ("zh", "ja", "ko", "ar", "en"):
        assert primary[lang] >= 5, primary
    assert any(c["languages"][1:] == ["en"] for c in clients)  # English as second language
    zones = {c["timezone"] for c in clients}
    assert {"Asia/Shanghai", "Asia/Tokyo", "Asia/Seoul", "Asia/Dubai"} <= zones
    assert any(z.startswith("Europe/") for z in zones)
    assert any(z.startswith("America/") for z in zones)
    names = " ".join(c["display_name"] for c in clients)
    for lang in ("zh", "ko", "ar"):
        assert written_in(names.replace(" ", ""), lang) is False  # mixed scripts overall …
    assert any(written_in(c["display_name"], "ko") for c in clients)  # … Hangul names
    assert any(written_in(c["display_name"], "ar") for c in clients)  # … Arabic names


def test_bigger_clients_trade_more_and_are_better_verified(
    records: dict[str, list[dict[str, Any]]]
) -> None:
    by_tier: dict[int, list[dict[str, Any]]] = {}
    for c in records["client"]:
        by_tier.setdefault(int(c["tier"][3:]), []).append(c)
    low, high = by_tier[1], [c for t in (7, 8, 9, 10) for c in by_tier.get(t, [])]
    assert high

    def avg(cs: list[dict[str, Any]], key: str) -> float:
        return sum(float(c[key]) for c in cs) / len(cs)

    assert avg(high, "volume_30d_usd") > 50 * avg(low, "volume_30d_usd")
    assert avg(high, "assets_usd") > avg(low, "assets_usd")
    assert avg(high, "kyc_level") > avg(low, "kyc_level")
    tags = Counter(t for c in records["client"] for t in c["tags"])
    for tag in ("market-maker", "otc", "institution", "api-heavy", "high-risk"):
        assert tags[tag] >= 1, tags
    assert any(c["api"]["ip_whitelist"] for c in records["client"])
    assert any(c["fee_schedule"]["source"] == "custom" for c in records["client"])


def test_every_manager_owns_a_book(records: dict[str, list[dict[str, Any]]]) -> None:
    staff = {s["username"]: s["id"] for s in demo_staff(7)}
    books = Counter(c["manager_id"] for c in records["client"])
    assert books[staff["alice"]] > 40 and books[staff["bob"]] > 40
    assert set(books) <= {staff["alice"], staff["bob"], staff["carol"]}
    # Chinese speakers sit mostly with alice, Japanese and Korean with bob.
    zh = [c for c in records["client"] if c["languages"][0] == "zh"]
    assert sum(c["manager_id"] == staff["alice"] for c in zh) > 0.7 * len(zh)


def test_every_category_channel_priority_and_status(
    records: dict[str, list[dict[str, Any]]]
) -> None:
    tickets = records["ticket"]
    assert 8 <= len(tickets) / len(records["client"]) <= 12
    assert {t["category"] for t in tickets} == {c.value for c in Category}
    assert {t["channel"] for t in tickets} == {c.value for c in Channel}
    assert {t["priority"] for t in tickets} == {p.value for p in Priority}
    assert {t["status"] for t in tickets} == {s.value for s in TicketStatus}
    assert any(t["assignee_id"] is None for t in tickets)
    assert any(t["team"] for t in tickets if t["status"] == "escalated")


def test_some_slas_are_breached_at_now_and_most_are_met(
    records: dict[str, list[dict[str, Any]]]
) -> None:
    tickets = records["ticket"]
    live = [t for t in tickets if t["status"] not in ("solved", "closed")]
    red = [t for t in live if breached_now(t)]
    assert 0.05 * len(live) < len(red) < 0.6 * len(live)
    events = Counter((e["clock"], e["event"]) for t in tickets for e in t["sla_events"])
    assert events[("first_response", "breached")] > 0
    assert events[("next_response", "breached")] > 0
    assert events[("resolution", "breached")] > 0
    assert events[("resolution", "paused")] > 0 and events[("resolution", "resumed")] > 0
    met = events[("first_response", "fulfilled")]
    assert met > 3 * events[("first_response", "breached")]


def test_threads_are_in_the_clients_languages(
    records: dict[str, list[dict[str, Any]]]
) -> None:
    clients = {c["uid"]: c for c in records["client"]}
    tickets = {t["id"]: t for t in records["ticket"]}
    languages = Counter(t["language"] for t in tickets.values())
    for lang in ("zh", "ja", "ko", "ar", "en"):
        assert languages[lang] > 20, languages
    for t in tickets.values():
        client_langs = clients[t["client_uid"]]["languages"]
        assert t["language"] in client_langs or (t["language"] == "en" and not any(
            lang in ("zh", "ja", "ko", "ar", "en", "es", "de", "fr", "ru", "pt")
            for lang in client_langs))
        assert written_in(t["subject"], t["language"]), (t["language"], t["subject"])
    for m in records["message"]:
        t = tickets[m["ticket_id"]]
        if m["author_kind"] == "client" or (m["author_kind"] == "staff" and not m["internal"]):
            assert written_in(m["body"], t["language"]), (t["language"], m["body"])


def test_threads_have_staff_replies_notes_and_system_messages(
    records: dict[str, list[dict[str, Any]]]
) -> None:
    kinds = Counter(
        (m["author_kind"], m["internal"]) for m in records["message"])
    assert kinds[("client", False)] and kinds[("staff", False)]
    assert kinds[("staff", True)] and kinds[("system", False)]
    # Variety: the same category and language does not read the same in every ticket.
    subjects = Counter(t["subject"] for t in records["ticket"] if t["language"] == "en")
    assert len(subjects) > 25
    # Openings differ even within one language: no single text opens a big share of threads.
    first: dict[str, dict[str, Any]] = {}
    for m in records["message"]:
        if m["author_kind"] == "client":
            first.setdefault(m["ticket_id"], m)
    language = {t["id"]: t["language"] for t in records["ticket"]}
    for lang in ("en", "zh", "ja", "ko", "ar"):
        openings = Counter(m["body"] for tid, m in first.items() if language[tid] == lang)
        total = sum(openings.values())
        assert len(openings) > 0.4 * total, (lang, len(openings), total)
        assert openings.most_common(1)[0][1] < 0.1 * total


def test_requests_waiting_and_history(records: dict[str, list[dict[str, Any]]]) -> None:
    staff = demo_staff(7)
    managers = {s["id"] for s in staff if "account_manager" in s["roles"]}
    for kind in ("fee_request", "withdrawal_request"):
        statuses = Counter(r["status"] for r in records[kind])
        assert statuses["pending_approval"] >= 1, (kind, statuses)
        assert statuses["applied"] >= 1, (kind, statuses)
        assert any(r["requester_id"] in managers for r in records[kind])
        for r in records[kind]:
            if r["status"] == "pending_approval":
                assert r["approvals"] == [] and r["expires_at"] > "2026-11-25T08:00:00Z"
            if r["status"] == "applied" and r["approvals_required"]:
                assert [a["decision"] for a in r["approvals"]] == ["approve"]
            if r["status"] == "rejected":
                assert [a["decision"] for a in r["approvals"]] == ["reject"]
    assert {r["status"] for k in ("fee_request", "withdrawal_request") for r in records[k]} >= {
        "pending_approval", "applied", "rejected"}


def test_applied_requests_show_on_the_client(records: dict[str, list[dict[str, Any]]]) -> None:
    clients = {c["uid"]: c for c in records["client"]}
    for r in records["fee_request"]:
        if r["status"] == "applied":
            fee = clients[r["client_uid"]]["fee_schedule"]
            assert (fee["source"], fee["maker_bps"], fee["taker_bps"], fee["expires_at"]) == (
                "custom", r["maker_bps"], r["taker_bps"], r["valid_until"])
    custom = {c["uid"] for c in clients.values() if c["fee_schedule"]["source"] == "custom"}
    assert custom == {r["client_uid"] for r in records["fee_request"] if r["status"] == "applied"}
    for r in records["withdrawal_request"]:
        if r["status"] == "applied" and r["kind"] == "limit_increase":
            assert clients[r["client_uid"]]["withdrawal_limit_24h_usd"] == r["amount"]


def test_exactly_one_active_freeze(records: dict[str, list[dict[str, Any]]]) -> None:
    (freeze,) = records["freeze"]
    frozen = [c for c in records["client"] if c["status"] == "frozen"]
    assert [c["uid"] for c in frozen] == [freeze["client_uid"]]
    assert frozen[0]["freeze_scopes"] == freeze["scopes"]
    assert not any(r["client_uid"] == freeze["client_uid"]
                   for k in ("fee_request", "withdrawal_request") for r in records[k])
    story = [t for t in records["ticket"] if t["client_uid"] == freeze["client_uid"]
             and t["category"] == "account_security" and t["status"] == "escalated"
             and t["team"] == "security" and t["priority"] == "urgent"]
    assert story
    notes = [m for m in records["message"] if m["ticket_id"] == story[0]["id"] and m["internal"]]
    assert any(m["author_id"] == freeze["created_by"] and m["created_at"] == freeze["created_at"]
               for m in notes)


def test_small_sandbox_still_has_pending_work_and_a_freeze() -> None:
    records = by_entity(book(7, 20))
    assert len(records["client"]) == 20 and len(records["freeze"]) == 1
    assert any(r["status"] == "pending_approval" for r in records["fee_request"])
    assert any(r["status"] == "pending_approval" for r in records["withdrawal_request"])
    assert {"VIP9", "VIP10"} <= {c["tier"] for c in records["client"]}


def _all_text(obj: Any) -> str:
    if isinstance(obj, str):
        return obj
    if isinstance(obj, dict):
        return "".join(_all_text(v) for v in obj.values())
    if isinstance(obj, tuple | list):
        return "".join(_all_text(v) for v in obj)
    return ""


def test_hong_kong_and_taiwan_threads_are_in_traditional_characters(
    records: dict[str, list[dict[str, Any]]]
) -> None:
    import dataclasses

    from vipclient.sandbox.demo_text_zh import ZH
    from vipclient.sandbox.demo_text_zh_hant import ZH_HK, ZH_TW

    def chars(text: Any) -> set[str]:
        return {c for c in _all_text(dataclasses.asdict(text)) if "\u4e00" <= c <= "\u9fff"}

    simplified_only = chars(ZH) - chars(ZH_HK) - chars(ZH_TW)
    assert len(simplified_only) > 50
    region = {c["uid"]: c["region"] for c in records["client"]}
    names = {c["uid"]: c["display_name"] for c in records["client"]}
    tickets = {t["id"]: t for t in records["ticket"] if t["language"] == "zh"}
    seen = Counter()
    for m in records["message"]:
        t = tickets.get(m["ticket_id"])
        if t is None or m["author_kind"] == "system" or m["internal"]:
            continue
        where = region[t["client_uid"]]
        # (A name such as 周 is both; it is the person's, not the template's script.)
        body = m["body"].replace(names[t["client_uid"]], "")
        has_simplified = bool(set(body) & simplified_only)
        if where in ("HK", "TW"):
            assert not has_simplified, body
            seen["hant"] += 1
        elif where == "CN":
            seen["hans"] += has_simplified
    assert seen["hant"] > 20 and seen["hans"] > 100


def test_subject_opening_and_replies_tell_one_story(
    records: dict[str, list[dict[str, Any]]]
) -> None:
    """In English threads the subject, the client's opening, the staff's first answer and
    the internal notes come from the same scenario of the category (not unrelated
    templates)."""
    import re

    from vipclient.sandbox.demo_text import PHRASEBOOKS

    security = {s["id"] for s in demo_staff(7) if "security_officer" in s["roles"]}

    def pattern(template: str) -> re.Pattern[str]:
        parts = re.split(r"\{[a-z]+\}", template)
        return re.compile(".+?".join(re.escape(p) for p in parts) + r"\Z", re.S)

    def index(templates: tuple[str, ...], text: str) -> int | None:
        hits = [i for i, t in enumerate(templates) if pattern(t).match(text)]
        return hits[0] if len(hits) == 1 else None

    book = PHRASEBOOKS["en"]
    notes: dict[str, list[str]] = {}
    checked_notes = 0
    first_client: dict[str, str] = {}
    first_staff: dict[str, str] = {}
    for m in records["message"]:
        if m["author_kind"] == "client":
            first_client.setdefault(m["ticket_id"], m["body"])
        elif m["author_kind"] == "staff" and not m["internal"]:
            first_staff.setdefault(m["ticket_id"], m["body"])
        elif m["author_kind"] == "staff" and m["author_id"] not in security:
            notes.setdefault(m["ticket_id"], []).append(m["body"])
    region = {c["uid"]: c["region"] for c in records["client"]}
    checked = 0
    for t in records["ticket"]:
        if t["language"] != "en" or region[t["client_uid"]] in ("HK", "TW"):
            continue
        cat = t["category"]
        i = index(book.openers[cat], first_client[t["id"]])
        assert i is not None
        assert index(book.subjects[cat], t["subject"]) == i % len(book.subjects[cat])
        for note in notes.get(t["id"], ()):
            assert pattern(book.internal_note(cat, i)).match(note), (t["subject"], note)
            checked_notes += 1
        reply = first_staff.get(t["id"])
        replies = book.first_replies[cat]
        j = None if reply is None else index(replies, reply)
        if j is not None:  # (None: a generic line, in languages that have them)
            assert j == i % len(replies)
            checked += 1
    assert checked > 100 and checked_notes > 20


def test_pending_and_applied_requests_have_the_clients_ticket_behind_them(
    records: dict[str, list[dict[str, Any]]]
) -> None:
    """A trainee opening a request finds the conversation that led to it."""
    tickets: dict[str, list[dict[str, Any]]] = {}
    for t in records["ticket"]:
        tickets.setdefault(t["client_uid"], []).append(t)
    linked = 0
    for kind, category in (("withdrawal_request", "withdrawal"), ("fee_request", "fees")):
        for r in records[kind]:
            if r["status"] not in ("pending_approval", "applied"):
                continue
            if kind == "withdrawal_request" and r["kind"] != "limit_increase":
                continue
            wanted = "open" if r["status"] == "pending_approval" else ("solved", "closed")
            behind = [t for t in tickets[r["client_uid"]] if t["category"] == category
                      and t["status"] in wanted and t["created_at"] <= r["updated_at"]]
            assert behind, r["id"]
            linked += 1
    assert linked >= 5
    en = [t for t in records["ticket"] if t["language"] == "en" and t["category"] == "withdrawal"
          and t["subject"] == "Can you raise my 24h withdrawal limit?" and t["status"] == "open"]
    assert en  # the English story of a limit raise is among them


def test_the_freeze_story_matches_its_reason_in_many_books() -> None:
    from vipclient.sandbox.demo_text import INTERNAL_NOTES

    login, phishing = INTERNAL_NOTES["account_security"][1], INTERNAL_NOTES["account_security"][3]
    reasons = Counter()
    for seed in range(1, 13):
        records = by_entity(book(seed, 25))
        (freeze,) = records["freeze"]
        story = [t for t in records["ticket"] if t["client_uid"] == freeze["client_uid"]
                 and t["team"] == "security" and t["status"] == "escalated"]
        notes = {m["body"] for m in records["message"]
                 if m["ticket_id"] in {t["id"] for t in story} and m["internal"]}
        expected = login if freeze["reason_code"] == "account_compromise" else phishing
        assert any(n == expected for n in notes), (seed, freeze["reason_code"], notes)
        reasons[freeze["reason_code"]] += 1
    assert set(reasons) == {"account_compromise", "phishing_report"}


def test_even_a_four_client_book_has_work_for_a_checker() -> None:
    for seed in range(30):
        records = by_entity(tuple(generate(seed, 4, NOW, demo_staff(seed))))
        for kind in ("fee_request", "withdrawal_request"):
            assert any(r["status"] == "pending_approval" for r in records.get(kind, ())), (
                seed, kind)
