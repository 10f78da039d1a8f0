"""Every template of every language renders, and the scenarios line up across languages."""

from __future__ import annotations

import random

from tests.support.sandbox_seed import written_in
from vipclient.sandbox.demo_text import (
    CATEGORIES,
    INTERNAL_NOTES,
    PHRASEBOOKS,
    REGIONAL_PHRASEBOOKS,
    SYSTEM_CHANNEL,
    SYSTEM_ESCALATED,
)
from vipclient.sandbox.demo_tickets import ticket_context

BOOKS = [*PHRASEBOOKS.values(), *REGIONAL_PHRASEBOOKS.values()]


def test_every_template_renders_in_its_language() -> None:
    rng = random.Random(1)
    for book in BOOKS:
        ctx = ticket_context(rng, 5, "Name", book)
        for category in CATEGORIES:
            openers = book.openers[category]
            assert book.subjects[category] and openers
            lines = [*book.subjects[category], *openers, *book.ask_info[category],
                     *book.client_info, *book.chasers, *book.thanks, *book.holding]
            for scenario in range(len(openers)):
                for roll in (0.0, 0.5, 0.99):
                    lines.append(book.first_reply(category, scenario, roll))
                    lines.append(book.resolution(category, scenario, roll))
                lines.append(book.internal_note(category, scenario))
            for line in lines:
                text = line.format_map(ctx)  # a KeyError here is an unknown placeholder
                assert "{" not in text and "}" not in text
                if line not in INTERNAL_NOTES[category]:
                    assert written_in(text.replace("Name", ""), book.language), text


def test_scenarios_map_to_the_english_ones() -> None:
    assert PHRASEBOOKS["ja"].internal_note("withdrawal", 1) == INTERNAL_NOTES["withdrawal"][3]
    assert PHRASEBOOKS["ko"].internal_note("api", 1) == INTERNAL_NOTES["api"][3]
    assert PHRASEBOOKS["de"].internal_note("other", 0) == INTERNAL_NOTES["other"][1]
    assert PHRASEBOOKS["zh"].internal_note("withdrawal", 4) == INTERNAL_NOTES["withdrawal"][0]
    en = PHRASEBOOKS["en"]
    for category, notes in INTERNAL_NOTES.items():
        stories = set(en.scenarios.get(category) or range(len(en.openers[category])))
        assert stories == set(range(len(notes))), category  # one note per English story
    assert en.scenarios_for("fees", 2) == [2, 3, 4]
    assert PHRASEBOOKS["ja"].scenarios_for("fees", 2) == [1, 2]
    assert PHRASEBOOKS["de"].scenarios_for("withdrawal", 3) == []


def test_system_messages_render() -> None:
    assert SYSTEM_ESCALATED.format(team="risk") == "Ticket escalated to the risk team."
    for template in SYSTEM_CHANNEL.values():
        assert "{" not in template.format(minutes=7)
