"""Seeded tickets carry SLA fields the domain's clock machine agrees with."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.sandbox_seed import NOW, book, by_entity
from vipclient.domain.sla import TicketSla, parse_ts, targets_for
from vipclient.sandbox.demo_sla import DomainTicketClocks, FastTicketClocks
from vipclient.sandbox.seed import demo_staff, generate


def test_fast_clocks_equal_the_domain_machine_on_whole_books() -> None:
    """The generator's fast clocks and :class:`TicketSla` give identical tickets."""
    for seed in (7, 21):
        staff = demo_staff(seed)
        fast = list(generate(seed, 80, NOW, staff, clocks=FastTicketClocks))
        domain = list(generate(seed, 80, NOW, staff, clocks=DomainTicketClocks))
        assert len(fast) == len(domain)
        for a, b in zip(fast, domain, strict=True):
            assert a == b


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict[str, Any]]]:
    return by_entity(book(7, 200))


def test_no_breach_is_left_unrecorded_at_now(records: dict[str, list[dict[str, Any]]]) -> None:
    tiers = {c["uid"]: c["tier"] for c in records["client"]}
    for t in records["ticket"]:
        sla = TicketSla.from_fields(t, targets_for(tiers[t["client_uid"]], t["priority"]))
        assert sla.check_breaches(NOW) == [], t["id"]
        assert sla.to_fields() == {k: t[k] for k in sla.to_fields()}


def test_fields_follow_the_thread(records: dict[str, list[dict[str, Any]]]) -> None:
    tiers = {c["uid"]: c["tier"] for c in records["client"]}
    threads: dict[str, list[dict[str, Any]]] = {}
    for m in records["message"]:
        threads.setdefault(m["ticket_id"], []).append(m)
    for t in records["ticket"]:
        msgs = threads[t["id"]]
        assert [m["created_at"] for m in msgs] == sorted(m["created_at"] for m in msgs)
        public_staff = [m for m in msgs if m["author_kind"] == "staff" and not m["internal"]]
        expected = public_staff[0]["created_at"] if public_staff else None
        assert t["first_responded_at"] == expected
        if t["status"] == "new":
            assert not public_staff and msgs[-1]["author_kind"] in ("client", "system")
        assert (t["solved_at"] is not None) == (t["status"] in ("solved", "closed"))
        targets = targets_for(tiers[t["client_uid"]], t["priority"])
        created = parse_ts(t["created_at"])
        assert parse_ts(t["first_response_due"]) == created + targets.first_response
        events = t["sla_events"]
        assert [e["at"] for e in events] == sorted(e["at"] for e in events)
        assert events[:2] == [
            {"at": t["created_at"], "clock": "first_response", "event": "started"},
            {"at": t["created_at"], "clock": "resolution", "event": "started"},
        ]
        if t["status"] == "pending_client":
            assert events[-1]["event"] in ("paused", "breached")
        if t["status"] in ("solved", "closed"):
            assert t["next_response_due"] is None


def test_next_deadline_agrees_with_the_domain(records: dict[str, list[dict[str, Any]]]) -> None:
    from vipclient.domain.sla import format_ts
    from vipclient.sandbox.demo_sla import next_deadline

    tiers = {c["uid"]: c["tier"] for c in records["client"]}
    counting = 0
    for t in records["ticket"]:
        sla = TicketSla.from_fields(t, targets_for(tiers[t["client_uid"]], t["priority"]))
        expected = sla.next_deadline()
        got = next_deadline(t)
        assert got == (None if expected is None else format_ts(expected)), t["id"]
        counting += got is not None
    assert counting > 100
