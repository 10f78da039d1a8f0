"""An audit entry in words: "Dave Lin froze U10000042: login, trading — account compromise".

One pure formatter per action (no Qt): the Audit screen shows these lines and its CSV export
writes them. The texts are marked for Qt's catalogues (``QT_TRANSLATE_NOOP`` under the
context ``AuditWords``) and translated by the ``translate(context, text)`` the caller passes
(the screen passes Qt's); without one the words are English. Names of staff come from
``name_of(staff_id)``; an entry without an actor was written by the platform itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Translate = Callable[[str, str], str]
NameOf = Callable[[str], str | None]

CONTEXT = "AuditWords"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate reads
    return text


def _english(context: str, text: str) -> str:
    return text


#: Enum values shown inside sentences (scopes, reasons, severities, alert kinds, teams…).
VALUE_WORDS: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("AuditWords", "login"),
    "trading": QT_TRANSLATE_NOOP("AuditWords", "trading"),
    "withdrawals": QT_TRANSLATE_NOOP("AuditWords", "withdrawals"),
    "api": QT_TRANSLATE_NOOP("AuditWords", "API"),
    "account_compromise": QT_TRANSLATE_NOOP("AuditWords", "account compromise"),
    "phishing_report": QT_TRANSLATE_NOOP("AuditWords", "phishing report"),
    "suspicious_withdrawal": QT_TRANSLATE_NOOP("AuditWords", "suspicious withdrawal"),
    "legal_order": QT_TRANSLATE_NOOP("AuditWords", "legal order"),
    "client_request": QT_TRANSLATE_NOOP("AuditWords", "client's request"),
    "other": QT_TRANSLATE_NOOP("AuditWords", "other"),
    "low": QT_TRANSLATE_NOOP("AuditWords", "low"),
    "medium": QT_TRANSLATE_NOOP("AuditWords", "medium"),
    "high": QT_TRANSLATE_NOOP("AuditWords", "high"),
    "critical": QT_TRANSLATE_NOOP("AuditWords", "critical"),
    "new_device_login": QT_TRANSLATE_NOOP("AuditWords", "new device login"),
    "withdrawal_new_address": QT_TRANSLATE_NOOP("AuditWords", "withdrawal to a new address"),
    "sim_swap_report": QT_TRANSLATE_NOOP("AuditWords", "SIM swap report"),
    "api_key_new_ip": QT_TRANSLATE_NOOP("AuditWords", "API key used from a new IP"),
    "password_reset": QT_TRANSLATE_NOOP("AuditWords", "password reset"),
    "unusual_volume": QT_TRANSLATE_NOOP("AuditWords", "unusual volume"),
    "fee_request": QT_TRANSLATE_NOOP("AuditWords", "fee request"),
    "withdrawal_request": QT_TRANSLATE_NOOP("AuditWords", "withdrawal request"),
    "api_access_request": QT_TRANSLATE_NOOP("AuditWords", "API access request"),
}

#: One sentence per action; ``{actor}`` is a staff member's name or "The platform".
TEMPLATES: dict[str, str] = {
    "auth.login": QT_TRANSLATE_NOOP("AuditWords", "{actor} signed in"),
    "auth.login_failed": QT_TRANSLATE_NOOP("AuditWords", "A sign-in as {username} failed"),
    "auth.step_up": QT_TRANSLATE_NOOP("AuditWords", "{actor} confirmed with a fresh code"),
    "auth.step_up_failed": QT_TRANSLATE_NOOP("AuditWords",
                                             "A code entered by {username} was refused"),
    "auth.lockout": QT_TRANSLATE_NOOP(
        "AuditWords", "{username} was locked out after {failures} failed attempts"),
    "auth.refresh_reuse": QT_TRANSLATE_NOOP(
        "AuditWords", "A used sign-in token came back: every session of {actor} ended"),
    "auth.logout": QT_TRANSLATE_NOOP("AuditWords", "{actor} signed out"),
    "client.update": QT_TRANSLATE_NOOP("AuditWords", "{actor} changed {target}: {changed}"),
    "client.freeze": QT_TRANSLATE_NOOP("AuditWords", "{actor} froze {target}: {scopes} — {reason}"),
    "client.freeze.widened": QT_TRANSLATE_NOOP(
        "AuditWords", "{actor} widened the freeze of {target} to {scopes} — {reason}"),
    "client.unfreeze": QT_TRANSLATE_NOOP(
        "AuditWords", "{actor} lifted the freeze of {target} (asked for by {requester})"),
    "client.transcript_export": QT_TRANSLATE_NOOP(
        "AuditWords",
        "{actor} exported the conversations of {target} as {format} (tickets: {count})"),
    "unfreeze_request.create": QT_TRANSLATE_NOOP(
        "AuditWords", "{actor} asked to lift the freeze of {client}: {reason}"),
    "unfreeze_request.approve": QT_TRANSLATE_NOOP(
        "AuditWords", "{actor} approved lifting the freeze of {client}"),
    "unfreeze_request.reject": QT_TRANSLATE_NOOP(
        "AuditWords", "{actor} kept the freeze of {client} (request rejected)"),
    "ticket.create": QT_TRANSLATE_NOOP("AuditWords", "{client} opened ticket {target}"),
    "ticket.message": QT_TRANSLATE_NOOP("AuditWords", "{actor} wrote on ticket {target}"),
    "ticket.message.internal": QT_TRANSLATE_NOOP(
        "AuditWords", "{actor} added an internal note to ticket {target}"),
    "ticket.message.client": QT_TRANSLATE_NOOP("AuditWords",
                                               "The client wrote on ticket {target}"),
    "ticket.assign": QT_TRANSLATE_NOOP("AuditWords", "{actor} assigned ticket {target} to {to}"),
    "ticket.status": QT_TRANSLATE_NOOP(
        "AuditWords", "{actor} moved ticket {target} from {from} to {to}"),
    "ticket.escalate": QT_TRANSLATE_NOOP(
        "AuditWords", "{actor} escalated ticket {target} to {team}"),
    "attachment.upload": QT_TRANSLATE_NOOP(
        "AuditWords", "{actor} attached {filename} to ticket {target}"),
    "request.create": QT_TRANSLATE_NOOP(
        "AuditWords", "{actor} asked for {kind} {target} for {client} (rule {rule})"),
    "request.approve": QT_TRANSLATE_NOOP("AuditWords", "{actor} approved {kind} {target}"),
    "request.reject": QT_TRANSLATE_NOOP("AuditWords", "{actor} rejected {kind} {target}"),
    "request.cancel": QT_TRANSLATE_NOOP("AuditWords", "{actor} cancelled {kind} {target}"),
    "request.apply": QT_TRANSLATE_NOOP("AuditWords", "{kind} {target} was applied to {client}"),
    "request.expire": QT_TRANSLATE_NOOP("AuditWords", "{kind} {target} expired"),
    "policy.block": QT_TRANSLATE_NOOP(
        "AuditWords", "The rule {rule} blocked {actor}'s {kind} for {target}"),
    "access.denied": QT_TRANSLATE_NOOP("AuditWords", "{actor} was refused {target}"),
    "risk_alert.create": QT_TRANSLATE_NOOP(
        "AuditWords", "A {severity} alert was raised on {target}: {kind}"),
    "risk_alert.acknowledge": QT_TRANSLATE_NOOP(
        "AuditWords", "{actor} acknowledged alert {alert} on {target}"),
    "risk_alert.dismiss": QT_TRANSLATE_NOOP(
        "AuditWords", "{actor} dismissed alert {alert} on {target}: {note}"),
    "risk_alert.action": QT_TRANSLATE_NOOP(
        "AuditWords", "{actor} froze {target} in answer to alert {alert}"),
    "other": QT_TRANSLATE_NOOP("AuditWords", "{actor}: {action} {target}"),
}

_THE_PLATFORM = QT_TRANSLATE_NOOP("AuditWords", "The platform")
_REQUEST_KINDS = ("fee_request", "withdrawal_request", "api_access_request")


def _s(value: Any) -> str:
    return "" if value is None else str(value)


class _Words:
    def __init__(self, entry: Mapping[str, Any], name_of: NameOf, translate: Translate) -> None:
        self.entry = entry
        self.details: Mapping[str, Any] = entry.get("details") or {}
        self.name_of = name_of
        self.translate = translate

    def tr(self, text: str) -> str:
        return self.translate(CONTEXT, text)

    def value(self, raw: Any) -> str:
        text = _s(raw)
        return self.tr(VALUE_WORDS[text]) if text in VALUE_WORDS else text.replace("_", " ")

    def values(self, raw: Any) -> str:
        return ", ".join(self.value(v) for v in (raw or []))

    def person(self, staff_id: Any) -> str:
        if not staff_id:
            return self.tr(_THE_PLATFORM)
        return self.name_of(str(staff_id)) or str(staff_id)

    def say(self, key: str, **fields: Any) -> str:
        base = {"actor": self.person(self.entry.get("actor_id")),
                "target": _s(self.entry.get("target")),
                "action": _s(self.entry.get("action"))}
        return self.tr(TEMPLATES[key]).format(**{**base, **fields})


def _freeze(w: _Words) -> str:
    d = w.details
    key = "client.freeze.widened" if d.get("widened") else "client.freeze"
    return w.say(key, scopes=w.values(d.get("scopes")), reason=w.value(d.get("reason_code")))


def _changed(w: _Words) -> str:
    d = w.details
    changed = d.get("changed")
    if isinstance(changed, list):
        return ", ".join(_s(c) for c in changed)
    if isinstance(changed, Mapping):
        return ", ".join(str(k) for k in changed)
    return ", ".join(str(k) for k in d if k not in ("reason", "request_id")) or _s(d.get("reason"))


def _message(w: _Words) -> str:
    d = w.details
    if d.get("author_kind") == "client":
        return w.say("ticket.message.client")
    return w.say("ticket.message.internal" if d.get("internal") else "ticket.message")


_BY_ACTION: dict[str, Callable[[_Words], str]] = {
    "auth.login": lambda w: w.say("auth.login"),
    "auth.login_failed": lambda w: w.say("auth.login_failed",
                                         username=_s(w.details.get("username"))),
    "auth.step_up": lambda w: w.say("auth.step_up"),
    "auth.step_up_failed": lambda w: w.say("auth.step_up_failed",
                                           username=_s(w.details.get("username"))),
    "auth.lockout": lambda w: w.say("auth.lockout", username=_s(w.details.get("username")),
                                    failures=_s(w.details.get("failures"))),
    "auth.refresh_reuse": lambda w: w.say("auth.refresh_reuse"),
    "auth.logout": lambda w: w.say("auth.logout"),
    "client.update": lambda w: w.say("client.update", changed=_changed(w)),
    "client.freeze": _freeze,
    "client.unfreeze": lambda w: w.say("client.unfreeze",
                                       requester=w.person(w.details.get("requested_by"))),
    "client.transcript_export": lambda w: w.say(
        "client.transcript_export", count=len(w.details.get("ticket_ids") or []),
        format=_s(w.details.get("format")).upper()),
    "unfreeze_request.create": lambda w: w.say(
        "unfreeze_request.create", client=_s(w.details.get("client_uid")),
        reason=_s(w.details.get("reason"))),
    "unfreeze_request.approve": lambda w: w.say(
        "unfreeze_request.approve", client=_s(w.details.get("client_uid"))),
    "unfreeze_request.reject": lambda w: w.say(
        "unfreeze_request.reject", client=_s(w.details.get("client_uid"))),
    "ticket.create": lambda w: w.say("ticket.create", client=_s(w.details.get("client_uid"))),
    "ticket.message": _message,
    "ticket.assign": lambda w: w.say("ticket.assign", to=w.person(w.details.get("to"))
                                     if w.details.get("to") else "—"),
    "ticket.status": lambda w: w.say(
        "ticket.status", **{"from": w.value(w.details.get("from")),
                            "to": w.value(w.details.get("to"))}),
    "ticket.escalate": lambda w: w.say("ticket.escalate", team=w.value(w.details.get("team"))),
    "attachment.upload": lambda w: w.say("attachment.upload",
                                         filename=_s(w.details.get("filename"))),
    "policy.block": lambda w: w.say("policy.block", rule=_s(w.details.get("rule_id")),
                                    kind=w.value(w.details.get("kind"))),
    "access.denied": lambda w: w.say("access.denied"),
    "risk_alert.create": lambda w: w.say("risk_alert.create",
                                         severity=w.value(w.details.get("severity")),
                                         kind=w.value(w.details.get("kind"))),
    "risk_alert.acknowledge": lambda w: w.say("risk_alert.acknowledge",
                                              alert=_s(w.details.get("alert_id"))),
    "risk_alert.dismiss": lambda w: w.say("risk_alert.dismiss",
                                          alert=_s(w.details.get("alert_id")),
                                          note=_s(w.details.get("note"))),
    "risk_alert.action": lambda w: w.say("risk_alert.action",
                                         alert=_s(w.details.get("alert_id"))),
}


def _request(w: _Words, kind: str, verb: str) -> str:
    d = w.details
    return w.say(f"request.{verb}", kind=w.value(kind), client=_s(d.get("client_uid")),
                 rule=_s(d.get("rule_id")))


def describe(entry: Mapping[str, Any], name_of: NameOf = lambda _id: None,
             translate: Translate = _english) -> str:
    """The entry as one sentence (an action no formatter knows: actor, action and target)."""
    w = _Words(entry, name_of, translate)
    action = _s(entry.get("action"))
    formatter = _BY_ACTION.get(action)
    try:
        if formatter is not None:
            return formatter(w)
        kind, _, verb = action.rpartition(".")
        if kind in _REQUEST_KINDS and f"request.{verb}" in TEMPLATES:
            return _request(w, kind, verb)
    except (KeyError, IndexError, ValueError):
        pass  # a translation that lost a placeholder: the plain form below still says it
    return w.say("other")
