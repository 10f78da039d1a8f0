"""Attachments on the server side: storing an upload and handing attachments to a message.

Used by the upload route, the reply route and the ``--live`` generator, inside the caller's
``Sandbox.transaction()`` (the row, its feed change and its audit entry commit together).
The bytes live once per content in ``attachment_blobs``; the metadata is immutable, so a
message keeps a copy of its attachments' metadata.
"""

from __future__ import annotations

import hashlib
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select
from sqlalchemy.orm import Session

from vipclient.sandbox.core import audit, emit_change, new_id, now_of
from vipclient.sandbox.db import Attachment, AttachmentBlob
from vipclient.sandbox.problems import validation_problem

_BLOB_STORED = select(AttachmentBlob.sha256).where(AttachmentBlob.sha256 == bindparam("sha"))
_INSERT_BLOB = insert(cast(Table, AttachmentBlob.__table__))
_CONTENT = select(AttachmentBlob.content).where(AttachmentBlob.sha256 == bindparam("sha"))


def store(
    s: Session, *, ticket_id: str, filename: str, content_type: str, data: bytes,
    uploaded_by: str | None, actor: str | None,
) -> Attachment:
    """A new attachment of ``ticket_id`` (already checked: allowed type, signature, size,
    safe name). ``uploaded_by`` is the staff id or, for a client's file, the client's uid;
    ``actor`` is who the audit names (None for the client's own upload)."""
    digest = hashlib.sha256(data).hexdigest()
    if s.execute(_BLOB_STORED, {"sha": digest}).first() is None:
        s.execute(_INSERT_BLOB, {"sha256": digest, "content": data})
    row = Attachment(
        id=new_id("AT"), ticket_id=ticket_id, filename=filename, content_type=content_type,
        size=len(data), sha256=digest, uploaded_by=uploaded_by, created_at=now_of(s),
        message_id=None, version=1,
    )
    s.add(row)
    meta = row.to_api()
    emit_change(s, "attachment", row.id, "upsert", row.version, meta)
    audit(s, actor, "attachment.upload", ticket_id, {
        "attachment_id": row.id, "filename": filename, "content_type": content_type,
        "size": len(data), "sha256": digest, "uploaded_by": uploaded_by,
    })
    return row


def content_of(s: Session, sha256: str) -> bytes | None:
    content: bytes | None = s.execute(_CONTENT, {"sha": sha256}).scalar()
    return content


def for_message(s: Session, ticket_id: str, ids: list[str]) -> list[Attachment]:
    """The attachments a new message on ``ticket_id`` may carry; 422 naming each entry that
    is not an attachment of that ticket, is already on another message or is listed twice."""
    if not ids:
        return []
    found = {a.id: a for a in s.scalars(select(Attachment).where(Attachment.id.in_(set(ids))))}
    errors: list[dict[str, str]] = []
    seen: set[str] = set()
    for i, ident in enumerate(ids):
        field = f"attachment_ids.{i}"
        att = found.get(ident)
        if ident in seen:
            errors.append({"field": field, "message": f"{ident} is listed twice."})
        elif att is None or att.ticket_id != ticket_id:
            errors.append({"field": field, "message": f"{ident} is not an attachment uploaded "
                                                      f"to ticket {ticket_id}."})
        elif att.message_id is not None:
            errors.append({"field": field, "message": f"{ident} is already attached to message "
                                                      f"{att.message_id}."})
        seen.add(ident)
    if errors:
        raise validation_problem(errors, "Some attachments cannot go with this message.")
    return [found[i] for i in ids]


def attach(attachments: list[Attachment], message_id: str) -> list[dict[str, Any]]:
    """Mark ``attachments`` as carried by ``message_id``; their metadata for the message."""
    for att in attachments:
        att.message_id = message_id
    return [a.to_api() for a in attachments]
