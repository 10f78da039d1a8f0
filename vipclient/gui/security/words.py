"""How the security screens say things: severities, kinds, scopes, reasons and statuses in
words, ages, and what a freeze will do to the client."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from vipclient.domain.audit_words import VALUE_WORDS
from vipclient.domain.freezes import widened
from vipclient.domain.sla import parse_ts
from vipclient.gui.lanes.format import duration
from vipclient.gui.translations import QT_TRANSLATE_NOOP
from vipclient.i18n import Context

SecurityWords = Context("SecurityWords")  # its plural texts (numerus messages)

STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("SecurityWords", "open"),
    "acknowledged": QT_TRANSLATE_NOOP("SecurityWords", "acknowledged"),
    "dismissed": QT_TRANSLATE_NOOP("SecurityWords", "dismissed"),
    "actioned": QT_TRANSLATE_NOOP("SecurityWords", "actioned (frozen)"),
    "active": QT_TRANSLATE_NOOP("SecurityWords", "active"),
    "frozen": QT_TRANSLATE_NOOP("SecurityWords", "frozen"),
    # Tickets' statuses (an alert page lists the client's recent tickets).
    "new": QT_TRANSLATE_NOOP("SecurityWords", "new"),
    "pending_client": QT_TRANSLATE_NOOP("SecurityWords", "waiting on client"),
    "escalated": QT_TRANSLATE_NOOP("SecurityWords", "escalated"),
    "solved": QT_TRANSLATE_NOOP("SecurityWords", "solved"),
    "closed": QT_TRANSLATE_NOOP("SecurityWords", "closed"),
}

#: What each scope stops, as the freeze dialog's summary says it.
SCOPE_EFFECTS = {
    "login": QT_TRANSLATE_NOOP("SecurityWords", "cannot sign in to the exchange"),
    "trading": QT_TRANSLATE_NOOP("SecurityWords", "cannot place or change orders"),
    "withdrawals": QT_TRANSLATE_NOOP("SecurityWords", "cannot withdraw any asset"),
    "api": QT_TRANSLATE_NOOP("SecurityWords", "their API keys stop working"),
}


def word(value: str | None) -> str:
    """A severity, alert kind, scope or freeze reason in words (the audit's own words)."""
    text = value or ""
    if text in VALUE_WORDS:
        return QCoreApplication.translate("AuditWords", VALUE_WORDS[text])
    return text.replace("_", " ")


def words(values: Iterable[str]) -> str:
    return ", ".join(word(v) for v in values)


def status(value: str | None) -> str:
    text = value or ""
    if text in STATUS_WORDS:
        return QCoreApplication.translate("SecurityWords", STATUS_WORDS[text])
    return text.replace("_", " ")


def age(stamp: str | None, now: datetime) -> str:
    """How long ago ``stamp`` was, e.g. ``2 h 05 m``."""
    if not stamp:
        return "—"
    try:
        return duration((now - parse_ts(stamp)).total_seconds())
    except ValueError:
        return stamp


def local_stamp(stamp: str | None) -> str:
    """A server timestamp as the person's local date and time (seconds shown)."""
    if not stamp:
        return "—"
    try:
        return parse_ts(stamp).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return stamp


def freeze_summary(name: str, uid: str, scopes: Iterable[str], active: Iterable[str] = (),
                   alerts: int = 0) -> str:
    """What will happen to the client, in words (plain text, one sentence a line)."""
    wanted = list(scopes)
    already = list(active)
    if not wanted:
        return QCoreApplication.translate("SecurityWords", "Choose at least one thing to freeze.")
    result = widened(already, wanted)
    lines = []
    added = [s for s in result if s not in already]
    if already and added:
        lines.append(QCoreApplication.translate(
            "SecurityWords", "{name} ({uid}) is frozen already ({now}); this adds {more}."
        ).format(name=name, uid=uid, now=words(already), more=words(added)))
    elif already:
        lines.append(QCoreApplication.translate(
            "SecurityWords",
            "{name} ({uid}) is frozen already for all of this: only the record is added.",
        ).format(name=name, uid=uid))
    lines.append(QCoreApplication.translate(
        "SecurityWords", "As soon as the platform confirms, {name}:").format(name=name))
    lines += ["  • " + QCoreApplication.translate("SecurityWords", SCOPE_EFFECTS[s])
              for s in result if s in SCOPE_EFFECTS]
    kept = [s for s in SCOPE_EFFECTS if s not in result]
    if kept:
        lines.append(QCoreApplication.translate(
            "SecurityWords", "Still allowed: {scopes}. Deposits keep arriving."
        ).format(scopes=words(kept)))
    else:
        lines.append(QCoreApplication.translate("SecurityWords", "Deposits keep arriving."))
    if alerts:
        lines.append(SecurityWords.tr("%n alerts will be marked as actioned by this freeze.", "",
                               alerts))
    lines.append(QCoreApplication.translate(
        "SecurityWords", "Lifting it takes two security officers: one asks, another approves."))
    return "\n".join(lines)
