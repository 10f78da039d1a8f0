"""The maker-checker request's life cycle, its timeline and its common fields."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vipclient.domain.enums import PolicyAction, RequestStatus
from vipclient.domain.requests import (
    FINAL_STATUSES,
    TRANSITIONS,
    IllegalTransition,
    Moment,
    RequestEvent,
    ValidityProblem,
    approvers_left,
    deadline,
    decided_by,
    is_final,
    progress,
    reason_problem,
    status_after,
    timeline,
    validity_problem,
)

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
P = RequestStatus.PENDING_APPROVAL


def test_creation_follows_the_deciding_rule() -> None:
    applied = RequestStatus.APPLIED
    assert status_after(None, RequestEvent.CREATE, action=PolicyAction.ALLOW) is applied
    assert status_after(None, RequestEvent.CREATE, action=PolicyAction.REQUIRE_APPROVAL) is P
    with pytest.raises(IllegalTransition):
        status_after(None, RequestEvent.CREATE, action=PolicyAction.BLOCK)
    with pytest.raises(IllegalTransition):
        status_after(P, RequestEvent.CREATE, action=PolicyAction.ALLOW)


def test_the_last_approval_needed_applies_the_request() -> None:
    assert status_after(P, RequestEvent.APPROVE, approvals=1, required=2) is P
    assert status_after(P, RequestEvent.APPROVE, approvals=2, required=2) is RequestStatus.APPLIED
    assert status_after(P, RequestEvent.REJECT) is RequestStatus.REJECTED
    assert status_after(P, RequestEvent.CANCEL) is RequestStatus.CANCELLED
    assert status_after(P, RequestEvent.EXPIRE) is RequestStatus.EXPIRED


@given(st.sampled_from(sorted(FINAL_STATUSES)), st.sampled_from(list(RequestEvent)))
def test_a_final_request_takes_no_event(status: RequestStatus, event: RequestEvent) -> None:
    assert is_final(status)
    with pytest.raises(IllegalTransition):
        status_after(status, event, action=PolicyAction.ALLOW, approvals=9, required=1)


@given(st.sampled_from(list(RequestEvent)), st.integers(0, 3), st.integers(0, 3))
def test_every_step_is_a_transition_the_table_allows(event: RequestEvent, approvals: int,
                                                     required: int) -> None:
    if event is RequestEvent.CREATE:
        return
    after = status_after(P, event, approvals=approvals, required=required)
    assert after in TRANSITIONS[P]


def test_the_fields_every_kind_shares() -> None:
    assert reason_problem("short") == "Write a reason of 10 to 2000 characters."
    assert reason_problem("   " + "x" * 9 + "   ") is not None  # trimmed first
    assert reason_problem("a good enough reason") is None
    assert reason_problem("x" * 2001) is not None
    assert validity_problem(NOW, NOW) is ValidityProblem.PAST
    assert validity_problem(NOW + timedelta(days=365), NOW) is None
    assert validity_problem(NOW + timedelta(days=365, seconds=1), NOW) is ValidityProblem.TOO_FAR


def _request(status: str, approvals: list[dict[str, str]], **extra: object) -> dict[str, object]:
    return {"id": "FR1", "status": status, "requester_id": "S1", "approvals_required": 1,
            "approvals": approvals, "created_at": "2026-11-25T09:00:00Z",
            "updated_at": "2026-11-26T09:00:00Z", "expires_at": "2026-11-27T09:00:00Z", **extra}


def test_a_timeline_reads_every_step_with_its_comment() -> None:
    approved = {"staff_id": "S3", "decision": "approve", "comment": "ok for a month",
                "at": "2026-11-25T10:00:00Z"}
    steps = timeline(_request("applied", [approved]))
    assert [s.moment for s in steps] == [Moment.CREATED, Moment.APPROVED, Moment.APPLIED]
    assert steps[0].staff_id == "S1" and steps[1].comment == "ok for a month"
    assert steps[2].at == steps[1].at
    rejected = dict(approved, decision="reject", comment="too deep")
    assert [s.moment for s in timeline(_request("rejected", [rejected]))] == [
        Moment.CREATED, Moment.REJECTED]
    ended = timeline(_request("expired", []))
    assert ended[-1].moment is Moment.EXPIRED and ended[-1].staff_id is None
    assert ended[-1].at == datetime(2026, 11, 26, 9, tzinfo=UTC)
    cancelled = timeline(_request("cancelled", []))
    assert cancelled[-1].moment is Moment.CANCELLED and cancelled[-1].staff_id == "S1"
    at_once = timeline(_request("applied", [], approvals_required=0))
    assert [s.moment for s in at_once] == [Moment.CREATED, Moment.APPLIED]
    assert at_once[1].at == at_once[0].at


def test_progress_deadline_and_who_may_still_decide() -> None:
    pending = _request("pending_approval", [
        {"staff_id": "S3", "decision": "approve", "comment": "", "at": "2026-11-25T10:00:00Z"}],
        approvals_required=2)
    assert progress(pending).given == 1 and progress(pending).missing == 1
    assert deadline(pending) == datetime(2026, 11, 27, 9, tzinfo=UTC)
    assert deadline(_request("applied", [])) is None
    assert decided_by(pending, "S3") and not decided_by(pending, "S4")
    assert approvers_left(pending, ["S1", "S3", "S4"]) == ["S4"]
