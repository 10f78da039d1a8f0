"""The audit log's hash chain (platform-api, "Audit").

``hash = sha256(prev_hash + canonical_json(entry without hash))`` as lower-case hex, where the
hash input is the hex ``prev_hash`` followed by the canonical JSON text, encoded as UTF-8, and
the first entry's ``prev_hash`` is 64 zeros. The server builds the chain with
:func:`chain_entry`; anyone holding the entries checks it with :func:`verify_chain`, which names
the first entry that does not fit — an edited entry, a dropped or reordered one, or a forged
``prev_hash``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    """The contract's canonical text: sorted keys, no spaces, non-ASCII kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(prev_hash: str, entry_without_hash: Mapping[str, Any]) -> str:
    """The hash of one entry; ``entry_without_hash`` includes ``prev_hash`` itself."""
    body = {k: v for k, v in entry_without_hash.items() if k != "hash"}
    return hashlib.sha256((prev_hash + canonical_json(body)).encode("utf-8")).hexdigest()


def chain_entry(prev_hash: str, entry: Mapping[str, Any]) -> dict[str, Any]:
    """``entry`` with ``prev_hash`` and ``hash`` filled in, ready to append."""
    body = {k: v for k, v in entry.items() if k != "hash"}
    body["prev_hash"] = prev_hash
    return body | {"hash": entry_hash(prev_hash, body)}


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    first_bad_seq: int | None = None
    reason: str = ""
    checked: int = 0


def verify_chain(
    entries: Iterable[Mapping[str, Any]], *, start_prev_hash: str = GENESIS
) -> VerifyResult:
    """Check entries in ``seq`` order from the start of the log (or, for a later page, from
    the ``hash`` of the entry before it given as ``start_prev_hash``).

    A break is reported at the first entry whose ``prev_hash`` is not the previous entry's
    hash (an entry before it was dropped, or they are out of order) or whose ``hash`` is not
    what its content gives (it was edited). ``seq`` is hashed with the rest, so renumbering
    shows as an edit; gaps in ``seq`` alone are not judged, only the links are.
    """
    prev = start_prev_hash
    checked = 0
    for entry in entries:
        seq = entry.get("seq")
        bad_seq = seq if isinstance(seq, int) else None
        if not isinstance(seq, int) or isinstance(seq, bool):
            return VerifyResult(False, bad_seq, "an entry has no sequence number", checked)
        if entry.get("prev_hash") != prev:
            return VerifyResult(
                False, seq, f"entry {seq} does not point to the entry before it", checked
            )
        if entry.get("hash") != entry_hash(prev, entry):
            return VerifyResult(
                False, seq, f"entry {seq} was changed after it was written", checked
            )
        prev = str(entry["hash"])
        checked += 1
    return VerifyResult(True, None, "", checked)
