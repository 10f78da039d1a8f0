"""Freeze rules the dialog and the sandbox share: default scopes, the note, widening."""

from __future__ import annotations

import pytest

from vipclient.domain.enums import FreezeReason, FreezeScope
from vipclient.domain.freezes import (
    default_scopes,
    in_order,
    note_problem,
    suggested_reason,
    unfreeze_reason_problem,
    widened,
)


def test_an_account_compromise_stops_everything() -> None:
    assert default_scopes("account_compromise") == tuple(FreezeScope)


@pytest.mark.parametrize("reason", list(FreezeReason))
def test_every_reason_suggests_at_least_one_scope(reason: FreezeReason) -> None:
    assert default_scopes(reason)


def test_other_needs_twenty_characters_and_others_need_none() -> None:
    assert note_problem("other", "too short") is not None
    assert note_problem("other", " " * 30) is not None
    assert note_problem("other", "Client called from a new number, 20+") is None
    assert note_problem("phishing_report", "") is None
    assert note_problem("legal_order", "x" * 2001) is not None


def test_unfreeze_reasons_are_ten_to_two_thousand_characters() -> None:
    assert unfreeze_reason_problem("ok now") is not None
    assert unfreeze_reason_problem("Client verified by video call") is None


def test_scopes_keep_the_contracts_order_and_widen_only() -> None:
    assert in_order(["api", "login", "api"]) == ["login", "api"]
    assert widened(["withdrawals"], ["login"]) == ["login", "withdrawals"]


def test_a_freeze_from_alerts_starts_with_the_reason_they_point_at() -> None:
    assert suggested_reason(["phishing_report"]) is FreezeReason.PHISHING_REPORT
    assert suggested_reason(["withdrawal_new_address"]) is FreezeReason.SUSPICIOUS_WITHDRAWAL
    assert suggested_reason(["phishing_report", "sim_swap_report"]) is (
        FreezeReason.ACCOUNT_COMPROMISE)
    assert suggested_reason([]) is FreezeReason.ACCOUNT_COMPROMISE
