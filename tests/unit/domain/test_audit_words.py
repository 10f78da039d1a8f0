"""Audit entries in words: one formatter per action, names for staff ids, translations."""

from __future__ import annotations

from typing import Any

import pytest

from vipclient.domain.audit_words import TEMPLATES, describe

NAMES = {"S4": "Dave Lin", "S5": "Erin Park", "S1": "Alice Chen"}


def entry(action: str, actor: str | None = "S4", target: str = "U10000042",
          **details: Any) -> dict[str, Any]:
    return {"seq": 1, "at": "2026-11-25T09:00:00Z", "actor_id": actor, "action": action,
            "target": target, "details": details, "prev_hash": "0" * 64, "hash": "1" * 64}


def words(e: dict[str, Any]) -> str:
    return describe(e, NAMES.get)


@pytest.mark.parametrize(("e", "expected"), [
    (entry("client.freeze", scopes=["login", "trading"], reason_code="account_compromise"),
     "Dave Lin froze U10000042: login, trading — account compromise"),
    (entry("client.freeze", scopes=["login", "api"], reason_code="other", widened=True),
     "Dave Lin widened the freeze of U10000042 to login, API — other"),
    (entry("unfreeze_request.create", target="UF1", client_uid="U10000042",
           reason="Verified on a video call"),
     "Dave Lin asked to lift the freeze of U10000042: Verified on a video call"),
    (entry("client.unfreeze", actor="S5", requested_by="S4"),
     "Erin Park lifted the freeze of U10000042 (asked for by Dave Lin)"),
    (entry("risk_alert.create", actor=None, severity="critical", kind="sim_swap_report"),
     "A critical alert was raised on U10000042: SIM swap report"),
    (entry("risk_alert.dismiss", alert_id="RA1", note="Known travel"),
     "Dave Lin dismissed alert RA1 on U10000042: Known travel"),
    (entry("fee_request.create", actor="S1", target="FR9", client_uid="U1", rule_id="fee-deep"),
     "Alice Chen asked for fee request FR9 for U1 (rule fee-deep)"),
    (entry("withdrawal_request.expire", actor=None, target="WR2", client_uid="U1"),
     "withdrawal request WR2 expired"),
    (entry("ticket.status", target="T7", **{"from": "open", "to": "pending_client"}),
     "Dave Lin moved ticket T7 from open to pending client"),
    (entry("ticket.message", actor=None, target="T7", author_kind="client"),
     "The client wrote on ticket T7"),
    (entry("auth.lockout", actor=None, target="dave", username="dave", failures=5),
     "dave was locked out after 5 failed attempts"),
    (entry("something.new", actor="S9", target="X1"), "S9: something.new X1"),
])
def test_each_action_reads_as_a_sentence(e: dict[str, Any], expected: str) -> None:
    assert words(e) == expected


def test_words_go_through_the_translator() -> None:
    def chinese(context: str, text: str) -> str:
        assert context == "AuditWords"
        return {TEMPLATES["client.freeze"]: "{actor} 冻结了 {target}：{scopes} — {reason}",
                "login": "登录", "account compromise": "账户被盗"}.get(text, text)

    e = entry("client.freeze", scopes=["login"], reason_code="account_compromise")
    assert describe(e, NAMES.get, chinese) == "Dave Lin 冻结了 U10000042：登录 — 账户被盗"


def test_a_translation_that_lost_a_placeholder_still_says_something() -> None:
    e = entry("auth.login")
    assert describe(e, NAMES.get, lambda c, t: "{nobody} signed in" if "signed in" in t
                    else t) == "Dave Lin: auth.login U10000042"
