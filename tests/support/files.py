"""Small files of every attachment type (and some liars), for the attachment tests.

The PNG and the PDF are real (made by the sandbox's demo generator); the others carry a
genuine signature followed by filler, which is all a signature check reads.
"""

from __future__ import annotations

import random
import struct

from vipclient.sandbox.demo_images import pdf, screenshot


def png_bytes() -> bytes:
    return screenshot(random.Random(3), 0)


def jpeg_bytes() -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(64) \
        + b"\xff\xd9"


def webp_bytes() -> bytes:
    payload = b"WEBPVP8 " + struct.pack("<I", 10) + bytes(10)
    return b"RIFF" + struct.pack("<I", len(payload)) + payload


def pdf_bytes() -> bytes:
    return pdf("Bank Transfer Confirmation", ["Amount: USD 250,000.00"])


def mp4_bytes(brand: bytes = b"isom") -> bytes:
    ftyp = struct.pack(">I", 24) + b"ftyp" + brand + struct.pack(">I", 512) + b"isomavc1"
    return ftyp + struct.pack(">I", 16) + b"mdat" + bytes(8)


def text_bytes() -> bytes:
    return "Withdrawal TxID 0xabc…\n提现未到账，请帮忙查一下。\n".encode()


ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(56)
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(54) + b"PE\x00\x00"

SAMPLES: dict[str, bytes] = {
    "image/png": png_bytes(),
    "image/jpeg": jpeg_bytes(),
    "image/webp": webp_bytes(),
    "application/pdf": pdf_bytes(),
    "video/mp4": mp4_bytes(),
    "text/plain": text_bytes(),
}


def form(*parts: tuple[str, str | None, str | None, bytes], boundary: str = "vipdesk-b0und")\
        -> tuple[str, bytes]:
    """``(content_type, body)`` of a multipart/form-data body of ``(field, filename,
    content_type, data)`` parts, written by hand so a test picks the boundary (or breaks
    the body)."""
    out = bytearray()
    for field, filename, content_type, data in parts:
        out += f"--{boundary}\r\n".encode()
        disposition = f'form-data; name="{field}"'
        if filename is not None:
            quoted = filename.replace("\\", "\\\\").replace('"', '\\"')  # as curl does
            disposition += f'; filename="{quoted}"'
        out += f"Content-Disposition: {disposition}\r\n".encode()
        if content_type is not None:
            out += f"Content-Type: {content_type}\r\n".encode()
        out += b"\r\n" + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return f"multipart/form-data; boundary={boundary}", bytes(out)
