"""The audit log's hash chain (platform-api, "Audit").

``hash = sha256(prev_hash + canonical_json(entry without hash))`` as lower-case hex, where the
hash input is the hex ``prev_hash`` followed by the canonical JSON text, encoded as UTF-8, and
the first entry's ``prev_hash`` is 64 zeros. The server builds the chain with
:func:`chain_entry`; anyone holding the entries checks it with :func:`verify`, which names the
first entry that does not fit and how — changed (edited, reordered, a forged link), missing (a
gap in the numbering), or rewritten (the chain verifies on its own, but an entry verified
before, kept as a :class:`Pin`, no longer has its hash).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import orjson

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    """The contract's canonical text: sorted keys, no spaces, non-ASCII kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


_TEXTLIKE = frozenset({str, bool, type(None)})
_INT_MIN, _INT_END = -(2**63), 2**64


def _plain(value: Any) -> bool:
    """Strings, booleans, null, integers orjson writes as json does, and lists and
    string-keyed objects of them — everything an audit entry of the contract holds.
    (A loop, not recursion: it runs for every entry of a 100,000-entry chain.)"""
    pending = [value]
    while pending:
        item = pending.pop()
        kind = type(item)
        if kind in _TEXTLIKE:
            continue
        if kind is int:
            if not _INT_MIN <= item < _INT_END:
                return False
        elif kind is dict:
            for key in item:
                if type(key) is not str:
                    return False
            pending.extend(item.values())
        elif kind is list:
            pending.extend(item)
        else:
            return False
    return True


def canonical_bytes(value: Any) -> bytes:
    """:func:`canonical_json` as UTF-8. orjson writes the very same bytes for the values an
    entry holds (every code point, every integer of 64 bits: checked by the tests) four times
    faster; anything else — a float, a huge integer — takes the contract's own rule."""
    if _plain(value):
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    return canonical_json(value).encode("utf-8")


def entry_hash(prev_hash: str, entry_without_hash: Mapping[str, Any]) -> str:
    """The hash of one entry; ``entry_without_hash`` includes ``prev_hash`` itself."""
    body = {k: v for k, v in entry_without_hash.items() if k != "hash"}
    return hashlib.sha256(prev_hash.encode("utf-8") + canonical_bytes(body)).hexdigest()


def chain_entry(prev_hash: str, entry: Mapping[str, Any]) -> dict[str, Any]:
    """``entry`` with ``prev_hash`` and ``hash`` filled in, ready to append."""
    body = {k: v for k, v in entry.items() if k != "hash"}
    body["prev_hash"] = prev_hash
    return body | {"hash": entry_hash(prev_hash, body)}


@dataclass(frozen=True)
class Pin:
    """A verified ``(size, head_hash)`` kept outside the cache: entry ``size`` had that hash."""

    size: int
    head_hash: str


@dataclass(frozen=True)
class Break:
    """Where a chain stops being trustworthy, and how.

    ``changed``: the entry's hash is not what its content gives, or it does not point to the
    entry before it (an edit; a forged link); ``missing``: a number of the gap-free sequence
    is absent (an entry was dropped); ``rewritten``: the chain verifies on its own but the
    pinned entry no longer has the pinned hash (the history was recomputed from some entry
    on); ``malformed``: an entry lacks what every entry has.
    """

    seq: int | None
    kind: str
    pinned_hash: str | None = None

    def line(self) -> str:
        """The command line's and the log's one-line verdict."""
        if self.kind == "rewritten":
            return f"seq {self.seq} rewritten (pinned hash {self.pinned_hash})"
        return f"seq {self.seq} {self.kind}"


@dataclass(frozen=True)
class Verification:
    """``checked`` entries verified up to ``head_seq``/``head_hash`` (those of the last good
    entry), or the first ``problem``."""

    checked: int
    head_seq: int
    head_hash: str
    problem: Break | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    def pin(self) -> Pin:
        return Pin(self.head_seq, self.head_hash)


def verify(
    entries: Iterable[Mapping[str, Any]], *, pin: Pin | None = None,
    start_seq: int = 1, start_prev_hash: str = GENESIS,
) -> Verification:
    """Check entries in ``seq`` order: from the start of the log, or from ``start_seq`` whose
    ``prev_hash`` is ``start_prev_hash`` (the hash of the entry before it). With ``pin``, the
    entry numbered ``pin.size`` must still have ``pin.head_hash`` (and must exist, when the
    entries reach that far). The one verifier of the audit screen and of
    ``vipclient audit verify``."""
    prev, expected, checked = start_prev_hash, start_seq, 0
    head_seq = start_seq - 1
    for entry in entries:
        seq = entry.get("seq")
        if type(seq) is not int:
            return Verification(checked, head_seq, prev, Break(None, "malformed"))
        if seq > expected:
            return Verification(checked, head_seq, prev, Break(expected, "missing"))
        if seq < expected or entry.get("prev_hash") != prev \
                or entry.get("hash") != entry_hash(prev, entry):
            return Verification(checked, head_seq, prev, Break(seq, "changed"))
        prev = str(entry["hash"])
        if pin is not None and seq == pin.size and prev != pin.head_hash:
            return Verification(checked, head_seq, prev,
                                Break(seq, "rewritten", pin.head_hash))
        head_seq, expected, checked = seq, seq + 1, checked + 1
    if pin is not None and start_seq <= pin.size and head_seq < pin.size:
        # The log ends before the entry that was verified once: it was dropped.
        return Verification(checked, head_seq, prev, Break(head_seq + 1, "missing"))
    return Verification(checked, head_seq, prev)
