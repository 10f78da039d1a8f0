"""Replies with files, through the outbox: each file an upload row, then the message row.

A reply with files is queued as one upload row per file (kind ``ticket.attachment``: a
``multipart/form-data`` POST whose bytes wait in the cache's ``outgoing/`` folder under the
row's idempotency key) and then the message row, all in one transaction, all with the
ticket as their entity, so they go in queue order. The message row's ``attachment_ids`` hold
placeholders — ``{"outbox_key": <upload row's key>}`` — replaced by the attachments' ids
just before it is sent (:func:`wire_request`): the message goes out with its files, or not
at all (an upload the server refused fails the message too, with the reason).

A retry or a restart sends an upload again with the same key and the same parts; the server
hashes the parts (not the boundary), so it replays the first answer.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from vipclient.store import outbox as ob
from vipclient.store.files import FileStore, sha256_of
from vipclient.store.models import OutboxRow

UPLOAD_KIND = "ticket.attachment"
MESSAGE_KIND = "ticket.message"


@dataclass(frozen=True, slots=True)
class StagedFile:
    """A checked file waiting in ``staging/`` to be sent."""

    staged_name: str
    filename: str
    content_type: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class WireRequest:
    """What goes on the wire for an outbox row: a JSON body, or the parts of a multipart
    body (``files``: name → (filename, bytes, content type))."""

    json: Any
    files: dict[str, tuple[str, bytes, str]] | None = None


class NotReady(Exception):
    """A row cannot go now. ``waiting``: an upload it needs is still queued (try later);
    otherwise it cannot go at all (``user_message`` says why)."""

    status: int | None = None

    def __init__(self, user_message: str, *, waiting: bool = False) -> None:
        super().__init__(user_message)
        self.user_message = user_message
        self.waiting = waiting


def queue_reply(session: Session, files: FileStore, ticket_id: str, body: str,
                internal: bool, staged: Sequence[StagedFile]) -> int:
    """Queue the uploads and the reply that carries them (in the caller's transaction);
    the reply's outbox id. Each staged file moves to ``outgoing/`` under its row's key."""
    text_body = body.strip()
    if not text_body:
        raise ValueError("an empty message cannot be sent")
    keys: list[str] = []
    for item in staged:
        key = ob.new_key()
        files.send_staged(item.staged_name, key)
        ob.enqueue(session, ob.Command(
            kind=UPLOAD_KIND, method="POST", path=f"/tickets/{ticket_id}/attachments",
            description=f"File {item.filename} for ticket {ticket_id}",
            body={"filename": item.filename, "content_type": item.content_type,
                  "size": item.size, "sha256": item.sha256},
            entity="ticket", entity_id=ticket_id, result_entity="attachment",
        ), key=key)
        keys.append(key)
    what = "Internal note on" if internal else "Reply to"
    with_files = ", with files" if keys else ""
    message: dict[str, Any] = {"body": text_body, "internal": internal}
    if keys:
        message["attachment_ids"] = [{"outbox_key": k} for k in keys]
    row = ob.enqueue(session, ob.Command(
        kind=MESSAGE_KIND, method="POST", path=f"/tickets/{ticket_id}/messages",
        description=f"{what} ticket {ticket_id}{with_files}", body=message,
        entity="ticket", entity_id=ticket_id, result_entity="message",
    ))
    return row.id


def upload_keys(body: Any) -> list[str]:
    """The upload rows a message row waits for (its placeholders' keys), in order."""
    ids = body.get("attachment_ids") if isinstance(body, Mapping) else None
    if not isinstance(ids, list):
        return []
    return [str(i["outbox_key"]) for i in ids if isinstance(i, Mapping) and "outbox_key" in i]


def upload_rows(session: Session, keys: Sequence[str]) -> dict[str, OutboxRow]:
    """Upload rows by key (rows of no session; missing keys left out)."""
    if not keys:
        return {}
    marks = ", ".join("?" for _ in keys)
    found = session.connection().exec_driver_sql(
        f"SELECT id FROM outbox WHERE key IN ({marks})", tuple(keys)).scalars().all()
    return {row.key: row for row in ob.rows_by_id(session, list(found))}


def wire_request(session: Session, files: FileStore, row: OutboxRow) -> WireRequest:
    """What to send for ``row``: an upload's file as a multipart part, or the JSON body with
    the uploads' ids in place of their placeholders. ``NotReady`` when it cannot go."""
    body = ob.body_of(row)
    if row.kind == UPLOAD_KIND:
        return WireRequest(None, {"file": _upload_part(files, row, body)})
    keys = upload_keys(body)
    if not keys:
        return WireRequest(body)
    uploads = upload_rows(session, keys)
    ids: list[str] = []
    for key in keys:
        upload = uploads.get(key)
        if upload is None:
            raise NotReady("A file of this message was discarded; the message was not sent "
                           "without it. Discard the message, or write it again.")
        if upload.state == ob.DONE and upload.result_id:
            ids.append(upload.result_id)
            continue
        name = (ob.body_of(upload) or {}).get("filename", "")
        if upload.state in ob.PROBLEM_STATES:
            raise NotReady(f"The file {name} was not uploaded ({upload.error or 'refused'}), "
                           "so the message was not sent without it.")
        raise NotReady(f"The file {name} is still being uploaded.", waiting=True)
    return WireRequest({**body, "attachment_ids": ids})


def _upload_part(files: FileStore, row: OutboxRow, body: Any) -> tuple[str, bytes, str]:
    meta = body if isinstance(body, Mapping) else {}
    filename = str(meta.get("filename") or "attachment")
    try:
        data = files.outgoing(row.key).read_bytes()
    except (OSError, ValueError):
        raise NotReady(f"The file {filename} is no longer in the desk's cache folder; "
                       "discard this upload and attach the file again.") from None
    if sha256_of(data) != meta.get("sha256"):
        raise NotReady(f"The file {filename} changed in the desk's cache folder after it "
                       "was attached; discard this upload and attach the file again.")
    return filename, data, str(meta.get("content_type") or "")


def unsent_upload_keys(session: Session) -> set[str]:
    """Keys of upload rows whose bytes are still needed (anything but done)."""
    rows = session.connection().exec_driver_sql(
        "SELECT key FROM outbox WHERE kind = ? AND state != ?", (UPLOAD_KIND, ob.DONE)
    ).scalars().all()
    return {str(k) for k in rows}


def queued_files(session: Session, keys: Sequence[str]) -> list[dict[str, Any]]:
    """What a queued message's files are, for the thread: each upload's metadata, its key,
    its state and, once uploaded, the attachment's id."""
    rows = upload_rows(session, keys)
    out: list[dict[str, Any]] = []
    for key in keys:
        row = rows.get(key)
        if row is None:
            continue
        meta = json.loads(row.body or "{}")
        out.append({**meta, "outbox_key": key, "state": row.state,
                    "id": row.result_id or f"local-{key}"})
    return out


def related_rows(session: Session, message_row: OutboxRow) -> list[int]:
    """The upload rows a message row carries (their outbox ids, in order)."""
    rows = upload_rows(session, upload_keys(ob.body_of(message_row)))
    return [r.id for r in sorted(rows.values(), key=lambda r: r.id)]
