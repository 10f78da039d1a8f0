"""Role helpers predict the server's refusals, with the reason a disabled button shows."""

from __future__ import annotations

from typing import Any

from vipclient import i18n
from vipclient.security.roles import (
    can_approve,
    can_cancel,
    can_change_manager,
    can_decide_unfreeze,
    can_freeze,
    can_request_for,
    can_request_unfreeze,
    can_view_audit,
    needs_step_up,
)

ALICE = {"id": "S1", "roles": ["account_manager"]}
BOB = {"id": "S2", "roles": ["account_manager"]}
CAROL = {"id": "S3", "roles": ["supervisor"]}
DAVE = {"id": "S4", "roles": ["security_officer"]}
ERIN = {"id": "S5", "roles": ["security_officer", "mystery_role"]}


def client(**over: Any) -> dict[str, Any]:
    return {"uid": "U1", "manager_id": "S1", "status": "active", **over}


def request(**over: Any) -> dict[str, Any]:
    return {"id": "F1", "status": "pending_approval", "requester_id": "S1", "approvals": [],
            **over}


SUPERVISOR_RULE = {"id": "fee-deep", "approver_role": "supervisor", "step_up": False}
SECURITY_RULE = {"id": "wd-expedite-large", "approver_role": "security_officer", "step_up": True}


def test_request_for_own_client_or_as_supervisor() -> None:
    assert can_request_for(ALICE, client())
    assert can_request_for(CAROL, client(manager_id="S9"))
    other = can_request_for(BOB, client())
    assert not other and "account manager" in other.reason
    officer = can_request_for(DAVE, client())
    assert not officer and "supervisors" in officer.reason


def test_frozen_client_refused_after_role_check() -> None:
    frozen = can_request_for(ALICE, client(status="frozen"))
    assert not frozen and "frozen" in frozen.reason
    # the role reason comes first, as the server checks roles before state
    assert "frozen" not in can_request_for(BOB, client(status="frozen")).reason


def test_maker_checker() -> None:
    assert can_approve(CAROL, request(), SUPERVISOR_RULE)
    own = can_approve({"id": "S1", "roles": ["supervisor"]}, request(), SUPERVISOR_RULE)
    assert not own and "maker-checker" in own.reason
    wrong_role = can_approve(DAVE, request(), SUPERVISOR_RULE)
    assert not wrong_role and "supervisor" in wrong_role.reason
    twice = can_approve(CAROL, request(approvals=[{"staff_id": "S3", "decision": "approve"}]),
                        SUPERVISOR_RULE)
    assert not twice and "already" in twice.reason
    done = can_approve(CAROL, request(status="applied"), SUPERVISOR_RULE)
    assert not done and "no longer" in done.reason
    assert can_approve(DAVE, request(), SECURITY_RULE)
    assert needs_step_up(SECURITY_RULE) and not needs_step_up(SUPERVISOR_RULE)
    assert not needs_step_up(None)
    # an unknown rule leaves the role check to the server
    assert can_approve(BOB, request(), None)


def test_cancel_only_by_requester_while_pending() -> None:
    assert can_cancel(ALICE, request())
    assert not can_cancel(CAROL, request())
    assert not can_cancel(ALICE, request(status="rejected"))


def test_freeze_and_dual_control() -> None:
    assert can_freeze(DAVE) and can_freeze(ERIN)
    assert not can_freeze(CAROL)
    assert can_request_unfreeze(DAVE, {"status": "active"})
    assert not can_request_unfreeze(DAVE, {"status": "lifted"})
    pending = {"status": "pending", "requester_id": "S4"}
    same = can_decide_unfreeze(DAVE, pending)
    assert not same and "different security officer" in same.reason
    assert can_decide_unfreeze(ERIN, pending)
    assert not can_decide_unfreeze(ERIN, {**pending, "status": "approved"})
    assert not can_decide_unfreeze(CAROL, pending)


def test_audit_and_manager_change() -> None:
    assert can_view_audit(CAROL) and can_view_audit(DAVE)
    assert not can_view_audit(ALICE)
    assert can_change_manager(CAROL) and not can_change_manager(ALICE)


def test_works_with_objects_too() -> None:
    class Staff:
        id = "S1"
        roles = ("account_manager",)

    class Client:
        manager_id = "S1"
        status = "active"

    assert can_request_for(Staff(), Client())


def test_reasons_are_translated() -> None:
    i18n.set_translator(lambda ctx, text: f"[{ctx}] {text}")
    try:
        reason = can_approve(DAVE, request(), SUPERVISOR_RULE).reason
    finally:
        i18n.set_translator(None)
    assert reason.startswith("[Permissions]")
