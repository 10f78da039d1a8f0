"""Canned responses: a variant per language, all with the same responses and placeholders, and
the variant a ticket gets."""

from __future__ import annotations

import pytest

from vipclient.sandbox.demo_text import THREAD_LANGUAGES
from vipclient.services.canned import (
    LANGUAGE_NAMES,
    LANGUAGES,
    PLACEHOLDERS,
    choose_language,
    load,
    placeholders_in,
)


def test_every_language_the_clients_write_in_has_every_response() -> None:
    assert set(THREAD_LANGUAGES) <= set(LANGUAGES)  # the sandbox's clients' languages
    assert set(LANGUAGE_NAMES) == set(LANGUAGES)
    english = {r.key: r for r in load("en")}
    for language in LANGUAGES:
        responses = {r.key: r for r in load(language)}
        assert responses.keys() == english.keys(), language
        for key, response in responses.items():
            # The same placeholders as the English text: none lost, none invented.
            assert placeholders_in(response.body) == placeholders_in(english[key].body), (
                language, key)
            assert placeholders_in(response.body) <= set(PLACEHOLDERS)
            assert response.title.strip() and response.body.strip()
            if language != "en":
                assert response.body != english[key].body, (language, key)


@pytest.mark.parametrize(("ticket", "client", "expected"), [
    ("ja", ["ko", "en"], ("ja", "ticket")),
    ("zh-Hant", ["en"], ("zh", "ticket")),
    ("pt_BR", [], ("pt", "ticket")),
    ("it", ["it", "ko", "en"], ("ko", "client")),  # no Italian texts: the first language that has
    ("", ["ar"], ("ar", "client")),
    ("it", ["it", "nl"], ("en", "fallback")),
    ("", [], ("en", "fallback")),
])
def test_the_variant_follows_the_ticket_then_the_client_then_english(
    ticket: str, client: list[str], expected: tuple[str, str],
) -> None:
    assert tuple(choose_language(ticket, client)) == expected
