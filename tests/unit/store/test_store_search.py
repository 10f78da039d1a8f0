"""Search in any script: trigram FTS for three characters or more, instr for shorter terms."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.sync import client_json, ticket_json, upsert
from vipclient.store.apply import apply_changes
from vipclient.store.cache import Cache
from vipclient.store.search import search_clients, search_tickets


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    c = Cache.open(tmp_path_factory.mktemp("search") / "c.sqlite3")
    clients = [
        client_json("U10000001", "王小明", tier="VIP9", email="xiaoming.wang@example.com"),
        client_json("U10000002", "王芳", tier="VIP3", email="fang@example.cn"),
        client_json("U10000003", "Wang Wei 王伟", tier="VIP5", email="wei@corp.example"),
        client_json("U10000004", "Alice O'Neil", tier="VIP7", email="alice@example.com"),
        client_json("U10000005", "李小龍", tier="VIP1", email="lee@example.hk"),
        client_json("U10000006", "佐藤 花子", tier="VIP2", email="hanako@example.jp"),
    ]
    tickets = [
        ticket_json("T1", "U10000001", "提现延迟 withdrawal delayed"),
        ticket_json("T2", "U10000004", "API key rotation", updated_at="2026-02-01T00:00:00Z"),
        ticket_json("T3", "U10000004", "Fee schedule \"VIP\" question"),
    ]
    with c.session() as s:
        apply_changes(s, [upsert("client", d) for d in clients])
        apply_changes(s, [upsert("ticket", d) for d in tickets])
    yield c
    c.close()


def uids(cache: Cache, q: str) -> list[str]:
    with cache.read_session() as s:
        return [c.uid for c in search_clients(s, q, 20)]


def tids(cache: Cache, q: str) -> list[str]:
    with cache.read_session() as s:
        return [t.id for t in search_tickets(s, q, 20)]


def test_one_two_and_three_cjk_characters(cache: Cache) -> None:
    # 王 (one character) finds every Wang, higher tiers first.
    assert uids(cache, "王") == ["U10000001", "U10000003", "U10000002"]
    assert uids(cache, "王小") == ["U10000001"]
    assert uids(cache, "王小明") == ["U10000001"]
    assert uids(cache, "小明") == ["U10000001"]
    assert uids(cache, "小") == ["U10000001", "U10000005"]
    assert uids(cache, "花子") == ["U10000006"]
    assert uids(cache, "王大") == []


def test_mixed_scripts_and_case(cache: Cache) -> None:
    assert uids(cache, "Wang 王") == ["U10000003", "U10000001"] or uids(cache, "Wang 王") == [
        "U10000001", "U10000003"]
    assert uids(cache, "wang 王伟") == ["U10000003"]
    assert uids(cache, "WEI") == ["U10000003"]
    assert uids(cache, "o'neil") == ["U10000004"]


def test_email_parts_and_uids(cache: Cache) -> None:
    assert uids(cache, "example.cn") == ["U10000002"]
    assert uids(cache, "xiaoming") == ["U10000001"]
    assert uids(cache, "U10000005") == ["U10000005"]
    assert uids(cache, "0000004") == ["U10000004"]
    assert uids(cache, "hk") == ["U10000005"]


def test_tickets_by_subject_and_client_name(cache: Cache) -> None:
    assert tids(cache, "提现") == ["T1"]
    assert tids(cache, "withdrawal") == ["T1"]
    assert tids(cache, "王小明") == ["T1"]
    assert sorted(tids(cache, "alice")) == ["T2", "T3"]
    assert tids(cache, '"VIP"') == ["T3"]
    assert tids(cache, "   ") == []


def test_indexing_paused_for_a_bulk_load_then_rebuilt(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from sqlalchemy import text

    from vipclient.store.search import rebuild_index

    c = Cache.open(tmp_path_factory.mktemp("bulk") / "c.sqlite3")
    try:
        with c.session() as s:
            s.execute(text("UPDATE sync_state SET bulk_load = 1"))
            apply_changes(s, [upsert("client", client_json("U1", "Zhang San 张三"))])
            assert search_clients(s, "Zhang") == []  # not indexed yet
            s.execute(text("UPDATE sync_state SET bulk_load = 0"))
            rebuild_index(s)
            assert [r.uid for r in search_clients(s, "Zhang")] == ["U1"]
            # Back to row-by-row upkeep.
            apply_changes(s, [upsert("client", client_json("U1", "Li Si 李四", version=2))])
            assert search_clients(s, "Zhang") == []
            assert [r.uid for r in search_clients(s, "Li Si")] == ["U1"]
    finally:
        c.close()
