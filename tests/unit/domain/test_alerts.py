"""The risk alerts' life cycle, as the server enforces it and the desk mirrors it."""

from __future__ import annotations

import pytest

from vipclient.domain.alerts import (
    allowed_moves,
    can_be_frozen_with,
    can_move,
    is_handled,
    note_problem,
)
from vipclient.domain.enums import AlertSeverity, AlertStatus

LEGAL = {("open", "acknowledged"), ("open", "dismissed"), ("open", "actioned"),
         ("acknowledged", "dismissed"), ("acknowledged", "actioned")}


@pytest.mark.parametrize("start", [s.value for s in AlertStatus])
@pytest.mark.parametrize("target", [s.value for s in AlertStatus])
def test_exactly_the_contracts_transitions(start: str, target: str) -> None:
    assert can_move(start, target) == ((start, target) in LEGAL)


def test_final_states_and_freezing() -> None:
    assert is_handled("dismissed") and is_handled("actioned")
    assert not is_handled("open") and not is_handled("acknowledged")
    assert can_be_frozen_with("open") and can_be_frozen_with("acknowledged")
    assert not can_be_frozen_with("dismissed") and not can_be_frozen_with("actioned")
    assert allowed_moves("acknowledged") == {AlertStatus.DISMISSED, AlertStatus.ACTIONED}


def test_notes() -> None:
    assert note_problem(None, required=False) is None
    assert note_problem("  ", required=True)
    assert note_problem("too short", required=False)
    assert note_problem("Customer confirmed the login was theirs.", required=True) is None
    assert note_problem("x" * 2001, required=False)


def test_severity_ranks_in_order() -> None:
    assert [s.rank for s in AlertSeverity] == [0, 1, 2, 3]
    assert AlertSeverity.CRITICAL.rank > AlertSeverity.HIGH.rank
