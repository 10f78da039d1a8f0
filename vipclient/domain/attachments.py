"""Attachment rules shared by the sandbox (which enforces them) and the client (which checks a
file before it uploads it): the allowed types, the size limit, the check of a file's bytes
against the type it claims, and the name a file is stored under.

Attachments come from clients, so nothing here trusts a name or a declared type: the first
bytes of a file must be the signature of the type it claims (text must be UTF-8), and a name
keeps only its last path component without control or format characters (a right-to-left
override can make ``gpj.exe`` read as ``exe.jpg``). Every refusal is a sentence a person can
act on.
"""

from __future__ import annotations

import codecs
import struct
import unicodedata
from collections.abc import Callable
from typing import Final

ALLOWED_TYPES: Final = (
    "image/png", "image/jpeg", "image/webp", "application/pdf", "video/mp4", "text/plain",
)
MAX_BYTES: Final = 25 * 1024 * 1024
"""The largest attachment (25 MiB); beyond it the server answers 413."""
MAX_FILENAME_CHARS: Final = 200

EXTENSIONS: Final = {
    "image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp",
    "application/pdf": ".pdf", "video/mp4": ".mp4", "text/plain": ".txt",
}
_NAMES: Final = {
    "image/png": "a PNG image", "image/jpeg": "a JPEG image", "image/webp": "a WebP image",
    "application/pdf": "a PDF document", "video/mp4": "an MP4 video",
    "text/plain": "plain text",
}

# What other bytes are, to say so in a refusal (checked in this order, at offset 0).
_SIGNATURES: Final = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF-", "a PDF document"),
    (b"\x7fELF", "a Linux executable (ELF)"),
    (b"MZ", "a Windows executable (MZ/PE header)"),
    (b"\xcf\xfa\xed\xfe", "a macOS executable (Mach-O)"),
    (b"\xce\xfa\xed\xfe", "a macOS executable (Mach-O)"),
    (b"\xca\xfe\xba\xbe", "a macOS universal binary or Java class"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (OLE)"),
)
# ISO base media files whose major brand is a still image (HEIF, AVIF), not a video.
_IMAGE_BRANDS: Final = frozenset({
    b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1", b"avif", b"avis",
})


def media_type(declared: str) -> str:
    """The bare media type of a ``Content-Type`` value: lower case, parameters dropped."""
    return declared.split(";", 1)[0].strip().lower()


def too_large(size: int) -> bool:
    return size > MAX_BYTES


def _is_mp4(data: bytes) -> bool:
    if len(data) < 12 or data[4:8] != b"ftyp":
        return False
    (box_size,) = struct.unpack(">I", data[:4])
    return box_size >= 12 and data[8:12] not in _IMAGE_BRANDS


def _is_webp(data: bytes) -> bool:
    return len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def sniff(data: bytes) -> str | None:
    """What the bytes are by their signature, in words (``"a PNG image"``); None when
    unknown."""
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            return what
    if _is_webp(data):
        return "a WebP image"
    if _is_mp4(data):
        return "an MP4 video"
    if len(data) >= 12 and data[4:8] == b"ftyp":
        return "an HEIF/AVIF image"
    return None


_CHUNK = 1 << 20


def _text_problem(data: bytes) -> str | None:
    # Decoded a chunk at a time and thrown away: a 25 MiB text never becomes one big string.
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    for start in range(0, len(data), _CHUNK):
        chunk = bytes(view[start:start + _CHUNK])
        try:
            decoder.decode(chunk, final=start + _CHUNK >= len(data))
        except UnicodeDecodeError as exc:
            return _not_text(data) or (
                f"Plain text must be valid UTF-8; the byte at offset {start + exc.start} is not.")
        if b"\x00" in chunk:
            return _not_text(data) or (
                "Plain text must not contain NUL bytes; this looks like a binary file.")
    return None


def _not_text(data: bytes) -> str | None:
    # Only once the bytes are known not to be text: a text may well begin with "MZ".
    what = sniff(data)
    return None if what is None else f"The file is {what}, not plain text."


_MATCHES: Final[dict[str, Callable[[bytes], bool]]] = {
    "image/png": lambda d: d.startswith(b"\x89PNG\r\n\x1a\n"),
    "image/jpeg": lambda d: d.startswith(b"\xff\xd8\xff"),
    "image/webp": _is_webp,
    "application/pdf": lambda d: d.startswith(b"%PDF-"),
    "video/mp4": _is_mp4,
}


def content_problem(declared: str, data: bytes) -> str | None:
    """Why ``data`` may not be stored as ``declared`` (a sentence), or None when it may.

    The size limit is separate (:func:`too_large`: the server answers it with 413)."""
    kind = media_type(declared)
    if kind not in ALLOWED_TYPES:
        allowed = ", ".join(ALLOWED_TYPES)
        return f"The type {kind or '(none)'} is not accepted; send one of {allowed}."
    if not data:
        return "The file is empty."
    if kind == "text/plain":
        return _text_problem(data)
    if _MATCHES[kind](data):
        return None
    what = sniff(data)
    if what is None:
        return f"The file does not start like {_NAMES[kind]}: its bytes do not match {kind}."
    return f"The file is {what}, not {_NAMES[kind]} as declared ({kind})."


# --------------------------------------------------------------------------- file names


_DROPPED_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
"""Control and format characters (bidi overrides, zero-width joiners), lone surrogates (no
UTF-8 for them) and line/paragraph separators: nothing a file name needs, everything a
spoofed one uses."""
_MAX_EXTENSION = 16


def default_filename(content_type: str) -> str:
    return "attachment" + EXTENSIONS.get(media_type(content_type), "")


def _clean(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) not in _DROPPED_CATEGORIES)


def _trim(name: str) -> str:
    # Surrounding blanks and trailing dots (which Windows drops when saving) carry nothing.
    return name.strip().rstrip(". \t").strip()


def safe_filename(name: str, content_type: str = "") -> str:
    """The name a file is stored under: its base name (after the last ``/`` or ``\\``), without
    control or format characters, NFC, at most :data:`MAX_FILENAME_CHARS` characters (keeping
    the extension); a name left empty (or ``.``/``..``) becomes ``attachment.<ext>``."""
    text = unicodedata.normalize("NFC", _clean(name))
    base = _trim(text.replace("\\", "/").rsplit("/", 1)[-1])
    if len(base) > MAX_FILENAME_CHARS:
        stem, dot, ext = base.rpartition(".")
        if dot and stem and 1 <= len(ext) <= _MAX_EXTENSION and " " not in ext:
            stem = _trim(stem[:MAX_FILENAME_CHARS - len(ext) - 1])
            base = stem + "." + ext if stem else ""
        else:
            base = _trim(base[:MAX_FILENAME_CHARS])
    if not base.strip(".") or len(base) > MAX_FILENAME_CHARS:
        return default_filename(content_type)
    return base
