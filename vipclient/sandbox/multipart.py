"""A strict ``multipart/form-data`` reader (RFC 7578) for attachment uploads.

Starlette's form parser needs the ``python-multipart`` package, which the sandbox does not
ship; and the idempotency middleware needs the parts of a body anyway (a retried upload with
another boundary is the same request), so one small reader serves both. It reads a body that
is already in memory (the middleware caps it, see :data:`BODY_LIMIT`), accepts exactly what
browsers, curl and requests send (CRLF line ends, a quoted or bare boundary, ``filename`` and
``filename*``) and refuses anything else with a :class:`MultipartError` naming what is wrong.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import unquote

from vipclient.domain.attachments import MAX_BYTES
from vipclient.sandbox.problems import Problem

ENVELOPE: Final = 64 * 1024
"""Room for the boundaries and part headers around a file of :data:`MAX_BYTES`."""
BODY_LIMIT: Final = MAX_BYTES + ENVELOPE
"""The largest multipart body read at all: beyond it the answer is 413 at once."""
MAX_PARTS: Final = 16
_MAX_HEADER_BLOCK = 16 * 1024
_BOUNDARY = re.compile(r"[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]")
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_EXT_VALUE = re.compile(r"(?i)(utf-8|iso-8859-1)'[^']*'(.*)")


def too_large_problem() -> Problem:
    """413: the file, or the upload's whole body, is beyond the limit."""
    return Problem(413, f"An attachment may be at most {MAX_BYTES // (1024 * 1024)} MiB "
                   f"({MAX_BYTES} bytes); this upload is larger.", limit_bytes=MAX_BYTES)


class MultipartError(ValueError):
    """A body that is not well-formed ``multipart/form-data`` (400), or whose parts are not
    what the endpoint takes (422, naming ``field``)."""

    def __init__(self, message: str, *, status: int = 400, field: str = "body") -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.field = field


@dataclass(frozen=True)
class Part:
    name: str
    filename: str | None
    content_type: str | None
    data: bytes


def is_multipart(content_type: str | None) -> bool:
    return (content_type or "").split(";", 1)[0].strip().lower() == "multipart/form-data"


def _params(text: str) -> tuple[str, dict[str, str]]:
    """``value; a=1; b="two"`` → (``value``, {a: 1, b: two}); names lower-cased. In a quoted
    string a backslash escapes only ``"`` and ``\\`` (what curl writes); elsewhere it is kept,
    as browsers send Windows paths (``C:\\Users\\…``) unescaped."""
    head, _, rest = text.partition(";")
    params: dict[str, str] = {}
    i, n = 0, len(rest)
    while i < n:
        while i < n and rest[i] in " \t;":
            i += 1
        if i >= n:
            break
        eq = rest.find("=", i)
        if eq < 0:
            raise MultipartError(f"A header parameter has no value: {rest[i:]!r}.")
        name = rest[i:eq].strip().lower()
        i = eq + 1
        if i < n and rest[i] == '"':
            out: list[str] = []
            i += 1
            while i < n and rest[i] != '"':
                if rest[i] == "\\" and i + 1 < n and rest[i + 1] in '"\\':
                    i += 1
                out.append(rest[i])
                i += 1
            if i >= n:
                raise MultipartError("A quoted header parameter is not closed.")
            value = "".join(out)
            i += 1
        else:
            end = rest.find(";", i)
            end = n if end < 0 else end
            value = rest[i:end].strip()
            i = end
        if not _TOKEN.fullmatch(name):
            raise MultipartError(f"A header parameter has a malformed name: {name!r}.")
        params.setdefault(name, value)
    return head.strip().lower(), params


def boundary_of(content_type: str) -> bytes:
    kind, params = _params(content_type)
    if kind != "multipart/form-data":
        raise MultipartError("The body must be multipart/form-data.", status=415)
    boundary = params.get("boundary")
    if not boundary:
        raise MultipartError("The Content-Type has no boundary parameter.")
    if not _BOUNDARY.fullmatch(boundary):
        raise MultipartError("The multipart boundary is not 1-70 allowed characters.")
    return boundary.encode("ascii")


def _filename(params: dict[str, str]) -> str | None:
    extended = params.get("filename*")
    if extended is not None:
        m = _EXT_VALUE.fullmatch(extended)
        if m is None:
            raise MultipartError("filename* is not an RFC 8187 value (UTF-8''…).")
        return unquote(m.group(2), encoding=m.group(1).lower(), errors="replace")
    return params.get("filename")


def _part(block: bytes, data: bytes) -> Part:
    headers: dict[str, str] = {}
    for line in block.split(b"\r\n"):
        name, colon, value = line.partition(b":")
        if not colon or not name or name[:1] in b" \t" or name.strip() != name:
            raise MultipartError("A part has a malformed header line.")
        key = name.decode("latin-1").lower()
        if key in headers:
            raise MultipartError(f"A part has two {key} headers.")
        headers[key] = value.decode("utf-8", errors="replace").strip()
    disposition = headers.get("content-disposition")
    if disposition is None:
        raise MultipartError("A part has no Content-Disposition header.")
    kind, params = _params(disposition)
    if kind != "form-data" or "name" not in params:
        raise MultipartError("A part's Content-Disposition is not form-data with a name.")
    return Part(params["name"], _filename(params), headers.get("content-type"), data)


def _delimiter(body: bytes, between: bytes, start: int) -> int:
    """Where the next delimiter line (CRLF, ``--boundary``, then padding and CRLF, or ``--``)
    begins; the boundary followed by anything else is content."""
    at = start
    while True:
        end = body.find(between, at)
        if end < 0:
            raise MultipartError("The body ends before its closing boundary.")
        after = end + len(between)
        if body.startswith(b"--", after):
            return end
        while body[after:after + 1] in (b" ", b"\t"):
            after += 1
        if body.startswith(b"\r\n", after):
            return end
        at = end + 1


def parse(content_type: str, body: bytes) -> list[Part]:
    """The parts of a ``multipart/form-data`` body, in order."""
    delimiter = b"--" + boundary_of(content_type)
    start = body.find(delimiter)
    if start < 0:
        raise MultipartError("The body does not contain its boundary.")
    if start and body[start - 2:start] != b"\r\n":
        raise MultipartError("The first boundary does not start a line.")
    between = b"\r\n" + delimiter
    parts: list[Part] = []
    pos = start + len(delimiter)
    while True:
        if body.startswith(b"--", pos):
            return parts  # the closing delimiter; anything after it is the epilogue
        while body[pos:pos + 1] in (b" ", b"\t"):
            pos += 1  # transport padding
        if not body.startswith(b"\r\n", pos):
            raise MultipartError("The body ends before its closing boundary.")
        pos += 2
        if len(parts) == MAX_PARTS:
            raise MultipartError(f"The body has more than {MAX_PARTS} parts.")
        if body.startswith(b"\r\n", pos):
            block_end, data_start = pos, pos + 2  # a part without headers
        else:
            block_end = body.find(b"\r\n\r\n", pos, pos + _MAX_HEADER_BLOCK)
            if block_end < 0:
                raise MultipartError("A part's headers do not end (or are too long).")
            data_start = block_end + 4
        end = _delimiter(body, between, data_start)
        parts.append(_part(body[pos:block_end], body[data_start:end]))
        pos = end + len(between)


def single_file(parts: list[Part], field: str = "file") -> Part:
    """The one part named ``field`` and nothing else (422 otherwise)."""
    files = [p for p in parts if p.name == field]
    others = sorted({p.name for p in parts if p.name != field})
    if others:
        raise MultipartError(f"Unexpected form fields: {', '.join(others)}; send only {field!r}.",
                             status=422, field=others[0])
    if not files:
        raise MultipartError(f"The form has no {field!r} part.", status=422, field=field)
    if len(files) > 1:
        raise MultipartError(f"The form has {len(files)} {field!r} parts; send one.",
                             status=422, field=field)
    return files[0]


def parts_digest(content_type: str, body: bytes) -> bytes | None:
    """A digest of the parts (field name, filename, declared type, bytes), the same for any
    boundary; None when the body is not well-formed (it is then hashed as sent)."""
    try:
        parts = parse(content_type, body)
    except MultipartError:
        return None
    h = hashlib.sha256(b"multipart/form-data")
    for part in parts:
        for piece in (part.name.encode(), (part.filename or "").encode(),
                      (part.content_type or "").encode(), part.data):
            h.update(len(piece).to_bytes(8, "big"))
            h.update(piece)
    return h.digest()
