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


@pytest.mark.parametrize(("ticket", "client", "region", "expected"), [
    ("ja", ["ko", "en"], "JP", ("ja", "ticket")),
    ("zh", ["zh", "en"], "CN", ("zh", "ticket")),
    ("zh", ["zh", "en"], "HK", ("zh_Hant", "ticket")),  # Hong Kong writes traditional
    ("zh-Hant", ["en"], "SG", ("zh_Hant", "ticket")),
    ("zh_TW", [], "", ("zh_Hant", "ticket")),
    ("zh-Hans", [], "TW", ("zh", "ticket")),  # the tag's own script wins
    ("pt_BR", [], "BR", ("pt", "ticket")),
    ("it", ["it", "ko", "en"], "IT", ("ko", "client")),  # no Italian: the first that has
    ("", ["zh", "en"], "TW", ("zh_Hant", "client")),
    ("", ["ar"], "AE", ("ar", "client")),
    ("it", ["it", "nl"], "", ("en", "fallback")),
    ("", [], "", ("en", "fallback")),
])
def test_the_variant_follows_the_ticket_then_the_client_then_english(
    ticket: str, client: list[str], region: str, expected: tuple[str, str],
) -> None:
    assert tuple(choose_language(ticket, client, region)) == expected
