"""The words for the domain's values: each table's texts are filed by lupdate under the context
the table translates them in, and every value of the domain's enums has its word."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from vipclient import i18n
from vipclient.domain.enums import (
    Category,
    Channel,
    FreezeReason,
    FreezeScope,
    FreezeStatus,
    Priority,
    Team,
    TicketStatus,
)
from vipclient.domain.lanes import SlaState
from vipclient.gui import words
from vipclient.gui.words import word

CATALOGUE = Path(__file__).resolve().parents[2] / "resources/translations/vipclient_zh_CN.ts"


def test_each_table_is_filed_under_its_own_context() -> None:
    filed = {(c.findtext("name"), m.findtext("source"))
             for c in ET.parse(CATALOGUE).getroot().iter("context") for m in c.iter("message")}
    for table in words.TABLES:
        for text in table.texts.values():
            assert (table.context, text) in filed, (table.context, text)


def test_every_enum_value_has_a_word() -> None:
    for table, enum in ((words.TICKET_STATUS, TicketStatus), (words.TEAM, Team),
                        (words.PRIORITY, Priority), (words.CATEGORY, Category),
                        (words.CHANNEL, Channel), (words.FREEZE_SCOPE, FreezeScope),
                        (words.FREEZE_STATUS, FreezeStatus), (words.SLA_STATE, SlaState)):
        assert {e.value for e in enum} <= set(table.texts), enum
    assert {e.value for e in FreezeReason} <= set(words.FREEZE_REASON.texts)


def test_a_word_is_translated_where_shown_and_unknown_values_show_as_themselves() -> None:
    i18n.set_translator(lambda context, text: f"[{context}] {text}")
    try:
        assert word(words.TICKET_STATUS, TicketStatus.PENDING_CLIENT) == (
            "[TicketView] Pending client")
        assert word(words.PRIORITY, "urgent") == "[Tickets] Urgent"
        assert word(words.CHANNEL, "carrier_pigeon") == "carrier_pigeon"
        assert word(words.CHANNEL, None) == "—"
    finally:
        i18n.set_translator(None)
