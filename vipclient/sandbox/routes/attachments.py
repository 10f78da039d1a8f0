"""Attachments (v1.1): upload to a ticket, read the metadata, download the bytes.

The upload is ``multipart/form-data`` with one part ``file``. Its body reaches the route
already capped by the idempotency middleware (413 beyond ``multipart.BODY_LIMIT``); here the
form is read (:mod:`vipclient.sandbox.multipart`), and the file checked by the shared rules of
``vipclient.domain.attachments`` — allowed type, size, signature, safe name — before anything
is stored. Every staff member may upload, whatever the client's state (a frozen client's
evidence is wanted most); only a closed ticket refuses (409), as for a reply.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request, Response
from starlette.concurrency import run_in_threadpool

from vipclient.domain.attachments import (
    ALLOWED_TYPES,
    MAX_BYTES,
    content_problem,
    media_type,
    safe_filename,
    too_large,
)
from vipclient.sandbox import attaching, ticketing
from vipclient.sandbox.core import Sandbox
from vipclient.sandbox.db import Attachment
from vipclient.sandbox.deps import IdempotencyKey, Principal, current_staff, get_sandbox
from vipclient.sandbox.multipart import MultipartError, parse, single_file, too_large_problem
from vipclient.sandbox.problems import Problem, not_found, validation_problem
from vipclient.sandbox.schemas import AttachmentOut

router = APIRouter(tags=["attachments"])

Staff_ = Annotated[Principal, Depends(current_staff)]
Sb = Annotated[Sandbox, Depends(get_sandbox)]

_UPLOAD_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {"multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["file"],
                "properties": {"file": {
                    "type": "string", "format": "binary",
                    "description": "The file, with its filename and its declared "
                                   "Content-Type (one of the allowed types).",
                }},
                "additionalProperties": False,
            },
            "encoding": {"file": {"contentType": ", ".join(ALLOWED_TYPES)}},
        }},
    },
}


def _form_problem(exc: MultipartError) -> Problem:
    if exc.status == 422:
        return validation_problem([{"field": exc.field, "message": exc.message}],
                                  "The form is not one part 'file'.")
    if exc.status == 415:
        return Problem(415, "Send the file as multipart/form-data with one part 'file'.",
                       slug="unsupported-media-type")
    return Problem(400, f"The multipart body is malformed: {exc.message}",
                   slug="malformed-multipart")


@router.post(
    "/tickets/{ticket_id}/attachments", response_model=AttachmentOut, status_code=201,
    openapi_extra=_UPLOAD_DOC,
    responses={
        400: {"description": "Malformed multipart body (no boundary, truncated, bad "
                             "headers)"},
        409: {"description": "The ticket is closed"},
        413: {"description": f"The file (or the whole body) is larger than {MAX_BYTES} "
                             "bytes; refused before the body is read"},
        415: {"description": "The body is not multipart/form-data"},
        422: {"description": "No single 'file' part, an undeclared or unaccepted type, "
                             "bytes that do not match the declared type, text that is "
                             "not UTF-8, an empty file (errors name 'file')"},
    },
)
async def upload_attachment(
    ticket_id: str, request: Request, staff: Staff_, sb: Sb, _key: IdempotencyKey,
) -> dict[str, Any]:
    body = await request.body()
    content_type = request.headers.get("content-type", "")
    return await run_in_threadpool(_upload, sb, ticket_id, content_type, body, staff.id)


def _upload(
    sb: Sandbox, ticket_id: str, content_type: str, body: bytes, staff_id: str
) -> dict[str, Any]:
    try:
        part = single_file(parse(content_type, body))
    except MultipartError as exc:
        raise _form_problem(exc) from None
    if too_large(len(part.data)):
        raise too_large_problem()
    declared = media_type(part.content_type or "")
    if not declared:
        raise validation_problem([{"field": "file", "message": "Declare the file's type in "
                                   "the part's Content-Type."}])
    reason = content_problem(declared, part.data)
    if reason is not None:
        raise validation_problem([{"field": "file", "message": reason}], reason)
    filename = safe_filename(part.filename or "", declared)
    with sb.transaction() as s:
        ticket = ticketing.ticket_or_404(s, ticket_id)
        ticketing.check_open(ticket)
        row = attaching.store(s, ticket_id=ticket.id, filename=filename, content_type=declared,
                              data=part.data, uploaded_by=staff_id, actor=staff_id)
        return row.to_api()


def _attachment(sb: Sandbox, attachment_id: str) -> Attachment:
    with sb.read() as s:
        row = s.get(Attachment, attachment_id)
        if row is None:
            raise not_found("attachment", attachment_id)
        return row


@router.get("/attachments/{attachment_id}", response_model=AttachmentOut)
def get_attachment(attachment_id: str, _staff: Staff_, sb: Sb) -> dict[str, Any]:
    return _attachment(sb, attachment_id).to_api()


def content_disposition(filename: str) -> str:
    """``attachment; filename*=UTF-8''…`` with the name percent-encoded (RFC 8187 / 5987:
    only attr-chars stay as they are), so no name can break out of the header."""
    return "attachment; filename*=UTF-8''" + quote(filename, safe="!#$&+-.^_`|~")


@router.get(
    "/attachments/{attachment_id}/content",
    response_class=Response,
    responses={200: {
        "description": "The bytes, with the stored Content-Type (text/plain with "
                       "charset=utf-8), Content-Disposition: attachment; "
                       "filename*=UTF-8''…, X-Content-Type-Options: nosniff and "
                       'ETag: "<sha256>"',
        "content": {t: {"schema": {"type": "string", "format": "binary"}}
                    for t in ALLOWED_TYPES},
    }},
)
def get_attachment_content(attachment_id: str, _staff: Staff_, sb: Sb) -> Response:
    row = _attachment(sb, attachment_id)
    with sb.read() as s:
        data = attaching.content_of(s, row.sha256)
    if data is None:  # pragma: no cover - a row is never stored without its bytes
        raise not_found("attachment content", attachment_id)
    # Text was checked to be UTF-8 on upload: say so, so no client guesses another charset.
    served_type = row.content_type + ("; charset=utf-8" if row.content_type == "text/plain"
                                      else "")
    return Response(data, headers={
        "Content-Type": served_type,
        "Content-Disposition": content_disposition(row.filename),
        "X-Content-Type-Options": "nosniff",
        "ETag": f'"{row.sha256}"',
    })
