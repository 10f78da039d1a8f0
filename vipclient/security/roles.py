"""Who may do what, mirrored from the server so the GUI can disable a button and say why.

The server enforces every rule (roles, maker-checker, dual control); these helpers only
predict its answer. Each returns a ``Permission``: truthy when allowed, otherwise carrying a
plain-words ``reason`` (checked in the server's order, so the reason is the one the server
would give first). Inputs are wire models, cache rows or plain mappings alike: anything with
the named attributes or keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from vipclient.domain.enums import (
    ClientStatus,
    FreezeStatus,
    RequestStatus,
    Role,
    UnfreezeStatus,
)
from vipclient.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Permissions"




REASONS: dict[str, str] = {
    "no_request_role": QT_TRANSLATE_NOOP(
        "Permissions", "Only account managers and supervisors can make requests for clients."
    ),
    "not_your_client": QT_TRANSLATE_NOOP(
        "Permissions",
        "Only this client's account manager or a supervisor can make requests for this client.",
    ),
    "client_frozen": QT_TRANSLATE_NOOP(
        "Permissions",
        "This client's account is frozen, so no request can be made until it is lifted.",
    ),
    "not_pending": QT_TRANSLATE_NOOP(
        "Permissions", "This request is no longer waiting for a decision."
    ),
    "own_request": QT_TRANSLATE_NOOP(
        "Permissions", "You made this request, so someone else must approve it (maker-checker)."
    ),
    "already_decided": QT_TRANSLATE_NOOP(
        "Permissions", "You have already given your decision on this request."
    ),
    "needs_role": QT_TRANSLATE_NOOP("Permissions", "Only a {role} can approve this request."),
    "not_requester": QT_TRANSLATE_NOOP(
        "Permissions", "Only the person who made this request can cancel it."
    ),
    "no_freeze_role": QT_TRANSLATE_NOOP(
        "Permissions", "Only security officers can freeze or unfreeze accounts."
    ),
    "freeze_not_active": QT_TRANSLATE_NOOP("Permissions", "This freeze has already been lifted."),
    "own_unfreeze": QT_TRANSLATE_NOOP(
        "Permissions",
        "You asked for this freeze to be lifted, so a different security officer must approve it "
        "(dual control).",
    ),
    "no_audit_role": QT_TRANSLATE_NOOP(
        "Permissions", "Only supervisors and security officers can read the audit log."
    ),
    "manager_by_supervisor": QT_TRANSLATE_NOOP(
        "Permissions", "Only a supervisor can change a client's account manager."
    ),
}

ROLE_NAMES: dict[Role, str] = {
    Role.ACCOUNT_MANAGER: QT_TRANSLATE_NOOP("Permissions", "account manager"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Permissions", "supervisor"),
    Role.SECURITY_OFFICER: QT_TRANSLATE_NOOP("Permissions", "security officer"),
}




def _reason(key: str, **fields: object) -> str:
    text = REASONS[key]
    text = translate(CONTEXT, text)
    return text.format(**fields) if fields else text


def role_name(role: Role | str) -> str:
    text = ROLE_NAMES[Role(role)]
    return translate(CONTEXT, text)


@dataclass(frozen=True)
class Permission:
    allowed: bool
    reason: str = ""

    def __bool__(self) -> bool:
        return self.allowed


ALLOWED = Permission(True)


def _deny(key: str, **fields: object) -> Permission:
    return Permission(False, _reason(key, **fields))


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def roles_of(staff: Any) -> set[Role]:
    out: set[Role] = set()
    raw: Iterable[Any] = _get(staff, "roles", ()) or ()
    for role in raw:
        try:
            out.add(Role(role))
        except ValueError:
            continue  # a role this client does not know grants nothing here
    return out


def has_role(staff: Any, role: Role | str) -> bool:
    return Role(role) in roles_of(staff)


def _same(a: Any, b: Any) -> bool:
    return a is not None and b is not None and str(a) == str(b)


def can_request_for(staff: Any, client: Any) -> Permission:
    """May ``staff`` create a fee or withdrawal request for ``client``?"""
    roles = roles_of(staff)
    if Role.SUPERVISOR not in roles:
        if Role.ACCOUNT_MANAGER not in roles:
            return _deny("no_request_role")
        if not _same(_get(client, "manager_id"), _get(staff, "id")):
            return _deny("not_your_client")
    if _get(client, "status") == ClientStatus.FROZEN:
        return _deny("client_frozen")
    return ALLOWED


def _decided_by(request: Any, staff_id: Any) -> bool:
    return any(_same(_get(a, "staff_id"), staff_id) for a in _get(request, "approvals", ()) or ())


def can_approve(staff: Any, request: Any, rule: Any | None) -> Permission:
    """May ``staff`` approve (or reject) ``request``, decided by ``rule``?

    ``rule`` is the policy that matched the request (``request.rule_id``); when unknown the
    role check is left to the server.
    """
    if _get(request, "status") != RequestStatus.PENDING_APPROVAL:
        return _deny("not_pending")
    if _same(_get(request, "requester_id"), _get(staff, "id")):
        return _deny("own_request")
    if _decided_by(request, _get(staff, "id")):
        return _deny("already_decided")
    role = _get(rule, "approver_role") if rule is not None else None
    if role is not None and not has_role(staff, role):
        return _deny("needs_role", role=role_name(role))
    return ALLOWED


def can_reject(staff: Any, request: Any, rule: Any | None) -> Permission:
    """Rejecting takes the same person as approving: one rejection ends the request."""
    return can_approve(staff, request, rule)


def can_cancel(staff: Any, request: Any) -> Permission:
    if _get(request, "status") != RequestStatus.PENDING_APPROVAL:
        return _deny("not_pending")
    if not _same(_get(request, "requester_id"), _get(staff, "id")):
        return _deny("not_requester")
    return ALLOWED


def needs_step_up(rule: Any | None) -> bool:
    """Will the server ask for a TOTP code for this request and each approval?"""
    return bool(rule is not None and _get(rule, "step_up", False))


def can_freeze(staff: Any) -> Permission:
    return ALLOWED if has_role(staff, Role.SECURITY_OFFICER) else _deny("no_freeze_role")


def can_request_unfreeze(staff: Any, freeze: Any) -> Permission:
    if not has_role(staff, Role.SECURITY_OFFICER):
        return _deny("no_freeze_role")
    if _get(freeze, "status") != FreezeStatus.ACTIVE:
        return _deny("freeze_not_active")
    return ALLOWED


def can_decide_unfreeze(staff: Any, unfreeze_request: Any) -> Permission:
    """Approve or reject a request to lift a freeze: a *different* security officer."""
    if not has_role(staff, Role.SECURITY_OFFICER):
        return _deny("no_freeze_role")
    if _get(unfreeze_request, "status") != UnfreezeStatus.PENDING:
        return _deny("not_pending")
    if _same(_get(unfreeze_request, "requester_id"), _get(staff, "id")):
        return _deny("own_unfreeze")
    return ALLOWED


def can_view_audit(staff: Any) -> Permission:
    roles = roles_of(staff)
    if roles & {Role.SUPERVISOR, Role.SECURITY_OFFICER}:
        return ALLOWED
    return _deny("no_audit_role")


def can_change_manager(staff: Any) -> Permission:
    return ALLOWED if has_role(staff, Role.SUPERVISOR) else _deny("manager_by_supervisor")
