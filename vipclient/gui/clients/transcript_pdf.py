"""A transcript as PDF, written by Qt's own PDF writer (``QPdfWriter`` + ``QTextDocument``):
each message with its author, its time in UTC and in the client's time zone, internal notes
marked (or left out), and the files listed with their SHA-256."""

from __future__ import annotations

import html

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from vipclient.services.attachment_values import human_size
from vipclient.services.transcripts import Entry, Transcript


def _entry_html(entry: Entry) -> str:
    note = ""
    if entry.internal:
        note = (' <b style="color:#8a5a00;">['
                + QCoreApplication.translate("TranscriptPdf", "INTERNAL NOTE — staff only")
                + "]</b>")
    files = ""
    if entry.files:
        rows = "".join(
            f"<li>{html.escape(f.filename)} ({html.escape(f.content_type)}, "
            f"{human_size(f.size)}) — SHA-256 <tt>{f.sha256}</tt></li>" for f in entry.files)
        label = QCoreApplication.translate("TranscriptPdf", "Files:")
        files = f"<p>{label}</p><ul>{rows}</ul>"
    body = html.escape(entry.body).replace("\n", "<br>")
    return (f'<p style="margin-top:8px;"><b>{html.escape(entry.author)}</b>{note}<br>'
            f'<span style="color:#555;">{entry.at_utc} · {html.escape(entry.at_local)}</span>'
            f"</p><p>{body}</p>{files}")


def _notes(how: str) -> str:
    if how == "left out":
        return QCoreApplication.translate("TranscriptPdf", "left out")
    return QCoreApplication.translate("TranscriptPdf", "included and marked")


def transcript_html(t: Transcript) -> str:
    title = QCoreApplication.translate("TranscriptPdf", "Transcript")
    exported = QCoreApplication.translate("TranscriptPdf", "Exported {at} by {who}.").format(
        at=t.generated_at, who=html.escape(t.exported_by))
    times = QCoreApplication.translate(
        "TranscriptPdf", "Times in UTC and in the client's time zone ({tz}).").format(
        tz=html.escape(t.timezone))
    notes = QCoreApplication.translate("TranscriptPdf", "Internal notes: {how}.").format(
        how=_notes(t.internal_notes))
    parts = [f"<h1>{title} — {html.escape(t.client_name)} ({html.escape(t.client_uid)})</h1>"
             f"<p>{exported}<br>{times}<br>{notes}</p>"]
    for ticket in t.tickets:
        about = QCoreApplication.translate(
            "TranscriptPdf", "Status: {status} · category: {category} · opened {at}").format(
            status=html.escape(ticket.status), category=html.escape(ticket.category),
            at=ticket.created_at)
        parts.append(f"<h2>{html.escape(ticket.id)} — {html.escape(ticket.subject)}</h2>"
                     f"<p>{about}</p>")
        parts.extend(_entry_html(e) for e in ticket.entries)
        if not ticket.entries:
            empty = QCoreApplication.translate("TranscriptPdf", "No messages.")
            parts.append(f"<p><i>{empty}</i></p>")
    return "".join(parts)


def render_pdf(transcript: Transcript) -> bytes:
    """The PDF's bytes (A4, 15 mm margins)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"Transcript {transcript.client_uid}")
    writer.setCreator("VIP Desk")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setHtml(transcript_html(transcript))
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(array.data())
