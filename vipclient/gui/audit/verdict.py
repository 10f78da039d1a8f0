"""What a verification found, in words: the banner over the log and the mark on its entry.

Three outcomes: verified ("N entries verified, head …"); broken (an entry changed, one
missing, one malformed: named, with how); and the alarm — the server's history no longer holds
what was verified before on this computer (the pin), so it was rewritten from some entry on.
The alarm is never softened into a plain failure: the old pin stays as evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from vipclient.domain.audit import Pin
    from vipclient.services.audit import Verdict


@dataclass(frozen=True)
class Said:
    """``kind``: ``ok``, ``broken`` or ``alarm`` (the banner's colours); ``mark``: the tooltip
    of the entry the verification selects."""

    kind: str
    text: str
    mark: str = ""


def pin_text(pin: Pin | None) -> str:
    if pin is None:
        return QCoreApplication.translate(
            "AuditVerdict", "Not verified on this computer yet.")
    return QCoreApplication.translate(
        "AuditVerdict", "Verified before on this computer up to entry {size} (head {head})."
    ).format(size=pin.size, head=pin.head_hash)


def say(verdict: Verdict) -> Said:
    v = verdict.verification
    where = (QCoreApplication.translate("AuditVerdict", "Checked against the server.")
             if verdict.server_checked else QCoreApplication.translate(
                 "AuditVerdict", "Offline: the entries in this computer's cache were checked, "
                                 "the server was not asked."))
    if verdict.rewritten is not None:
        pinned = verdict.rewritten
        if verdict.rewritten_from is not None:
            text = QCoreApplication.translate(
                "AuditVerdict",
                "ALARM — the server's audit history was REWRITTEN from entry {start} on. Entry "
                "{size}, verified on this computer before with hash {hash}, no longer has that "
                "hash (the entries from {start} on differ from the ones kept here).")
        else:
            text = QCoreApplication.translate(
                "AuditVerdict",
                "ALARM — the server's audit history was REWRITTEN: entry {size}, verified on "
                "this computer before with hash {hash}, no longer has that hash. The chain "
                "holds together on its own, so every hash after the change was recomputed.")
        text = text.format(start=verdict.rewritten_from, size=pinned.seq,
                           hash=pinned.pinned_hash)
        text += " " + QCoreApplication.translate(
            "AuditVerdict", "The old pin is kept as evidence and was not replaced; report "
                            "this to the platform's security team.")
        if verdict.evidence is not None:
            text += " " + QCoreApplication.translate(
                "AuditVerdict", "Record: {path}").format(path=str(verdict.evidence))
        mark = QCoreApplication.translate(
            "AuditVerdict", "The rewritten history starts here (entry {seq})").format(
            seq=verdict.broken_seq)
        return Said("alarm", text, mark)
    problem = v.problem
    if problem is None:
        return Said("ok", QCoreApplication.translate(
            "AuditVerdict", "{n} entries verified, head {head}.").format(
            n=f"{v.checked:,}", head=v.head_hash) + " " + where)
    if problem.kind == "changed":
        text = QCoreApplication.translate(
            "AuditVerdict",
            "Entry {seq} was CHANGED: its hash does not match its content, or it does not "
            "point to the entry before it. Everything before it verified ({n} entries).")
        mark = QCoreApplication.translate(
            "AuditVerdict", "Changed: this entry's hash does not match its content")
    elif problem.kind == "missing":
        text = QCoreApplication.translate(
            "AuditVerdict",
            "Entry {seq} is MISSING: the numbering jumps over it. Everything before it "
            "verified ({n} entries).")
        mark = QCoreApplication.translate(
            "AuditVerdict", "Entry {seq} before this one is missing").format(seq=problem.seq)
    elif problem.kind == "rewritten":
        text = QCoreApplication.translate(
            "AuditVerdict",
            "ALARM — entry {seq} no longer has the hash verified on this computer before "
            "({hash}): the history was rewritten. The old pin is kept as evidence.")
        mark = QCoreApplication.translate(
            "AuditVerdict", "Rewritten: this entry no longer has the pinned hash")
        return Said("alarm", text.format(seq=problem.seq, hash=problem.pinned_hash), mark)
    else:
        text = QCoreApplication.translate(
            "AuditVerdict", "An entry after entry {head} lacks what every entry has. "
                            "Everything before it verified ({n} entries).")
        mark = ""
    return Said("broken", text.format(seq=problem.seq, n=f"{v.checked:,}",
                                      head=v.head_seq) + " " + where, mark)
