"""The audit hash chain, checked against the contract's rule written out by hand."""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from vipclient.domain.audit import GENESIS, canonical_json, chain_entry, entry_hash, verify_chain


def build(n: int) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    prev = GENESIS
    for seq in range(1, n + 1):
        entry = chain_entry(prev, {
            "seq": seq, "at": f"2026-03-02T09:00:{seq % 60:02d}Z", "actor_id": f"s{seq % 3}",
            "action": "client.freeze" if seq % 2 else "auth.login", "target": f"U1000000{seq}",
            "details": {"note": "王小明 — überprüft", "scopes": ["login", "api"], "n": seq},
        })
        entries.append(entry)
        prev = entry["hash"]
    return entries


def test_hash_is_exactly_the_contract_rule() -> None:
    entry = {"seq": 1, "at": "2026-03-02T09:00:00Z", "actor_id": None, "action": "auth.login",
             "target": "alice", "details": {"b": 1, "a": "é"}, "prev_hash": GENESIS}
    text = json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    expected = hashlib.sha256((GENESIS + text).encode("utf-8")).hexdigest()
    assert entry_hash(GENESIS, entry) == expected
    assert canonical_json({"b": 1, "a": "é"}) == '{"a":"é","b":1}'
    assert GENESIS == "0" * 64
    chained = chain_entry(GENESIS, {k: v for k, v in entry.items() if k != "prev_hash"})
    assert chained["hash"] == expected and chained["prev_hash"] == GENESIS
    # The hash field itself is never part of the input.
    assert entry_hash(GENESIS, chained) == expected


def test_an_intact_chain_verifies() -> None:
    entries = build(12)
    result = verify_chain(entries)
    assert result.ok and result.first_bad_seq is None and result.checked == 12
    assert verify_chain([]).ok


def test_a_later_page_verifies_from_the_hash_before_it() -> None:
    entries = build(10)
    assert verify_chain(entries[5:], start_prev_hash=entries[4]["hash"]).ok
    assert not verify_chain(entries[5:]).ok


def test_dropping_reordering_and_forging_are_named() -> None:
    entries = build(6)
    dropped = entries[:2] + entries[3:]
    r = verify_chain(dropped)
    assert (r.ok, r.first_bad_seq) == (False, 4)
    assert "does not point" in r.reason
    swapped = [entries[0], entries[2], entries[1], *entries[3:]]
    assert verify_chain(swapped).first_bad_seq == 3
    # Re-chaining an edited entry's own hash still breaks the link to the next one.
    forged = copy.deepcopy(entries)
    forged[2]["details"]["n"] = 99
    forged[2]["hash"] = entry_hash(forged[2]["prev_hash"], forged[2])
    assert verify_chain(forged).first_bad_seq == 4
    truncated_tail = entries[:-1]
    assert verify_chain(truncated_tail).ok  # dropping the tail is only visible from outside
    no_seq = copy.deepcopy(entries)
    del no_seq[1]["seq"]
    assert not verify_chain(no_seq).ok


@st.composite
def tampering(draw: st.DrawFn) -> tuple[int, list[dict[str, Any]], int]:
    n = draw(st.integers(min_value=1, max_value=15))
    entries = build(n)
    pos = draw(st.integers(min_value=0, max_value=n - 1))
    field = draw(st.sampled_from(["seq", "at", "actor_id", "action", "target", "details",
                                  "prev_hash", "hash"]))
    victim = entries[pos]
    if field == "details":
        victim["details"] = victim["details"] | {"extra": draw(st.text(min_size=0, max_size=5))}
    elif field == "seq":
        victim["seq"] = victim["seq"] + draw(st.integers(min_value=1, max_value=100))
    else:
        old = victim[field]
        new = draw(st.text(min_size=1, max_size=64).filter(lambda s: s != old))
        victim[field] = new
    return n, entries, victim["seq"] if field == "seq" else pos + 1


@given(tampering())
def test_any_single_edit_anywhere_is_caught_at_that_entry(
    case: tuple[int, list[dict[str, Any]], int],
) -> None:
    _, entries, bad_seq = case
    result = verify_chain(entries)
    assert not result.ok
    assert result.first_bad_seq == bad_seq
    assert result.reason
