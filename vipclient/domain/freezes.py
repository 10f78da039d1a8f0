"""Emergency freezes (platform-api, "Emergency freeze"): what a freeze stops, the scopes a
reason suggests, and the note a reason needs — for the sandbox that refuses a bad body and
the desk's freeze dialog, which says the same before anything is sent.
"""

from __future__ import annotations

from collections.abc import Iterable

from vipclient.domain.enums import AlertKind, FreezeReason, FreezeScope

OTHER_NOTE_MIN = 20
NOTE_MAX = 2000
UNFREEZE_REASON_MIN, UNFREEZE_REASON_MAX = 10, 2000

_ALL = tuple(FreezeScope)

#: The scopes the dialog ticks when a reason is chosen (the officer may change them). A
#: takeover stops everything; a phishing report keeps trading open but locks the doors an
#: attacker would use; a suspicious withdrawal stops money and keys leaving; a legal order
#: stops assets moving while the client can still sign in and see them; the client's own
#: request (a lost phone) stops everything.
DEFAULT_SCOPES: dict[FreezeReason, tuple[FreezeScope, ...]] = {
    FreezeReason.ACCOUNT_COMPROMISE: _ALL,
    FreezeReason.PHISHING_REPORT: (FreezeScope.LOGIN, FreezeScope.WITHDRAWALS, FreezeScope.API),
    FreezeReason.SUSPICIOUS_WITHDRAWAL: (FreezeScope.WITHDRAWALS, FreezeScope.API),
    FreezeReason.LEGAL_ORDER: (FreezeScope.TRADING, FreezeScope.WITHDRAWALS, FreezeScope.API),
    FreezeReason.CLIENT_REQUEST: _ALL,
    FreezeReason.OTHER: (FreezeScope.WITHDRAWALS,),
}


#: The reason a freeze from an alert starts with (the officer may change it).
_REASON_FOR_ALERT: dict[AlertKind, FreezeReason] = {
    AlertKind.PHISHING_REPORT: FreezeReason.PHISHING_REPORT,
    AlertKind.WITHDRAWAL_NEW_ADDRESS: FreezeReason.SUSPICIOUS_WITHDRAWAL,
}


def suggested_reason(alert_kinds: Iterable[str]) -> FreezeReason:
    """A takeover unless every alert points at something narrower."""
    reasons = {_REASON_FOR_ALERT.get(AlertKind(k), FreezeReason.ACCOUNT_COMPROMISE)
               for k in alert_kinds if k in AlertKind._value2member_map_}
    return reasons.pop() if len(reasons) == 1 else FreezeReason.ACCOUNT_COMPROMISE


def default_scopes(reason: FreezeReason | str) -> tuple[FreezeScope, ...]:
    return DEFAULT_SCOPES[FreezeReason(reason)]


def in_order(scopes: Iterable[FreezeScope | str]) -> list[str]:
    """The scopes' values in the contract's order, each once."""
    wanted = {FreezeScope(s) for s in scopes}
    return [s.value for s in FreezeScope if s in wanted]


def widened(active: Iterable[FreezeScope | str], wanted: Iterable[FreezeScope | str]) -> list[str]:
    """The scopes of an active freeze after a second freeze of the same client (the server
    widens, never narrows)."""
    return in_order([*active, *wanted])


def note_problem(reason: FreezeReason | str, note: str) -> str | None:
    """Why the note cannot go with this reason, in words, or None."""
    text = note.strip()
    if FreezeReason(reason) is FreezeReason.OTHER and len(text) < OTHER_NOTE_MIN:
        return (f"With the reason 'other', describe what happened in at least "
                f"{OTHER_NOTE_MIN} characters.")
    if len(text) > NOTE_MAX:
        return f"Keep the note to {NOTE_MAX} characters."
    return None


def unfreeze_reason_problem(reason: str) -> str | None:
    text = reason.strip()
    if not UNFREEZE_REASON_MIN <= len(text) <= UNFREEZE_REASON_MAX:
        return (f"Write a reason of {UNFREEZE_REASON_MIN} to {UNFREEZE_REASON_MAX} "
                f"characters.")
    return None
