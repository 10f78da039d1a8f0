"""Audit verification at 100,000 entries, beside references measured in the same run.

    .venv/bin/python tests/perf/bench_audit.py

Prints JSON: ``audit_verify_100k_ms`` (``vipclient audit verify`` on an export of 100,000
entries: reading, parsing and re-hashing every entry, the median of five), and as references
``sha256_file_ms`` (hashing the export's bytes once — the floor any verifier pays) and
``json_parse_ms`` (``json.loads`` of every line), with the ratios.
"""

from __future__ import annotations

import hashlib
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from vipclient.audit_cli import verify_file  # noqa: E402
from vipclient.domain.audit import GENESIS, chain_entry  # noqa: E402

N = 100_000
ACTIONS = ("auth.login", "ticket.message", "client.freeze", "fee_request.approve",
           "client.update", "policy.block")


def chain(n: int = N) -> Iterator[dict[str, Any]]:
    """``n`` chained entries of the contract's shape (the security bench stores them in a
    cache)."""
    prev = GENESIS
    for seq in range(1, n + 1):
        entry = chain_entry(prev, {
            "seq": seq, "at": f"2026-12-05T{seq // 3600 % 24:02d}:{seq // 60 % 60:02d}:"
                              f"{seq % 60:02d}Z",
            "actor_id": f"S000{seq % 5 + 1}", "action": ACTIONS[seq % len(ACTIONS)],
            "target": f"U{10000000 + seq % 10000}",
            "details": {"scopes": ["login", "trading"], "reason_code": "account_compromise",
                        "note": "客户报告账户被盗" if seq % 3 else "", "ticket": f"T{seq:07d}"},
        })
        yield entry
        prev = entry["hash"]


def make_export(path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for entry in chain():
            out.write(json.dumps(entry, ensure_ascii=False) + "\n")


def median_ms(fn: object, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="vipbench-audit-") as tmp:
        path = Path(tmp) / "audit.jsonl"
        make_export(path)
        code, line = verify_file(path)
        assert code == 0, line
        verify_ms = median_ms(lambda: verify_file(path))
        sha_ms = median_ms(lambda: hashlib.sha256(path.read_bytes()).hexdigest())
        parse_ms = median_ms(lambda: [json.loads(x) for x in path.open(encoding="utf-8")])
    print(json.dumps({
        "audit_verify_100k_ms": round(verify_ms, 1),
        "sha256_file_ms": round(sha_ms, 1),
        "json_parse_ms": round(parse_ms, 1),
        "verify_over_parse": round(verify_ms / parse_ms, 2),
        "verify_over_sha256": round(verify_ms / sha_ms, 1),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
