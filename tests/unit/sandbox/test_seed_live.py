"""``--live`` mode: new tickets and client replies in the client's language."""

from __future__ import annotations

import random

from tests.support.sandbox_seed import NOW, book, by_entity, written_in
from vipclient.sandbox.seed import RECORD_FIELDS, client_reply, new_ticket


def test_new_ticket_is_a_fresh_ticket_with_its_first_message() -> None:
    clients = by_entity(book(7, 30))["client"]
    rng = random.Random(5)
    seen: set[str] = set()
    for client in clients:
        ticket, message = new_ticket(rng, client, NOW)
        assert tuple(ticket) == RECORD_FIELDS["ticket"]
        assert tuple(message) == RECORD_FIELDS["message"]
        assert ticket["status"] == "new" and ticket["version"] == 1
        assert ticket["created_at"] == ticket["updated_at"] == "2026-11-25T08:00:00Z"
        assert ticket["sla_events"] == [] and ticket["first_response_due"] is None
        assert ticket["client_uid"] == client["uid"] and ticket["team"] is None
        assert ticket["assignee_id"] in (None, client["manager_id"])
        assert message["ticket_id"] == ticket["id"] and message["author_kind"] == "client"
        assert message["author_id"] == client["uid"] and message["internal"] is False
        assert ticket["language"] in client["languages"] or ticket["language"] == "en"
        assert written_in(message["body"], ticket["language"])
        assert written_in(ticket["subject"], ticket["language"])
        # Live ids live in their own namespace: T + 12 hex digits, never a seeded T0000001.
        assert len(ticket["id"]) == 13 and len(message["id"]) == 13
        assert ticket["id"] not in seen
        seen.add(ticket["id"])


def test_live_output_is_deterministic_for_a_seeded_rng() -> None:
    client = by_entity(book(7, 5))["client"][0]
    assert new_ticket(random.Random(1), client, NOW) == new_ticket(random.Random(1), client, NOW)
    assert new_ticket(random.Random(1), client, NOW) != new_ticket(random.Random(2), client, NOW)


def test_client_reply_fits_the_ticket_state_and_language() -> None:
    records = by_entity(book(7, 40))
    clients = {c["uid"]: c for c in records["client"]}
    rng = random.Random(9)
    for ticket in records["ticket"][:150]:
        text = client_reply(rng, ticket, clients[ticket["client_uid"]], NOW)
        assert text and "{" not in text
        assert written_in(text, ticket["language"]), (ticket["language"], text)
    en = next(t for t in records["ticket"] if t["language"] == "en")
    from vipclient.sandbox.demo_text import PHRASEBOOKS

    book_en = PHRASEBOOKS["en"]
    assert client_reply(rng, {**en, "status": "solved"}, clients[en["client_uid"]],
                        NOW) in book_en.thanks
    assert client_reply(rng, {**en, "status": "open"}, clients[en["client_uid"]],
                        NOW) in book_en.chasers
