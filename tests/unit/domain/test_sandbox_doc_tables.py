"""docs/sandbox.md states the SLA table and the default policies the code applies."""

from __future__ import annotations

from pathlib import Path

from vipclient.domain.policy import DEFAULT_POLICIES
from vipclient.domain.sla import sla_table_markdown

DOC = Path(__file__).resolve().parents[3] / "docs" / "sandbox.md"


def test_the_documented_sla_table_is_the_code_table() -> None:
    assert sla_table_markdown() in DOC.read_text(encoding="utf-8")


def test_every_default_policy_is_documented_in_order() -> None:
    text = DOC.read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ") and "| `" in line]
    documented = [line.split("`")[1] for line in rows if line.split("|")[1].strip().isdigit()]
    assert documented == [rule.id for rule in DEFAULT_POLICIES]
    for rule in DEFAULT_POLICIES:
        assert rule.description in text
