"""The audit hash chain, checked against the contract's rule written out by hand."""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from vipclient.domain.audit import GENESIS, Pin, canonical_json, chain_entry, entry_hash, verify


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
    result = verify(entries)
    assert result.ok and result.problem is None and result.checked == 12
    assert (result.head_seq, result.head_hash) == (12, entries[-1]["hash"])
    assert result.pin() == Pin(12, entries[-1]["hash"])
    assert verify([]).ok and verify([]).head_hash == GENESIS


def test_a_later_page_verifies_from_the_hash_before_it() -> None:
    entries = build(10)
    assert verify(entries[5:], start_seq=6, start_prev_hash=entries[4]["hash"]).ok
    assert not verify(entries[5:]).ok


def _problem(entries: list[dict[str, Any]], **kw: Any) -> str:
    problem = verify(entries, **kw).problem
    assert problem is not None
    return problem.line()


def test_dropping_reordering_and_forging_are_named() -> None:
    entries = build(6)
    assert _problem(entries[:2] + entries[3:]) == "seq 3 missing"
    assert _problem([entries[0], entries[2], entries[1], *entries[3:]]) == "seq 2 missing"
    # Re-chaining an edited entry's own hash still breaks the link to the next one.
    forged = copy.deepcopy(entries)
    forged[2]["details"]["n"] = 99
    forged[2]["hash"] = entry_hash(forged[2]["prev_hash"], forged[2])
    assert _problem(forged) == "seq 4 changed"
    assert verify(entries[:-1]).ok  # dropping the tail is only visible from outside …
    assert _problem(entries[:-1], pin=Pin(6, entries[-1]["hash"])) == "seq 6 missing"  # … pinned
    no_seq = copy.deepcopy(entries)
    del no_seq[1]["seq"]
    assert _problem(no_seq) == "seq None malformed"


def test_a_chain_rewritten_from_an_entry_on_verifies_alone_and_fails_the_pin() -> None:
    entries = build(8)
    pin = verify(entries[:5]).pin()
    rewritten = copy.deepcopy(entries)
    rewritten[2]["details"]["n"] = 1000  # edited, then every later hash recomputed
    for i in range(2, 8):
        rewritten[i]["prev_hash"] = rewritten[i - 1]["hash"] if i else GENESIS
        rewritten[i]["hash"] = entry_hash(rewritten[i]["prev_hash"], rewritten[i])
    assert verify(rewritten).ok
    assert _problem(rewritten, pin=pin) == f"seq 5 rewritten (pinned hash {pin.head_hash})"
    # The pinned entry re-read alone (GET /audit?from_seq=size) is checked the same way.
    assert not verify(rewritten[4:], pin=pin, start_seq=5,
                      start_prev_hash=rewritten[3]["hash"]).ok
    assert verify(entries, pin=pin).ok


@st.composite
def tampering(draw: st.DrawFn) -> tuple[int, list[dict[str, Any]], int, str]:
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
    # A number moved up leaves its own number missing; anything else is a changed entry.
    return n, entries, pos + 1, "missing" if field == "seq" else "changed"


@given(tampering())
def test_any_single_edit_anywhere_is_caught_at_that_entry(
    case: tuple[int, list[dict[str, Any]], int, str],
) -> None:
    _, entries, bad_seq, kind = case
    result = verify(entries)
    assert result.problem is not None
    assert (result.problem.seq, result.problem.kind) == (bad_seq, kind)
    assert result.checked == bad_seq - 1


def test_the_fast_canonical_bytes_are_the_contracts_own() -> None:
    from vipclient.domain.audit import canonical_bytes

    every_char = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    for value in (
        {"k": every_char, "b": [1, -2, True, False, None, '"\\'], "a": {"z": 1, "y": 2}},
        {"n": 2**63 - 1, "m": -(2**63), "u": 2**64 - 1},
        {"f": 1.5, "e": 1e16, "big": 2**70},  # not plain: the contract's rule itself
        [],
    ):
        assert canonical_bytes(value) == canonical_json(value).encode("utf-8")


@given(st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
))
def test_canonical_bytes_agree_with_the_rule_on_any_json(value: Any) -> None:
    from vipclient.domain.audit import canonical_bytes

    try:
        expected = canonical_json(value).encode("utf-8")
    except UnicodeEncodeError:
        return  # a lone surrogate: no UTF-8 text at all, by either rule
    assert canonical_bytes(value) == expected
