"""A ticket's thread as HTML for a ``QTextBrowser``: who wrote what, each kind distinct.

Client messages, staff replies, system lines and internal notes get their own background from
the theme; an outgoing message carries its outbox state (pending / sent / failed with the
server's reason and links to resend or discard it).
"""

from __future__ import annotations

import html
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication

from vipclient.domain.text_direction import is_rtl
from vipclient.gui import locale_format, theme
from vipclient.i18n import translate
from vipclient.services.attachment_values import AttachmentRef, human_size
from vipclient.services.ticket_values import MessageState, ThreadItem

# The thumbnails' box (gui/tickets/thumbnails.THUMB_SIZE): the layout never waits for them.
THUMB_W, THUMB_H = 160, 120
FILES_PER_ROW = 4


def _stamp(at: str | None) -> str:
    return locale_format.date_time(at) if at else ""


def _direction(text: str) -> str:
    """A right-to-left message (Arabic) is laid out right to left, from the right edge."""
    return ' dir="rtl" align="right"' if is_rtl(text) else ""


def _who(item: ThreadItem, client_name: str) -> str:
    if item.author_kind == "client":
        return client_name
    if item.author_kind == "system":
        return translate("TicketView", "System")
    return item.author_name or translate("TicketView", "You")


def item_html(item: ThreadItem, client_name: str) -> str:
    c = theme.colors()
    body = html.escape(item.body).replace("\n", "<br>")
    who = html.escape(_who(item, client_name))
    if item.author_kind == "system":
        return (
            f'<p style="color:{c.system_msg_fg}; margin:6px 0;"><i>{_stamp(item.created_at)} · '
            f"{body}</i></p>"
        )
    if item.internal:
        bg, label = c.internal_note_bg, translate("TicketView", "Internal note")
    elif item.author_kind == "client":
        bg, label = c.client_msg_bg, translate("TicketView", "Client")
    else:
        bg, label = c.staff_msg_bg, translate("TicketView", "Reply")
    state = ""
    if item.state == MessageState.PENDING:
        pending = translate("TicketView", "pending")
        state = f' · <span style="color:{c.pending_fg};">{pending}</span>'
    elif item.state == MessageState.FAILED:
        reason = html.escape(item.error or translate("TicketView", "refused by the server"))
        # Outside the f-strings: lupdate does not read inside them.
        not_sent = translate("TicketView", "not sent")
        resend = translate("TicketView", "Resend")
        discard = translate("TicketView", "Discard")
        state = (
            f' · <span style="color:{c.failed_fg};"><b>{not_sent}</b>: {reason}</span> '
            f'<a href="resend:{item.outbox_id}">{resend}</a> '
            f'<a href="discard:{item.outbox_id}">{discard}</a>'
        )
    elif item.outbox_id is not None:
        sent = translate("TicketView", "sent")
        state = f' · <span style="color:{c.muted_fg};">{sent}</span>'
    align = "left" if item.author_kind == "client" else "right"
    return (
        f'<table width="100%" cellspacing="0" cellpadding="8" style="margin:4px 0;">'
        f'<tr><td bgcolor="{bg}" align="left">'
        f'<div style="color:{c.muted_fg}; font-size:small;" align="{align}">'
        f"<b>{who}</b> · {label} · {_stamp(item.created_at)}{state}</div>"
        f"<div{_direction(item.body)}>{body}</div>{files_html(item)}</td></tr></table>"
    )


# --- v1.1: the files a message carries -------------------------------------------------------


def _file_label(ref: AttachmentRef) -> str:
    return {
        "image": QCoreApplication.translate("ThreadFiles", "Image"),
        "pdf": QCoreApplication.translate("ThreadFiles", "PDF"),
        "video": QCoreApplication.translate("ThreadFiles", "Video"),
        "text": QCoreApplication.translate("ThreadFiles", "Text"),
    }.get(ref.kind, QCoreApplication.translate("ThreadFiles", "File"))


def files_html(item: ThreadItem) -> str:
    """Thumbnails that open the viewer, and chips for the other files; their upload state
    while a reply waits. Links are ``attachment:<id>``; every name is escaped."""
    if not item.attachments:
        return ""
    c = theme.colors()
    parts: list[str] = []
    for ref in item.attachments:
        link = "attachment:" + quote(ref.id, safe="")
        name = html.escape(ref.filename)
        meta = f"{_file_label(ref)} · {human_size(ref.size)}"
        if ref.state == MessageState.PENDING:
            meta += " · " + QCoreApplication.translate("ThreadFiles", "uploading…")
        elif ref.state == MessageState.FAILED:
            meta += " · " + QCoreApplication.translate("ThreadFiles", "not uploaded")
        if ref.kind == "image" and len(ref.sha256) == 64:
            parts.append(
                f'<td valign="top"><a href="{link}"><img src="thumb:{ref.sha256}" '
                f'width="{THUMB_W}" height="{THUMB_H}"></a><br>'
                f'<span style="font-size:small;">{name}</span><br>'
                f'<span style="color:{c.muted_fg}; font-size:small;">{meta}</span></td>')
        else:
            parts.append(
                f'<td valign="top"><a href="{link}">{name}</a><br>'
                f'<span style="color:{c.muted_fg}; font-size:small;">{meta}</span></td>')
    rows = ["<tr>" + "".join(parts[i:i + FILES_PER_ROW]) + "</tr>"
            for i in range(0, len(parts), FILES_PER_ROW)]
    return f'<table cellspacing="6" cellpadding="0">{"".join(rows)}</table>'


def thread_html(items: list[ThreadItem], client_name: str) -> str:
    if not items:
        empty = translate("TicketView", "No messages yet.")
        return f"<p><i>{empty}</i></p>"
    return "".join(item_html(i, client_name) for i in items)
