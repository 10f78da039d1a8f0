"""``GET /audit`` over real HTTP: roles, paging, filters, and a chain anyone can verify."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.desk import Desk, StaffSession, managed_clients, sandbox_desk
from vipclient.domain.audit import GENESIS, verify

# One sandbox per module: keep the module on one xdist worker.
pytestmark = pytest.mark.xdist_group("h2-audit_endpoint")

@pytest.fixture(scope="module")
def desk() -> Iterator[Desk]:
    with sandbox_desk(clients=20) as (_srv, d):
        yield d


def read_all(session: StaffSession, limit: int = 7, **filters: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        params = {"limit": limit, **filters} | ({"cursor": cursor} if cursor else {})
        page = session.get("/audit", **params)
        assert page.status == 200, page.body
        items += page.body["items"]
        if not page.body["has_more"]:
            return items
        cursor = page.body["next_cursor"]


def make_some_history(desk: Desk) -> tuple[StaffSession, StaffSession]:
    alice, carol = desk.login("alice"), desk.login("carol")
    client = managed_clients(alice)[0]
    alice.post("/fee-requests", {
        "client_uid": client["uid"], "maker_bps": "0.1", "taker_bps": "1", "scope": "all",
        "valid_until": desk.future(days=5), "reason": "Blocked by the fee floor.",
    })
    alice.get("/audit")  # access.denied
    return alice, carol


def test_only_supervisors_and_security_read_the_log(desk: Desk) -> None:
    alice = desk.login("alice")
    assert alice.get("/audit").status == 403
    assert desk.login("dave").get("/audit", limit=1).status == 200


def test_the_whole_chain_verifies_and_a_tampered_copy_does_not(desk: Desk) -> None:
    alice, carol = make_some_history(desk)
    entries = read_all(carol)
    assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0]["prev_hash"] == GENESIS
    result = verify(entries)
    assert result.ok, result
    actions = {e["action"] for e in entries}
    assert {"auth.login", "policy.block", "access.denied"} <= actions
    block = next(e for e in entries if e["action"] == "policy.block")
    assert block["actor_id"] == alice.id and block["details"]["rule_id"] == "fee-floor"

    tampered = copy.deepcopy(entries)
    victim = len(tampered) // 2
    tampered[victim]["details"] = tampered[victim]["details"] | {"note": "edited"}
    bad = verify(tampered).problem
    assert bad is not None and (bad.seq, bad.kind) == (tampered[victim]["seq"], "changed")
    dropped = entries[:victim] + entries[victim + 1:]
    gone = verify(dropped).problem
    assert gone is not None and (gone.seq, gone.kind) == (entries[victim]["seq"], "missing")
    # A later page verifies on its own from the hash before it.
    assert verify(entries[victim:], start_seq=entries[victim]["seq"],
                  start_prev_hash=entries[victim - 1]["hash"]).ok


def test_filters_by_actor_and_target(desk: Desk) -> None:
    alice, carol = make_some_history(desk)
    mine = read_all(carol, actor=alice.id)
    assert mine and all(e["actor_id"] == alice.id for e in mine)
    logins = read_all(carol, target=alice.id)
    assert logins and all(e["target"] == alice.id for e in logins)
    assert carol.get("/audit", cursor="not-a-cursor").status == 422
    assert carol.get("/audit", limit=0).status == 422
