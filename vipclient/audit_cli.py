"""``vipclient audit verify FILE.jsonl [--pin PIN.json] [--update-pin]``, for auditors and IT.

Verifies an exported audit chain (JSON Lines, one entry per line exactly as served) with the
very verifier the Audit screen uses (:func:`vipclient.domain.audit.verify`), with no display
and no sign-in. Exit codes and the one line printed:

* 0 — ``verified N entries, head <hash>``;
* 1 — the first bad entry: ``seq K changed``, ``seq K missing``, or, when the chain verifies
  on its own but its entry at the pinned size no longer has the pinned hash,
  ``seq K rewritten (pinned hash <h>)``;
* 2 — the file (or the pin file) is not what it should be, with the line number.

``--pin PIN.json`` checks the export against a pin ``{"size": N, "head_hash": "…"}`` kept from
an earlier verification (the file format of the desk's own pins,
:mod:`vipclient.security.audit_pins`); ``--update-pin`` writes the new pin after a successful
one (never after a failure: the old pin is the evidence).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson

from vipclient.domain.audit import verify
from vipclient.security.audit_pins import PinFileError, read_pin_if_any, write_pin

FIELDS = ("seq", "at", "actor_id", "action", "target", "details", "prev_hash", "hash")
# Deeper than any entry of the contract: a hostile file must not exhaust the parser.
_MAX_LINE = 1024 * 1024


class NotAnExport(Exception):
    """The file is not an audit export; ``str()`` says where and why."""


def _parse(text: str) -> Any:
    """orjson (the same values, six times faster on a whole export); what it declines (an
    integer beyond 64 bits, NaN, very deep nesting) is left to the standard parser's word."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def entries_of(lines: Iterator[str]) -> Iterator[dict[str, Any]]:
    """The entries of an export, one per line; raises :class:`NotAnExport` at the first line
    that is not one (blank lines at the end are allowed)."""
    blank_from: int | None = None
    for number, raw in enumerate(lines, start=1):
        text = raw.rstrip("\r\n")
        if not text.strip():
            blank_from = blank_from or number
            continue
        if blank_from is not None:
            raise NotAnExport(f"line {blank_from}: an empty line inside the export")
        if len(text) > _MAX_LINE:
            raise NotAnExport(f"line {number}: longer than any audit entry")
        try:
            entry = _parse(text)
        except (ValueError, RecursionError) as exc:
            raise NotAnExport(f"line {number}: not JSON ({exc})") from None
        if not isinstance(entry, dict):
            raise NotAnExport(f"line {number}: not an audit entry (not an object)")
        missing = [name for name in FIELDS if name not in entry]
        if missing:
            raise NotAnExport(
                f"line {number}: not an audit entry (no {', '.join(missing)})"
            )
        yield entry


def verify_file(path: Path, pin_path: Path | None = None,
                update_pin: bool = False) -> tuple[int, str]:
    """(exit code, the line to print)."""
    try:
        pin = read_pin_if_any(pin_path) if pin_path is not None else None
        if pin_path is not None and pin is None and not update_pin:
            raise NotAnExport(f"{pin_path}: no such pin file")
        with path.open(encoding="utf-8", errors="strict", newline="") as lines:
            result = verify(entries_of(lines), pin=pin)
    except (NotAnExport, PinFileError) as exc:
        return 2, str(exc)
    except UnicodeDecodeError as exc:
        return 2, f"{path}: not UTF-8 text (byte {exc.start})"
    except OSError as exc:
        return 2, f"{path}: {exc.strerror or exc}"
    if result.problem is not None:
        return 1, result.problem.line()
    if update_pin and pin_path is not None:
        write_pin(pin_path, result.pin())
    return 0, f"verified {result.checked} entries, head {result.head_hash}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="vipclient audit",
        description="Verify an exported VIP Desk audit chain (JSON Lines).",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("verify", help="verify FILE.jsonl; exit 0 ok, 1 broken, 2 not an export")
    check.add_argument("file", type=Path)
    check.add_argument("--pin", type=Path, help="a pin file from an earlier verification")
    check.add_argument("--update-pin", action="store_true",
                       help="write the pin after a successful verification")
    args = parser.parse_args(argv)
    if args.update_pin and args.pin is None:
        parser.error("--update-pin needs --pin PIN.json")
    code, line = verify_file(args.file, args.pin, args.update_pin)
    # The verdict (good or broken) is the result; a file that is no export is an error.
    print(line, file=sys.stderr if code == 2 else sys.stdout)
    return code
