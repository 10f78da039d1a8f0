"""The maker-checker request: its life cycle and the rules of its common fields.

Fee, withdrawal and API-access requests share one life cycle (platform-api, "Policies, fee
requests and withdrawal requests"): the first matching policy rule either applies the request
at once, blocks it, or leaves it ``pending_approval`` until enough people with the rule's role
approve it (then it is ``approved`` and ``applied`` in the same step), someone rejects it, its
requester cancels it, or its rule's time runs out (``expired``). This module states that life
cycle as a small state machine, reads a request's history from its JSON (the timeline a desk
shows), and holds the checks of the fields every kind has (reason, end of validity), which the
sandbox enforces and the desk's forms check as a person types.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from vipclient.domain.enums import PolicyAction, RequestStatus

# --- the common fields ------------------------------------------------------------------------

REASON_MIN, REASON_MAX = 10, 2000
MAX_VALIDITY = timedelta(days=365)


def reason_problem(text: str) -> str | None:
    """Why ``text`` is not an acceptable reason (its length after trimming), or None."""
    if not REASON_MIN <= len(text.strip()) <= REASON_MAX:
        return f"Write a reason of {REASON_MIN} to {REASON_MAX} characters."
    return None


class ValidityProblem(StrEnum):
    PAST = "past"
    TOO_FAR = "too_far"


VALIDITY_MESSAGES: dict[ValidityProblem, str] = {
    ValidityProblem.PAST: "The end of validity must be in the future.",
    ValidityProblem.TOO_FAR: "The end of validity can be at most 365 days ahead.",
}


def validity_problem(until: datetime, now: datetime) -> ValidityProblem | None:
    """Whether an end of validity is acceptable at ``now``: in the future, at most
    :data:`MAX_VALIDITY` ahead."""
    if until <= now:
        return ValidityProblem.PAST
    if until > now + MAX_VALIDITY:
        return ValidityProblem.TOO_FAR
    return None


# --- the life cycle ---------------------------------------------------------------------------


class RequestEvent(StrEnum):
    """What can happen to a request."""

    CREATE = "create"
    APPROVE = "approve"
    REJECT = "reject"
    CANCEL = "cancel"
    EXPIRE = "expire"


FINAL_STATUSES = frozenset({
    RequestStatus.APPLIED, RequestStatus.REJECTED, RequestStatus.CANCELLED,
    RequestStatus.EXPIRED,
})

#: The statuses each status may move to.
TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.PENDING_APPROVAL: frozenset({
        RequestStatus.PENDING_APPROVAL, RequestStatus.APPROVED, RequestStatus.APPLIED,
        RequestStatus.REJECTED, RequestStatus.CANCELLED, RequestStatus.EXPIRED,
    }),
    RequestStatus.APPROVED: frozenset({RequestStatus.APPLIED}),
    **{status: frozenset() for status in FINAL_STATUSES},
}


class IllegalTransition(ValueError):
    """An event a request in its present status cannot take (the server answers 409)."""


def is_final(status: RequestStatus | str) -> bool:
    return RequestStatus(status) in FINAL_STATUSES


def status_after(status: RequestStatus | str | None, event: RequestEvent, *,
                 action: PolicyAction | None = None, approvals: int = 0,
                 required: int = 0) -> RequestStatus:
    """Where ``event`` takes a request in ``status`` (None before it exists).

    ``action`` is the deciding rule's (for ``CREATE``); ``approvals`` counts approvals given
    including this one and ``required`` is the rule's number (for ``APPROVE``). The last
    approval needed approves and applies the request in one step, so it ends ``applied``.
    """
    if event is RequestEvent.CREATE:
        if status is not None:
            raise IllegalTransition("a request is created once")
        if action is PolicyAction.BLOCK or action is None:
            raise IllegalTransition("a blocked request is never created")
        return (RequestStatus.APPLIED if action is PolicyAction.ALLOW
                else RequestStatus.PENDING_APPROVAL)
    if status is None:
        raise IllegalTransition(f"{event.value}: no such request")
    current = RequestStatus(status)
    if current is not RequestStatus.PENDING_APPROVAL:
        raise IllegalTransition(f"a {current.value} request cannot take {event.value}")
    if event is RequestEvent.APPROVE:
        return (RequestStatus.APPLIED if approvals >= max(1, required)
                else RequestStatus.PENDING_APPROVAL)
    return {
        RequestEvent.REJECT: RequestStatus.REJECTED,
        RequestEvent.CANCEL: RequestStatus.CANCELLED,
        RequestEvent.EXPIRE: RequestStatus.EXPIRED,
    }[event]


# --- reading a request's JSON -----------------------------------------------------------------


def _parse_time(value: Any) -> datetime | None:
    from vipclient.domain.sla import parse_ts

    if not isinstance(value, str) or not value:
        return None
    try:
        return parse_ts(value)
    except ValueError:
        return None


@dataclass(frozen=True)
class Decision:
    """One approval or rejection as the request records it."""

    staff_id: str
    approve: bool
    comment: str
    at: datetime | None


def decisions(request: Mapping[str, Any]) -> list[Decision]:
    out: list[Decision] = []
    for item in request.get("approvals") or ():
        if not isinstance(item, Mapping):
            continue
        out.append(Decision(
            staff_id=str(item.get("staff_id") or ""),
            approve=item.get("decision") == "approve",
            comment=str(item.get("comment") or ""),
            at=_parse_time(item.get("at")),
        ))
    return out


@dataclass(frozen=True)
class Progress:
    """Approvals given against those the rule needs (0 needed: applied at once)."""

    given: int
    needed: int

    @property
    def missing(self) -> int:
        return max(0, self.needed - self.given)


def progress(request: Mapping[str, Any]) -> Progress:
    given = sum(1 for d in decisions(request) if d.approve)
    try:
        needed = int(request.get("approvals_required") or 0)
    except (TypeError, ValueError):
        needed = 0
    return Progress(given, needed)


def decided_by(request: Mapping[str, Any], staff_id: str) -> bool:
    return any(d.staff_id == staff_id for d in decisions(request))


class Moment(StrEnum):
    CREATED = "created"
    APPROVED = "approved"
    REJECTED = "rejected"
    APPLIED = "applied"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class TimelineEntry:
    """One step of a request's history; ``staff_id`` is who took it (None: the platform)."""

    moment: Moment
    at: datetime | None
    staff_id: str | None = None
    comment: str = ""


_ENDINGS = {
    RequestStatus.EXPIRED: Moment.EXPIRED,
    RequestStatus.CANCELLED: Moment.CANCELLED,
}


def timeline(request: Mapping[str, Any]) -> list[TimelineEntry]:
    """Created, each decision with its comment, then how it ended (applied, expired,
    cancelled); a rejection is its own ending. Times as the request records them: an
    ending's time is the request's last change."""
    created = _parse_time(request.get("created_at"))
    updated = _parse_time(request.get("updated_at")) or created
    entries = [TimelineEntry(Moment.CREATED, created, _text(request.get("requester_id")))]
    for d in decisions(request):
        entries.append(TimelineEntry(Moment.APPROVED if d.approve else Moment.REJECTED, d.at,
                                     d.staff_id, d.comment))
    try:
        status = RequestStatus(str(request.get("status")))
    except ValueError:
        return entries
    if status is RequestStatus.APPLIED:
        # Applied with the last approval, or at once when the rule allowed it.
        approvals = [d for d in decisions(request) if d.approve]
        at = approvals[-1].at if approvals else created
        entries.append(TimelineEntry(Moment.APPLIED, at))
    elif status in _ENDINGS:
        who = _text(request.get("requester_id")) if status is RequestStatus.CANCELLED else None
        entries.append(TimelineEntry(_ENDINGS[status], updated, who))
    return entries


def _text(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def deadline(request: Mapping[str, Any]) -> datetime | None:
    """When a pending request expires (None once it is decided or its rule set no limit)."""
    if request.get("status") != RequestStatus.PENDING_APPROVAL.value:
        return None
    return _parse_time(request.get("expires_at"))


def validity(request: Mapping[str, Any]) -> datetime | None:
    return _parse_time(request.get("valid_until"))


def approvers_left(request: Mapping[str, Any], holders: Sequence[str]) -> list[str]:
    """Who among ``holders`` (staff with the approver role) could still decide: never the
    requester, never someone who decided already."""
    requester = _text(request.get("requester_id"))
    return [h for h in holders if h != requester and not decided_by(request, h)]
