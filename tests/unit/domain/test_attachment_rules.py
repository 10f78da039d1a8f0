"""Attachment rules: the signature check against the declared type, and safe file names."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support.files import ELF, PE, SAMPLES, mp4_bytes
from vipclient.domain.attachments import (
    ALLOWED_TYPES,
    MAX_BYTES,
    MAX_FILENAME_CHARS,
    content_problem,
    default_filename,
    media_type,
    safe_filename,
    sniff,
    too_large,
)


@pytest.mark.parametrize("kind", ALLOWED_TYPES)
def test_every_allowed_type_passes_with_its_own_bytes(kind: str) -> None:
    assert content_problem(kind, SAMPLES[kind]) is None
    assert content_problem(kind.upper() + "; charset=whatever", SAMPLES[kind]) is None


@pytest.mark.parametrize("kind", [k for k in ALLOWED_TYPES if k != "text/plain"])
@pytest.mark.parametrize("other", [k for k in ALLOWED_TYPES if k != "text/plain"])
def test_bytes_of_one_type_declared_as_another_are_refused(kind: str, other: str) -> None:
    problem = content_problem(other, SAMPLES[kind])
    if kind == other:
        assert problem is None
    else:
        assert problem is not None and other in problem, problem


def test_a_png_declared_as_pdf_says_what_it_is() -> None:
    assert content_problem("application/pdf", SAMPLES["image/png"]) == (
        "The file is a PNG image, not a PDF document as declared (application/pdf).")


@pytest.mark.parametrize(("data", "what"), [(ELF, "ELF"), (PE, "Windows executable")])
def test_executables_renamed_png_are_named_as_executables(data: bytes, what: str) -> None:
    for declared in ("image/png", "text/plain"):
        problem = content_problem(declared, data)
        assert problem is not None and what in problem, problem


def test_text_must_be_utf8_without_nul() -> None:
    assert content_problem("text/plain", b"caf\xe9 latin-1") == (
        "Plain text must be valid UTF-8; the byte at offset 3 is not.")
    problem = content_problem("text/plain", b"text\x00\x00\x00")
    assert problem is not None and "NUL" in problem
    # A UTF-8 character cut at a 1 MiB chunk boundary is still one character.
    text = ("x" * (1024 * 1024 - 1) + "提现").encode()
    assert content_problem("text/plain", text) is None
    problem = content_problem("text/plain", text[:-1])
    assert problem is not None and "offset" in problem


def test_unknown_and_empty_are_refused() -> None:
    problem = content_problem("image/gif", b"GIF89a...")
    assert problem is not None and "not accepted" in problem and "image/png" in problem
    assert content_problem("", b"x") is not None
    assert content_problem("image/png", b"") == "The file is empty."
    problem = content_problem("image/png", b"\x00\x01 random bytes")
    assert problem == ("The file does not start like a PNG image: its bytes do not match "
                       "image/png.")


def test_mp4_needs_an_ftyp_box_and_a_video_brand() -> None:
    assert sniff(mp4_bytes()) == "an MP4 video"
    assert content_problem("video/mp4", mp4_bytes(b"heic")) is not None
    assert sniff(mp4_bytes(b"heic")) == "an HEIF/AVIF image"
    assert content_problem("video/mp4", b"\x00\x00\x00\x18moov" + bytes(20)) is not None


def test_size_limit_and_media_type() -> None:
    assert not too_large(MAX_BYTES) and too_large(MAX_BYTES + 1)
    assert media_type(" Image/PNG ; q=1") == "image/png"


@pytest.mark.parametrize(("name", "stored"), [
    ("../../etc/passwd", "passwd"),
    ("..\\..\\Windows\\system32\\evil.png", "evil.png"),
    ("C:\\Users\\Wang\\Desktop\\截屏 2026-11-20.png", "截屏 2026-11-20.png"),
    ("invoice\u202egnp.exe", "invoicegnp.exe"),          # RIGHT-TO-LEFT OVERRIDE
    ("a\u200db\u2066c\u2069.pdf", "abc.pdf"),            # zero-width joiner, isolates
    ("tab\there\nnew\x00line.txt", "tabherenewline.txt"),
    ("  spaced name .pdf. ", "spaced name .pdf"),
    ("e\u0301te.txt", "\u00e9te.txt"),                    # NFC
    ("", "attachment.png"),
    ("../..", "attachment.png"),
    ("/", "attachment.png"),
    ("\u202e\u202d", "attachment.png"),
])
def test_safe_filename_examples(name: str, stored: str) -> None:
    assert safe_filename(name, "image/png") == stored


def test_long_names_keep_their_extension() -> None:
    name = "报告" * 150 + ".pdf"
    stored = safe_filename(name, "application/pdf")
    assert len(stored) == MAX_FILENAME_CHARS and stored.endswith(".pdf")
    no_ext = safe_filename("x" * 500)
    assert no_ext == "x" * MAX_FILENAME_CHARS
    assert default_filename("video/mp4") == "attachment.mp4"


_DROPPED = {"Cc", "Cf", "Cs", "Zl", "Zp"}


@settings(max_examples=400, deadline=None)
@given(name=st.text(max_size=400), kind=st.sampled_from(ALLOWED_TYPES))
def test_any_string_gives_a_safe_name(name: str, kind: str) -> None:
    stored = safe_filename(name, kind)
    assert 1 <= len(stored) <= MAX_FILENAME_CHARS
    assert "/" not in stored and "\\" not in stored
    assert stored.strip(".") and stored == stored.strip()
    assert not any(unicodedata.category(ch) in _DROPPED for ch in stored)
    assert unicodedata.is_normalized("NFC", stored)
    stored.encode("utf-8")  # storable and sendable
    assert safe_filename(stored, kind) == stored  # already safe: unchanged
