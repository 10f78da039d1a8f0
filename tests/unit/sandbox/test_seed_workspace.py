"""The v1.1 demo data (client files, help articles) leaves the book as it was."""

from __future__ import annotations

import random
import types
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from tests.support.sandbox_seed import NOW, book
from vipclient.domain.attachments import content_problem, safe_filename
from vipclient.sandbox import seed
from vipclient.sandbox.db import Change, Database
from vipclient.sandbox.seeding import seed_database


def test_files_ride_on_the_book_without_changing_it() -> None:
    plain = book(7, 120)
    decorated = list(seed.with_attachments(7, plain))
    assert decorated == list(seed.with_attachments(7, plain))  # deterministic
    kinds = Counter(e for e, _ in decorated)
    assert kinds["attachment"] > 50 and 0 < kinds["attachment_blob"] <= 24
    stripped = [(e, {k: v for k, v in r.items() if k != "attachments"})
                for e, r in decorated if not e.startswith("attachment")]
    assert stripped == list(plain)
    other = [r["filename"] for e, r in seed.with_attachments(8, book(8, 120))
             if e == "attachment"]
    assert other and other != [r["filename"] for e, r in decorated if e == "attachment"]


def test_each_file_is_a_clients_first_message_and_passes_the_rules() -> None:
    blobs: dict[str, bytes] = {}
    tickets: dict[str, dict[str, Any]] = {}
    seen_ticket: set[str] = set()
    languages: Counter[str] = Counter()
    for entity, record in seed.with_attachments(7, book(7, 120)):
        if entity == "attachment_blob":
            blobs[record["sha256"]] = record["content"]
        elif entity == "ticket":
            tickets[record["id"]] = record
        elif entity == "attachment":
            data = blobs[record["sha256"]]
            assert content_problem(record["content_type"], data) is None
            assert len(data) == record["size"] and 300 < len(data) < 8000
            assert safe_filename(record["filename"], record["content_type"]) == record[
                "filename"]
            languages[tickets[record["ticket_id"]]["language"]] += 1
        elif entity == "message" and record["author_kind"] == "client":
            first = record["ticket_id"] not in seen_ticket
            seen_ticket.add(record["ticket_id"])
            for meta in record.get("attachments", ()):
                assert first and meta["uploaded_by"] == record["author_id"]
                assert meta["created_at"] == record["created_at"]
    assert {"zh", "en", "ja", "ko"} <= set(languages)


def test_names_follow_the_clients_language() -> None:
    names = {
        (r["content_type"], r["filename"])
        for e, r in seed.with_attachments(7, book(7, 200)) if e == "attachment"
    }
    assert any("スクリーンショット" in n or "明細" in n or "申告書" in n for _, n in names)
    assert any("截屏" in n or "微信图片" in n or "回单" in n or "流水" in n for _, n in names)


def test_live_files_come_now_and_then() -> None:
    rng = random.Random(1)
    ticket = {"category": "deposit", "language": "ko"}
    picks = [seed.live_attachment(rng, 7, ticket, {"region": "KR"}, NOW) for _ in range(400)]
    files = [p for p in picks if p is not None]
    assert 20 < len(files) < 120
    assert all(content_problem(kind, data) is None for _, kind, data in files)
    assert any("스크린샷" in name or "이체확인증" in name for name, _, _ in files)


def test_help_articles_are_deterministic() -> None:
    a = seed.help_articles(7, NOW)
    assert a == seed.help_articles(7, NOW) and len(a) >= 60
    assert len({r["id"] for r in a}) == len(a) and len({r["url"] for r in a}) == len(a)
    assert all(r["updated_at"] < "2026-11-25T08:00:00Z" for r in a)


def _seeded(source: Any) -> list[tuple[str, str, int, int, str | None]]:
    database = Database("sqlite://")
    database.create_all()
    with database.engine.begin() as conn:
        seed_database(conn, source, seed=7, n_clients=30, now=datetime(2026, 11, 25, tzinfo=UTC))
    with database.read() as s:
        rows = s.execute(select(Change.entity, Change.entity_id, Change.seq, Change.version,
                                Change.data).order_by(Change.seq)).tuples().all()
    database.dispose()
    return list(rows)


def test_every_change_of_the_book_keeps_its_seq() -> None:
    """Seeded with and without the v1.1 data: the book's changes have the same seqs and,
    except messages that carry a file, the same data; the new entities come after."""
    without = types.SimpleNamespace(
        demo_staff=seed.demo_staff, generate=seed.generate,
        with_attachments=lambda _seed, items: items, help_articles=lambda _seed, _now: [],
        with_risk_alerts=lambda _seed, items, _now: items,
    )
    old = _seeded(without)
    new = _seeded(seed)
    book_rows = [r for r in new if r[0] not in ("attachment", "help_article")]
    assert [r[:4] for r in book_rows] == [r[:4] for r in old]
    changed = [n for n, o in zip(book_rows, old, strict=True) if n[4] != o[4]]
    assert changed and all(n[0] == "message" and '"attachments":[' in (n[4] or "")
                           for n in changed)
    tail = new[len(old):]
    assert {r[0] for r in tail} == {"attachment", "help_article"}
