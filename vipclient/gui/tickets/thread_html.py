"""A ticket's thread as HTML for a ``QTextBrowser``: who wrote what, each kind distinct.

Client messages, staff replies, system lines and internal notes get their own background from
the theme; an outgoing message carries its outbox state (pending / sent / failed with the
server's reason and links to resend or discard it).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from vipclient.gui import theme
from vipclient.services.ticket_values import MessageState, ThreadItem


def tr(text: str) -> str:
    return QCoreApplication.translate("TicketView", text)


def _stamp(at: str | None) -> str:
    return (at or "").replace("T", " ").removesuffix("Z")


def _who(item: ThreadItem, client_name: str) -> str:
    if item.author_kind == "client":
        return client_name
    if item.author_kind == "system":
        return tr("System")
    return item.author_name or tr("You")


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
        bg, label = c.internal_note_bg, tr("Internal note")
    elif item.author_kind == "client":
        bg, label = c.client_msg_bg, tr("Client")
    else:
        bg, label = c.staff_msg_bg, tr("Reply")
    state = ""
    if item.state == MessageState.PENDING:
        state = f' · <span style="color:{c.pending_fg};">{tr("pending")}</span>'
    elif item.state == MessageState.FAILED:
        reason = html.escape(item.error or tr("refused by the server"))
        state = (
            f' · <span style="color:{c.failed_fg};"><b>{tr("not sent")}</b>: {reason}</span> '
            f'<a href="resend:{item.outbox_id}">{tr("Resend")}</a> '
            f'<a href="discard:{item.outbox_id}">{tr("Discard")}</a>'
        )
    elif item.outbox_id is not None:
        state = f' · <span style="color:{c.muted_fg};">{tr("sent")}</span>'
    align = "left" if item.author_kind == "client" else "right"
    return (
        f'<table width="100%" cellspacing="0" cellpadding="8" style="margin:4px 0;">'
        f'<tr><td bgcolor="{bg}" align="left">'
        f'<div style="color:{c.muted_fg}; font-size:small;" align="{align}">'
        f"<b>{who}</b> · {label} · {_stamp(item.created_at)}{state}</div>"
        f"<div>{body}</div></td></tr></table>"
    )


def thread_html(items: list[ThreadItem], client_name: str) -> str:
    if not items:
        return f"<p><i>{tr('No messages yet.')}</i></p>"
    return "".join(item_html(i, client_name) for i in items)
